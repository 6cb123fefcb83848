/// A JSON text built byte by byte, for results on the hot path (a page of 100 duties is written
/// in a few tens of microseconds, where a general encoder needs hundreds).
public struct JSONBytes: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty text with room for `capacity` bytes.
  public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

  /// Appends raw bytes (already valid JSON).
  public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends a JSON string, escaping quotes, backslashes and control characters.
  public mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { string(utf8: UnsafeRawBufferPointer($0)) }
  }

  /// Appends a JSON string from UTF-8 bytes (a text column read without copying).
  public mutating func string(utf8: UnsafeRawBufferPointer) {
    bytes.append(UInt8(ascii: "\""))
    var start = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: utf8[start..<index]))
        escape(byte)
        start = index + 1
      }
    }
    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: utf8[start...]))
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends the escape sequence of a quote, a backslash or a control character.
  mutating func escape(_ byte: UInt8) {
    switch byte {
    case 0x22: raw(#"\""#)
    case 0x5C: raw(#"\\"#)
    case 0x0A: raw(#"\n"#)
    case 0x0D: raw(#"\r"#)
    case 0x09: raw(#"\t"#)
    case 0x08: raw(#"\b"#)
    case 0x0C: raw(#"\f"#)
    default:
      raw(#"\u00"#)
      let hex: StaticString = "0123456789abcdef"
      hex.withUTF8Buffer { digits in
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0xF)])
      }
    }
  }

  /// Appends a string, or null.
  public mutating func string(_ value: String?) {
    if let value { string(value) } else { raw("null") }
  }

  /// Appends an integer.
  public mutating func integer(_ value: Int) {
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = value.magnitude
    var digits: [UInt8] = []
    while magnitude > 0 {
      digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    bytes.append(contentsOf: digits.reversed())
  }

  /// Appends true or false.
  public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

  /// Appends `"key":` (the key must need no escaping).
  public mutating func key(_ key: StaticString, first: Bool = false) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    raw(key)
    raw("\":")
  }

  /// Appends an array of strings.
  public mutating func strings(_ values: [String]) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends bytes that are already JSON.
  public mutating func append(_ json: [UInt8]) { bytes.append(contentsOf: json) }

  /// Appends bytes that are already JSON, from a buffer.
  public mutating func append(_ json: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: json) }

  /// Appends one byte (`{`, `}`, `[`, `]`, `,`).
  public mutating func byte(_ ascii: Unicode.Scalar) { bytes.append(UInt8(ascii: ascii)) }
}

/// A value that writes itself as JSON directly, with keys in sorted order — the same text, member
/// for member, as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` gives.
public protocol JSONWritable {
  /// Appends the value's JSON.
  func writeJSON(into json: inout JSONBytes)
}

/// A result that already is JSON text, handed out as it is.
public protocol PreEncodedJSON {
  /// The JSON text.
  var bytes: [UInt8] { get }
}
