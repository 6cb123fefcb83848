import Foundation
import PlanCore
import PlanStore

/// What a command runs with: the database, who is acting, and what day it is.
public struct CommandContext: Sendable {
  /// The store.
  public var database: PlanDatabase
  /// The acting official (or none), its role and the OS user.
  public var actor: AuditActor
  /// Today in Asia/Ho_Chi_Minh, or `--today`.
  public var today: CivilDate

  /// Creates a context.
  public init(database: PlanDatabase, actor: AuditActor, today: CivilDate) {
    self.database = database
    self.actor = actor
    self.today = today
  }
}

/// Text in both languages.
public struct Bilingual: Sendable {
  /// Vietnamese.
  public var vi: String
  /// English.
  public var en: String

  /// Creates a text.
  public init(_ vi: String, _ en: String) {
    self.vi = vi
    self.en = en
  }
}

/// A parameter of a command.
public struct Parameter: Sendable {
  /// Member name (camelCase).
  public var name: String
  /// Its schema.
  public var schema: Schema
  /// Whether it must be given.
  public var required: Bool
  /// What it means.
  public var summary: Bilingual

  /// Creates a parameter.
  public init(_ name: String, _ schema: Schema, required: Bool = false, _ summary: Bilingual) {
    self.name = name
    self.schema = schema
    self.required = required
    self.summary = summary
  }
}

/// One operation of `cchc`, described once for every front-end (JSON-RPC, shell, one-shot CLI).
public protocol PlanCommand: Sendable {
  /// Decoded parameters.
  associatedtype Params: Decodable & Sendable
  /// The result: JSON for scripts, text for people.
  associatedtype Output: Encodable & Sendable & TextRendering

  /// Dotted name, e.g. `duties.assign`; the JSON-RPC method.
  static var name: String { get }
  /// Shell synopsis, e.g. `duties assign DUTY --lead OFFICIAL [--coordinators A,B] [--no-pin]`.
  static var synopsis: String { get }
  /// One line in each language.
  static var summary: Bilingual { get }
  /// What it does, in PlanCore's terms: the lowest role and what an official must hold come from it.
  static var action: Action { get }
  /// Parameters by name.
  static var parameters: [Parameter] { get }
  /// The schema every result satisfies.
  static var result: Schema { get }
  /// Does the work; never prints, never exits; throws `PlanError`.
  static func run(_ params: Params, in context: CommandContext) throws -> Output
}

extension PlanCommand {
  /// The lowest role allowed (PlanCore's rule for the command's action).
  public static var role: Role { action.lowestRole }
}

/// The type-erased entry of the command table.
public struct CommandEntry: Sendable {
  /// Dotted name.
  public let name: String
  /// Shell synopsis.
  public let synopsis: String
  /// One line in each language.
  public let summary: Bilingual
  /// What it does (who may is PlanCore's `Access`).
  public let action: Action
  /// Lowest role allowed.
  public var role: Role { action.lowestRole }
  /// Parameters.
  public let parameters: [Parameter]
  /// Result schema.
  public let result: Schema
  /// Decodes `params`, runs, and returns the encodable result.
  public let execute: @Sendable (JSONValue?, CommandContext) throws -> any Encodable & Sendable & TextRendering

  /// Erases a command type.
  public init<C: PlanCommand>(_ command: C.Type) {
    name = C.name
    synopsis = C.synopsis
    summary = C.summary
    action = C.action
    parameters = C.parameters
    result = C.result
    let schemas = Dictionary(C.parameters.map { ($0.name, $0.schema) }) { first, _ in first }
    execute = { params, context in
      let decoded: C.Params = try decodeParams(params, schemas: schemas)
      return try C.run(decoded, in: context)
    }
  }
}

/// Shared coders for parameters (creating them per call showed in profiles).
let paramsEncoder = JSONEncoder()
let paramsDecoder = JSONDecoder()

/// Decodes named parameters, refusing arrays, unknown members, wrong types and bad dates with −32602.
func decodeParams<P: Decodable>(_ params: JSONValue?, schemas: [String: Schema]) throws -> P {
  let object: [(String, JSONValue)]
  switch params {
  case nil: object = []
  case .object(let members): object = members
  case .array:
    throw PlanError.invalidParams(
      "Tham số phải đặt theo tên (một đối tượng JSON), không theo vị trí.",
      "Parameters go by name (a JSON object), not by position.")
  default:
    throw PlanError.invalidParams("Tham số phải là một đối tượng JSON.", "params must be a JSON object.")
  }
  if let unknown = object.map(\.0).first(where: { schemas[$0] == nil }) {
    let known = schemas.keys.sorted().joined(separator: ", ")
    throw PlanError.invalidParams(
      "Không có tham số '\(unknown)'. Các tham số: \(known.isEmpty ? "(không có)" : known).",
      "Unknown parameter '\(unknown)'. Parameters: \(known.isEmpty ? "(none)" : known).")
  }
  // Types first, against the published schema, so that every message names its parameter.
  for (name, value) in object {
    if let schema = schemas[name], !schema.admitsType(of: value) {
      throw PlanError.invalidParams(
        "Tham số '\(name)' phải là \(schema.typeName.vi).", "Parameter '\(name)' must be \(schema.typeName.en).")
    }
  }
  do {
    let data = try paramsEncoder.encode(JSONValue.object(object))
    return try paramsDecoder.decode(P.self, from: data)
  } catch let error as FieldValueError {
    throw PlanError.invalidParams("\(error.field): \(error.vi)", "\(error.field): \(error.en)")
  } catch let error as DecodingError {
    throw PlanError.invalidParams(describe(error).vi, describe(error).en)
  }
}

/// A decoding error in words, naming the parameter.
func describe(_ error: DecodingError) -> Bilingual {
  func field(_ path: [any CodingKey]) -> String { FieldValueError.path(path) }
  switch error {
  case .keyNotFound(let key, let context):
    let name = field(context.codingPath + [key])
    return Bilingual("Thiếu tham số bắt buộc '\(name)'.", "Missing required parameter '\(name)'.")
  case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
    let name = field(context.codingPath)
    let expected: (String, String) =
      switch type {
      case is String.Type: ("chuỗi ký tự", "a string")
      case is Int.Type: ("số nguyên", "an integer")
      case is Bool.Type: ("true hoặc false", "true or false")
      case is Double.Type: ("số", "a number")
      default: String(describing: type).hasPrefix("Array") ? ("danh sách", "a list") : ("giá trị khác", "another value")
      }
    return Bilingual("Tham số '\(name)' phải là \(expected.0).", "Parameter '\(name)' must be \(expected.1).")
  case .dataCorrupted(let context):
    let name = field(context.codingPath)
    return Bilingual("Tham số '\(name)' không hợp lệ.", "Parameter '\(name)' is invalid.")
  @unknown default:
    return Bilingual("Tham số không hợp lệ.", "Invalid parameters.")
  }
}

/// A reference to an area by number (`2`) or code (`tthc`).
public struct AreaReference: Decodable, Sendable {
  /// The number or code as given.
  public var text: String

  /// Decodes an integer or a string.
  public init(from decoder: any Decoder) throws {
    let value = try decoder.singleValueContainer()
    if let number = try? value.decode(Int.self) {
      text = String(number)
    } else {
      text = try value.decode(String.self)
    }
  }

  /// The area id, or a validation error naming the unknown area.
  func resolve(_ context: CommandContext) throws -> Int {
    guard let id = try context.database.areaID(text) else {
      throw PlanError.validation(
        "area: không có lĩnh vực '\(text)' (0–6 hoặc chi-dao, the-che, tthc, bo-may, cong-vu, tai-chinh, cqs).",
        "area: there is no area '\(text)' (0–6 or chi-dao, the-che, tthc, bo-may, cong-vu, tai-chinh, cqs).")
    }
    return id
  }
}

/// The shared schema of the `area` parameter.
let areaSchema = Schema.anyOf([
  .integer(minimum: 0, maximum: 6),
  .string(values: ["chi-dao", "the-che", "tthc", "bo-may", "cong-vu", "tai-chinh", "cqs"]),
])
