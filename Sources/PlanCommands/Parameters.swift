import Foundation
import PlanCore

/// A parameter of a command as every front-end sees it, made from its one declaration (`Param`):
/// name, schema with bounds, required, positional in the shell, placeholder, default and help.
/// The JSON schema, the shell's synopsis, binding, help, completion, decoding and bound checks
/// all come from it.
public struct Parameter: Sendable {
  /// Member name (camelCase); the shell's option is its kebab-case (`--plan-item`).
  public let name: String
  /// Its schema, bounds included.
  public let schema: Schema
  /// Whether it must be given.
  public let required: Bool
  /// In the shell, a word in this place of the line (its placeholder), not an option.
  public let positional: Bool
  /// The placeholder in the synopsis (`DUTY`, `DATE`, `A,B`), or nil for a flag.
  public let placeholder: String?
  /// The value when it is not given, for help; nil when absence means "none".
  public let defaultValue: JSONValue?
  /// What it means.
  public let summary: Bilingual
  /// The typed value of a JSON value that has passed the schema (the declaration's Swift type).
  let convert: @Sendable (JSONValue, String) throws -> any Sendable
  /// The typed default, stored when the parameter is absent.
  let typedDefault: (any Sendable)?
  /// Whether its values are officials' ids: the shell then also takes a name, as `login` does.
  public internal(set) var namesOfficial = false

  /// The placeholder the schema suggests: DATE, N, a|b, A,B; none for a boolean.
  static func placeholder(for schema: Schema, name: String) -> String? {
    switch schema {
    case .boolean: nil
    case .string(format: "date", _, _): "DATE"
    case .string(format: "month", _, _): "MM/YYYY"
    case .string(format: "quarter", _, _): "Qn/YYYY"
    case .string(_, let values?, _): values.joined(separator: "|")
    case .integer, .number: "N"
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

/// Something a command lists among its parameters.
public protocol ParameterDeclaration: Sendable {
  /// The parameter as every front-end sees it.
  var declaration: Parameter { get }
}

/// A command's parameter, declared once with the Swift type its value reads as. A non-optional
/// type without a default is required; `Param<String?>` is optional; a default makes it optional
/// and is what the command reads when it is absent.
public struct Param<Value: ParameterValue>: ParameterDeclaration {
  /// The parameter as every front-end sees it.
  public let declaration: Parameter

  /// Declares a parameter of schema `schema` (the type's, with bounds). `positional` names its
  /// placeholder and makes it a word of the shell's line; `placeholder` names an option's value.
  public init(
    _ name: String, _ schema: Schema, positional: String? = nil, placeholder: String? = nil, _ summary: Bilingual
  ) {
    self.init(name, schema, positional: positional, placeholder: placeholder, default: nil, summary)
  }

  /// Declares a parameter of the type's own schema.
  public init(_ name: String, positional: String? = nil, placeholder: String? = nil, _ summary: Bilingual) {
    self.init(name, Value.schema, positional: positional, placeholder: placeholder, default: nil, summary)
  }

  /// Declares an optional parameter of schema `schema` that reads as `defaultValue` when absent.
  public init(
    _ name: String, _ schema: Schema, placeholder: String? = nil, default defaultValue: Value, _ summary: Bilingual
  ) {
    self.init(name, schema, positional: nil, placeholder: placeholder, default: .some(defaultValue), summary)
  }

  /// Declares an optional parameter of the type's own schema that reads as `defaultValue` when absent.
  public init(_ name: String, placeholder: String? = nil, default defaultValue: Value, _ summary: Bilingual) {
    self.init(name, Value.schema, positional: nil, placeholder: placeholder, default: .some(defaultValue), summary)
  }

  private init(
    _ name: String, _ schema: Schema, positional: String?, placeholder: String?, default defaultValue: Value?,
    _ summary: Bilingual
  ) {
    declaration = Parameter(
      name: name, schema: schema, required: defaultValue == nil && Value.whenAbsent == nil,
      positional: positional != nil,
      placeholder: positional ?? placeholder ?? Parameter.placeholder(for: schema, name: name),
      defaultValue: defaultValue?.jsonValue, summary: summary,
      convert: { value, name in try Value.read(value, name: name) },
      typedDefault: defaultValue, namesOfficial: Value.namesOfficial)
  }

  /// The member name.
  public var name: String { declaration.name }
}

/// A Swift type a parameter's JSON value reads as.
public protocol ParameterValue: Sendable {
  /// The schema of the type before any bound (`.string()`, `.integer()` …).
  static var schema: Schema { get }
  /// The value of `json`, which has passed the schema's type and bounds; throws `PlanError`
  /// naming `name` when it is still not a value of the type (a date that does not exist).
  static func read(_ json: JSONValue, name: String) throws -> Self
  /// The value of an absent parameter: nil (not given) for an optional type, none for a required one.
  static var whenAbsent: Self? { get }
  /// The value as JSON, for help's defaults.
  var jsonValue: JSONValue? { get }
  /// Whether the value is an official's id (or a list of them): the shell also takes a name for it.
  static var namesOfficial: Bool { get }
}

extension ParameterValue {
  /// Required unless optional.
  public static var whenAbsent: Self? { nil }
  /// Not shown.
  public var jsonValue: JSONValue? { nil }
  /// Not an official.
  public static var namesOfficial: Bool { false }
}

extension Optional: ParameterValue where Wrapped: ParameterValue {
  /// The wrapped type's schema (absence is the option).
  public static var schema: Schema { Wrapped.schema }
  /// The wrapped type's value.
  public static func read(_ json: JSONValue, name: String) throws -> Self { try Wrapped.read(json, name: name) }
  /// Absent reads as nil.
  public static var whenAbsent: Self? { .some(.none) }
  /// The wrapped value's JSON.
  public var jsonValue: JSONValue? { self?.jsonValue }
  /// Whether the wrapped type names an official.
  public static var namesOfficial: Bool { Wrapped.namesOfficial }
}

/// The type-mismatch error of a value that passed the schema but not its reader (a declaration bug).
func mismatch(_ name: String, _ schema: Schema) -> PlanError {
  PlanError.invalidParams(
    "Tham số '\(name)' phải là \(schema.typeName.vi).", "Parameter '\(name)' must be \(schema.typeName.en).")
}

extension String: ParameterValue {
  /// A string.
  public static var schema: Schema { .string() }
  /// The string.
  public static func read(_ json: JSONValue, name: String) throws -> String {
    guard case .string(let text) = json else { throw mismatch(name, schema) }
    return text
  }
  /// The string.
  public var jsonValue: JSONValue? { .string(self) }
}

extension Int: ParameterValue {
  /// A whole number.
  public static var schema: Schema { .integer() }
  /// The number.
  public static func read(_ json: JSONValue, name: String) throws -> Int {
    guard case .integer(let number) = json else { throw mismatch(name, schema) }
    return number
  }
  /// The number.
  public var jsonValue: JSONValue? { .integer(self) }
}

extension Double: ParameterValue {
  /// A number, whole or not.
  public static var schema: Schema { .number }
  /// The number (a whole number reads as itself).
  public static func read(_ json: JSONValue, name: String) throws -> Double {
    switch json {
    case .number(let number) where number.isFinite: return number
    case .integer(let number): return Double(number)
    default: throw mismatch(name, schema)
    }
  }
  /// The number.
  public var jsonValue: JSONValue? { .number(self) }
}

extension Bool: ParameterValue {
  /// true or false.
  public static var schema: Schema { .boolean }
  /// The flag.
  public static func read(_ json: JSONValue, name: String) throws -> Bool {
    guard case .bool(let flag) = json else { throw mismatch(name, schema) }
    return flag
  }
  /// The flag.
  public var jsonValue: JSONValue? { .bool(self) }
}

extension Array: ParameterValue where Element: ParameterValue {
  /// A list of the element's schema.
  public static var schema: Schema { .array(Element.schema) }
  /// Each element read in turn, named `name[i]`.
  public static func read(_ json: JSONValue, name: String) throws -> [Element] {
    guard case .array(let values) = json else { throw mismatch(name, schema) }
    return try values.enumerated().map { try Element.read($1, name: "\(name)[\($0)]") }
  }
  /// A list of officials' ids names officials.
  public static var namesOfficial: Bool { Element.namesOfficial }
}

extension Tagged: ParameterValue where RawValue: ParameterValue {
  /// The raw value's schema; an id is a string of at most `TextBounds.id` characters.
  public static var schema: Schema {
    guard case .string(let format, let values, nil) = RawValue.schema else { return RawValue.schema }
    return .string(format: format, values: values, maxLength: TextBounds.id)
  }
  /// The id of the raw value.
  public static func read(_ json: JSONValue, name: String) throws -> Tagged {
    Tagged(rawValue: try RawValue.read(json, name: name))
  }
  /// The raw value's JSON.
  public var jsonValue: JSONValue? { rawValue.jsonValue }
  /// An official's id names an official.
  public static var namesOfficial: Bool { Tag.self == IDTag.Official.self }
}

extension Month: ParameterValue {
  /// `YYYY-MM`.
  public static var schema: Schema { .string(format: "month") }
  /// The month, refusing anything else.
  public static func read(_ json: JSONValue, name: String) throws -> Month {
    guard case .string(let text) = json else { throw mismatch(name, schema) }
    guard let month = Month(iso: text) else {
      throw PlanError.invalidParams(
        "\(name): '\(text)' không phải là một tháng dạng YYYY-MM",
        "\(name): '\(text)' is not a month of the form YYYY-MM")
    }
    return month
  }
  /// The ISO form.
  public var jsonValue: JSONValue? { .string(iso) }
}

extension Quarter: ParameterValue {
  /// `YYYY-Qn`.
  public static var schema: Schema { .string(format: "quarter") }
  /// The quarter, refusing anything else.
  public static func read(_ json: JSONValue, name: String) throws -> Quarter {
    guard case .string(let text) = json else { throw mismatch(name, schema) }
    guard let quarter = Quarter(iso: text) else {
      throw PlanError.invalidParams(
        "\(name): '\(text)' không phải là một quý dạng YYYY-Qn",
        "\(name): '\(text)' is not a quarter of the form YYYY-Qn")
    }
    return quarter
  }
  /// The form `YYYY-Qn`.
  public var jsonValue: JSONValue? { .string(iso) }
}

extension CivilDate: ParameterValue {
  /// `YYYY-MM-DD`.
  public static var schema: Schema { .date }
  /// The date, refusing a day that does not exist.
  public static func read(_ json: JSONValue, name: String) throws -> CivilDate {
    guard case .string(let text) = json else { throw mismatch(name, schema) }
    guard let date = CivilDate(iso: text) else {
      throw PlanError.invalidParams(
        "\(name): '\(text)' không phải là một ngày có thật dạng YYYY-MM-DD",
        "\(name): '\(text)' is not a real date of the form YYYY-MM-DD")
    }
    return date
  }
  /// The ISO form.
  public var jsonValue: JSONValue? { .string(iso) }
}

extension ParameterValue where Self: DataVocabulary {
  /// One of the words.
  public static var schema: Schema { .string(values: allCases.map(\.rawValue)) }
  /// The word's case (the schema has already refused other words).
  public static func read(_ json: JSONValue, name: String) throws -> Self {
    guard case .string(let word) = json else { throw mismatch(name, schema) }
    guard let value = Self(rawValue: word) else {
      throw Schema.unknownWord(word, name: name, allowed: allCases.map(\.rawValue))
    }
    return value
  }
  /// The word.
  public var jsonValue: JSONValue? { .string(rawValue) }
}

extension DutyStatus: ParameterValue {}
extension Role: ParameterValue {}
extension StaffKind: ParameterValue {}
extension PlanItemKind: ParameterValue {}

extension SchedulingInstance: ParameterValue {
  /// Any object; its members are checked by its own decoding and `Scheduler.problems`.
  public static var schema: Schema { .anyObject }
  /// The instance, decoded; a bad member is named by its path under `name`.
  public static func read(_ json: JSONValue, name: String) throws -> SchedulingInstance {
    // Every number of an instance is a whole number of hours; 8.0 is not one (the protocol's integers).
    if let path = firstFraction(in: json, at: name) {
      throw PlanError.invalidParams("Tham số '\(path)' phải là số nguyên.", "Parameter '\(path)' must be an integer.")
    }
    do {
      let data = try paramsEncoder.encode(JSONValue.object([(name, json)]))
      // Decoded under its name, so that a bad member's path starts with it (`instance.duties[0]`).
      guard let instance = try paramsDecoder.decode([String: SchedulingInstance].self, from: data)[name] else {
        throw mismatch(name, schema)
      }
      return instance
    } catch let error as FieldValueError {
      throw PlanError.invalidParams("\(error.field): \(error.vi)", "\(error.field): \(error.en)")
    } catch let error as DecodingError {
      throw PlanError.invalidParams(describe(error).vi, describe(error).en)
    }
  }
}

/// The path of the first number that is not an integer (`instance.duties[3].effort`), or nil.
func firstFraction(in json: JSONValue, at path: String) -> String? {
  switch json {
  case .number: return path
  case .array(let values):
    for (index, value) in values.enumerated() {
      if let found = firstFraction(in: value, at: "\(path)[\(index)]") { return found }
    }
    return nil
  case .object(let members):
    for (name, value) in members {
      if let found = firstFraction(in: value, at: "\(path).\(name)") { return found }
    }
    return nil
  default: return nil
  }
}

/// A command's parameters indexed by name, built once per command rather than per call.
struct ParameterList: Sendable {
  /// In declaration order.
  let all: [Parameter]
  /// By member name.
  let byName: [String: Parameter]
  /// The member names.
  let names: Set<String>

  init(_ parameters: [Parameter]) {
    all = parameters
    byName = Dictionary(parameters.map { ($0.name, $0) }) { first, _ in first }
    names = Set(byName.keys)
  }
}

/// A command's arguments: the values of its declared parameters, read by their declarations.
public struct Arguments: Sendable {
  /// The typed value of each parameter given or defaulted.
  private var values: [String: any Sendable]
  /// The names the command declares.
  private let declared: Set<String>

  /// The value of `parameter`: what was given, its default, or nil when optional and absent.
  /// Throws an internal error when the command reads a parameter it did not declare.
  public subscript<Value>(_ parameter: Param<Value>) -> Value {
    get throws {
      if let value = values[parameter.name] {
        guard let typed = value as? Value else { throw PlanError.internal("parameter \(parameter.name) type") }
        return typed
      }
      guard declared.contains(parameter.name), let absent = Value.whenAbsent else {
        throw PlanError.internal("parameter \(parameter.name) is not declared by the command")
      }
      return absent
    }
  }

  /// Binds `params` to `declarations`: refuses anything but a by-name object, unknown members and
  /// wrong types (−32602, naming the member), missing required members (−32602), values outside
  /// their bounds, lengths or word lists (−32004, naming the member); then reads each value as its type.
  public static func bind(_ params: JSONValue?, to declarations: [Parameter]) throws -> Arguments {
    try bind(params, to: ParameterList(declarations))
  }

  /// `bind` against a command's parameters indexed once (the table's entries keep theirs).
  static func bind(_ params: JSONValue?, to list: ParameterList) throws -> Arguments {
    let object = try members(of: params)
    let byName = list.byName
    let declarations = list.all
    if let unknown = object.map(\.0).first(where: { byName[$0] == nil }) {
      let known = list.names.sorted().joined(separator: ", ")
      throw PlanError.invalidParams(
        "Không có tham số '\(unknown)'. Các tham số: \(known.isEmpty ? "(không có)" : known).",
        "Unknown parameter '\(unknown)'. Parameters: \(known.isEmpty ? "(none)" : known).")
    }
    // Types first, against the published schema, so that every message names its parameter.
    var given: [String: JSONValue] = [:]
    for (name, value) in object {
      if let schema = byName[name]?.schema, !schema.admitsType(of: value) {
        throw PlanError.invalidParams(
          "Tham số '\(name)' phải là \(schema.typeName.vi).", "Parameter '\(name)' must be \(schema.typeName.en).")
      }
      given[name] = value
    }
    var arguments = Arguments(values: [:], declared: list.names)
    for declaration in declarations {
      if let value = given[declaration.name] {
        try declaration.schema.checkBounds(value, name: declaration.name)
        arguments.values[declaration.name] = try declaration.convert(value, declaration.name)
      } else if declaration.required {
        throw PlanError.invalidParams(
          "Thiếu tham số bắt buộc '\(declaration.name)'.", "Missing required parameter '\(declaration.name)'.")
      } else if let typedDefault = declaration.typedDefault {
        arguments.values[declaration.name] = typedDefault
      }
    }
    return arguments
  }

  /// The members of a by-name parameter object (none when absent).
  private static func members(of params: JSONValue?) throws -> [(String, JSONValue)] {
    switch params {
    case nil: return []
    case .object(let members): return members
    case .array:
      throw PlanError.invalidParams(
        "Tham số phải đặt theo tên (một đối tượng JSON), không theo vị trí.",
        "Parameters go by name (a JSON object), not by position.")
    default:
      throw PlanError.invalidParams("Tham số phải là một đối tượng JSON.", "params must be a JSON object.")
    }
  }
}
