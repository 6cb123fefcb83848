import Foundation
import Testing

@Suite(
  "schedule run and explain over the real binary: changes in JSON as published, instance mode in the session language")
struct ScheduleReportTests {
  @Test(
    "schedule.run over JSON-RPC: a leave's changes carry before, after and a reason in both languages, valid against rpc.discover's schema; a first run has none"
  )
  func changesInJSON() throws {
    let rpc = try RPCSandbox()
    let range: [String: Any] = ["from": "2027-01-01", "to": "2027-03-31", "partBudget": 600_000]
    var dry = range
    dry["dryRun"] = true
    let lines = try rpc.run(
      [
        request("rpc.discover", id: "rpc.discover"), request("schedule.run", range, id: "schedule.run#first"),
        request(
          "officials.leave", ["official": "tu-phap-1", "from": "2027-01-04", "to": "2027-01-29"],
          id: "officials.leave"),
        request("schedule.run", dry, id: "schedule.run#dry"), request("schedule.run", range, id: "schedule.run#run"),
        request("schedule.explain", ["id": "1.3@2027"], id: "schedule.explain"),
      ], as: "chu-tich")
    try #require(lines.count == 6, "\(lines)")
    let check = try checkSchemas(lines, in: rpc.sandbox, name: "schedule.jsonl")
    #expect(check.status == 0, "results that break their published schema:\n\(check.output)")
    let first = try #require(try object(lines[1])["result"] as? [String: Any])
    #expect((first["changes"] as? [Any])?.isEmpty == true && first["coordinatorsChanged"] as? Int == 0)
    #expect(
      (first["createdByLead"] as? [[String: Any]])?.reduce(0) { $0 + ($1["duties"] as? Int ?? 0) } == first["created"]
        as? Int)
    let preview = try #require(try object(lines[3])["result"] as? [String: Any])
    let applied = try #require(try object(lines[4])["result"] as? [String: Any])
    let changes = try #require(applied["changes"] as? [[String: Any]])
    #expect(!changes.isEmpty)
    #expect(
      try JSONSerialization.data(withJSONObject: changes, options: .sortedKeys)
        == JSONSerialization.data(withJSONObject: preview["changes"] ?? [], options: .sortedKeys),
      "the dry run previews the run")
    let leave = try #require(
      changes.first { (($0["reason"] as? [String: Any])?["kind"] as? String) == "on-leave" }, "\(changes)")
    let reason = try #require(leave["reason"] as? [String: String])
    #expect(reason["vi"] == "tu-phap-1 nghỉ trong tháng 01/2027" && reason["en"] == "tu-phap-1 is on leave in 01/2027")
    #expect((leave["before"] as? [String: Any])?["lead"] as? String == "tu-phap-1")
    #expect((leave["after"] as? [String: Any])?["lead"] as? String != "tu-phap-1")
    let explained = try #require(try object(lines[5])["result"] as? [String: Any])
    #expect(
      explained["title"] as? String == "Tổ chức thi hành pháp luật, theo dõi tình hình thi hành pháp luật — năm 2027")
  }

  @Test("schedule solve as a table: the proof, the unassigned and the raised capacity in the session's language")
  func solveInWords() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let file = sandbox.path("instance.json")
    try Data(
      #"""
      {"officials": [{"id": "a", "position": "vp", "capacity": 8, "unavailable": ["2027-03"]},
                     {"id": "b", "position": "tp", "capacity": 4}],
       "duties": [{"id": "d1", "period": "2027-03", "effort": 6, "lead": ["vp"], "skills": ["so-hoa"]},
                  {"id": "d2", "period": "2027-03", "effort": 6, "lead": ["tp"], "pinned": "b"}]}
      """#.utf8
    ).write(to: URL(fileURLWithPath: file))
    let vi = try sandbox.cchc(["schedule", "solve", "--instance", file, "--format", "table", "--db", db])
    #expect(vi.status == 0, "\(vi.stderr)")
    #expect(vi.stdout.contains("đã chứng minh là tối ưu"), "\(vi.stdout)")
    #expect(
      vi.stdout.contains("d1: không ai đủ điều kiện chủ trì: thiếu kỹ năng so-hoa; nghỉ trong tháng 03/2027"),
      "\(vi.stdout)")
    #expect(vi.stdout.contains("b trong tháng 03/2027: các việc đã ghim cần 6 giờ, quá 4 giờ. Đã nâng mức lên 6 giờ."))
    for word in ["missing", "skill", "unavailable", "proven", "optimal", "capacity", "assigned"] {
      #expect(!vi.stdout.contains(word), "\(word) in \(vi.stdout)")
    }
    let en = try sandbox.cchc([
      "schedule", "solve", "--instance", file, "--format", "table", "--db", db, "--lang", "en",
    ])
    #expect(en.stdout.contains("(proven optimal)") && en.stdout.contains("Capacity raised to 6 h."), "\(en.stdout)")
    #expect(!en.stdout.unicodeScalars.contains { $0.properties.isAlphabetic && !$0.isASCII }, "\(en.stdout)")
    // The JSON stays the contract: English reasons, months as the instance writes them.
    let json = try sandbox.cchc(["schedule", "solve", "--instance", file, "--db", db])
    #expect(json.stdout.contains(#""reason":"no eligible official: missing skill so-hoa; unavailable in 2027-03""#))

    let bad = sandbox.path("bad.json")
    try Data(
      #"{"officials": [{"id": "a", "position": "p", "capacity": 8}], "duties": [{"id": "d", "period": "2026-3", "effort": 2, "lead": ["p"], "pinned": "zz"}]}"#
        .utf8
    ).write(to: URL(fileURLWithPath: bad))
    let refused = try sandbox.cchc(["schedule", "solve", "--instance", bad, "--db", db])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "Bài toán không hợp lệ: duties[id=d].period: '2026-3' không phải tháng dạng YYYY-MM; duties[id=d].pinned: không có cán bộ 'zz'"
      ), "\(refused.stderr)")
  }
}
