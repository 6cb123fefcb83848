import Foundation
import PlanCommands
import PlanCore
import PlanData
import PlanRPC
import PlanStore
import Testing

/// The commune's database in memory, and servers acting on it as someone, within given limits.
final class ServerFixture: Sendable {
  let database: PlanDatabase
  static let today = CivilDate(iso: "2026-11-25")!

  init() throws {
    database = try PlanDatabase.inMemory()
    let bundle = try #require(PlanBundle.load(files: EmbeddedData.files).bundle)
    _ = try database.load(bundle, by: AuditActor(officialID: nil, osUser: "test"), replace: false)
  }

  /// A server acting as the chair (or `official` with `role`), within `limits`.
  func server(
    _ official: OfficialID? = "chu-tich", _ role: Role = .chair, limits: JSONRPCServer.Limits = .standard
  ) -> JSONRPCServer {
    let context = CommandContext(
      database: database, actor: AuditActor(officialID: official, osUser: "test", role: role), today: Self.today)
    return JSONRPCServer(limits: limits) { context }
  }

  /// How many duties the database holds, as `duties.list` counts them.
  func duties() throws -> Int {
    let response = try answer(server(), call("duties.list", #"{"limit":1}"#)) as? [String: Any]
    return try #require((response?["result"] as? [String: Any])?["total"] as? Int, "\(response ?? [:])")
  }
}

/// The response line `server` writes for `line`, parsed; nil when it writes none.
func answer(_ server: JSONRPCServer, _ line: String) throws -> Any? {
  guard let bytes = server.handle(Array(line.utf8)) else { return nil }
  return try JSONSerialization.jsonObject(with: Data(bytes))
}

/// The error member of a response, checked to be a JSON-RPC error with `code`, `kind` and `id`.
@discardableResult
func expectError(
  _ response: Any?, code: Int, kind: String, id: Any = NSNull(), sourceLocation: SourceLocation = #_sourceLocation
) -> [String: Any] {
  let object = response as? [String: Any] ?? [:]
  let error = object["error"] as? [String: Any] ?? [:]
  let data = error["data"] as? [String: Any] ?? [:]
  #expect(object["jsonrpc"] as? String == "2.0", "\(object)", sourceLocation: sourceLocation)
  #expect(error["code"] as? Int == code, "\(object)", sourceLocation: sourceLocation)
  #expect(data["kind"] as? String == kind, "\(object)", sourceLocation: sourceLocation)
  #expect("\(object["id"] ?? "absent")" == "\(id)", "\(object)", sourceLocation: sourceLocation)
  return data
}

/// A request line.
func call(_ method: String, _ params: String? = nil, id: String? = "1") -> String {
  var members = [#""jsonrpc":"2.0""#, #""method":"\#(method)""#]
  if let params { members.append(#""params":\#(params)"#) }
  if let id { members.append(#""id":\#(id)"#) }
  return "{" + members.joined(separator: ",") + "}"
}

let createParams = #"{"title":"Việc trong lô","area":1,"due":"2026-12-20","effort":1}"#

@Suite("JSON-RPC limits: batch size, response size, strict JSON, a byte-order mark")
struct JSONRPCLimitsTests {
  @Test("a batch over the count limit is one too-large error; nothing in it runs, not even notifications")
  func batchCount() throws {
    let fixture = try ServerFixture()
    let small = fixture.server(limits: .init(lineBytes: 1 << 20, batchRequests: 3, responseBytes: 1 << 20))
    let four =
      "[" + Array(repeating: call("duties.create", createParams, id: nil), count: 4).joined(separator: ",") + "]"
    let data = expectError(try answer(small, four), code: -32600, kind: "too-large")
    #expect((data["en"] as? String)?.contains("4 requests, over the limit of 3") == true, "\(data)")
    #expect((data["vi"] as? String)?.contains("quá giới hạn 3") == true, "\(data)")
    #expect(try fixture.duties() == 0)
    let three =
      "[" + Array(repeating: call("duties.create", createParams, id: nil), count: 3).joined(separator: ",") + "]"
    #expect(try answer(small, three) == nil, "a batch of notifications at the limit runs and writes nothing back")
    #expect(try fixture.duties() == 3)

    let standard = fixture.server()
    let whoami = (1...101).map { call("session.whoami", id: "\($0)") }
    expectError(try answer(standard, "[" + whoami.joined(separator: ",") + "]"), code: -32600, kind: "too-large")
    let hundred = try #require(try answer(standard, "[" + whoami.dropLast().joined(separator: ",") + "]") as? [Any])
    #expect(hundred.count == JSONRPCServer.maximumBatchRequests)
  }

  @Test("an answer over the byte limit is replaced by too-large for that request, which still ran")
  func responseBytes() throws {
    let fixture = try ServerFixture()
    let small = fixture.server(limits: .init(lineBytes: 1 << 20, batchRequests: 100, responseBytes: 200))
    let data = expectError(
      try answer(small, call("duties.create", createParams, id: "7")), code: -32600, kind: "too-large", id: "7")
    #expect((data["en"] as? String)?.contains("200 bytes limit") == true, "\(data)")
    #expect((data["en"] as? String)?.contains("the request itself was processed") == true, "\(data)")
    #expect(try fixture.duties() == 1, "the write ran; only its answer was dropped")
    let whoami = try #require(try answer(small, call("session.whoami", id: "8")) as? [String: Any])
    #expect(whoami["result"] != nil, "a short answer still fits: \(whoami)")

    // The standard limits: the OpenRPC document and a page of 1 000 rows fit in one answer.
    let standard = fixture.server()
    let discover = try #require(standard.handle(Array(call("rpc.discover").utf8)))
    #expect(discover.count < JSONRPCServer.maximumResponseBytes / 10, "rpc.discover is \(discover.count) bytes")
    let page = try #require(try answer(standard, call("duties.list", #"{"limit":1000}"#)) as? [String: Any])
    #expect(page["result"] != nil, "\(page)")
  }

  @Test("a batch's answers stop growing at the byte limit: later requests still run, their answers are too-large")
  func batchBytes() throws {
    let fixture = try ServerFixture()
    let one = try #require(fixture.server().handle(Array(call("session.whoami", id: "1").utf8))).count
    // Room for exactly two answers of that size: `[`, two answers, a comma and `]`.
    let limits = JSONRPCServer.Limits(lineBytes: 1 << 20, batchRequests: 100, responseBytes: 2 * one + 3)
    let server = fixture.server(limits: limits)
    let batch = [
      call("session.whoami", id: "1"), call("session.whoami", id: "2"), call("duties.create", createParams, id: "3"),
      call("duties.create", createParams, id: nil), call("session.whoami", id: "4"),
    ]
    let line = try #require(server.handle(Array(("[" + batch.joined(separator: ",") + "]").utf8)))
    let answers = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [[String: Any]])
    #expect(answers.map { $0["id"] as? Int } == [1, 2, 3, 4], "the notification is not answered")
    #expect(answers[0]["result"] != nil && answers[1]["result"] != nil)
    for answer in answers[2...] {
      let data = expectError(answer, code: -32600, kind: "too-large", id: answer["id"] ?? "?")
      #expect((data["en"] as? String)?.contains("The batch's answers reached") == true, "\(data)")
    }
    #expect(try fixture.duties() == 2, "both writes ran")
    // A batch whose answers all fit is at most the limit.
    let fits = try #require(server.handle(Array(("[" + batch.prefix(2).joined(separator: ",") + "]").utf8)))
    #expect(fits.count <= limits.responseBytes)
  }

  @Test("ids 1.0 and 1e2 are not integers, nor is a percent 50.0; a member named twice is a parse error")
  func strictJSON() throws {
    let fixture = try ServerFixture()
    let server = fixture.server()
    for id in ["1.0", "1e2", "-0.0", "9223372036854775808"] {
      expectError(try answer(server, call("session.whoami", id: id)), code: -32600, kind: "invalid-request")
    }
    let whoami = try #require(try answer(server, call("session.whoami", id: "-0")) as? [String: Any])
    #expect(whoami["id"] as? Int == 0 && whoami["result"] != nil)
    _ = try answer(server, call("duties.create", createParams))
    for percent in ["50.0", "5e1", "50.5"] {
      let data = expectError(
        try answer(server, call("duties.progress", #"{"id":"DX-2026-001","percent":\#(percent)}"#, id: "2")),
        code: -32602, kind: "invalid-params", id: 2)
      #expect((data["en"] as? String)?.contains("percent") == true)
    }
    let duplicates = [
      #"{"jsonrpc":"2.0","id":1,"id":2,"method":"session.whoami"}"#,
      call("duties.list", #"{"limit":1,"limit":1000}"#, id: "3"),
      "[" + call("duties.create", createParams, id: nil) + "," + call("plan.get", #"{"id":"2.2","id":"2.3"}"#) + "]",
    ]
    for line in duplicates {
      let data = expectError(try answer(server, line), code: -32700, kind: "parse-error")
      #expect((data["en"] as? String)?.contains("twice") == true, "\(data)")
    }
    #expect(try fixture.duties() == 1, "nothing in a batch with a duplicate member ran")
  }

  @Test("a byte-order mark at the start of the stream is skipped, even when it comes one byte at a time")
  func byteOrderMark() throws {
    let fixture = try ServerFixture()
    for chunks in [[[0xEF, 0xBB, 0xBF] + Array(call("session.whoami").utf8)], [[0xEF], [0xBB], [0xBF, 0x7B]]] {
      var input: [Int32] = [-1, -1]
      var output: [Int32] = [-1, -1]
      #expect(pipe(&input) == 0 && pipe(&output) == 0)
      let server = fixture.server()
      let (reading, writing) = (input[0], output[1])
      let done = DispatchSemaphore(value: 0)
      Thread.detachNewThread {
        server.serve(input: reading, output: writing)
        close(writing)
        done.signal()
      }
      var bytes = chunks
      if bytes.count > 1 { bytes.append(Array(call("session.whoami").utf8.dropFirst())) }
      bytes.append(Array("\n".utf8) + [0xEF, 0xBB, 0xBF] + Array(call("session.whoami", id: "2").utf8) + [0x0A])
      for chunk in bytes {
        _ = chunk.withUnsafeBytes { write(input[1], $0.baseAddress, $0.count) }
        usleep(20_000)
      }
      close(input[1])
      done.wait()
      let lines = String(
        decoding: FileHandle(fileDescriptor: output[0], closeOnDealloc: true).readDataToEndOfFile(), as: UTF8.self
      )
      .split(separator: "\n")
      close(reading)
      try #require(lines.count == 2, "\(lines)")
      let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
      #expect(first?["result"] != nil, "\(lines[0])")
      expectError(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)), code: -32700, kind: "parse-error")
    }
  }
}
