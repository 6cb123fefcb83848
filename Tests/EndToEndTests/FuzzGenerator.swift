import Foundation
import PlanCommands
import PlanCore
import PlanRPC

/// One fuzzed input line and what went into it.
struct FuzzCase {
  /// The line's bytes, without its newline.
  var line: [UInt8]
  /// The method it calls (for reports).
  var method: String
  /// Which session sends it: 0 the chair, 1 an official, 2 a viewer.
  var session: Int
  /// A string value holds a control character other than tab, LF and CR.
  var controlCharacter = false
  /// A string value is longer than 10 000 characters.
  var longText = false
}

/// Seeded JSON-RPC requests made from the command table's declarations: every method, valid values
/// from each parameter's schema, then mutated values, envelopes, batches and bytes.
struct FuzzGenerator {
  var random: SeededRandom
  /// Known ids (duties, officials, plan items, positions, skills, leaves) a string may take.
  var pool: [String] = []
  /// Ids of calls, counting up.
  var nextID = 1

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
  mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

  /// The next line to send.
  mutating func next() -> FuzzCase {
    var fuzz: FuzzCase
    switch int(0...99) {
    case 0..<8:
      var requests = (0..<int(1...5)).map { _ in request() }
      fuzz = requests.removeFirst()
      fuzz.line = Array("[".utf8) + fuzz.line
      for other in requests { fuzz.line += Array(",".utf8) + other.line }
      fuzz.line += Array("]".utf8)
      // Which element a result answers is not followed: the findings are about single requests.
      (fuzz.controlCharacter, fuzz.longText) = (false, false)
    case 8:
      let count = JSONRPCServer.maximumBatchRequests + 1
      let calls = (0..<count).map { _ in request(method: "session.whoami", params: nil) }
      fuzz = FuzzCase(line: Array(("[" + calls.joined(separator: ",") + "]").utf8), method: "batch", session: 2)
    default:
      fuzz = request()
    }
    if chance(12) { mutateBytes(&fuzz.line) }
    return fuzz
  }

  /// One request object for a random method of the table, as a line.
  mutating func request() -> FuzzCase {
    let entry = pickEntry()
    var fuzz = FuzzCase(line: [], method: entry.name, session: pick([0, 0, 0, 0, 0, 0, 1, 1, 1, 2]))
    var members: [(String, String)] = []
    for parameter in entry.parameters where parameter.required ? chance(97) : chance(40) {
      members.append((parameter.name, valid(parameter.schema)))
    }
    if chance(60) { mutate(&members, entry: entry, into: &fuzz) }
    var params: String? = "{" + members.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    if members.isEmpty && chance(50) { params = nil }
    if chance(3) { params = pick(["[]", #"["2.2"]"#, "null", "1", #""x""#, "true"]) }
    let method = chance(97) ? entry.name : pick(["", "khong.co", entry.name.uppercased(), entry.name + " ", "rpc."])
    fuzz.line = Array(request(method: method, params: params).utf8)
    return fuzz
  }

  /// A request line for `method` with `params` (JSON text), an envelope mutated now and then.
  mutating func request(method: String, params: String?) -> String {
    var members: [String] = []
    members.append(chance(97) ? #""jsonrpc":"2.0""# : pick([#""jsonrpc":"1.0""#, #""jsonrpc":2"#, #""json":"2.0""#]))
    members.append(#""method":"# + (chance(98) ? quote(method) : pick(["1", "null", #"["a"]"#])))
    if let params { members.append(#""params":"# + params) }
    switch int(0...99) {
    case 0..<85:
      members.append(#""id":\#(nextID)"#)
      nextID += 1
    case 85..<93: break  // a notification
    default:
      let id = pick([
        "null", #""chuỗi-id""#, "1.0", "1e2", "-5", "true", "[1]", "{}", "9223372036854775808", "-0",
        quote(String(repeating: "i", count: 5000)),
      ])
      members.append(#""id":"# + id)
    }
    for index in members.indices.reversed() where index > 0 {
      members.swapAt(index, int(0...index))
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// A method of the table; the scheduler's own run is picked less often (it is slow in a debug build).
  mutating func pickEntry() -> CommandEntry {
    while true {
      let entry = pick(CommandTable.all)
      if entry.action != .schedule || chance(20) { return entry }
    }
  }
}

extension FuzzGenerator {
  /// A valid value of `schema` as JSON text.
  mutating func valid(_ schema: Schema) -> String {
    switch schema {
    case .string(let format, let values, let maxLength):
      if format == "date" { return quote(date()) }
      if let values { return quote(pick(values)) }
      let text = chance(60) && !pool.isEmpty ? pick(pool) : words()
      return quote(maxLength.map { String(text.prefix($0)) } ?? text)
    case .integer(let minimum, let maximum):
      return String(int((minimum ?? -5)...(maximum ?? max(minimum ?? 0, 0) + 3000)))
    case .boolean: return chance(50) ? "true" : "false"
    case .number: return String(int(0...100)) + ".5"
    case .array(let items): return "[" + (0..<int(0...3)).map { _ in valid(items) }.joined(separator: ",") + "]"
    case .nullable(let inner): return chance(20) ? "null" : valid(inner)
    case .anyOf(let schemas): return valid(pick(schemas))
    case .object, .anyObject: return object(depth: 2)
    }
  }

  /// A day, most often within the plan's years.
  mutating func date() -> String {
    let year = chance(90) ? int(2026...2030) : pick([2025, 2031, 2000, 9999])
    return String(format: "%04d-%02d-%02d", year, int(1...12), int(1...28))
  }

  /// A few words of Vietnamese.
  mutating func words() -> String {
    let vocabulary = [
      "Rà soát", "thủ tục", "hành chính", "số hóa", "hồ sơ", "cải cách", "họp", "báo cáo", "TTHC", "2026",
    ]
    return (0..<int(1...5)).map { _ in pick(vocabulary) }.joined(separator: " ")
  }

  /// A random object (what an `anyObject` parameter, such as a scheduling instance, gets).
  mutating func object(depth: Int) -> String {
    let members = (0..<int(0...4)).map { _ in
      quote(pick(["officials", "duties", "id", "effort", "capacity", "lead", "x"])) + ":"
        + (depth > 0 && chance(40)
          ? (chance(50) ? object(depth: depth - 1) : "[" + object(depth: depth - 1) + "]")
          : pick(["1", "-1", "4294967296", #""a""#, "[]", "null", "true", "1.5"]))
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// `text` as a JSON string: quotes, backslashes and control characters escaped; now and then
  /// every scalar outside ASCII escaped too (surrogate pairs beyond the BMP).
  mutating func quote(_ text: String) -> String {
    let escapeAll = chance(5)
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20 || (escapeAll && scalar.value > 0x7E):
        for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

extension FuzzGenerator {
  /// Breaks one member's value, or the members themselves.
  mutating func mutate(_ members: inout [(String, String)], entry: CommandEntry, into fuzz: inout FuzzCase) {
    switch int(0...9) {
    case 0:
      members.append((pick(["x", "lang", "ID", "id ", "__proto__", ""]), pick(["1", #""a""#, "null"])))
    case 1 where !members.isEmpty:
      members.remove(at: int(0...(members.count - 1)))
    case 2 where !members.isEmpty:
      let twice = pick(members)
      members.append((twice.0, valid(pick(entry.parameters).schema)))
    default:
      guard let parameter = entry.parameters.isEmpty ? nil : pick(entry.parameters) else {
        members.append(("x", wrongType()))
        return
      }
      let value = mutatedValue(parameter.schema, into: &fuzz)
      if let index = members.firstIndex(where: { $0.0 == parameter.name }) {
        members[index].1 = value
      } else {
        members.append((parameter.name, value))
      }
    }
  }

  /// A value of some JSON type, often not the one asked for.
  mutating func wrongType() -> String {
    pick([#""x""#, "1", "1.5", "true", "null", "[]", "{}", #"[1,"a"]"#, #"{"a":1}"#, "-1", #""""#])
  }

  /// A value that breaks `schema`: its type, its bounds, or a hard string.
  mutating func mutatedValue(_ schema: Schema, into fuzz: inout FuzzCase) -> String {
    switch (schema, int(0...3)) {
    case (_, 0): return wrongType()
    case (.integer(let minimum, let maximum), _):
      var values = ["0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "1e308"]
      values += ["4294967296", "50.0", "1e2", "-0", "1.5", "1e400", "-9223372036854775809"]
      for bound in [minimum, maximum].compactMap({ $0 }) { values += ["\(bound)", "\(bound - 1)", "\(bound + 1)"] }
      return pick(values)
    case (.string, _), (.nullable(.string), _):
      let text = hardString()
      // Issue 10 turns CR into LF and refuses every other control character but tab and LF.
      fuzz.controlCharacter =
        fuzz.controlCharacter
        || text.unicodeScalars.contains { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) }
      fuzz.longText = fuzz.longText || text.count > 10_000
      // Now and then raw, control characters and all (but a line feed, which would end the line).
      return chance(3) ? "\"" + text.replacingOccurrences(of: "\n", with: "\u{0B}") + "\"" : quote(text)
    case (.array(let items), _):
      return pick([
        "[" + Array(repeating: valid(items), count: 100).joined(separator: ",") + "]", "[[]]", "[null]",
        "[" + wrongType() + "]",
      ])
    case (.anyObject, _), (.object, _):
      return pick([String(repeating: "[", count: 300) + String(repeating: "]", count: 300), object(depth: 4), "[]"])
    default:
      return wrongType()
    }
  }

  /// A string that a text parameter must survive.
  mutating func hardString() -> String {
    let known = pool.isEmpty ? "DX-2026-001" : pick(pool)
    let strings = [
      "", " ", "\t", "   \n ", "a\u{1B}[2Jb", "\u{1B}]0;fake title\u{07}", "a\u{0}b", "dòng\r\nmới", "\r", "\u{0301}",
      "\u{200B}", "\u{FEFF}", "\u{202E}gnp.exe", "😀", "e\u{0301}", "%", "_", "'; DROP TABLE duties; --", "\\", "\"",
      known + "\u{0}", known.uppercased(), " " + known, known + " ", "2026-02-30", "2026-13-01", "0000-01-01",
      "9999-12-31", "2026-1-1", "2026-12-01T00:00:00", " 2026-12-01", String(repeating: "a", count: 10_001),
      String(repeating: "Cải cách ", count: 12_000), String(repeating: "x", count: 300_000),
      String(repeating: "%_", count: 30_000), String(repeating: "\u{1}", count: 50),
    ]
    return pick(strings)
  }

  /// Flips, replaces, drops, inserts or truncates a few bytes (never a newline).
  mutating func mutateBytes(_ line: inout [UInt8]) {
    let noise: [UInt8] =
      Array(#"{}[]",:\0123456789.eE+-tfnu "#.utf8) + [0x00, 0x09, 0x0D, 0x1B, 0x80, 0xC3, 0xFF, 0xEF]
    for _ in 0..<int(1...4) where !line.isEmpty {
      let at = int(0...(line.count - 1))
      switch int(0...4) {
      case 0: line[at] ^= UInt8(1 << int(0...7))
      case 1: line[at] = pick(noise)
      case 2: line.remove(at: at)
      case 3: line.insert(pick(noise), at: at)
      default: line.removeSubrange(at...)
      }
      line = line.map { $0 == 0x0A ? 0x20 : $0 }
    }
  }
}
