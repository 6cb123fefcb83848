import Foundation
import PlanCommands
import PlanCore
import Testing

/// Random JSON values and texts for the parser's properties: each value is written out with random
/// (legal) whitespace, escapes and number spellings, so the expected parse is known exactly.
struct JSONTextGenerator {
  var random: SeededRandom

  /// Scalars a string is drawn from: ASCII, quotes and backslashes, controls, Vietnamese,
  /// combining marks, invisible format characters, and scalars outside the BMP.
  static let alphabet: [Unicode.Scalar] = {
    var scalars = (0x20...0x7E).compactMap(Unicode.Scalar.init)
    scalars += [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F].compactMap(Unicode.Scalar.init)
    scalars += "Đđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".unicodeScalars
    scalars += [0x0300, 0x0301, 0x0323, 0x200B, 0x200D, 0x200E, 0x202E, 0xFEFF, 0x2028, 0xFFFD].compactMap(
      Unicode.Scalar.init)
    scalars += [0x1F600, 0x10000, 0x10FFFF, 0x1D11E].compactMap(Unicode.Scalar.init)
    return scalars
  }()

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  /// A random string of up to `length` scalars.
  mutating func string(length: Int = 12) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0..<int(0...length) { text.append(Self.alphabet[int(0...(Self.alphabet.count - 1))]) }
    return String(text)
  }

  /// A random value at most `depth` containers deep.
  mutating func value(depth: Int) -> JSONValue {
    switch int(0...(depth > 0 ? 9 : 6)) {
    case 0: return .null
    case 1: return .bool(chance(50))
    case 2: return .integer(integer())
    case 3: return .number(number())
    case 4, 5, 6: return .string(string())
    case 7: return .array((0..<int(0...4)).map { _ in value(depth: depth - 1) })
    default:
      var members: [(String, JSONValue)] = []
      for _ in 0..<int(0...5) {
        let name = string(length: 6)
        if !members.contains(where: { $0.0 == name }) { members.append((name, value(depth: depth - 1))) }
      }
      return .object(members)
    }
  }

  mutating func integer() -> Int {
    switch int(0...5) {
    case 0: return [0, 1, -1, Int.max, Int.min, Int.max - 1, Int.min + 1][int(0...6)]
    case 1: return Int.random(in: Int.min...Int.max, using: &random)
    default: return int(-100_000...100_000)
    }
  }

  /// A finite Double; a whole one now and then (it must still read as a number: `1.0`, `1e2`).
  mutating func number() -> Double {
    switch int(0...4) {
    case 0: return Double(int(-1000...1000))
    case 1: return [0.5, -0.25, 1e-300, 5e-324, 1.7976931348623157e308, 1e20, -1e22, 123.456][int(0...7)]
    default: return Double.random(in: -1e6...1e6, using: &random)
    }
  }

  /// Legal whitespace, usually none.
  mutating func space() -> String {
    guard chance(20) else { return "" }
    return String((0..<int(1...3)).map { _ in [" ", "\t", "\n", "\r"][int(0...3)] })
  }

  /// `value` as JSON text, spelled at random.
  mutating func text(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .integer(let number): return number == 0 && chance(20) ? "-0" : String(number)
    case .number(let number): return spell(number)
    case .string(let text): return quoted(text)
    case .array(let values):
      return "[" + space() + values.map { text($0) + space() }.joined(separator: "," + space()) + "]"
    case .object(let members):
      let parts = members.map { quoted($0.0) + space() + ":" + space() + text($0.1) + space() }
      return "{" + space() + parts.joined(separator: "," + space()) + "}"
    }
  }

  /// A Double in one of JSON's spellings that always has a fraction or an exponent.
  mutating func spell(_ number: Double) -> String {
    let plain = "\(number)"  // Swift writes `1.0`, `1e-05`, `1.5e+20`: each has "." or "e".
    guard number.rounded() == number, abs(number) < 1e15 else { return plain }
    let whole = String(Int(number))
    switch int(0...3) {
    case 0: return whole + ".0"
    case 1: return whole + "e0"
    case 2: return whole + "E+00"
    default: return plain
    }
  }

  /// A JSON string literal, each scalar escaped at random (controls always).
  mutating func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "/" where chance(50): out += "\\/"
      case "\n" where chance(50): out += "\\n"
      case "\t" where chance(50): out += "\\t"
      case _ where scalar.value < 0x20 || chance(10): out += escaped(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// `\uXXXX`, or a surrogate pair outside the BMP, in random letter case.
  mutating func escaped(_ scalar: Unicode.Scalar) -> String {
    let units = Array(String(scalar).utf16)
    let upper = chance(50)
    return units.map { unit in
      let hex = String(unit, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + (upper ? hex.uppercased() : hex)
    }.joined()
  }
}

/// Whether this parser's value and JSONDecoder's agree: object members in any order, and where
/// JSONDecoder read a number with a fraction or exponent as an integer (`1.0`, `1e2`), this
/// parser's Double is that integer's nearest Double.
func agrees(_ mine: JSONValue, _ decoded: JSONValue) -> Bool {
  switch (mine, decoded) {
  case (.number(let number), .integer(let integer)): return Double(integer) == number
  case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy(agrees)
  case (.object(let a), .object(let b)):
    let (sortedA, sortedB) = (a.sorted { $0.0 < $1.0 }, b.sorted { $0.0 < $1.0 })
    return a.count == b.count && zip(sortedA, sortedB).allSatisfy { $0.0 == $1.0 && agrees($0.1, $1.1) }
  default: return mine == decoded
  }
}

func parse(_ text: String) -> Result<JSONValue, JSONParseError> {
  parse(Array(text.utf8))
}

func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
  Result { () throws(JSONParseError) in try JSONValue(parsing: bytes, maximumDepth: 256) }
}

/// What Foundation's JSONDecoder makes of the bytes, or nil when it refuses them.
func foundation(_ bytes: [UInt8]) -> JSONValue? {
  try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))
}

@Suite("The strict JSON parser: RFC 8259, integers told from other numbers, duplicate names refused")
struct StrictJSONParserTests {
  static let seed = UInt64(ProcessInfo.processInfo.environment["CCHC_JSON_SEED"] ?? "") ?? 2026
  static let count = Int(ProcessInfo.processInfo.environment["CCHC_JSON_COUNT"] ?? "") ?? 3_000

  @Test("a seeded random value, spelled at random, parses back to itself and agrees with JSONDecoder")
  func roundTrip() throws {
    var generator = JSONTextGenerator(random: SeededRandom(seed: Self.seed))
    for round in 0..<Self.count {
      let value = generator.value(depth: 4)
      let text = generator.space() + generator.text(value) + generator.space()
      let parsed = try parse(text).get()
      #expect(parsed == value, "round \(round): \(text)")
      let decoded = try #require(foundation(Array(text.utf8)), "JSONDecoder refused round \(round): \(text)")
      #expect(agrees(parsed, decoded), "round \(round): \(text)")
      if parsed != value || !agrees(parsed, decoded) { return }
    }
  }

  @Test("integers are exactly the numbers without fraction or exponent that fit in 64 bits")
  func integersAndNumbers() throws {
    let cases: [(String, JSONValue)] = [
      ("1", .integer(1)), ("-0", .integer(0)), ("9223372036854775807", .integer(Int.max)),
      ("-9223372036854775808", .integer(Int.min)), ("9223372036854775808", .number(9_223_372_036_854_775_808)),
      ("-9223372036854775809", .number(-9_223_372_036_854_775_809)), ("1.0", .number(1)), ("1e2", .number(100)),
      ("1E2", .number(100)), ("50.0", .number(50)), ("1e-400", .number(0)), ("-1.5e+3", .number(-1500)),
      ("0.0", .number(0)), ("123456789012345678901234567890", .number(1.2345678901234568e29)),
    ]
    for (text, expected) in cases {
      #expect(try parse(text).get() == expected, "\(text)")
    }
    for text in ["01", "-01", "1.", ".5", "+1", "1e", "1e+", "-", "0x10", "NaN", "Infinity", "1_000", "١"] {
      #expect(throws: JSONParseError.self, "\(text)") { try parse(text).get() }
    }
    #expect(throws: JSONParseError(reason: .numberOutOfRange, offset: 1)) { try parse("[1e400]").get() }
  }

  @Test("a member named twice is refused, at any depth, in small and large objects")
  func duplicateMembers() throws {
    var generator = JSONTextGenerator(random: SeededRandom(seed: Self.seed &+ 1))
    for round in 0..<(Self.count / 3) {
      let size = generator.int(1...40)
      let names = Set((0..<size).map { _ in generator.string(length: 5) })
      var members = names.map { ($0, generator.value(depth: 1)) }
      let twice = members[generator.int(0...(members.count - 1))].0
      members.insert((twice, .null), at: generator.int(0...members.count))
      let text = generator.text(.array([.integer(1), .object([("inner", .object(members))])]))
      #expect(throws: JSONParseError.self, "round \(round): \(text)") { try parse(text).get() }
      if case .failure(let error) = parse(text) { #expect(error.reason == .duplicateMember(twice)) }
      #expect(foundation(Array(text.utf8)) != nil, "JSONDecoder takes the duplicate silently: \(text)")
    }
    // Canonically equivalent names are one name, as the subscript would find either.
    #expect(throws: JSONParseError.self) { try parse(#"{"\u00e9":1,"e\u0301":2}"#).get() }
  }

  @Test("strings: lone surrogates, bytes that are not UTF-8 and raw control characters are refused")
  func strings() throws {
    #expect(try parse(#""\ud83d\ude00 \u00E9\/\b\f\n\r\t\"\\""#).get() == .string("😀 é/\u{8}\u{C}\n\r\t\"\\"))
    #expect(try parse(#""a\u0000b""#).get() == .string("a\u{0}b"))
    for text in [#""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, #""\ud800x""#, #""x\udfff\ud800""#] {
      #expect(throws: JSONParseError.self, "\(text)") { try parse(text).get() }
      if case .failure(let error) = parse(text) { #expect(error.reason == .loneSurrogate, "\(text)") }
      #expect(foundation(Array(text.utf8)) == nil, "JSONDecoder refuses \(text) too")
    }
    let invalid: [[UInt8]] = [
      [0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2],
    ]
    for bytes in invalid {
      for line in [[0x22] + bytes + [0x22], Array(#""\n"#.utf8) + bytes + [0x22]] {
        #expect(throws: JSONParseError(reason: .invalidUTF8, offset: line.count), "\(line)") { try parse(line).get() }
      }
    }
    for byte in [0x00, 0x01, 0x09, 0x0A, 0x1F] as [UInt8] {
      #expect(throws: JSONParseError.self, "raw \(byte)") { try parse([0x22, byte, 0x22]).get() }
    }
    for text in [#""\x""#, #""\u12""#, #""\u12G4""#, #""abc"#, #""\"#, #""\U0041""#] {
      #expect(throws: JSONParseError.self, "\(text)") { try parse(text).get() }
    }
  }

  @Test("whitespace is exactly space, tab, LF and CR; one value per text; depth is bounded")
  func grammar() throws {
    #expect(try parse(" \t\r\n[ 1 ,\n2\t]\r\n").get() == .array([.integer(1), .integer(2)]))
    let refused = [
      "", " ", "\u{0C}1", "\u{A0}1", "\u{FEFF}1", "1 2", "[1,]", "{\"a\":1,}", "[,1]", "{,}", "[1 2]",
      "{\"a\" 1}", "{a:1}", "{'a':1}", "['a']", "tru", "nul", "True", "[1]]", "{\"a\":1}}", "//", "[1]x",
    ]
    for text in refused {
      #expect(throws: JSONParseError.self, "\(text.debugDescription)") { try parse(text).get() }
    }
    let deepest = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
    #expect(throws: Never.self) { try parse(deepest).get() }
    let tooDeep = String(repeating: "{\"a\":[", count: 129) + "1" + String(repeating: "]}", count: 129)
    if case .failure(let error) = parse(tooDeep) { #expect(error.reason == .tooDeep) } else { Issue.record("taken") }
    #expect(throws: JSONParseError.self) { try parse(String(repeating: "[", count: 100_000)).get() }
  }

  @Test(
    "byte-mutated texts: whatever JSONDecoder refuses is refused; what it takes is read alike, or refused for a reason of RFC 8259"
  )
  func mutations() throws {
    var generator = JSONTextGenerator(random: SeededRandom(seed: Self.seed &+ 2))
    let noise: [UInt8] = Array(#"{}[]",:\/0123456789.eE+-tfnu "#.utf8) + [0x00, 0x09, 0x0A, 0x0D, 0x80, 0xC3, 0xFF]
    for round in 0..<Self.count {
      var bytes = Array(generator.text(generator.value(depth: 3)).utf8)
      for _ in 0..<generator.int(1...3) {
        let at = generator.int(0...bytes.count)
        switch generator.int(0...3) {
        case 0 where at < bytes.count: bytes.remove(at: at)
        case 1 where at < bytes.count: bytes[at] = noise[generator.int(0...(noise.count - 1))]
        case 2: bytes.removeSubrange(at...)
        default: bytes.insert(noise[generator.int(0...(noise.count - 1))], at: at)
        }
      }
      let mine = parse(bytes)
      switch (mine, foundation(bytes)) {
      case (.success(let value), let decoded?):
        #expect(agrees(value, decoded), "round \(round): \(bytes)")
      case (.success, nil):
        Issue.record("round \(round): taken here but refused by JSONDecoder: \(bytes)")
      case (.failure(let error), _?):
        // JSONDecoder is lax where RFC 8259 is not: a trailing comma, a member named twice, and
        // NUL bytes (it then guesses the text is UTF-16 or UTF-32).
        #expect(
          error.duplicateName != nil || Self.hasTrailingComma(bytes) || bytes.contains(0),
          "round \(round): refused (\(error)) but JSONDecoder takes it: \(bytes)")
      case (.failure, nil):
        break
      }
    }
  }

  /// Whether the text has a comma followed (after whitespace) by a closing bracket or brace.
  static func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.range(of: #",[ \t\r\n]*[\]}]"#, options: .regularExpression) != nil
  }
}

extension JSONParseError {
  /// The name a duplicate-member error carries.
  var duplicateName: String? {
    if case .duplicateMember(let name) = reason { return name }
    return nil
  }
}
