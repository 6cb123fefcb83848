import PlanCore

/// A JSON Schema fragment, enough to describe every parameter and result of the command table.
public indirect enum Schema: Sendable {
  /// A string, optionally with a format (`date`), a fixed set of values or a length bound (characters).
  case string(format: String? = nil, values: [String]? = nil, maxLength: Int? = nil)
  /// A whole number, optionally bounded.
  case integer(minimum: Int? = nil, maximum: Int? = nil)
  /// true or false.
  case boolean
  /// Any JSON number, whole or not (a measured value such as 45.2).
  case number
  /// A list of values of one schema.
  case array(Schema)
  /// An object with these properties, of which `required` must be present; no other member.
  case object([Property], required: [String])
  /// The value or null.
  case nullable(Schema)
  /// Any one of these.
  case anyOf([Schema])
  /// Any object (members not described).
  case anyObject

  /// A named member of an object schema.
  public struct Property: Sendable {
    /// Member name.
    public var name: String
    /// Its schema.
    public var schema: Schema
    /// Creates a property.
    public init(_ name: String, _ schema: Schema) {
      self.name = name
      self.schema = schema
    }
  }

  /// A date `YYYY-MM-DD`.
  public static let date = Schema.string(format: "date")

  /// The schema as a JSON value.
  public var json: JSONValue {
    switch self {
    case .string(let format, let values, let maxLength):
      var object: [(String, JSONValue)] = [("type", .string("string"))]
      if let format { object.append(("format", .string(format))) }
      if let values { object.append(("enum", .array(values.map(JSONValue.string)))) }
      if let maxLength { object.append(("maxLength", .integer(maxLength))) }
      return .object(object)
    case .integer(let minimum, let maximum):
      var object: [(String, JSONValue)] = [("type", .string("integer"))]
      if let minimum { object.append(("minimum", .integer(minimum))) }
      if let maximum { object.append(("maximum", .integer(maximum))) }
      return .object(object)
    case .boolean:
      return .object([("type", .string("boolean"))])
    case .number:
      return .object([("type", .string("number"))])
    case .array(let items):
      return .object([("type", .string("array")), ("items", items.json)])
    case .object(let properties, let required):
      return .object([
        ("type", .string("object")),
        ("properties", .object(properties.map { ($0.name, $0.schema.json) })),
        ("required", .array(required.map(JSONValue.string))),
        ("additionalProperties", .bool(false)),
      ])
    case .nullable(let schema):
      return .object([("anyOf", .array([schema.json, .object([("type", .string("null"))])]))])
    case .anyOf(let schemas):
      return .object([("anyOf", .array(schemas.map(\.json)))])
    case .anyObject:
      return .object([("type", .string("object"))])
    }
  }

  /// The longest string the schema takes (through `nullable` and `array`), if it says.
  public var maxLength: Int? {
    switch self {
    case .string(_, _, let maxLength): maxLength
    case .nullable(let schema), .array(let schema): schema.maxLength
    default: nil
    }
  }

  /// A string of at most `maxLength` characters.
  public static func text(_ maxLength: Int) -> Schema { .string(maxLength: maxLength) }

  /// A whole number within `range`.
  public static func integer(_ range: ClosedRange<Int>) -> Schema {
    .integer(minimum: range.lowerBound, maximum: range.upperBound)
  }

  /// Refuses a value of the right type that breaks the schema's bounds, naming `name` (−32004): a
  /// number outside its range, a string over its length (in code points), a word not in its list.
  /// Values under `anyOf` are left to their reader (each branch has its own words).
  public func checkBounds(_ value: JSONValue, name: String) throws {
    switch (self, value) {
    case (.integer(let minimum, let maximum), .integer(let number)):
      if let minimum, number < minimum { throw Self.outOfRange(number, name: name, minimum, maximum) }
      if let maximum, number > maximum { throw Self.outOfRange(number, name: name, minimum, maximum) }
    case (.string(_, let values, let maxLength), .string(let text)):
      try StoredText.refuseControls(text, field: name)
      if let values, !values.contains(text) { throw Self.unknownWord(text, name: name, allowed: values) }
      if let maxLength {
        // Code points, as JSON Schema counts them: a run of combining marks is no shorter than it is.
        let length = text.unicodeScalars.count
        if length > maxLength { throw TextBounds.tooLong(name, maximum: maxLength, length: length) }
      }
    case (.array(let items), .array(let values)):
      for (index, item) in values.enumerated() { try items.checkBounds(item, name: "\(name)[\(index)]") }
    case (.nullable(let schema), _) where value != .null:
      try schema.checkBounds(value, name: name)
    default:
      break
    }
  }

  /// A number outside its bounds, with the number given.
  static func outOfRange(_ number: Int, name: String, _ minimum: Int?, _ maximum: Int?) -> PlanError {
    switch (minimum, maximum) {
    case (let minimum?, let maximum?):
      PlanError.validation(
        "\(name): phải từ \(minimum) đến \(maximum) (nhận \(number)).",
        "\(name): must be \(minimum)–\(maximum) (got \(number)).")
    case (let minimum?, nil):
      PlanError.validation(
        "\(name): phải từ \(minimum) trở lên (nhận \(number)).", "\(name): must be at least \(minimum) (got \(number))."
      )
    default:
      PlanError.validation(
        "\(name): không được quá \(maximum ?? 0) (nhận \(number)).",
        "\(name): must be at most \(maximum ?? 0) (got \(number)).")
    }
  }

  /// A word not in `allowed`, listing them (the message of a data file's unknown word; −32004).
  static func unknownWord(_ word: String, name: String, allowed: [String]) -> PlanError {
    let list = allowed.joined(separator: ", ")
    return PlanError.validation(
      "\(name): giá trị '\(word)' không hợp lệ; chỉ nhận: \(list)", "\(name): invalid value '\(word)'; allowed: \(list)"
    )
  }

  /// Whether `value` has the JSON type this schema asks for (bounds and word lists are checked later,
  /// with messages of their own).
  public func admitsType(of value: JSONValue) -> Bool {
    switch (self, value) {
    case (.string, .string), (.integer, .integer), (.boolean, .bool), (.anyObject, .object), (.object, .object):
      return true
    case (.number, .number), (.number, .integer):
      return true
    case (.array(let items), .array(let values)):
      return values.allSatisfy(items.admitsType)
    case (.nullable, .null):
      return true
    case (.nullable(let schema), _):
      return schema.admitsType(of: value)
    case (.anyOf(let schemas), _):
      return schemas.contains { $0.admitsType(of: value) }
    default:
      return false
    }
  }

  /// What the schema's type is called, for messages.
  public var typeName: (vi: String, en: String) {
    switch self {
    case .string: ("chuỗi ký tự", "a string")
    case .integer: ("số nguyên", "an integer")
    case .boolean: ("true hoặc false", "true or false")
    case .number: ("số", "a number")
    case .array(let items): ("danh sách \(items.typeName.vi)", "a list of \(items.typeName.en)")
    case .object, .anyObject: ("đối tượng", "an object")
    case .nullable(let schema): ("\(schema.typeName.vi) hoặc null", "\(schema.typeName.en) or null")
    case .anyOf(let schemas):
      (schemas.map(\.typeName.vi).joined(separator: " hoặc "), schemas.map(\.typeName.en).joined(separator: " or "))
    }
  }
}
