import Foundation
import Testing

/// One call that would break a constraint of the schema if the rules did not refuse it first.
struct RuleBreak: Sendable, CustomStringConvertible {
  /// What the schema holds (the constraint the call aims at).
  var constraint: String
  /// The method.
  var method: String
  /// Its parameters, as JSON text.
  var params: String
  /// The codes the answer may carry (a word outside a declared list may be −32602 or −32004).
  var codes: Set<Int>

  /// The constraint and the method.
  var description: String { "\(constraint) (\(method))" }

  init(_ constraint: String, _ method: String, _ params: String, _ codes: Set<Int> = [-32004]) {
    self.constraint = constraint
    self.method = method
    self.params = params
    self.codes = codes
  }
}

/// Every CHECK, UNIQUE and foreign key a command writes through, each aimed at by a call.
let ruleBreaks: [RuleBreak] = [
  RuleBreak(
    "officials.id <> ''", "officials.add",
    #"{"id":"","name":"A","position":"van-phong","kind":"cong-chuc","role":"official"}"#),
  RuleBreak(
    "officials.id PRIMARY KEY", "officials.add",
    #"{"id":"chu-tich","name":"A","position":"van-phong","kind":"cong-chuc","role":"official"}"#, [-32003]),
  RuleBreak(
    "officials.name <> ''", "officials.add",
    #"{"name":"  ","position":"van-phong","kind":"cong-chuc","role":"official"}"#),
  RuleBreak(
    "officials.position_id REFERENCES positions", "officials.add",
    #"{"name":"A","position":"khong-co","kind":"cong-chuc","role":"official"}"#),
  RuleBreak(
    "official_skills.skill_id REFERENCES skills", "officials.add",
    #"{"name":"A","position":"van-phong","kind":"cong-chuc","role":"official","skills":["khong-co"]}"#),
  RuleBreak(
    "officials.kind IN (…)", "officials.add", #"{"name":"A","position":"van-phong","kind":"x","role":"official"}"#,
    [-32602, -32004]),
  RuleBreak(
    "officials.role IN (…)", "officials.add", #"{"name":"A","position":"van-phong","kind":"cong-chuc","role":"boss"}"#,
    [-32602, -32004]),
  RuleBreak(
    "officials.capacity BETWEEN 0 AND 744", "officials.add",
    #"{"name":"A","position":"van-phong","kind":"cong-chuc","role":"official","capacity":745}"#),
  RuleBreak("officials.capacity BETWEEN 0 AND 744", "officials.update", #"{"id":"van-phong-1","capacity":-1}"#),
  RuleBreak("officials.name <> ''", "officials.update", #"{"id":"van-phong-1","name":""}"#),
  RuleBreak("officials.position_id REFERENCES positions", "officials.update", #"{"id":"van-phong-1","position":"x"}"#),
  RuleBreak("official_skills.skill_id REFERENCES skills", "officials.update", #"{"id":"van-phong-1","skills":["x"]}"#),
  RuleBreak("officials.role IN (…)", "officials.update", #"{"id":"van-phong-1","role":"boss"}"#, [-32602, -32004]),
  RuleBreak(
    "leaves.last_day >= first_day", "officials.leave",
    #"{"official":"van-phong-1","from":"2026-12-05","to":"2026-12-01"}"#),
  RuleBreak(
    "leaves.official_id REFERENCES officials", "officials.leave",
    #"{"official":"x","from":"2026-12-01","to":"2026-12-02"}"#),
  RuleBreak(
    "leaves.first_day is a date", "officials.leave",
    #"{"official":"van-phong-1","from":"2026-02-30","to":"2026-12-02"}"#,
    [-32602]),
  RuleBreak("duties.title <> ''", "duties.create", #"{"title":" ","area":1,"due":"2026-12-01","effort":2}"#),
  RuleBreak(
    "duties.due is a date", "duties.create", #"{"title":"A","area":1,"due":"2026-02-30","effort":2}"#, [-32602]),
  RuleBreak(
    "duties.effort BETWEEN 0 AND 744", "duties.create", #"{"title":"A","area":1,"due":"2026-12-01","effort":745}"#),
  RuleBreak(
    "duties.effort BETWEEN 0 AND 744", "duties.create", #"{"title":"A","area":1,"due":"2026-12-01","effort":-1}"#),
  RuleBreak(
    "duties.area_id REFERENCES areas", "duties.create", #"{"title":"A","area":9,"due":"2026-12-01","effort":2}"#),
  RuleBreak(
    "duties.lead_id REFERENCES officials", "duties.create",
    #"{"title":"A","area":1,"due":"2026-12-01","effort":2,"lead":"x"}"#),
  RuleBreak(
    "duty_coordinators.official_id REFERENCES officials", "duties.create",
    #"{"title":"A","area":1,"due":"2026-12-01","effort":2,"coordinators":["x"]}"#),
  RuleBreak("duties.lead_id REFERENCES officials", "duties.assign", #"{"id":"DX-2026-001","lead":"x"}"#),
  RuleBreak(
    "duty_coordinators.official_id REFERENCES officials", "duties.assign", #"{"id":"DX-2026-001","coordinators":["x"]}"#
  ),
  RuleBreak("duties.percent BETWEEN 0 AND 100", "duties.progress", #"{"id":"DX-2026-001","percent":101}"#),
  RuleBreak("duty_progress.percent BETWEEN 0 AND 100", "duties.progress", #"{"id":"DX-2026-001","percent":-1}"#),
  RuleBreak("duties.cancel_reason (required)", "duties.cancel", #"{"id":"DX-2026-001","reason":" "}"#),
  RuleBreak("status <> 'done' OR percent = 100", "duties.complete", #"{"id":"DX-2026-002"}"#, [-32003]),
]

@Suite("Rule breaks are −32004 in plain words, never a constraint's −32603; an internal fault shows no SQL")
struct RuleBreakTests {
  @Test("every constraint a command writes through is refused by a rule first, and nothing is written")
  func everyConstraint() throws {
    let rpc = try RPCSandbox()
    let setup = try rpc.session(as: "chu-tich")
    _ = try setup.result(
      "duties.create", ["title": "Việc mở", "area": 1, "due": "2026-12-20", "effort": 2, "lead": "van-phong-1"])
    let cancelled = try setup.result("duties.create", newDuty("Việc đã hủy"))
    _ = try setup.result("duties.cancel", ["id": cancelled["id"] ?? "", "reason": "Thử"])
    #expect(try setup.finish().status == 0)
    let before = try rpc.snapshot()
    let lines = ruleBreaks.enumerated().map { index, rule in
      #"{"jsonrpc":"2.0","id":\#(index),"method":"\#(rule.method)","params":\#(rule.params)}"#
    }
    let answers = try rpc.run(lines, as: "chu-tich")
    try #require(answers.count == ruleBreaks.count)
    for (index, line) in answers.enumerated() {
      let rule = ruleBreaks[index]
      let error = try object(line)["error"] as? [String: Any]
      let code = error?["code"] as? Int ?? 0
      #expect(rule.codes.contains(code), "\(rule): \(line)")
      let message = "\(error?["message"] ?? "") \(error?["data"] ?? "")"
      #expect(!message.contains("constraint") && !message.contains("CHECK"), "\(rule): \(line)")
    }
    #expect(try rpc.snapshot() == before)
  }

  @Test("reactivating the vacant post fills it (the vacant-and-active CHECK never fires)")
  func vacantPost() throws {
    let rpc = try RPCSandbox()
    let lines = try rpc.run(
      [request("officials.update", ["id": "pho-chu-tich-hdnd", "active": true], id: 1)], as: "chu-tich")
    let official = try expectResult(try object(try #require(lines.first)), id: 1)
    #expect(official["active"] as? Bool == true)
    #expect(try rpc.sqlite("SELECT vacant FROM officials WHERE id = 'pho-chu-tich-hdnd'") == "0")
  }

  @Test("a fault inside SQLite is −32603 whose message holds no SQL and no SQLite text; the detail goes to stderr")
  func internalFault() throws {
    let rpc = try RPCSandbox()
    _ = try rpc.sqlite(
      "CREATE TRIGGER sabotage BEFORE INSERT ON duties BEGIN SELECT RAISE(ABORT, 'SELECT secret FROM sabotage'); END;")
    let session = try rpc.session(as: "chu-tich")
    let response = try session.failure("duties.create", newDuty("Lỗi bên trong"), code: -32603, kind: "internal")
    let text = canonical(response)
    #expect(!text.contains("SELECT") && !text.contains("secret") && !text.contains("SQLite"), "\(text)")
    let (status, _, stderr) = try session.finish()
    #expect(status == 0)
    #expect(stderr.contains("SELECT secret FROM sabotage"), "the detail is logged: \(stderr)")
    #expect(try rpc.count("duties") == 0)
  }
}
