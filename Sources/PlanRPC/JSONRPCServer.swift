import Foundation
import PlanCommands
import PlanCore

/// The JSON-RPC 2.0 front-end: one request or batch per line in, one response per line out.
///
/// It follows the specification to the letter (notifications, batches, id rules, the standard
/// errors) plus protocol.md's application errors. Bad bytes are answered, never fatal, and no
/// line in or out grows past its limit, so memory stays flat whatever a line asks.
public struct JSONRPCServer: Sendable {
  /// The longest line served; a longer one is answered `too-large` and skipped.
  public static let maximumLineBytes = 1 << 20
  /// The most requests one batch may hold; a larger batch is refused whole, nothing in it run.
  public static let maximumBatchRequests = 100
  /// The longest response line: one answer, or a whole batch's answers (each answer that would
  /// pass it is replaced by a short `too-large` error).
  public static let maximumResponseBytes = 4 << 20
  /// Deeper JSON than this is refused by the parser.
  public static let maximumDepth = JSONValue.maximumDepth

  /// The limits a server applies (the standard ones, or smaller ones in tests).
  public struct Limits: Sendable {
    /// The longest input line, in bytes.
    public var lineBytes: Int
    /// The most requests in one batch.
    public var batchRequests: Int
    /// The longest response line, in bytes.
    public var responseBytes: Int

    /// Limits of these sizes.
    public init(lineBytes: Int, batchRequests: Int, responseBytes: Int) {
      self.lineBytes = lineBytes
      self.batchRequests = batchRequests
      self.responseBytes = responseBytes
    }

    /// `maximumLineBytes`, `maximumBatchRequests` and `maximumResponseBytes`.
    public static let standard = Limits(
      lineBytes: maximumLineBytes, batchRequests: maximumBatchRequests, responseBytes: maximumResponseBytes)
  }

  /// Makes the context of each request (today may change while the process runs).
  let context: @Sendable () -> CommandContext
  /// The limits applied.
  let limits: Limits

  /// Creates a server whose requests run in `context()`, within `limits`.
  public init(limits: Limits = .standard, context: @escaping @Sendable () -> CommandContext) {
    self.limits = limits
    self.context = context
  }

  /// Serves `input` until end of file, writing each response line to `output`.
  public func serve(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
    let writer = LineWriter(fd: output)
    var reader = LineReader(fd: input, limit: limits.lineBytes)
    while let line = reader.next() {
      let response: [UInt8]?
      switch line {
      case .line(let bytes): response = handle(bytes)
      case .tooLarge:
        let size = Self.size(limits.lineBytes)
        response = Self.errorLine(
          id: .null,
          PlanError(
            .tooLarge, vi: "Dòng dài quá \(size.vi), đã bỏ qua.",
            en: "The line is longer than \(size.en) and was skipped."
          ))
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
    let value: JSONValue
    do {
      value = try JSONValue(parsing: line, maximumDepth: Self.maximumDepth)
    } catch {
      return Self.errorLine(id: .null, Self.parseError(error, line: line))
    }
    guard case .array(let requests) = value else {
      guard let response = respond(to: value) else { return nil }
      return response.count <= limits.responseBytes ? response : tooLarge(id: Self.id(of: value), response.count)
    }
    return respond(toBatch: requests)
  }

  /// The response line of a batch: refused whole when empty or over the count limit; else every
  /// request runs, and each answer that would take the line past the byte limit becomes `too-large`.
  func respond(toBatch requests: [JSONValue]) -> [UInt8]? {
    if requests.isEmpty {
      return Self.errorLine(id: .null, Self.invalidRequest("lô (batch) rỗng", "empty batch"))
    }
    if requests.count > limits.batchRequests {
      return Self.errorLine(
        id: .null,
        PlanError(
          .tooLarge,
          vi: "Lô có \(requests.count) yêu cầu, quá giới hạn \(limits.batchRequests) yêu cầu một lô; "
            + "không yêu cầu nào được thực hiện.",
          en: "The batch holds \(requests.count) requests, over the limit of \(limits.batchRequests) per batch; "
            + "none of them was run."))
    }
    var out: [UInt8] = [UInt8(ascii: "[")]
    var answered = 0
    for request in requests {
      guard var response = respond(to: request) else { continue }
      if out.count + response.count + 2 > limits.responseBytes {
        response = tooLarge(id: Self.id(of: request), response.count, inBatch: true)
      }
      if answered > 0 { out.append(UInt8(ascii: ",")) }
      out += response
      answered += 1
    }
    if answered == 0 { return nil }
    out.append(UInt8(ascii: "]"))
    return out
  }

  /// The error that replaces an answer of `bytes` bytes over the response limit (the request ran).
  func tooLarge(id: JSONValue, _ bytes: Int, inBatch: Bool = false) -> [UInt8] {
    let size = Self.size(limits.responseBytes)
    let error =
      inBatch
      ? PlanError(
        .tooLarge,
        vi: "Câu trả lời của cả lô đã tới giới hạn \(size.vi) một dòng trả lời, nên câu trả lời này (\(bytes) byte) "
          + "bị bỏ; yêu cầu vẫn đã được xử lý.",
        en: "The batch's answers reached the \(size.en) limit of a response line, so this answer (\(bytes) bytes) "
          + "was dropped; the request itself was processed.")
      : PlanError(
        .tooLarge,
        vi: "Câu trả lời (\(bytes) byte) vượt giới hạn \(size.vi) một dòng trả lời nên bị bỏ; "
          + "yêu cầu vẫn đã được xử lý.",
        en: "The answer (\(bytes) bytes) would pass the \(size.en) limit of a response line and was dropped; "
          + "the request itself was processed.")
    return Self.errorLine(id: id, error)
  }

  /// A size in words: `4 MiB` when it is whole mebibytes, else bytes.
  static func size(_ bytes: Int) -> (vi: String, en: String) {
    bytes % (1 << 20) == 0 ? ("\(bytes >> 20) MiB", "\(bytes >> 20) MiB") : ("\(bytes) byte", "\(bytes) bytes")
  }

  /// The id a response to `request` carries: its `id` when that is a valid one, else null.
  static func id(of request: JSONValue) -> JSONValue {
    switch request["id"] {
    case .string(let text)?: .string(text)
    case .integer(let number)?: .integer(number)
    default: .null
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

  /// The −32700 error of a line the parser refused, saying why.
  static func parseError(_ error: JSONParseError, line: [UInt8]) -> PlanError {
    let byte = error.offset + 1  // counted from 1 in messages
    switch error.reason {
    case .invalidUTF8:
      return parseError("dòng không phải UTF-8 hợp lệ", "the line is not valid UTF-8")
    case .loneSurrogate:
      return parseError(
        "chuỗi có mã \\u là nửa cặp thay thế (surrogate) đứng lẻ ở byte \(byte)",
        "a \\u escape at byte \(byte) names a lone surrogate")
    case .syntax where String(validating: line, as: UTF8.self) == nil:
      return parseError("dòng không phải UTF-8 hợp lệ", "the line is not valid UTF-8")
    case .syntax:
      return parseError("không phải JSON hợp lệ (byte \(byte))", "not valid JSON (byte \(byte))")
    case .tooDeep:
      return parseError("JSON lồng quá \(maximumDepth) tầng", "JSON nested deeper than \(maximumDepth) levels")
    case .duplicateMember(let name):
      let shown = name.count > 64 ? String(name.prefix(64)) + "…" : name
      return parseError(
        "một đối tượng có hai thành viên cùng tên \"\(shown)\"", "an object names the member \"\(shown)\" twice")
    case .numberOutOfRange:
      return parseError(
        "số ở byte \(byte) vượt quá phạm vi", "the number at byte \(byte) is out of range")
    }
  }

  static func invalidRequest(_ vi: String, _ en: String) -> PlanError {
    PlanError(.invalidRequest, vi: "Yêu cầu không hợp lệ: \(vi).", en: "Invalid Request: \(en).")
  }

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
/// A UTF-8 byte-order mark at the start of the stream is skipped (an editor's, not part of a request).
struct LineReader {
  let fd: Int32
  let limit: Int
  private var buffer: [UInt8] = []
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  private var start = 0
  private var skipping = false
  private var atEnd = false
  private var atStart = true

  init(fd: Int32, limit: Int) {
    self.fd = fd
    self.limit = limit
    buffer.reserveCapacity(1 << 16)
  }

  /// The next line, or nil at end of input.
  mutating func next() -> InputLine? {
    while true {
      if atStart { skipByteOrderMark() }
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

extension LineReader {
  /// The UTF-8 byte-order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Drops a byte-order mark at the start of the stream, once enough bytes are in to tell.
  mutating func skipByteOrderMark() {
    let pending = buffer[start...]
    guard pending.count >= Self.byteOrderMark.count || atEnd || pending.contains(UInt8(ascii: "\n")) else { return }
    if pending.starts(with: Self.byteOrderMark) { start += Self.byteOrderMark.count }
    atStart = false
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
