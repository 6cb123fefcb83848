import Foundation
import Testing

/// `duties.update` through the real binary over a real pipe, on a real SQLite file: what it
/// changes, what it refuses, its audit row, and that running the schedule again keeps the edit.
@Suite("JSON-RPC duties.update: the chair edits a duty; the schedule never brings the old values back")
struct DutyUpdateTests {
  /// The error object of a failed response.
  static func error(_ response: [String: Any]) -> [String: Any] {
    (response["error"] as? [String: Any])?["data"] as? [String: Any] ?? [:]
  }

  @Test("an ad-hoc duty takes a new title, due date, hours, area and note; it keeps its id; audited")
  func adHocFields() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    _ = try rpc.audited(
      chair, "duties.create",
      [
        "title": "Hội nghị đối thoại", "area": "tthc", "due": "2026-12-15", "effort": 6, "lead": "tu-phap-1",
        "note": "Mời các thôn",
      ])
    // Given a duty of 12/2026, when the chair moves it to January with more hours and a new area,
    let edited = try rpc.audited(
      chair, "duties.update",
      [
        "id": "DX-2026-001", "title": "Hội nghị đối thoại năm 2026", "due": "2027-01-08", "effort": 8, "area": "cqs",
        "note": "Mời đại diện các thôn", "version": 1,
      ])
    // then it keeps its id, its period follows the due date, and the lead's hours move with it.
    #expect(edited["id"] as? String == "DX-2026-001" && edited["version"] as? Int == 2)
    #expect(edited["title"] as? String == "Hội nghị đối thoại năm 2026" && edited["area"] as? Int == 6)
    #expect(edited["due"] as? String == "2027-01-08" && edited["period"] as? String == "2027-01")
    #expect(edited["effort"] as? Int == 8 && edited["note"] as? String == "Mời đại diện các thôn")
    #expect(edited["lead"] as? String == "tu-phap-1" && edited["pinned"] as? Bool == true)
    #expect(edited["warnings"] as? [Any] != nil, "the lead's hours moved: the month's warnings come back (none here)")
    #expect(
      try rpc.sqlite("SELECT id, title, due, period, effort, area_id, search_key FROM duties")
        == "DX-2026-001|Hội nghị đối thoại năm 2026|2027-01-08|2027-01|8|6|dx-2026-001 hoi nghi doi thoai nam 2026")
    let month = { (month: String) in
      try rpc.sqlite(
        "SELECT coalesce(sum(effort), 0) FROM duties WHERE lead_id = 'tu-phap-1' AND period = '\(month)'")
    }
    #expect(try month("2026-12") == "0" && month("2027-01") == "8")
    // The audit row holds the duty before and after.
    let audit = try rpc.lastAudit()
    #expect(audit["entity"] as? String == "duty" && audit["entity_id"] as? String == "DX-2026-001")
    let before = try #require(try parse(audit["before"] as? String ?? "") as? [String: Any])
    let after = try #require(try parse(audit["after"] as? String ?? "") as? [String: Any])
    #expect(before["due"] as? String == "2026-12-15" && after["due"] as? String == "2027-01-08")
    #expect(before["effort"] as? Int == 6 && after["effort"] as? Int == 8)
    // Hours past the lead's capacity in the new month come back as a warning; the edit applies.
    let heavy = try rpc.audited(chair, "duties.update", ["id": "DX-2026-001", "effort": 20])
    let warnings = try #require(heavy["warnings"] as? [[String: Any]])
    #expect(warnings.map { $0["kind"] as? String } == ["over-capacity"], "\(warnings)")
    #expect(heavy["effort"] as? Int == 20)
    // An empty note clears it; the title found by search is the new one.
    let cleared = try rpc.audited(chair, "duties.update", ["id": "DX-2026-001", "note": ""])
    #expect(cleared["note"] is NSNull)
    #expect(dutyIDs(try chair.result("duties.list", ["query": "doi thoai nam 2026"])) == ["DX-2026-001"])
  }

  @Test("refusals name the member; nothing changes; only the chair; a stale version is −32003")
  func refusals() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    _ = try chair.result("schedule.run", ["from": "2026-12-01", "to": "2026-12-31"])
    _ = try chair.result(
      "duties.create", ["title": "Tập huấn", "area": 6, "due": "2026-12-20", "effort": 3, "lead": "van-phong-1"])
    let plan = "2.2@2026-Q4"
    let snapshot = try rpc.snapshot()
    let audit = try rpc.count("audit")
    // A plan duty's title, area and note are the plan's: each refused by name, in both languages.
    for (field, value, vi, en) in [
      (
        "title", "Công khai TTHC" as Any, "title: chỉ sửa được tên của việc đột xuất",
        "title: only an ad-hoc duty's title"
      ),
      ("area", 6, "area: chỉ sửa được lĩnh vực của việc đột xuất", "area: only an ad-hoc duty's area"),
      ("note", "Làm sớm", "note: chỉ sửa được ghi chú của việc đột xuất", "note: only an ad-hoc duty's note"),
    ] {
      let response = try chair.failure(
        "duties.update", ["id": plan, field: value, "due": "2027-01-06"], code: -32004, kind: "validation")
      let data = Self.error(response)
      #expect((data["vi"] as? String)?.hasPrefix(vi) == true, "\(data)")
      #expect((data["en"] as? String)?.hasPrefix(en) == true, "\(data)")
      #expect((data["vi"] as? String)?.contains("chỉ sửa được hạn (due) và số giờ (effort)") == true, "\(data)")
    }
    let bad: [([String: Any], Int, String, String)] = [
      (["id": "DX-2026-001", "due": "2031-01-15"], -32004, "validation", "due:"),
      (["id": "DX-2026-001", "due": "2025-12-31"], -32004, "validation", "due:"),
      (["id": "DX-2026-001", "effort": 745], -32004, "validation", "effort"),
      (["id": "DX-2026-001", "effort": -1], -32004, "validation", "effort"),
      (["id": "DX-2026-001", "area": 9], -32004, "validation", "area:"),
      (["id": "DX-2026-001", "title": "  "], -32004, "validation", "title"),
      (["id": "DX-2026-001"], -32004, "validation", "title, due, effort, area"),
      (["id": "DX-2026-001", "effort": 4, "version": 7], -32003, "conflict", "7"),
      (["id": "DX-2026-999", "effort": 4], -32001, "not-found", "DX-2026-999"),
      (["id": "DX-2026-001", "due": "15/12/2026"], -32602, "invalid-params", "due"),
      (["id": "DX-2026-001", "lead": "tu-phap-1"], -32602, "invalid-params", "lead"),
    ]
    for (params, code, kind, named) in bad {
      let response = try chair.failure("duties.update", params, code: code, kind: kind)
      let message = (response["error"] as? [String: Any])?["message"] as? String ?? ""
      #expect(message.contains(named), "\(params): \(message)")
    }
    // Only the chair: an official (even the lead) is refused, and only the refusal is audited.
    let lead = try rpc.session(as: "van-phong-1")
    try lead.failure("duties.update", ["id": "DX-2026-001", "effort": 4], code: -32002, kind: "forbidden")
    #expect(try rpc.snapshot() == snapshot, "no refused edit changed a row")
    #expect(try rpc.count("audit") == audit + 1)
    #expect(try rpc.lastAudit()["action"] as? String == "refused")
    // A closed duty is not edited.
    _ = try chair.result("duties.complete", ["id": "DX-2026-001", "result": "Xong"])
    try chair.failure("duties.update", ["id": "DX-2026-001", "effort": 4], code: -32003, kind: "conflict")
  }

  @Test("running the schedule again never brings back a plan duty's old due date or hours")
  func scheduleKeepsTheEdit() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let first = try chair.result("schedule.run", ["from": "2026-12-01", "to": "2026-12-31"])
    #expect((first["created"] as? Int ?? 0) > 0)
    let row = { (id: String) in try rpc.sqlite("SELECT due, period, effort FROM duties WHERE id = '\(id)'") }
    let moved = "2.2@2026-Q4"
    let kept = "2.3a@2026-Q4"
    #expect(try row(moved) == "2026-12-14|2026-12|4")
    // One duty moves to January (out of the scheduled range), another keeps its month with new hours.
    let edited = try rpc.audited(chair, "duties.update", ["id": moved, "due": "2027-01-06", "effort": 6])
    #expect(edited["id"] as? String == moved && edited["planItem"] as? String == "2.2")
    _ = try rpc.audited(chair, "duties.update", ["id": kept, "due": "2026-12-04", "effort": 1])
    let duties = try rpc.count("duties")
    // The same range again, a range that holds only the moved duty's new month, then the whole plan.
    for (from, to) in [("2026-12-01", "2026-12-31"), ("2027-01-01", "2027-01-31"), ("2026-12-01", "2027-12-31")] {
      let run = try chair.result("schedule.run", ["from": from, "to": to, "partBudget": 300])
      #expect(try row(moved) == "2027-01-06|2027-01|6", "after schedule.run \(from)…\(to): \(run)")
      #expect(try row(kept) == "2026-12-04|2026-12|1", "after schedule.run \(from)…\(to)")
    }
    #expect(try rpc.count("duties", where: "id = '\(moved)'") == 1, "never created twice")
    #expect(try rpc.count("duties", where: "plan_item_id = '2.2' AND period = '2026-12'") == 0)
    #expect(try rpc.count("duties") > duties, "the whole plan was expanded around the edited duties")
  }

  @Test("duties.get: the history shows each part; the audit trail comes to the chair only")
  func getShowsHistoryAndTrail() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    _ = try chair.result(
      "duties.create",
      [
        "title": "Hội nghị", "area": 2, "due": "2026-12-15", "effort": 6, "lead": "tu-phap-1",
        "coordinators": ["van-phong-1"],
      ])
    _ = try rpc.session(as: "tu-phap-1").result("duties.progress", ["id": "DX-2026-001", "percent": 30])
    _ = try rpc.session(as: "van-phong-1").result(
      "duties.progress", ["id": "DX-2026-001", "percent": 80, "note": "Đã in tài liệu"])
    _ = try chair.result("duties.update", ["id": "DX-2026-001", "due": "2026-12-20"])
    let full = try chair.result("duties.get", ["id": "DX-2026-001"])
    let trail = try #require(full["audit"] as? [[String: Any]])
    #expect(
      trail.map { "\($0["action"] ?? "") \($0["official"] ?? "")" } == [
        "duties.create chu-tich", "duties.progress tu-phap-1", "duties.progress van-phong-1", "duties.update chu-tich",
      ], "oldest first")
    #expect(trail.allSatisfy { $0["entity"] as? String == "duty" && $0["entityId"] as? String == "DX-2026-001" })
    let parts = (full["progress"] as? [[String: Any]] ?? []).map { "\($0["official"] ?? "") \($0["part"] ?? "")" }
    #expect(parts == ["tu-phap-1 lead", "van-phong-1 coordinator"])
    for reader in [nil, "tu-phap-1"] {
      let duty = try rpc.session(as: reader).result("duties.get", ["id": "DX-2026-001"])
      #expect(duty["audit"] == nil, "\(reader ?? "guest") may not read the audit")
      #expect((duty["progress"] as? [Any])?.count == 2)
    }
  }
}
