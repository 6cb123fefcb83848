import Foundation
import PlanCommands
import PlanCore

/// The JSON-RPC 2.0 front-end: one request or batch per line in, one response per line out.
///
/// It follows the specification to the letter (notifications, batches, id rules, the standard
/// errors) plus protocol.md's application errors. Bad bytes are answered, never fatal.
public struct JSONRPCServer: Sendable {
  /// The longest line served; a longer one is answered `too-large` and skipped.
  public static let maximumLineBytes = 1 << 20
  /// Deeper JSON than this is refused before parsing (the parser would recurse that deep).
  public static let maximumDepth = 256

  /// Makes the context of each request (today may change while the process runs).
  let context: @Sendable () -> CommandContext

  /// Creates a server whose requests run in `context()`.
  public init(context: @escaping @Sendable () -> CommandContext) {
    self.context = context
  }

  /// Serves `input` until end of file, writing each response line to `output`.
  public func serve(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
    let writer = LineWriter(fd: output)
    var reader = LineReader(fd: input, limit: Self.maximumLineBytes)
    while let line = reader.next() {
      let response: [UInt8]?
      switch line {
      case .line(let bytes): response = handle(bytes)
      case .tooLarge:
        response = Self.errorLine(
          id: .null,
          PlanError(
            .tooLarge, vi: "Dòng dài quá 1 MiB, đã bỏ qua.",
            en: "The line is longer than 1 MiB and was skipped."))
      }
      if var response {
        response.append(UInt8(ascii: "\n"))
        if !writer.write(response) { return }
      }
    }
  }

  /// The response line for one input line, or nil when nothing is to be written back.
  public func handle(_ line: [UInt8]) -> [UInt8]? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    guard let text = String(validating: line, as: UTF8.self) else {
      return Self.errorLine(id: .null, Self.parseError("dòng không phải UTF-8 hợp lệ", "the line is not valid UTF-8"))
    }
    if Self.depth(of: line) > Self.maximumDepth {
      return Self.errorLine(
        id: .null,
        Self.parseError(
          "JSON lồng quá \(Self.maximumDepth) tầng", "JSON nested deeper than \(Self.maximumDepth) levels"))
    }
    let value: JSONValue
    do {
      value = try Self.decoder.decode(JSONValue.self, from: Data(text.utf8))
    } catch {
      return Self.errorLine(id: .null, Self.parseError("không phải JSON hợp lệ", "not valid JSON"))
    }
    switch value {
    case .array(let requests):
      if requests.isEmpty {
        return Self.errorLine(id: .null, Self.invalidRequest("lô (batch) rỗng", "empty batch"))
      }
      let responses = requests.compactMap(respond)
      if responses.isEmpty { return nil }
      var out: [UInt8] = [UInt8(ascii: "[")]
      for (index, response) in responses.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        out += response
      }
      out.append(UInt8(ascii: "]"))
      return out
    default:
      return respond(to: value)
    }
  }

  /// The response to one request object, or nil for a notification.
  func respond(to request: JSONValue) -> [UInt8]? {
    guard case .object = request else {
      return Self.errorLine(
        id: .null, Self.invalidRequest("yêu cầu phải là một đối tượng JSON", "a request must be a JSON object"))
    }
    let idMember = request["id"]
    let id: JSONValue
    switch idMember {
    case nil, .null?, .string?, .integer?: id = idMember ?? .null
    default:
      return Self.errorLine(
        id: .null,
        Self.invalidRequest("id phải là chuỗi, số nguyên hoặc null", "id must be a string, an integer or null"))
    }
    guard request["jsonrpc"] == .string("2.0") else {
      return Self.errorLine(
        id: id, Self.invalidRequest("jsonrpc phải đúng là \"2.0\"", "jsonrpc must be exactly \"2.0\""))
    }
    guard case .string(let method)? = request["method"] else {
      return Self.errorLine(id: id, Self.invalidRequest("method phải là một chuỗi", "method must be a string"))
    }
    let params = request["params"]
    switch params {
    case nil, .object?, .array?: break
    default:
      return Self.errorLine(
        id: id, Self.invalidRequest("params phải là đối tượng hoặc mảng", "params must be an object or an array"))
    }
    let isNotification = idMember == nil
    do {
      let result = try CommandTable.call(method, params: params, in: context())
      if isNotification { return nil }
      return Self.resultLine(id: id, result)
    } catch let error as PlanError {
      return isNotification ? nil : Self.errorLine(id: id, error)
    } catch {
      return isNotification ? nil : Self.errorLine(id: id, PlanError.internal("\(error)"))
    }
  }

  static func parseError(_ vi: String, _ en: String) -> PlanError {
    PlanError(.parseError, vi: "Lỗi phân tích: \(vi).", en: "Parse error: \(en).")
  }

  static func invalidRequest(_ vi: String, _ en: String) -> PlanError {
    PlanError(.invalidRequest, vi: "Yêu cầu không hợp lệ: \(vi).", en: "Invalid Request: \(en).")
  }

  /// The deepest nesting of arrays and objects, outside strings.
  static func depth(of bytes: [UInt8]) -> Int {
    var depth = 0
    var deepest = 0
    var inString = false
    var escaped = false
    for byte in bytes {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        deepest = max(deepest, depth)
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
      default: break
      }
    }
    return deepest
  }

  static let decoder = JSONDecoder()

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
  }()

  static func json(_ value: some Encodable) -> [UInt8] {
    (try? Array(encoder.encode(value))) ?? Array("null".utf8)
  }

  static func resultLine(id: JSONValue, _ result: any Encodable) -> [UInt8] {
    var line = Array(#"{"jsonrpc":"2.0","id":"#.utf8) + json(id) + Array(#","result":"#.utf8)
    do {
      let body = try CommandTable.json(of: result)
      line.reserveCapacity(line.count + body.count + 2)
      line += body
    } catch {
      return errorLine(id: id, PlanError.internal("cannot encode the result: \(error)"))
    }
    line.append(UInt8(ascii: "}"))
    return line
  }

  /// `{"jsonrpc":"2.0","id":…,"error":{"code":…,"message":…,"data":{"kind":…,"vi":…,"en":…}}}`, members in that order.
  static func errorLine(id: JSONValue, _ error: PlanError) -> [UInt8] {
    var line = Array(#"{"jsonrpc":"2.0","id":"#.utf8) + json(id)
    line += Array(#","error":{"code":\#(error.code),"message":"#.utf8) + json(error.vi)
    line += Array(#","data":{"kind":"#.utf8) + json(error.kind.rawValue) + Array(#","vi":"#.utf8) + json(error.vi)
    line += Array(#","en":"#.utf8) + json(error.en) + Array("}}}".utf8)
    return line
  }
}

/// A line of input, or the news that one was too long.
enum InputLine {
  /// The bytes of one line, without its newline.
  case line([UInt8])
  /// A line longer than the limit (its bytes were dropped).
  case tooLarge
}

/// Reads newline-separated lines from a file descriptor, never holding more than `limit` bytes of one.
struct LineReader {
  let fd: Int32
  let limit: Int
  private var buffer: [UInt8] = []
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  private var start = 0
  private var skipping = false
  private var atEnd = false

  init(fd: Int32, limit: Int) {
    self.fd = fd
    self.limit = limit
    buffer.reserveCapacity(1 << 16)
  }

  /// The next line, or nil at end of input.
  mutating func next() -> InputLine? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[start..<newline])
        start = newline + 1
        if skipping {
          skipping = false
          continue
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return line.count > limit ? .tooLarge : .line(line)
      }
      // No newline in what is buffered.
      if !skipping && buffer.count - start > limit {
        skipping = true
        buffer.removeAll(keepingCapacity: true)
        start = 0
        return .tooLarge
      }
      if skipping {
        buffer.removeAll(keepingCapacity: true)
        start = 0
      } else if start > 0 {
        buffer.removeSubrange(0..<start)
        start = 0
      }
      if atEnd {
        if skipping || buffer.isEmpty { return nil }
        let line = buffer
        buffer = []
        return .line(line)
      }
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        atEnd = true
      } else if count == 0 {
        atEnd = true
      } else {
        buffer += chunk[0..<count]
      }
    }
  }
}

/// Writes whole lines to a file descriptor, one write per line, so each response is flushed.
struct LineWriter {
  let fd: Int32

  /// Writes `bytes` (a line with its newline); false when the reader has gone.
  func write(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
}
