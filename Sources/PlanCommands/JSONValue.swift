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

/// Why a JSON text was refused by `JSONValue(parsing:maximumDepth:)`.
public struct JSONParseError: Error, Equatable, Sendable {
  /// What was wrong.
  public enum Reason: Equatable, Sendable {
    /// Not JSON text by RFC 8259's grammar (a stray byte, a trailing comma, an unclosed string …).
    case syntax
    /// A string holds bytes that are not UTF-8.
    case invalidUTF8
    /// A `\u` escape names half of a surrogate pair without its other half.
    case loneSurrogate
    /// Arrays and objects nested deeper than the limit.
    case tooDeep
    /// An object names this member twice (RFC 8259 leaves such an object's meaning undefined).
    case duplicateMember(String)
    /// A number too large for a Double (`1e400`).
    case numberOutOfRange
  }

  /// What was wrong.
  public var reason: Reason
  /// Where the parser stopped, in bytes from the start of the text (0 is the first byte).
  public var offset: Int

  /// An error of `reason` at `offset`.
  public init(reason: Reason, offset: Int) {
    self.reason = reason
    self.offset = offset
  }
}

extension JSONValue {
  /// The deepest nesting of arrays and objects read (the parser recurses that deep).
  public static let maximumDepth = 256

  /// Parses one JSON text (RFC 8259) strictly: integers without fraction or exponent that fit in
  /// 64 bits are `.integer`, every other number `.number` (`1.0`, `1e2`); a member named twice, a
  /// lone surrogate, bytes that are not UTF-8 or nesting deeper than `maximumDepth` are refused.
  public init(parsing bytes: [UInt8], maximumDepth: Int) throws(JSONParseError) {
    let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
      var parser = StrictJSONParser(bytes: buffer, maximumDepth: maximumDepth)
      do throws(JSONParseError) {
        return .success(try parser.document())
      } catch {
        return .failure(error)
      }
    }
    self = try result.get()
  }
}

/// RFC 8259 by recursive descent over bytes: one pass, no intermediate tokens.
struct StrictJSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let maximumDepth: Int
  var index = 0
  var depth = 0

  /// Objects with more members than this check for duplicates with a set, not by scanning.
  static let linearMemberCheck = 16

  init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  /// The one value of the text, with only whitespace around it.
  mutating func document() throws(JSONParseError) -> JSONValue {
    skipWhitespace()
    let value = try value()
    skipWhitespace()
    guard index == bytes.count else { throw failure(.syntax) }
    return value
  }

  func failure(_ reason: JSONParseError.Reason) -> JSONParseError {
    JSONParseError(reason: reason, offset: index)
  }

  /// Skips RFC 8259's four whitespace bytes: space, tab, line feed, carriage return.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// Any value, at `index`.
  mutating func value() throws(JSONParseError) -> JSONValue {
    guard index < bytes.count else { throw failure(.syntax) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw failure(.syntax)
    }
  }

  /// Consumes `word` exactly.
  mutating func literal(_ word: StaticString) throws(JSONParseError) {
    let count = word.utf8CodeUnitCount
    guard bytes.count - index >= count else { throw failure(.syntax) }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw failure(.syntax)
    }
    index += count
  }

  /// Enters an array or object, refusing nesting past the limit.
  mutating func enter() throws(JSONParseError) {
    depth += 1
    guard depth <= maximumDepth else { throw failure(.tooDeep) }
    index += 1
    skipWhitespace()
  }

  /// `[ value, … ]`.
  mutating func array() throws(JSONParseError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    var values: [JSONValue] = []
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(values)
    }
    while true {
      values.append(try value())
      skipWhitespace()
      guard index < bytes.count else { throw failure(.syntax) }
      switch bytes[index] {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "]"):
        index += 1
        return .array(values)
      default: throw failure(.syntax)
      }
    }
  }

  /// `{ "name": value, … }`, refusing a name given twice.
  mutating func object() throws(JSONParseError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    var members: [(String, JSONValue)] = []
    var names: Set<String> = []
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure(.syntax) }
      let name = try string()
      // Names are compared as Swift compares strings (canonically equivalent ones are one name),
      // as `JSONValue`'s subscript finds them.
      if members.count < Self.linearMemberCheck {
        if members.contains(where: { $0.0 == name }) { throw failure(.duplicateMember(name)) }
      } else {
        if names.isEmpty { names = Set(members.map(\.0)) }
        guard names.insert(name).inserted else { throw failure(.duplicateMember(name)) }
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure(.syntax) }
      index += 1
      skipWhitespace()
      members.append((name, try value()))
      skipWhitespace()
      guard index < bytes.count else { throw failure(.syntax) }
      switch bytes[index] {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "}"):
        index += 1
        return .object(members)
      default: throw failure(.syntax)
      }
    }
  }
}

extension StrictJSONParser {
  /// A string at `index` (its opening quote): the fast path copies a run without escapes at once.
  mutating func string() throws(JSONParseError) -> String {
    index += 1
    let start = index
    var ascii = true
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if ascii { return String(decoding: run, as: UTF8.self) }
        guard let text = String(validating: run, as: UTF8.self) else { throw failure(.invalidUTF8) }
        return text
      }
      if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
      if byte < 0x20 { throw failure(.syntax) }
      if byte >= 0x80 { ascii = false }
      index += 1
    }
    throw failure(.syntax)
  }

  /// The rest of a string that holds escapes, from its first byte at `start`.
  mutating func escapedString(from start: Int) throws(JSONParseError) -> String {
    var utf8 = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        guard let text = String(validating: utf8, as: UTF8.self) else { throw failure(.invalidUTF8) }
        return text
      case UInt8(ascii: "\\"):
        try escape(into: &utf8)
      case 0..<0x20:
        index -= 1
        throw failure(.syntax)
      default:
        utf8.append(byte)
      }
    }
    throw failure(.syntax)
  }

  /// One escape after its backslash, appended as UTF-8.
  mutating func escape(into utf8: inout [UInt8]) throws(JSONParseError) {
    guard index < bytes.count else { throw failure(.syntax) }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
    case UInt8(ascii: "b"): utf8.append(0x08)
    case UInt8(ascii: "f"): utf8.append(0x0C)
    case UInt8(ascii: "n"): utf8.append(0x0A)
    case UInt8(ascii: "r"): utf8.append(0x0D)
    case UInt8(ascii: "t"): utf8.append(0x09)
    case UInt8(ascii: "u"):
      utf8.append(contentsOf: String(try unicodeEscape()).utf8)
    default:
      index -= 1
      throw failure(.syntax)
    }
  }

  /// The scalar of `\uXXXX` (after its `u`), joining a surrogate pair; a lone surrogate is refused.
  mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
    let escapeStart = index - 2
    let lone = JSONParseError(reason: .loneSurrogate, offset: escapeStart)
    let first = try hexQuad()
    switch first {
    case 0xD800...0xDBFF:
      guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
      else { throw lone }
      index += 2
      let second = try hexQuad()
      guard (0xDC00...0xDFFF).contains(second),
        let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
      else { throw lone }
      return scalar
    case 0xDC00...0xDFFF:
      throw lone
    default:
      guard let scalar = Unicode.Scalar(first) else { throw lone }
      return scalar
    }
  }

  /// Four hexadecimal digits.
  mutating func hexQuad() throws(JSONParseError) -> UInt32 {
    guard bytes.count - index >= 4 else { throw failure(.syntax) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw failure(.syntax)
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}

extension StrictJSONParser {
  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`: an integer when it has neither
  /// fraction nor exponent and fits in 64 bits, else a Double (one too large for a Double is refused).
  mutating func number() throws(JSONParseError) -> JSONValue {
    let start = index
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw failure(.syntax) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      skipDigits()
    }
    let integerEnd = index
    var whole = true
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      whole = false
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw failure(.syntax) }
      skipDigits()
    }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      whole = false
      index += 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw failure(.syntax) }
      skipDigits()
    }
    if whole, let integer = integer(from: negative ? start + 1 : start, to: integerEnd, negative: negative) {
      return .integer(integer)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let number = Double(text), number.isFinite else {
      throw JSONParseError(reason: .numberOutOfRange, offset: start)
    }
    return .number(number)
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  mutating func skipDigits() {
    while index < bytes.count && isDigit(bytes[index]) { index += 1 }
  }

  /// The digits `start..<end` as an Int, or nil when they do not fit.
  func integer(from start: Int, to end: Int, negative: Bool) -> Int? {
    // Accumulated negatively, so that Int.min fits.
    var value = 0
    for position in start..<end {
      let digit = Int(bytes[position] &- UInt8(ascii: "0"))
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowMinus) = times.subtractingReportingOverflow(digit)
      if overflowTimes || overflowMinus { return nil }
      value = next
    }
    if negative { return value }
    return value == Int.min ? nil : -value
  }
}
