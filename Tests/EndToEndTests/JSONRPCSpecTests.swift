import Foundation
import Testing

/// Section 7 of the JSON-RPC 2.0 specification, adapted to cchc's methods; and bad input that must
/// be answered without ending the process.
@Suite("JSON-RPC 2.0: the specification's examples, and bad input answered, never fatal")
struct JSONRPCSpecTests {
  @Test("call with named params, positional params refused, id null, string and integer ids echoed")
  func calls() throws {
    let rpc = try RPCSandbox()
    let lines = try rpc.run([
      request("plan.get", ["id": "2.2"], id: 1),
      #"{"jsonrpc":"2.0","method":"plan.get","params":["2.2"],"id":2}"#,
      request("session.whoami", id: NSNull()),
      request("session.whoami", id: "mã-ổn-định/1"),
      request("session.whoami", id: -42),
      #"{"jsonrpc":"2.0","method":"session.whoami","id":9007199254740993}"#,
      #"{"jsonrpc":"2.0","method":"session.whoami","id":1.5}"#,
      #"{"jsonrpc":"2.0","method":"session.whoami","id":{"a":1}}"#,
      #"{"jsonrpc":"2.0","method":"session.whoami","id":[1]}"#,
      #"{"jsonrpc":"2.0","method":"session.whoami","id":true}"#,
    ])
    try #require(lines.count == 10, "\(lines)")
    let item = try expectResult(try object(lines[0]), id: 1)
    #expect(item["id"] as? String == "2.2")
    #expect(item["area"] as? Int == 2)
    #expect(item["title"] as? String == "Cập nhật, công khai TTHC")
    #expect(item["leadPositions"] as? [String] == ["ttpvhcc"])
    expectError(try object(lines[1]), code: -32602, kind: "invalid-params", id: 2)
    let whoami = try expectResult(try object(lines[2]), id: NSNull())
    #expect(whoami["role"] as? String == "viewer")
    #expect(whoami["official"] is NSNull)
    #expect(whoami["today"] as? String == "2026-12-01")
    try expectResult(try object(lines[3]), id: "mã-ổn-định/1")
    try expectResult(try object(lines[4]), id: -42)
    #expect(lines[5].hasPrefix(#"{"jsonrpc":"2.0","id":9007199254740993,"#), "integer id echoed exactly: \(lines[5])")
    for line in lines[6...] {
      expectError(try object(line), code: -32600, kind: "invalid-request", id: NSNull())
    }
  }

  @Test("a notification gets no line at all, yet runs; the next call's response is the next line")
  func notifications() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    chair.send(notification("session.whoami"))
    chair.send(notification("khong.co.lenh"))
    chair.send(notification("plan.get", ["id": 22]))
    chair.send(
      notification("duties.create", ["title": "Việc gửi bằng thông báo", "area": 1, "due": "2026-12-20", "effort": 2]))
    chair.send(request("session.whoami", id: 2))
    let next = try object(try #require(try chair.nextLine()))
    #expect(try expectResult(next, id: 2)["official"] as? String == "chu-tich")
    let (status, rest, stderr) = try chair.finish()
    #expect(status == 0, "\(stderr)")
    #expect(rest.isEmpty, "nothing after the last call: \(rest)")
    #expect(try rpc.count("duties", where: "id = 'DX-2026-001'") == 1, "the notification ran")
    #expect(try rpc.count("audit", where: "action = 'duties.create'") == 1)
  }

  @Test("method not found, parse error, invalid Request: the standard codes, id null when unreadable")
  func standardErrors() throws {
    let rpc = try RPCSandbox()
    let lines = try rpc.run([
      request("khong.co", id: "1"),
      #"{"jsonrpc":"2.0","method":"foobar,"params":"bar","baz]"#,
      #"{"jsonrpc":"2.0","method":1,"params":"bar"}"#,
      #"{"jsonrpc":"1.0","method":"session.whoami","id":7}"#,
      #"{"method":"session.whoami","id":8}"#,
      #"{"jsonrpc":"2.0","method":"session.whoami","params":"bar","id":9}"#,
      #""session.whoami""#,
    ])
    try #require(lines.count == 7, "\(lines)")
    expectError(try object(lines[0]), code: -32601, kind: "method-not-found", id: "1")
    expectError(try object(lines[1]), code: -32700, kind: "parse-error")
    expectError(try object(lines[2]), code: -32600, kind: "invalid-request")
    expectError(try object(lines[3]), code: -32600, kind: "invalid-request", id: 7)
    expectError(try object(lines[4]), code: -32600, kind: "invalid-request", id: 8)
    expectError(try object(lines[5]), code: -32600, kind: "invalid-request", id: 9)
    expectError(try object(lines[6]), code: -32600, kind: "invalid-request")
  }

  @Test("batches: invalid JSON, empty, [1], [1,2,3], mixed, all notifications")
  func batches() throws {
    let rpc = try RPCSandbox()
    let mixed = [
      request("plan.get", ["id": "2.2"], id: "1"),
      #"{"jsonrpc":"2.0","method":"session.whoami","params":[7]}"#,
      request("officials.get", ["id": "tu-phap-1"], id: "2"),
      #"{"foo":"boo"}"#,
      request("foo.get", ["name": "myself"], id: "5"),
      request("areas.list", id: "9"),
    ]
    let lines = try rpc.run([
      #"[{"jsonrpc":"2.0","method":"plan.get","params":{"id":"2.2"},"id":"1"},{"jsonrpc":"2.0","method"]"#,
      "[]",
      "[1]",
      "[1,2,3]",
      "[" + mixed.joined(separator: ",") + "]",
      "[" + [notification("session.whoami"), notification("plan.get", ["id": "2.2"])].joined(separator: ",") + "]",
      request("session.whoami", id: "sau"),
    ])
    try #require(lines.count == 6, "the all-notification batch must write no line: \(lines)")
    expectError(try object(lines[0]), code: -32700, kind: "parse-error")
    expectError(try object(lines[1]), code: -32600, kind: "invalid-request")
    let one = try batch(lines[2])
    #expect(one.count == 1)
    for response in one { expectError(response, code: -32600, kind: "invalid-request") }
    let three = try batch(lines[3])
    #expect(three.count == 3)
    for response in three { expectError(response, code: -32600, kind: "invalid-request") }
    let responses = try batch(lines[4])
    #expect(responses.count == 5, "\(lines[4])")
    var byID: [String: [String: Any]] = [:]
    for response in responses { byID[canonical(response["id"])] = response }
    #expect(Set(byID.keys) == [#""1""#, #""2""#, "null", #""5""#, #""9""#])
    #expect(try expectResult(try #require(byID[#""1""#]), id: "1")["id"] as? String == "2.2")
    #expect(try expectResult(try #require(byID[#""2""#]), id: "2")["id"] as? String == "tu-phap-1")
    expectError(try #require(byID["null"]), code: -32600, kind: "invalid-request")
    expectError(try #require(byID[#""5""#]), code: -32601, kind: "method-not-found", id: "5")
    #expect((try expectResult(try #require(byID[#""9""#]), id: "9")["items"] as? [Any])?.count == 7)
    try expectResult(try object(lines[5]), id: "sau")
  }

  @Test("bad input is answered, one line each, and the next line is served; EOF exits 0")
  func badInputNeverFatal() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let created = try chair.result(
      "duties.create", ["title": "Rà soát thủ tục", "area": 2, "due": "2026-12-20", "effort": 4])
    let duty = try #require(created["id"] as? String)
    let create = { (extra: [String: Any]) -> [String: Any] in
      ["title": "Việc thử", "area": 1, "due": "2026-12-20", "effort": 1].merging(extra) { _, new in new }
    }
    var invalidUTF8 = Array(#"{"jsonrpc":"2.0","method":"session.whoami","id":"#.utf8)
    invalidUTF8 += [UInt8(ascii: "\""), 0xC3, 0x28, 0xFF, UInt8(ascii: "\""), UInt8(ascii: "}")]
    let tenMegabytes =
      #"{"jsonrpc":"2.0","method":"plan.get","params":{"id":""# + String(repeating: "x", count: 10_000_000)
      + #""},"id":2}"#
    let cases: [(bytes: [UInt8], code: Int, kind: String, id: Any)] = [
      (invalidUTF8, -32700, "parse-error", NSNull()),
      (Array(tenMegabytes.utf8), -32600, "too-large", NSNull()),
      ([UInt8](repeating: UInt8(ascii: "["), count: 100_000), -32700, "parse-error", NSNull()),
      (Array(request("plan.get", ["id": 22], id: 4).utf8), -32602, "invalid-params", 4),
      (Array(request("plan.get", ["id": "2.2", "lang": "vi"], id: 5).utf8), -32602, "invalid-params", 5),
      (Array(request("duties.progress", ["id": duty, "percent": 150], id: 6).utf8), -32004, "validation", 6),
      (Array(request("duties.create", create(["due": "2026-02-30"]), id: 7).utf8), -32602, "invalid-params", 7),
      (Array(request("duties.create", create(["due": "2031-01-02"]), id: 8).utf8), -32004, "validation", 8),
      (Array(request("duties.create", create(["due": "2025-12-31"]), id: 9).utf8), -32004, "validation", 9),
      (Array(request("duties.create", create(["lead": "khong-co-ai"]), id: 10).utf8), -32004, "validation", 10),
    ]
    let before = try rpc.snapshot()
    for (index, item) in cases.enumerated() {
      #expect(chair.send(bytes: item.bytes), "case \(index): the process stopped reading")
      let line = try #require(try chair.nextLine(), "case \(index): no response, the process ended")
      expectError(try object(line), code: item.code, kind: item.kind, id: item.id)
    }
    #expect(try rpc.snapshot() == before, "no refused input changed anything")
    let after = try chair.result("duties.get", ["id": duty])
    #expect(after["percent"] as? Int == 0)
    #expect(after["version"] as? Int == 1)
    let (status, rest, stderr) = try chair.finish()
    #expect(status == 0, "\(stderr)")
    #expect(rest.isEmpty, "\(rest)")
  }

  @Test("a line just over 1 MiB is refused as too-large, like a 10 MB one")
  func justOverOneMebibyte() throws {
    let rpc = try RPCSandbox()
    let prefix = #"{"jsonrpc":"2.0","method":"session.whoami","id":""#
    let padding = (1 << 20) + 1000 - prefix.utf8.count - 2
    let line = prefix + String(repeating: "a", count: padding) + #""}"#
    let lines = try rpc.run([line, request("session.whoami", id: 2)])
    try #require(lines.count == 2, "\(lines.map { $0.prefix(200) })")
    expectError(try object(lines[0]), code: -32600, kind: "too-large")
    try expectResult(try object(lines[1]), id: 2)
  }

  @Test("every error response: message is data.vi; data.vi and data.en are non-empty and differ")
  func errorShape() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let duty = try #require(
      try chair.result("duties.create", ["title": "Việc đã hủy", "area": 3, "due": "2026-12-20", "effort": 1])["id"]
        as? String)
    _ = try chair.result("duties.cancel", ["id": duty, "reason": "Không cần nữa"])
    // `names`: the parameter the message must name.
    let cases: [(method: String, params: [String: Any], code: Int, kind: String, names: String?)] = [
      ("khong.co", [:], -32601, "method-not-found", nil),
      ("plan.get", [:], -32602, "invalid-params", "id"),
      ("duties.list", ["status": "xong"], -32004, "validation", "status"),
      (
        "duties.create", ["title": "x", "area": 1, "due": "2026-12-01", "effort": 1.5], -32602, "invalid-params",
        "effort"
      ),
      ("plan.get", ["id": "9.9"], -32001, "not-found", nil),
      ("duties.get", ["id": "DX-2026-999"], -32001, "not-found", nil),
      ("duties.complete", ["id": duty], -32003, "conflict", nil),
      ("duties.assign", ["id": duty, "lead": "tu-phap-1", "version": 1], -32003, "conflict", nil),
      ("duties.list", ["limit": 0], -32004, "validation", nil),
      ("duties.list", ["area": "khong-co"], -32004, "validation", nil),
      ("duties.list", ["official": "khong-co"], -32004, "validation", nil),
      ("duties.create", ["title": "   ", "area": 1, "due": "2026-12-01", "effort": 1], -32004, "validation", nil),
      ("officials.add", ["name": "A", "position": "khong-co"], -32004, "validation", nil),
    ]
    for item in cases {
      let response = try chair.failure(item.method, item.params, code: item.code, kind: item.kind)
      if let name = item.names {
        let data = (response["error"] as? [String: Any])?["data"] as? [String: Any]
        #expect((data?["en"] as? String)?.contains(name) == true, "the message names '\(name)': \(response)")
        #expect((data?["vi"] as? String)?.contains(name) == true, "the message names '\(name)': \(response)")
      }
    }
    _ = try chair.finish()
    let viewer = try rpc.run([request("audit.list", id: 1)])
    expectError(try object(try #require(viewer.first)), code: -32002, kind: "forbidden", id: 1)
  }
}
