/// A JSON Schema fragment, enough to describe every parameter and result of the command table.
public indirect enum Schema: Sendable {
  /// A string, optionally with a format (`date`) or a fixed set of values.
  case string(format: String? = nil, values: [String]? = nil)
  /// A whole number, optionally bounded.
  case integer(minimum: Int? = nil, maximum: Int? = nil)
  /// true or false.
  case boolean
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
    case .string(let format, let values):
      var object: [(String, JSONValue)] = [("type", .string("string"))]
      if let format { object.append(("format", .string(format))) }
      if let values { object.append(("enum", .array(values.map(JSONValue.string)))) }
      return .object(object)
    case .integer(let minimum, let maximum):
      var object: [(String, JSONValue)] = [("type", .string("integer"))]
      if let minimum { object.append(("minimum", .integer(minimum))) }
      if let maximum { object.append(("maximum", .integer(maximum))) }
      return .object(object)
    case .boolean:
      return .object([("type", .string("boolean"))])
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

  /// Whether `value` has the JSON type this schema asks for (bounds and word lists are checked later,
  /// with messages of their own).
  public func admitsType(of value: JSONValue) -> Bool {
    switch (self, value) {
    case (.string, .string), (.integer, .integer), (.boolean, .bool), (.anyObject, .object), (.object, .object):
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
    case .array(let items): ("danh sách \(items.typeName.vi)", "a list of \(items.typeName.en)")
    case .object, .anyObject: ("đối tượng", "an object")
    case .nullable(let schema): ("\(schema.typeName.vi) hoặc null", "\(schema.typeName.en) or null")
    case .anyOf(let schemas):
      (schemas.map(\.typeName.vi).joined(separator: " hoặc "), schemas.map(\.typeName.en).joined(separator: " or "))
    }
  }
}
