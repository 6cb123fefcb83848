import Foundation
import Testing

/// A `duties.create` request line for an ad-hoc duty titled `title`.
func createLine(_ title: String, id: Int) -> String {
  request("duties.create", ["title": title, "area": 5, "due": "2026-09-30", "effort": 1], id: id)
}

/// Several processes on one database file: stale versions, concurrent writers, a killed writer.
@Suite("JSON-RPC with several processes: stale versions, concurrent writers, SIGKILL")
struct JSONRPCConcurrencyTests {
  @Test("a stale version is −32003 conflict and the row keeps the other process's change; closed duties refuse changes")
  func staleVersion() throws {
    let rpc = try RPCSandbox()
    let a = try rpc.session(as: "chu-tich")
    let b = try rpc.session(as: "pho-chu-tich-1")
    let duty = try #require(
      try a.result(
        "duties.create", ["title": "Rà soát quy chế", "area": 1, "due": "2026-12-20", "effort": 2, "lead": "tu-phap-1"])[
          "id"] as? String)
    let read = try #require(try a.result("duties.get", ["id": duty])["version"] as? Int)
    let changed = try rpc.audited(b, "duties.assign", ["id": duty, "lead": "ttpvhcc-1", "version": read])
    #expect(changed["version"] as? Int == read + 1)
    let before = try rpc.snapshot()
    let audits = try rpc.count("audit")
    try a.failure(
      "duties.assign", ["id": duty, "lead": "van-phong-1", "version": read], code: -32003, kind: "conflict")
    try a.failure("duties.progress", ["id": duty, "percent": 10, "version": read], code: -32003, kind: "conflict")
    #expect(try rpc.snapshot() == before, "a stale write changes nothing")
    #expect(try rpc.count("audit") == audits)
    #expect(try rpc.sqlite("SELECT lead_id, version FROM duties WHERE id = '\(duty)'") == "ttpvhcc-1|\(read + 1)")
    let retried = try rpc.audited(a, "duties.assign", ["id": duty, "lead": "van-phong-1", "version": read + 1])
    #expect(retried["lead"] as? String == "van-phong-1")

    let official = try #require(try a.result("officials.get", ["id": "noi-vu-1"])["version"] as? Int)
    _ = try rpc.audited(b, "officials.update", ["id": "noi-vu-1", "capacity": 12])
    try a.failure(
      "officials.update", ["id": "noi-vu-1", "capacity": 30, "version": official], code: -32003, kind: "conflict")
    #expect(try rpc.sqlite("SELECT capacity FROM officials WHERE id = 'noi-vu-1'") == "12")

    _ = try rpc.audited(b, "duties.cancel", ["id": duty, "reason": "Không còn cần"])
    let closed = try rpc.snapshot()
    try a.failure("duties.complete", ["id": duty], code: -32003, kind: "conflict")
    try a.failure("duties.progress", ["id": duty, "percent": 50], code: -32003, kind: "conflict")
    try a.failure("duties.assign", ["id": duty, "lead": "tu-phap-1"], code: -32003, kind: "conflict")
    try a.failure("duties.cancel", ["id": duty, "reason": "Hủy lần nữa"], code: -32003, kind: "conflict")
    #expect(try rpc.snapshot() == closed)
    _ = try rpc.audited(a, "duties.reopen", ["id": duty])
    try a.failure("duties.reopen", ["id": duty], code: -32003, kind: "conflict")
    for session in [a, b] { #expect(try session.finish().status == 0) }
  }

  @Test("two processes each creating 200 duties at once: 400 results, 400 distinct ids, 400 audit rows")
  func concurrentWriters() throws {
    let rpc = try RPCSandbox()
    let officials = ["chu-tich", "pho-chu-tich-1"]
    let sessions = try officials.map { try rpc.session(as: $0, today: "2026-06-01") }
    for (session, official) in zip(sessions, officials) {
      session.sendInBackground((1...200).map { createLine("Việc \($0) của \(official)", id: $0) })
    }
    var ids: [String] = []
    for session in sessions {
      let (status, lines, stderr) = try session.finish()
      #expect(status == 0, "\(stderr)")
      try #require(lines.count == 200)
      for (index, line) in lines.enumerated() {
        let result = try expectResult(try object(line), id: index + 1)
        ids.append(try #require(result["id"] as? String))
      }
    }
    #expect(Set(ids) == Set((1...400).map { String(format: "DX-2026-%03d", $0) }), "400 distinct, gap-free ids")
    #expect(try rpc.count("duties") == 400)
    #expect(try rpc.count("audit", where: "action = 'duties.create'") == 400)
    for official in officials {
      #expect(try rpc.count("audit", where: "action = 'duties.create' AND official_id = '\(official)'") == 200)
      #expect(try rpc.count("duties", where: "title LIKE '%của \(official)'") == 200)
    }
    #expect(try rpc.sqlite("PRAGMA integrity_check") == "ok")
  }

  @Test("SIGKILL while acknowledging 1 000 mutations: everything acknowledged is stored, nothing without its audit row")
  func killedWhileWriting() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich", today: "2026-06-01")
    let target = try #require(
      try chair.result("duties.create", ["title": "Việc được báo cáo", "area": 5, "due": "2026-09-30", "effort": 1])[
        "id"] as? String)
    chair.sendInBackground(
      (1...1000).map { i in
        i % 4 == 0
          ? request("duties.progress", ["id": target, "percent": i % 101, "note": "lần \(i)"], id: i)
          : createLine("Việc số \(i)", id: i)
      })
    var lines: [String] = []
    while lines.count < 450, let line = try chair.nextLine() { lines.append(line) }
    chair.kill()
    let (status, rest, _) = try chair.finish()
    lines += rest
    #expect(status != 0, "the process was killed")
    #expect(lines.count >= 450 && lines.count < 1000, "killed in the middle (\(lines.count) responses)")

    var created: [String] = []
    var progressed = 0
    for (index, line) in lines.enumerated() {
      let result = try expectResult(try object(line), id: index + 1)
      if (index + 1) % 4 == 0 { progressed += 1 } else { created.append(try #require(result["id"] as? String)) }
    }
    let stored = Set(try rpc.sqlite("SELECT id FROM duties").split(separator: "\n").map(String.init))
    #expect(
      Set(created).subtracting(stored).isEmpty, "acknowledged but lost: \(Set(created).subtracting(stored).sorted())")
    #expect(
      try rpc.count("duties", where: "id NOT IN (SELECT entity_id FROM audit WHERE action = 'duties.create')") == 0,
      "a duty without its audit row")
    #expect(
      try rpc.count("audit", where: "action = 'duties.create' AND entity_id NOT IN (SELECT id FROM duties)") == 0,
      "an audit row without its duty")
    let reports = try rpc.count("duty_progress", where: "duty_id = '\(target)'")
    #expect(reports >= progressed, "acknowledged progress reports lost")
    #expect(try rpc.count("audit", where: "action = 'duties.progress'") == reports, "progress without its audit row")
    #expect(try rpc.sqlite("SELECT version FROM duties WHERE id = '\(target)'") == "\(1 + reports)")
    #expect(try rpc.sqlite("PRAGMA integrity_check") == "ok")
  }
}
