import Foundation
import Testing

/// Roles: a viewer reads, an official reports on its own duties, the chair does the rest. A refusal
/// changes nothing but one audit row.
@Suite("JSON-RPC roles: refusals are −32002 and write only their audit row")
struct JSONRPCRoleTests {
  /// One refused call: who makes it and what.
  struct Refusal: CustomStringConvertible {
    /// `--as` (nil: viewer).
    var official: String?
    /// The method.
    var method: String
    /// Its parameters (valid ones: only the role is wrong).
    var params: [String: Any]

    /// For failure messages.
    var description: String { "\(official ?? "viewer") \(method)" }
  }

  @Test("viewer, official, non-member and coordinator refusals leave every table but the audit log unchanged")
  func refusals() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let duty = try #require(
      try chair.result(
        "duties.create",
        [
          "title": "Niêm yết thủ tục hành chính", "area": 2, "due": "2026-12-20", "effort": 4, "lead": "tu-phap-1",
          "coordinators": ["van-phong-1"],
        ])["id"] as? String)
    _ = try chair.finish()
    let newDuty: [String: Any] = ["title": "Việc mới", "area": 1, "due": "2026-12-20", "effort": 1]
    let refusals = [
      Refusal(official: nil, method: "duties.mine", params: [:]),
      Refusal(official: nil, method: "duties.create", params: newDuty),
      Refusal(official: nil, method: "audit.list", params: [:]),
      Refusal(official: "tu-phap-1", method: "duties.assign", params: ["id": duty, "lead": "ttpvhcc-1"]),
      Refusal(official: "tu-phap-1", method: "duties.cancel", params: ["id": duty, "reason": "Không làm"]),
      Refusal(official: "tu-phap-1", method: "officials.add", params: ["name": "Lê Văn Mới", "position": "van-phong"]),
      Refusal(official: "tu-phap-1", method: "audit.list", params: [:]),
      Refusal(official: "noi-vu-1", method: "duties.progress", params: ["id": duty, "percent": 10, "note": "x"]),
      Refusal(official: "van-phong-1", method: "duties.complete", params: ["id": duty, "result": "Xong"]),
    ]
    for refusal in refusals {
      let before = try rpc.snapshot()
      let audits = try rpc.count("audit")
      let session = try rpc.session(as: refusal.official)
      try session.failure(refusal.method, refusal.params, code: -32002, kind: "forbidden")
      let (status, _, stderr) = try session.finish()
      #expect(status == 0, "\(refusal): \(stderr)")
      #expect(try rpc.snapshot() == before, "\(refusal) changed data")
      #expect(try rpc.count("audit") == audits + 1, "\(refusal): exactly one new audit row")
      let audit = try rpc.lastAudit()
      #expect(audit["action"] as? String == "refused", "\(refusal): \(audit)")
      #expect(canonical(audit["official_id"]) == canonical(refusal.official), "\(refusal): \(audit)")
      #expect(audit["entity"] as? String == refusal.method, "\(refusal): \(audit)")
      #expect(canonical(audit["entity_id"]) == canonical(refusal.params["id"]), "\(refusal): \(audit)")
    }
    #expect(try rpc.count("audit", where: "action = 'refused'") == refusals.count)
  }

  @Test("a session already running loses the powers its official loses: deactivated or demoted, it is refused")
  func runningSessionFollowsRoleChanges() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let deputy = try rpc.session(as: "pho-chu-tich-1")
    let official = try rpc.session(as: "tu-phap-1")
    let newDuty: [String: Any] = [
      "title": "Việc giao sau khi đổi vai trò", "area": 1, "due": "2026-12-20", "effort": 1,
    ]
    #expect(try deputy.result("session.whoami")["role"] as? String == "chair")
    _ = try rpc.audited(chair, "officials.update", ["id": "pho-chu-tich-1", "active": false])
    _ = try rpc.audited(chair, "officials.update", ["id": "tu-phap-1", "role": "viewer"])
    let before = try rpc.snapshot()
    try deputy.failure("duties.create", newDuty, code: -32002, kind: "forbidden")
    try official.failure("duties.mine", code: -32002, kind: "forbidden")
    #expect(try rpc.snapshot() == before, "a deactivated chair and a demoted official change nothing")
    for session in [chair, deputy, official] { _ = try session.finish() }
  }

  @Test("the last chair can be neither deactivated nor demoted: −32003, nothing changed")
  func lastChairStays() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    _ = try rpc.audited(chair, "officials.update", ["id": "pho-chu-tich-1", "role": "official"])
    let before = try rpc.snapshot()
    try chair.failure("officials.update", ["id": "chu-tich", "active": false], code: -32003, kind: "conflict")
    try chair.failure("officials.update", ["id": "chu-tich", "role": "official"], code: -32003, kind: "conflict")
    #expect(try rpc.snapshot() == before)
    #expect(try rpc.count("officials", where: "role = 'chair' AND active = 1") == 1)
    _ = try chair.finish()
  }

  @Test("what a role may do: the lead and a coordinator report progress, only the lead or the chair completes")
  func allowedCounterparts() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let duty = try #require(
      try chair.result(
        "duties.create",
        [
          "title": "Cập nhật cổng TTĐT", "area": 6, "due": "2026-12-20", "effort": 2, "lead": "tu-phap-1",
          "coordinators": ["van-phong-1"],
        ]
      )["id"] as? String)
    let coordinator = try rpc.session(as: "van-phong-1")
    #expect(
      try rpc.audited(coordinator, "duties.progress", ["id": duty, "percent": 40])["status"] as? String == "doing")
    let lead = try rpc.session(as: "tu-phap-1")
    #expect(try rpc.audited(lead, "duties.complete", ["id": duty])["status"] as? String == "done")
    #expect(try rpc.audited(chair, "duties.reopen", ["id": duty])["status"] as? String == "todo")
    #expect(try rpc.audited(chair, "duties.complete", ["id": duty])["status"] as? String == "done")
    #expect(try rpc.count("audit", where: "action = 'refused'") == 0)
    for session in [chair, coordinator, lead] { #expect(try session.finish().status == 0) }
  }
}
