import Foundation
import PlanCommands
import PlanCore
import PlanRPC

/// What JSON-RPC 2.0 (and protocol.md's limits) say a line must be answered with.
enum ExpectedAnswer: Equatable {
  /// No line at all: a notification, a batch of notifications, a blank line.
  case none
  /// One response object carrying this id; `code` when the error is already known.
  case single(id: JSONValue, code: Int?)
  /// One array of responses carrying these ids, in any order.
  case batch(ids: [JSONValue])

  /// The answer `line` must get.
  static func of(_ line: [UInt8]) -> ExpectedAnswer {
    if line.count > JSONRPCServer.maximumLineBytes { return .single(id: .null, code: -32600) }
    var line = line
    if line.last == 0x0D { line.removeLast() }
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .none }
    guard let value = try? JSONValue(parsing: line, maximumDepth: JSONRPCServer.maximumDepth) else {
      return .single(id: .null, code: -32700)
    }
    guard case .array(let requests) = value else {
      return isNotification(value) ? .none : .single(id: id(of: value), code: nil)
    }
    if requests.isEmpty || requests.count > JSONRPCServer.maximumBatchRequests {
      return .single(id: .null, code: -32600)
    }
    let ids = requests.filter { !isNotification($0) }.map(id(of:))
    return ids.isEmpty ? .none : .batch(ids: ids)
  }

  /// A well-formed request without an `id` member.
  static func isNotification(_ request: JSONValue) -> Bool {
    guard case .object = request, request["id"] == nil, request["jsonrpc"] == .string("2.0"),
      case .string? = request["method"]
    else { return false }
    switch request["params"] {
    case nil, .object?, .array?: return true
    default: return false
    }
  }

  /// The id a response must carry: the request's when it is a string, an integer or null, else null.
  static func id(of request: JSONValue) -> JSONValue {
    switch request["id"] {
    case .string(let text)?: .string(text)
    case .integer(let number)?: .integer(number)
    default: .null
    }
  }
}

/// What one fuzzed line got back, checked against JSON-RPC 2.0; problems are described in words.
struct CheckedAnswer {
  /// Violations of the protocol (each a failure).
  var problems: [String] = []
  /// Every response object of the answer.
  var responses: [JSONValue] = []

  /// Whether every response is an error.
  var allErrors: Bool { !responses.isEmpty && responses.allSatisfy { $0["error"] != nil } }

  /// The error codes of the answer.
  var codes: [Int] {
    responses.compactMap {
      if case .integer(let code)? = $0["error"]?["code"] { return code }
      return nil
    }
  }

  /// Checks `lines` (the stdout lines the process wrote for one input line) against `expected`.
  init(_ lines: [String], expected: ExpectedAnswer) {
    if expected == .none {
      if !lines.isEmpty { problems.append("expected no answer, got \(lines.count) line(s)") }
      return
    }
    guard lines.count == 1 else {
      problems.append("expected one answer line, got \(lines.count)")
      return
    }
    guard let value = try? JSONValue(parsing: Array(lines[0].utf8), maximumDepth: JSONRPCServer.maximumDepth) else {
      problems.append("the answer is not strict JSON")
      return
    }
    switch (expected, value) {
    case (.batch(let ids), .array(let responses)):
      self.responses = responses
      let got = responses.map { Self.text($0["id"] ?? .string("absent")) }.sorted()
      if got != ids.map(Self.text).sorted() { problems.append("batch ids \(got), expected \(ids.map(Self.text))") }
    case (.single(let id, let code), .object):
      responses = [value]
      if value["id"] != id { problems.append("id \(Self.text(value["id"] ?? .string("absent"))), expected \(id)") }
      if let code, codes != [code] { problems.append("expected error \(code)") }
    default:
      problems.append("expected \(expected)")
    }
    for response in responses { problems += Self.shapeProblems(response) }
  }

  /// What is wrong with one response object's shape.
  static func shapeProblems(_ response: JSONValue) -> [String] {
    guard case .object(let members) = response else { return ["a response is not an object"] }
    let names = Set(members.map(\.0))
    guard response["jsonrpc"] == .string("2.0"), names.contains("id"), names.count == 3,
      names.contains("result") != names.contains("error")
    else { return ["members \(members.map(\.0)) are not jsonrpc, id and one of result or error"] }
    guard let error = response["error"] else { return [] }
    guard case .integer(let code)? = error["code"], case .string(let message)? = error["message"],
      case .string(let kind)? = error["data"]?["kind"], case .string(let vi)? = error["data"]?["vi"],
      case .string(let en)? = error["data"]?["en"]
    else { return ["the error lacks code, message or data {kind, vi, en}"] }
    var problems: [String] = []
    if PlanError.Kind(rawValue: kind)?.code != code { problems.append("kind \(kind) with code \(code)") }
    if message != vi || vi.isEmpty || en.isEmpty || vi == en { problems.append("message, vi and en: \(message)") }
    return problems
  }

  /// A JSON value as compact text, for messages and comparisons.
  static func text(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .string(let text): "\"\(text.prefix(40))\""
    case .integer(let number): String(number)
    default: "\(value)"
    }
  }
}
