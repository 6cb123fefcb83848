import Foundation
import PlanRPC
import Testing

/// The peak resident memory of a running process in bytes (`VmHWM` of `/proc/PID/status`), or nil
/// where there is no /proc.
func peakResidentBytes(of pid: pid_t) -> Int? {
  guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kibibytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
  else { return nil }
  return kibibytes * 1024
}

/// The bound on a `cchc --json` process's peak memory whatever it is fed (issue 10).
let memoryBound = 100_000_000

@Suite("JSON-RPC limits through the real binary: the flooding line, batches, strict JSON, a byte-order mark")
struct JSONRPCLimitsEndToEndTests {
  /// Creates `count` ad-hoc duties through batches of notifications (each batch at the count limit).
  static func createDuties(_ count: Int, in session: RPCProcess) throws {
    let create = notification(
      "duties.create", ["title": "Việc để trang dài", "area": 2, "due": "2026-12-20", "effort": 1])
    for start in stride(from: 0, to: count, by: JSONRPCServer.maximumBatchRequests) {
      let size = min(JSONRPCServer.maximumBatchRequests, count - start)
      session.send("[" + Array(repeating: create, count: size).joined(separator: ",") + "]")
    }
    _ = try session.result("session.whoami")
  }

  @Test("the issue's attack: a 1 MB line of ~13 900 duties.list calls is one too-large error; memory stays flat")
  func floodingBatch() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    try Self.createDuties(300, in: chair)
    // As many `duties.list {"limit":1000}` calls as one line may hold.
    var line = "["
    var calls = 0
    while true {
      let next = (calls == 0 ? "" : ",") + request("duties.list", ["limit": 1000], id: calls + 1)
      if line.utf8.count + next.utf8.count + 1 > JSONRPCServer.maximumLineBytes { break }
      line += next
      calls += 1
    }
    line += "]"
    #expect(calls > 13_000, "\(calls) calls in \(line.utf8.count) bytes")
    chair.send(line)
    let refused = try object(try #require(try chair.nextLine()))
    expectError(refused, code: -32600, kind: "too-large")
    let message = ((refused["error"] as? [String: Any])?["data"] as? [String: Any])?["en"] as? String ?? ""
    #expect(
      message.contains("\(calls) requests, over the limit of \(JSONRPCServer.maximumBatchRequests)"), "\(message)")
    #expect(try rpc.count("audit", where: "action = 'duties.list'") == 0)

    // The same calls, a batch of the largest size at a time: each line stops growing at the limit.
    let batch =
      "["
      + (1...JSONRPCServer.maximumBatchRequests).map {
        request("duties.list", ["limit": 1000], id: $0)
      }.joined(separator: ",") + "]"
    for _ in 0..<2 {
      chair.send(batch)
      let answer = try #require(try chair.nextLine())
      let responses = try JSONRPCLimitsEndToEndTests.batchAnswers(answer)
      #expect(responses.count == JSONRPCServer.maximumBatchRequests)
      let results = responses.filter { $0["result"] != nil }
      let dropped = responses.filter { $0["error"] != nil }
      #expect(results.count > 10 && !dropped.isEmpty, "\(results.count) results, \(dropped.count) dropped")
      for response in dropped { expectError(response, code: -32600, kind: "too-large", id: response["id"] ?? "?") }
      // The results fit the limit; the short errors after them add at most a kilobyte each.
      #expect(answer.utf8.count <= JSONRPCServer.maximumResponseBytes + dropped.count * 1024)
    }
    let peak = try #require(peakResidentBytes(of: chair.pid))
    #expect(peak < memoryBound, "peak resident memory \(peak) bytes")
    print("flooding line and batches of duties.list: peak resident memory \(peak / 1_000_000) MB")
    _ = try chair.result("session.whoami")
    let (status, _, stderr) = try chair.finish()
    #expect(status == 0, "\(stderr)")
  }

  /// The responses of a batch answer line.
  static func batchAnswers(_ line: String) throws -> [[String: Any]] {
    try #require(try parse(line) as? [[String: Any]], "not a batch answer: \(line.prefix(300))")
  }

  @Test("ids 1.0 and 1e2, a percent 50.0 and a member named twice are refused; a byte-order mark is skipped")
  func strictInput() throws {
    let rpc = try RPCSandbox()
    let lines = try rpc.run(
      [
        "\u{FEFF}" + request("session.whoami", id: 1),
        #"{"jsonrpc":"2.0","method":"session.whoami","id":1.0}"#,
        #"{"jsonrpc":"2.0","method":"session.whoami","id":1e2}"#,
        #"{"jsonrpc":"2.0","method":"duties.list","params":{"limit":50.0},"id":4}"#,
        #"{"jsonrpc":"2.0","method":"duties.list","params":{"limit":1,"limit":2},"id":5}"#,
        "\u{FEFF}" + request("session.whoami", id: 6),
      ], as: "chu-tich")
    try #require(lines.count == 6, "\(lines)")
    try expectResult(try object(lines[0]), id: 1)
    expectError(try object(lines[1]), code: -32600, kind: "invalid-request")
    expectError(try object(lines[2]), code: -32600, kind: "invalid-request")
    expectError(try object(lines[3]), code: -32602, kind: "invalid-params", id: 4)
    expectError(try object(lines[4]), code: -32700, kind: "parse-error")
    expectError(try object(lines[5]), code: -32700, kind: "parse-error")
  }

  @Test("a byte-order mark at the start of a piped script is not part of its first word")
  func scriptByteOrderMark() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let result = try ShellLanguageTests.piped(
      sandbox, ["--db", db, "--as", "chu-tich", "--today", "2026-11-25"],
      "\u{FEFF}duties create \"Rà soát TTHC\" --area 2 --due 2026-12-10 --effort 3\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("DX-2026-001"), "\(result.stdout)")
  }
}
