import Foundation
import Testing

/// Stdout lines of a child process, collected by a thread of their own and handed out one by one.
final class LineQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var lines: [String] = []
  private var ended = false

  /// Starts reading `fd` until end of file, splitting at newlines.
  init(_ fd: Int32) {
    Thread.detachNewThread { [self] in
      var pending: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        pending += chunk[0..<count]
        var complete: [String] = []
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
          complete.append(String(decoding: pending[..<newline], as: UTF8.self))
          pending.removeSubrange(...newline)
        }
        if !complete.isEmpty { append(complete, end: false) }
      }
      append(pending.isEmpty ? [] : [String(decoding: pending, as: UTF8.self)], end: true)
    }
  }

  /// Adds `new` lines (and the end of file, when `end`) and wakes the waiting reader.
  private func append(_ new: [String], end: Bool) {
    condition.lock()
    lines += new
    ended = ended || end
    condition.broadcast()
    condition.unlock()
  }

  /// The next line, or nil at end of file; throws when none comes within `timeout` seconds.
  func next(timeout: TimeInterval = 60) throws -> String? {
    let deadline = Date(timeIntervalSinceNow: timeout)
    condition.lock()
    defer { condition.unlock() }
    while lines.isEmpty && !ended {
      if !condition.wait(until: deadline) {
        throw HarnessError(description: "no response line within \(Int(timeout)) s")
      }
    }
    return lines.isEmpty ? nil : lines.removeFirst()
  }

  /// Every line still to come, up to end of file.
  func rest(timeout: TimeInterval = 60) throws -> [String] {
    var all: [String] = []
    while let line = try next(timeout: timeout) { all.append(line) }
    return all
  }
}

/// A running `cchc --json` process: write request lines to it, read response lines as they come.
final class RPCProcess: @unchecked Sendable {
  /// The acting official (`--as`), or nil for a viewer.
  let official: String?
  private let child: Spawned
  private let input: FileHandle
  private let output: LineQueue
  private let errors: PipeDrain
  private let writers = DispatchGroup()
  private let lock = NSLock()
  private var inputOpen = true
  private var nextID = 1

  /// Starts `cchc --json arguments` in `sandbox`, as `official`.
  init(_ sandbox: Sandbox, _ arguments: [String], official: String?) throws {
    signal(SIGPIPE, SIG_IGN)  // writing to a killed child must fail, not kill the test runner
    self.official = official
    child = try Spawned(
      try cchcBinary().path, ["--json"] + arguments, environment: sandbox.environment(), in: sandbox.root.path,
      pipeInput: true)
    input = FileHandle(fileDescriptor: child.input, closeOnDealloc: false)
    output = LineQueue(child.output)
    errors = PipeDrain(FileHandle(fileDescriptor: child.errors, closeOnDealloc: true))
  }

  /// Closes stdin, so a session a failed test left behind ends on its own.
  deinit { closeInput() }

  /// The process id.
  var pid: pid_t { child.pid }

  /// Writes `bytes` and a newline to stdin; false when the process no longer reads.
  @discardableResult
  func send(bytes: [UInt8]) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard inputOpen else { return false }
    let line = bytes + [UInt8(ascii: "\n")]
    var offset = 0
    while offset < line.count {
      let written = line[offset...].withUnsafeBytes { write(input.fileDescriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }

  /// Writes one text line to stdin.
  @discardableResult
  func send(_ line: String) -> Bool { send(bytes: Array(line.utf8)) }

  /// Writes `lines` from a thread of their own (so a full pipe never blocks the test), then closes stdin.
  func sendInBackground(_ lines: [String]) {
    writers.enter()
    Thread.detachNewThread { [self] in
      for line in lines where !send(line) { break }
      closeInput()
      writers.leave()
    }
  }

  /// Closes stdin: the process ends once it has answered what it read.
  func closeInput() {
    lock.lock()
    defer { lock.unlock() }
    if inputOpen { try? input.close() }
    inputOpen = false
  }

  /// The next stdout line, or nil at end of file.
  func nextLine(timeout: TimeInterval = 60) throws -> String? { try output.next(timeout: timeout) }

  /// Sends one request (with a fresh integer id) and returns its response, whose id must match.
  func call(_ method: String, _ params: [String: Any]? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String: Any]
  {
    let id = lock.withLock {
      defer { nextID += 1 }
      return nextID
    }
    send(request(method, params, id: id))
    let line = try #require(try nextLine(), "no response to \(method)", sourceLocation: sourceLocation)
    let response = try object(line)
    #expect(response["id"] as? Int == id, "response id for \(method): \(line)", sourceLocation: sourceLocation)
    return response
  }

  /// Sends one request and returns its `result`, failing the test on an error response.
  func result(_ method: String, _ params: [String: Any]? = nil, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> [String: Any]
  {
    let response = try call(method, params, sourceLocation: sourceLocation)
    return try #require(
      response["result"] as? [String: Any], "\(method) \(params ?? [:]) failed: \(response)",
      sourceLocation: sourceLocation)
  }

  /// Sends one request that must fail with `code` and `kind`; returns the error response.
  @discardableResult
  func failure(
    _ method: String, _ params: [String: Any]? = nil, code: Int, kind: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: Any] {
    let response = try call(method, params, sourceLocation: sourceLocation)
    expectError(response, code: code, kind: kind, id: response["id"] ?? NSNull(), sourceLocation: sourceLocation)
    return response
  }

  /// Sends SIGKILL.
  func kill() { child.send(SIGKILL) }

  /// Ends the session: waits for background writes, closes stdin, waits for the exit.
  /// Returns the exit status, the lines not read yet and stderr.
  func finish(timeout: TimeInterval = 120) throws -> (status: Int32, lines: [String], stderr: String) {
    _ = writers.wait(timeout: .now() + timeout)
    closeInput()
    guard let status = child.wait(timeout: timeout) else {
      kill()
      throw HarnessError(description: "cchc --json did not end within \(Int(timeout)) s of its stdin closing")
    }
    let lines = try output.rest()
    return (status, lines, errors.text())
  }
}

/// A sandbox with one freshly initialised database, and ways to talk JSON-RPC to it.
final class RPCSandbox {
  /// The sandbox folder.
  let sandbox: Sandbox
  /// The database path.
  let db: String

  /// Creates the sandbox and runs `cchc init` in it.
  init() throws {
    sandbox = try Sandbox()
    db = sandbox.path("cchc.sqlite")
    let result = try sandbox.cchc(["init", "--db", db])
    guard result.status == 0 else { throw HarnessError(description: "cchc init failed: \(result.stderr)") }
  }

  /// Starts a long-running `cchc --json` session as `official` (nil: viewer), taking `today` as today.
  func session(as official: String? = nil, today: String? = "2026-12-01") throws -> RPCProcess {
    var arguments = ["--db", db]
    if let official { arguments += ["--as", official] }
    if let today { arguments += ["--today", today] }
    return try RPCProcess(sandbox, arguments, official: official)
  }

  /// Pipes `lines` into one `cchc --json` run; returns the stdout lines after requiring exit 0.
  func run(_ lines: [String], as official: String? = nil, today: String? = "2026-12-01") throws -> [String] {
    let process = try session(as: official, today: today)
    // Writing here is safe: the process's output is drained by a thread of its own.
    for line in lines where !process.send(line) { break }
    let (status, output, stderr) = try process.finish()
    #expect(status == 0, "cchc --json exited with \(status): \(stderr)")
    return output
  }

  /// Runs `sql` with sqlite3 on the database.
  func sqlite(_ sql: String, json: Bool = false) throws -> String {
    try sandbox.sqlite(db, sql, options: json ? ["-json"] : [])
  }

  /// The rows `sql` selects, as JSON objects.
  func rows(_ sql: String) throws -> [[String: Any]] {
    let text = try sqlite(sql, json: true)
    if text.isEmpty { return [] }
    return try #require(try parse(text) as? [[String: Any]], "not rows: \(text)")
  }

  /// The row count of `table` where `condition` holds.
  func count(_ table: String, where condition: String = "1") throws -> Int {
    try sandbox.count(db, table, where: condition)
  }

  /// Every row of the tables a command may change, except the audit log.
  func snapshot() throws -> String {
    try sqlite(
      """
      SELECT * FROM duties ORDER BY id; SELECT * FROM duty_coordinators ORDER BY 1, 2;
      SELECT * FROM duty_progress ORDER BY id; SELECT * FROM officials ORDER BY id;
      SELECT * FROM official_skills ORDER BY 1, 2; SELECT * FROM leaves ORDER BY id;
      """)
  }

  /// The newest audit row.
  func lastAudit() throws -> [String: Any] {
    try #require(try rows("SELECT * FROM audit ORDER BY id DESC LIMIT 1").first)
  }

  /// Runs a mutation on `session` and checks it wrote exactly one audit row, for this method and actor.
  func audited(
    _ session: RPCProcess, _ method: String, _ params: [String: Any], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String: Any] {
    let before = try count("audit")
    let result = try session.result(method, params, sourceLocation: sourceLocation)
    #expect(
      try count("audit") == before + 1, "\(method) must write exactly one audit row", sourceLocation: sourceLocation)
    let audit = try lastAudit()
    #expect(audit["action"] as? String == method, "\(audit)", sourceLocation: sourceLocation)
    #expect(audit["official_id"] as? String == session.official, "\(audit)", sourceLocation: sourceLocation)
    return result
  }
}

/// One JSON-RPC 2.0 request line with `id` (pass `NSNull()` for `"id": null`).
func request(_ method: String, _ params: [String: Any]? = nil, id: Any) -> String {
  var object: [String: Any] = ["jsonrpc": "2.0", "method": method, "id": id]
  if let params { object["params"] = params }
  return canonical(object)
}

/// One JSON-RPC 2.0 notification line (no `id` member).
func notification(_ method: String, _ params: [String: Any]? = nil) -> String {
  var object: [String: Any] = ["jsonrpc": "2.0", "method": method]
  if let params { object["params"] = params }
  return canonical(object)
}

/// A JSON value as compact text with sorted keys, for structural comparison.
func canonical(_ value: Any?) -> String {
  guard let value, !(value is NSNull) else { return "null" }
  let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]
  guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "\(value)" }
  return String(decoding: data, as: UTF8.self)
}

/// Parses a JSON text (any value).
func parse(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// Parses a line that must hold one JSON object.
func object(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
  try #require(
    try parse(line) as? [String: Any], "not a JSON object: \(line.prefix(300))", sourceLocation: sourceLocation)
}

/// Parses a line that must hold one JSON array of objects (a batch response).
func batch(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
  try #require(
    try parse(line) as? [[String: Any]], "not a batch response: \(line.prefix(300))", sourceLocation: sourceLocation)
}

/// The `result` of a response that must succeed, with the id it must carry.
@discardableResult
func expectResult(_ response: [String: Any], id: Any, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> [String: Any]
{
  #expect(response["jsonrpc"] as? String == "2.0", sourceLocation: sourceLocation)
  #expect(canonical(response["id"]) == canonical(id), "id of \(response)", sourceLocation: sourceLocation)
  #expect(response["error"] == nil, "unexpected error: \(response)", sourceLocation: sourceLocation)
  return try #require(response["result"] as? [String: Any], "no result: \(response)", sourceLocation: sourceLocation)
}

/// Checks an error response: its code, kind and id, and the protocol's shape (`message` is `data.vi`;
/// `data.vi` and `data.en` are non-empty and differ; no `result`).
func expectError(
  _ response: [String: Any], code: Int, kind: String? = nil, id: Any = NSNull(),
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let text = canonical(response)
  guard response["error"] != nil else {
    Issue.record("expected error \(code) \(kind ?? ""), got: \(text.prefix(400))", sourceLocation: sourceLocation)
    return
  }
  #expect(response["jsonrpc"] as? String == "2.0", "\(text)", sourceLocation: sourceLocation)
  #expect(canonical(response["id"]) == canonical(id), "id of \(text)", sourceLocation: sourceLocation)
  #expect(response["result"] == nil, "an error response has no result: \(text)", sourceLocation: sourceLocation)
  let error = response["error"] as? [String: Any]
  #expect(error?["code"] as? Int == code, "code of \(text)", sourceLocation: sourceLocation)
  let data = error?["data"] as? [String: Any]
  if let kind { #expect(data?["kind"] as? String == kind, "kind of \(text)", sourceLocation: sourceLocation) }
  let vi = data?["vi"] as? String ?? ""
  let en = data?["en"] as? String ?? ""
  #expect(!vi.isEmpty && !en.isEmpty, "data.vi and data.en must not be empty: \(text)", sourceLocation: sourceLocation)
  #expect(vi != en, "data.vi and data.en must differ: \(text)", sourceLocation: sourceLocation)
  #expect(error?["message"] as? String == vi, "message must equal data.vi: \(text)", sourceLocation: sourceLocation)
}
