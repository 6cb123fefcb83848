import Foundation

/// Any JSON value, decoded without loss (booleans stay booleans, integers stay integers).
public enum JSONValue: Sendable, Equatable {
  /// null
  case null
  /// true / false
  case bool(Bool)
  /// A number without fraction or exponent that fits in 64 bits.
  case integer(Int)
  /// Any other number.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; member order is kept, for readable output.
  case object([(String, JSONValue)])

  /// Compares values (object members in order).
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// The member `key` of an object, or nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }
}

extension JSONValue: Codable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Decodes any JSON value.
  public init(from decoder: any Decoder) throws {
    if var array = try? decoder.unkeyedContainer() {
      var values: [JSONValue] = []
      while !array.isAtEnd { values.append(try array.decode(JSONValue.self)) }
      self = .array(values)
      return
    }
    if let object = try? decoder.container(keyedBy: Key.self) {
      self = .object(try object.allKeys.map { ($0.stringValue, try object.decode(JSONValue.self, forKey: $0)) })
      return
    }
    let value = try decoder.singleValueContainer()
    if value.decodeNil() {
      self = .null
    } else if let bool = try? value.decode(Bool.self) {
      self = .bool(bool)
    } else if let integer = try? value.decode(Int.self) {
      self = .integer(integer)
    } else if let number = try? value.decode(Double.self) {
      self = .number(number)
    } else {
      self = .string(try value.decode(String.self))
    }
  }

  /// Encodes the value as it is.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var c = encoder.singleValueContainer()
      try c.encodeNil()
    case .bool(let value):
      var c = encoder.singleValueContainer()
      try c.encode(value)
    case .integer(let value):
      var c = encoder.singleValueContainer()
      try c.encode(value)
    case .number(let value):
      var c = encoder.singleValueContainer()
      try c.encode(value)
    case .string(let value):
      var c = encoder.singleValueContainer()
      try c.encode(value)
    case .array(let values):
      var c = encoder.unkeyedContainer()
      for value in values { try c.encode(value) }
    case .object(let members):
      var c = encoder.container(keyedBy: Key.self)
      for (key, value) in members { try c.encode(value, forKey: Key(stringValue: key)) }
    }
  }
}
