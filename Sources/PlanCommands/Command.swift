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
  /// Markdown, for pasting into a message (only the commands that declare it).
  case md
}

/// A result that is a list (a page of rows): it can also print as CSV.
public protocol ListResult {}

extension Page: ListResult {}
extension DutyPageJSON: ListResult {}

/// One operation of `cchc`, described once for every front-end (JSON-RPC, shell, one-shot CLI).
public protocol PlanCommand: Sendable {
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
  /// Its parameters, each declared once; `run` reads them from its `Arguments`.
  static var parameters: [any ParameterDeclaration] { get }
  /// The schema every result satisfies.
  static var result: Schema { get }
  /// Whether the result is a document the shell may write whole to a file (`--output FILE`,
  /// `--force` to replace one), in any of its formats.
  static var document: Bool { get }
  /// Does the work; never prints, never exits; throws `PlanError`.
  static func run(_ arguments: Arguments, in context: CommandContext) throws -> Output
}

extension PlanCommand {
  /// The lowest role allowed (PlanCore's rule for the command's action).
  public static var role: Role { action.lowestRole }

  /// A table or JSON.
  public static var formats: [OutputFormat] { [.table, .json] }

  /// Not a document: only lists are written to files.
  public static var document: Bool { false }
}

extension PlanCommand where Output: ListResult {
  /// A list: a table, JSON or CSV (chosen when the command is compiled, not by a cast at run time).
  public static var formats: [OutputFormat] { [.table, .json, .csv] }
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
  /// Whether the result is a document the shell may write to a file.
  public let document: Bool
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
    let parameters = C.parameters.map(\.declaration)
    synopsis = PlanCommands.synopsis(name: C.name, parameters: parameters)
    summary = C.summary
    action = C.action
    formats = C.formats
    document = C.document
    self.parameters = parameters
    result = C.result
    let list = ParameterList(parameters)
    execute = { params, context in
      try C.run(try Arguments.bind(params, to: list), in: context)
    }
  }
}

/// Shared coders for parameters (creating them per call showed in profiles).
let paramsEncoder = JSONEncoder()
let paramsDecoder = JSONDecoder()

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
public struct AreaReference: Decodable, Sendable, ParameterValue {
  /// A number 0–6 or a code.
  public static var schema: Schema { areaSchema }

  /// The number or code as given.
  public static func read(_ json: JSONValue, name: String) throws -> AreaReference {
    switch json {
    case .integer(let number): return AreaReference(text: String(number))
    case .string(let text): return AreaReference(text: text)
    default: throw mismatch(name, schema)
    }
  }

  init(text: String) { self.text = text }

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
