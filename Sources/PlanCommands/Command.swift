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

/// A parameter of a command, declared once: its name, type and bounds (the schema), whether it
/// is required, positional in the shell, its placeholder and default, and its help. The JSON
/// schema, the shell's synopsis, binding, help and completion all come from it.
public struct Parameter: Sendable {
  /// Member name (camelCase); the shell's option is its kebab-case (`--plan-item`).
  public var name: String
  /// Its schema.
  public var schema: Schema
  /// Whether it must be given.
  public var required: Bool
  /// In the shell, a word in this place of the line (its placeholder), not an option.
  public var positional: Bool
  /// The placeholder in the synopsis (`DUTY`, `DATE`, `A,B`), or nil for a flag.
  public var placeholder: String?
  /// The value when it is not given, for help; nil when absence means "none".
  public var defaultValue: JSONValue?
  /// What it means.
  public var summary: Bilingual

  /// Creates a parameter. `positional` names its placeholder and makes it a word of the line;
  /// `placeholder` overrides the one the schema suggests for an option.
  public init(
    _ name: String, _ schema: Schema, required: Bool = false, positional: String? = nil, placeholder: String? = nil,
    defaultValue: JSONValue? = nil, _ summary: Bilingual
  ) {
    self.name = name
    self.schema = schema
    self.required = required
    self.positional = positional != nil
    self.placeholder = positional ?? placeholder ?? Self.placeholder(for: schema, name: name)
    self.defaultValue = defaultValue
    self.summary = summary
  }

  /// The placeholder the schema suggests: DATE, N, a|b, A,B; none for a boolean.
  static func placeholder(for schema: Schema, name: String) -> String? {
    switch schema {
    case .boolean: nil
    case .string(format: "date", _): "DATE"
    case .string(_, let values?): values.joined(separator: "|")
    case .integer: "N"
    case .array: "A,B"
    default: name.uppercased()
    }
  }

  /// The option's spelling in the shell: `--plan-item`.
  public var option: String {
    "--"
      + name.reduce(into: "") { text, character in
        if character.isUppercase { text += "-" + character.lowercased() } else { text.append(character) }
      }
  }

  /// How the parameter reads in a synopsis: `DUTY`, `--due DATE`, `[--note TEXT]`, `[--no-pin]`.
  var synopsisWord: String {
    if positional { return required ? placeholder ?? name : "[\(placeholder ?? name)]" }
    let word: String
    if let placeholder {
      word = "\(option) \(placeholder)"
    } else if defaultValue == .bool(true) {
      word = "--no-" + option.dropFirst(2)
    } else {
      word = option
    }
    return required ? word : "[\(word)]"
  }
}

/// A command's synopsis in the shell, generated from its name and its parameters: the words of
/// its name, its positional parameters, then its required options, then the others.
public func synopsis(name: String, parameters: [Parameter]) -> String {
  let words = name.split(separator: ".").map(String.init)
  let positional = parameters.filter(\.positional).map(\.synopsisWord)
  let required = parameters.filter { !$0.positional && $0.required }.map(\.synopsisWord)
  let optional = parameters.filter { !$0.positional && !$0.required }.map(\.synopsisWord)
  return (words + positional + required + optional).joined(separator: " ")
}

/// How a result is printed.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Text for people.
  case table
  /// Exactly the JSON-RPC `result`.
  case json
  /// Comma-separated values with a UTF-8 byte-order mark.
  case csv
}

/// A result that is a list (a page of rows): it can also print as CSV.
public protocol ListResult {}

extension Page: ListResult {}
extension DutyPageJSON: ListResult {}

/// One operation of `cchc`, described once for every front-end (JSON-RPC, shell, one-shot CLI).
public protocol PlanCommand: Sendable {
  /// Decoded parameters.
  associatedtype Params: Decodable & Sendable
  /// The result: JSON for scripts, text for people.
  associatedtype Output: Encodable & Sendable & TextRendering

  /// Dotted name, e.g. `duties.assign`; the JSON-RPC method.
  static var name: String { get }
  /// One line in each language.
  static var summary: Bilingual { get }
  /// What it does, in PlanCore's terms: the lowest role and what an official must hold come from it.
  static var action: Action { get }
  /// The formats its result prints in, the default first.
  static var formats: [OutputFormat] { get }
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

  /// A table or JSON; a list also as CSV.
  public static var formats: [OutputFormat] {
    Output.self is any ListResult.Type ? [.table, .json, .csv] : [.table, .json]
  }
}

/// The type-erased entry of the command table.
public struct CommandEntry: Sendable {
  /// Dotted name.
  public let name: String
  /// Shell synopsis, generated from the name and the parameters.
  public let synopsis: String
  /// One line in each language.
  public let summary: Bilingual
  /// What it does (who may is PlanCore's `Access`).
  public let action: Action
  /// The formats its result prints in, the default first.
  public let formats: [OutputFormat]
  /// Lowest role allowed.
  public var role: Role { action.lowestRole }
  /// Parameters.
  public let parameters: [Parameter]
  /// Result schema.
  public let result: Schema
  /// The member names of the decoded parameters' type, for the test that holds them equal to `parameters`.
  let decodedNames: @Sendable (JSONValue?) throws -> [String]
  /// Decodes `params`, runs, and returns the encodable result.
  public let execute: @Sendable (JSONValue?, CommandContext) throws -> any Encodable & Sendable & TextRendering

  /// Erases a command type.
  public init<C: PlanCommand>(_ command: C.Type) {
    name = C.name
    synopsis = PlanCommands.synopsis(name: C.name, parameters: C.parameters)
    summary = C.summary
    action = C.action
    formats = C.formats
    parameters = C.parameters
    result = C.result
    let schemas = Dictionary(C.parameters.map { ($0.name, $0.schema) }) { first, _ in first }
    decodedNames = { params in
      let decoded: C.Params = try decodeParams(params, schemas: schemas)
      return Mirror(reflecting: decoded).children.compactMap(\.label)
    }
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
