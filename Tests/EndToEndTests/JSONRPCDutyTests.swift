import Foundation
import Testing

/// The ids of the duties in a list result, in order.
func dutyIDs(_ page: [String: Any]) -> [String] {
  (page["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
}

/// Happy paths as the chair and as officials; every mutation writes exactly one audit row.
@Suite("JSON-RPC duties and officials: the chair assigns, officials report, everything audited")
struct JSONRPCDutyTests {
  @Test("create, assign, unassign, progress, complete, cancel, reopen, mine, get and audit.list")
  func dutyLifecycle() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let lead = try rpc.session(as: "tu-phap-1")
    let coordinator = try rpc.session(as: "van-phong-1")

    let a = try rpc.audited(
      chair, "duties.create",
      [
        "title": "Hội nghị triển khai kế hoạch CCHC năm 2027", "area": "tthc", "due": "2026-12-20", "effort": 6,
        "lead": "tu-phap-1", "coordinators": ["van-phong-1"], "note": "Chuẩn bị tài liệu",
      ])
    #expect(
      canonical(a)
        == canonical(
          [
            "id": "DX-2026-001", "title": "Hội nghị triển khai kế hoạch CCHC năm 2027", "area": 2, "planItem": NSNull(),
            "due": "2026-12-20", "period": "2026-12", "effort": 6, "status": "todo", "percent": 0, "overdue": false,
            "lead": "tu-phap-1", "coordinators": ["van-phong-1"], "pinned": true, "note": "Chuẩn bị tài liệu",
            "version": 1, "warnings": [] as [Any],
          ] as [String: Any]))
    let b = try rpc.audited(
      chair, "duties.create", ["title": "Rà soát thủ tục hành chính", "area": 1, "due": "2026-12-10", "effort": 4])
    #expect(b["id"] as? String == "DX-2026-002")
    #expect(b["lead"] is NSNull && b["pinned"] as? Bool == false && b["coordinators"] as? [String] == [])

    let assigned = try rpc.audited(
      chair, "duties.assign", ["id": "DX-2026-002", "lead": "ttpvhcc-1", "coordinators": ["van-phong-1", "noi-vu-1"]])
    #expect(assigned["lead"] as? String == "ttpvhcc-1")
    #expect(assigned["coordinators"] as? [String] == ["noi-vu-1", "van-phong-1"])
    #expect(assigned["pinned"] as? Bool == true, "assigning pins by default")
    #expect(assigned["version"] as? Int == 2)
    let unassigned = try rpc.audited(chair, "duties.unassign", ["id": "DX-2026-002"])
    #expect(unassigned["lead"] is NSNull)
    #expect(unassigned["coordinators"] as? [String] == ["noi-vu-1", "van-phong-1"])
    #expect(unassigned["version"] as? Int == 3)
    let unpinned = try rpc.audited(chair, "duties.assign", ["id": "DX-2026-002", "lead": "tu-phap-1", "pin": false])
    #expect(unpinned["lead"] as? String == "tu-phap-1")
    #expect(unpinned["pinned"] as? Bool == false, "pin: false keeps the duty unpinned")
    #expect(try rpc.sqlite("SELECT lead_id, pinned FROM duties WHERE id = 'DX-2026-002'") == "tu-phap-1|0")
    let c = try rpc.audited(
      chair, "duties.create",
      [
        "title": "Tập huấn kỹ năng số", "area": "cqs", "due": "2026-12-05", "effort": 3, "lead": "van-phong-1",
        "coordinators": ["tu-phap-1"],
      ])
    #expect(c["id"] as? String == "DX-2026-003")

    let mine = try lead.result("duties.mine")
    #expect(dutyIDs(mine) == ["DX-2026-003", "DX-2026-002", "DX-2026-001"], "soonest due first")
    #expect((mine["items"] as? [[String: Any]])?.map { $0["myRole"] as? String } == ["coordinator", "lead", "lead"])
    #expect(mine["total"] as? Int == 3)

    let first = try rpc.audited(lead, "duties.progress", ["id": "DX-2026-001", "percent": 30, "note": "Đã có dự thảo"])
    #expect(first["status"] as? String == "doing" && first["percent"] as? Int == 30 && first["version"] as? Int == 2)
    // A coordinator's report is its own part: the duty keeps the lead's percent.
    let second = try rpc.audited(coordinator, "duties.progress", ["id": "DX-2026-001", "percent": 60])
    #expect(second["status"] as? String == "doing" && second["percent"] as? Int == 30)
    // Lowering needs a note: the lead's own 30 → 20 without one is refused, with one it applies.
    try lead.failure("duties.progress", ["id": "DX-2026-001", "percent": 20], code: -32004, kind: "validation")
    let done = try rpc.audited(
      lead, "duties.complete",
      ["id": "DX-2026-001", "result": "Đã tổ chức hội nghị", "evidence": "Biên bản số 12/BB-UBND"])
    #expect(done["status"] as? String == "done" && done["percent"] as? Int == 100)
    #expect(
      done["result"] as? String == "Đã tổ chức hội nghị" && done["evidence"] as? String == "Biên bản số 12/BB-UBND")
    #expect(done["completedOn"] as? String == "2026-12-01", "the session's --today")
    #expect(done["note"] as? String == "Chuẩn bị tài liệu", "the note is its own field")
    #expect(dutyIDs(try lead.result("duties.mine")) == ["DX-2026-003", "DX-2026-002"])
    #expect(
      dutyIDs(try lead.result("duties.mine", ["includeDone": true])) == ["DX-2026-003", "DX-2026-002", "DX-2026-001"])

    let cancelled = try rpc.audited(chair, "duties.cancel", ["id": "DX-2026-002", "reason": "Trùng với việc khác"])
    #expect(
      cancelled["status"] as? String == "cancelled" && cancelled["cancelReason"] as? String == "Trùng với việc khác")
    #expect(
      cancelled["cancelledOn"] as? String == "2026-12-01" && cancelled["note"] is NSNull,
      "the reason never overwrites the note")
    let reopened = try rpc.audited(chair, "duties.reopen", ["id": "DX-2026-002"])
    #expect(reopened["status"] as? String == "todo" && reopened["percent"] as? Int == 0)
    #expect(reopened["cancelledOn"] == nil && reopened["cancelReason"] == nil)

    let history = try chair.result("duties.get", ["id": "DX-2026-001"])
    let progress = try #require(history["progress"] as? [[String: Any]])
    #expect(progress.allSatisfy { $0["at"] is String }, "each report has its time")
    let expected: [[String: Any]] = [
      [
        "official": "tu-phap-1", "date": "2026-12-01", "part": "lead", "status": "doing", "percent": 30,
        "note": "Đã có dự thảo",
      ],
      [
        "official": "van-phong-1", "date": "2026-12-01", "part": "coordinator", "status": "doing", "percent": 60,
        "note": NSNull(),
      ],
      [
        "official": "tu-phap-1", "date": "2026-12-01", "part": "lead", "status": "done", "percent": 100,
        "note": "Đã tổ chức hội nghị",
      ],
    ]
    #expect(canonical(progress.map { $0.filter { $0.key != "at" } }) == canonical(expected), "oldest first")
    #expect(history["lead"] as? String == "tu-phap-1" && history["coordinators"] as? [String] == ["van-phong-1"])

    let audit = try chair.result("audit.list", ["duty": "DX-2026-001"])
    let rows = try #require(audit["items"] as? [[String: Any]])
    #expect(
      rows.map { "\($0["action"] ?? "") \($0["official"] ?? "")" } == [
        "duties.complete tu-phap-1", "duties.progress van-phong-1", "duties.progress tu-phap-1",
        "duties.create chu-tich",
      ], "newest first")
    #expect(audit["total"] as? Int == 4)
    #expect(rows.allSatisfy { $0["entity"] as? String == "duty" && $0["entityId"] as? String == "DX-2026-001" })
    let byCoordinator = try chair.result("audit.list", ["official": "van-phong-1"])
    #expect((byCoordinator["items"] as? [[String: Any]])?.map { $0["action"] as? String } == ["duties.progress"])
    #expect(
      try rpc.sqlite("SELECT action, count(*) FROM audit WHERE action <> 'init' GROUP BY action ORDER BY action")
        == """
        duties.assign|2
        duties.cancel|1
        duties.complete|1
        duties.create|3
        duties.progress|2
        duties.reopen|1
        duties.unassign|1
        """)
    for session in [chair, lead, coordinator] { #expect(try session.finish().status == 0) }
  }

  /// Six duties across areas, years and states, one of them from the plan (inserted as `schedule` would).
  static func listFixture(_ rpc: RPCSandbox) throws {
    let chair = try rpc.session(as: "chu-tich")
    let duties: [[String: Any]] = [
      ["title": "Hội nghị sơ kết CCHC 6 tháng", "area": 2, "due": "2026-06-15", "effort": 4, "lead": "tu-phap-1"],
      [
        "title": "Tập huấn chuyển đổi số", "area": 6, "due": "2027-03-01", "effort": 8, "lead": "van-phong-1",
        "coordinators": ["tu-phap-1"],
      ],
      ["title": "Kiểm tra công vụ", "area": 4, "due": "2028-01-10", "effort": 6],
      ["title": "Hội nghị tổng kết năm", "area": 2, "due": "2026-11-20", "effort": 4, "lead": "ttpvhcc-1"],
      ["title": "Báo cáo CCHC quý", "area": 0, "due": "2026-10-01", "effort": 2, "lead": "noi-vu-1"],
    ]
    for duty in duties { _ = try rpc.audited(chair, "duties.create", duty) }
    _ = try rpc.audited(chair, "duties.complete", ["id": "DX-2026-004"])
    _ = try rpc.audited(chair, "duties.cancel", ["id": "DX-2026-005", "reason": "Gộp vào báo cáo năm"])
    _ = try chair.finish()
    _ = try rpc.sqlite(
      """
      INSERT INTO duties (id, unit_id, plan_item_id, area_id, title, due, period, effort, lead_id, pinned,
        created_at, updated_at, search_key)
      VALUES ('2.2@2027-Q3', (SELECT id FROM unit), '2.2', 2, 'Cập nhật, công khai TTHC — quý 3/2027', '2027-09-14',
        '2027-09', 4, 'ttpvhcc-1', 0, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z',
        '2.2@2027-q3 cap nhat, cong khai tthc — quy 3/2027');
      INSERT INTO duty_coordinators (duty_id, official_id) VALUES ('2.2@2027-Q3', 'van-phong-1');
      """)
  }

  @Test("duties.list: each filter, area by number and code, diacritic-free query, overdue by --today, paging")
  func listFilters() throws {
    let rpc = try RPCSandbox()
    try Self.listFixture(rpc)
    let viewer = try rpc.session(today: "2026-12-01")
    let (d1, d2, d3, d4, d5, plan) = (
      "DX-2026-001", "DX-2026-002", "DX-2026-003", "DX-2026-004", "DX-2026-005", "2.2@2027-Q3"
    )
    let cases: [(params: [String: Any], ids: [String])] = [
      ([:], [d1, d5, d4, d2, plan, d3]),
      (["official": "tu-phap-1"], [d1, d2]),
      (["official": "van-phong-1"], [d2, plan]),
      (["area": 2], [d1, d4, plan]),
      (["area": "tthc"], [d1, d4, plan]),
      (["area": "cqs"], [d2]),
      (["planItem": "2.2"], [plan]),
      (["year": 2027], [d2, plan]),
      (["status": "done"], [d4]),
      (["status": "cancelled"], [d5]),
      (["status": "todo"], [d1, d2, plan, d3]),
      (["overdue": true], [d1]),
      (["overdue": false], [d5, d4, d2, plan, d3]),
      (["query": "hoi nghi"], [d1, d4]),
      (["query": "HỘI NGHỊ"], [d1, d4]),
      (["query": "chuyen doi so"], [d2]),
      (["query": "cong khai"], [plan]),
      (["area": "tthc", "status": "todo"], [d1, plan]),
    ]
    for (params, ids) in cases {
      let page = try viewer.result("duties.list", params)
      #expect(dutyIDs(page) == ids, "\(params)")
      #expect(page["total"] as? Int == ids.count, "\(params)")
    }
    var paged: [String] = []
    for offset in stride(from: 0, through: 6, by: 2) {
      let page = try viewer.result("duties.list", ["limit": 2, "offset": offset])
      #expect(page["total"] as? Int == 6, "total counts every page")
      #expect(dutyIDs(page).count == (offset < 6 ? 2 : 0))
      paged += dutyIDs(page)
    }
    #expect(paged == [d1, d5, d4, d2, plan, d3])
    let overdue = try viewer.result("duties.list", ["overdue": true])
    #expect((overdue["items"] as? [[String: Any]])?.first?["overdue"] as? Bool == true)
    _ = try viewer.finish()
    let later = try rpc.session(today: "2027-04-01")
    #expect(dutyIDs(try later.result("duties.list", ["overdue": true])) == [d1, d2], "overdue follows --today")
    _ = try later.finish()
  }

  @Test("areas.list: seven areas with plan items, planned, done and overdue counts")
  func areaCounts() throws {
    let rpc = try RPCSandbox()
    try Self.listFixture(rpc)
    let viewer = try rpc.session(today: "2026-12-01")
    let areas = try #require(try viewer.result("areas.list")["items"] as? [[String: Any]])
    #expect(
      areas.map { $0["code"] as? String } == ["chi-dao", "the-che", "tthc", "bo-may", "cong-vu", "tai-chinh", "cqs"])
    #expect(areas.map { $0["reformArea"] as? Bool } == [false, true, true, true, true, true, true])
    #expect(areas.map { $0["items"] as? Int } == [14, 6, 5, 4, 4, 3, 8])
    #expect(areas.map { $0["planned"] as? Int } == [0, 0, 3, 0, 1, 0, 1], "cancelled duties are not planned")
    #expect(areas.map { $0["done"] as? Int } == [0, 0, 1, 0, 0, 0, 0])
    #expect(areas.map { $0["overdue"] as? Int } == [0, 0, 1, 0, 0, 0, 0])
    for area in areas {
      let items = try viewer.result("plan.list", ["area": try #require(area["id"] as? Int)])
      #expect(items["total"] as? Int == area["items"] as? Int, "\(area["code"] ?? "")")
    }
    _ = try viewer.finish()
    let later = try rpc.session(today: "2027-04-01")
    let laterAreas = try #require(try later.result("areas.list")["items"] as? [[String: Any]])
    #expect(laterAreas.map { $0["overdue"] as? Int } == [0, 0, 1, 0, 0, 0, 1])
    _ = try later.finish()
  }

  @Test(
    "officials: add, deactivate (leaving every open duty, pinned ones unpinned, one audit row per duty), leave and its cancel, loadThisMonth"
  )
  func officials() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich", today: "2026-12-15")
    let added = try rpc.audited(
      chair, "officials.add", ["name": "Nguyễn Thị Hoa", "position": "van-phong", "skills": ["cntt"], "capacity": 20])
    #expect(
      canonical(added)
        == canonical(
          [
            "id": "van-phong-2", "name": "Nguyễn Thị Hoa", "position": "van-phong", "legacyTitle": "",
            "kind": "cong-chuc",
            "role": "official", "skills": ["cntt"], "capacity": 20, "active": true, "loadThisMonth": 0,
            "capacityThisMonth": 20, "version": 1,
          ] as [String: Any]))
    #expect(try rpc.count("officials", where: "id = 'van-phong-2' AND active = 1") == 1)

    let create = { (title: String, due: String, effort: Int, lead: String?) throws -> String in
      var params: [String: Any] = ["title": title, "area": 3, "due": due, "effort": effort]
      if let lead { params["lead"] = lead }
      return try #require(try rpc.audited(chair, "duties.create", params)["id"] as? String)
    }
    let pinned = try create("Sắp xếp bộ máy", "2026-12-20", 5, "van-phong-2")
    let open = try create("Rà soát vị trí việc làm", "2026-12-28", 3, nil)
    _ = try rpc.audited(chair, "duties.assign", ["id": open, "lead": "van-phong-2", "pin": false])
    let finished = try create("Báo cáo biên chế", "2026-12-05", 2, nil)
    _ = try rpc.audited(chair, "duties.assign", ["id": finished, "lead": "van-phong-2", "pin": false])
    _ = try rpc.audited(chair, "duties.complete", ["id": finished, "result": "Đã gửi báo cáo"])
    let january = try create("Kế hoạch biên chế 2027", "2027-01-20", 7, "van-phong-2")
    let dropped = try create("Việc đã hủy", "2026-12-18", 9, "van-phong-2")
    _ = try rpc.audited(chair, "duties.cancel", ["id": dropped, "reason": "Không cần"])

    let december = try #require(
      try chair.result("officials.list", ["query": "nguyen thi hoa"])["items"] as? [[String: Any]])
    #expect(december.map { $0["id"] as? String } == ["van-phong-2"])
    #expect(december.first?["loadThisMonth"] as? Int == 10, "5 + 3 + 2 due in December; cancelled not counted")
    let nextMonth = try rpc.session(today: "2027-01-10")
    let inJanuary = try nextMonth.result("officials.get", ["id": "van-phong-2"])
    #expect(inJanuary["loadThisMonth"] as? Int == 7)
    _ = try nextMonth.finish()

    // van-phong-2 also coordinates an open duty: it leaves that too.
    let coordinated = try create("Cập nhật danh mục", "2026-12-22", 1, "tu-phap-1")
    _ = try rpc.audited(chair, "duties.assign", ["id": coordinated, "coordinators": ["van-phong-2"]])
    let auditsBefore = try rpc.count("audit")
    let deactivated = try chair.result("officials.update", ["id": "van-phong-2", "active": false])
    #expect(deactivated["active"] as? Bool == false && deactivated["version"] as? Int == 2)
    let released = try #require(deactivated["unassigned"] as? [[String: Any]])
    let openLed = [pinned, open, january]
    #expect(released.map { $0["id"] as? String } == openLed.map { $0 }, "every open duty it led, pinned ones included")
    #expect(released.allSatisfy { $0["lead"] is NSNull && $0["pinned"] as? Bool == false })
    #expect(deactivated["unpinned"] as? [String] == [pinned, january], "the pinned ones, listed for the chair")
    #expect(deactivated["uncoordinated"] as? [String] == [coordinated])
    #expect(
      try rpc.sqlite("SELECT id, coalesce(lead_id, '-') FROM duties ORDER BY id")
        == [pinned, open, finished, january, dropped, coordinated].sorted().map { id in
          "\(id)|\(openLed.contains(id) ? "-" : id == coordinated ? "tu-phap-1" : "van-phong-2")"
        }.joined(separator: "\n"))
    #expect(try rpc.count("duty_coordinators", where: "official_id = 'van-phong-2'") == 0)
    // One row for the official, one per duty changed, each duty's with its before and after.
    #expect(try rpc.count("audit") == auditsBefore + 1 + openLed.count + 1)
    for id in openLed + [coordinated] {
      let rows = try rpc.rows(
        "SELECT before, after FROM audit WHERE action = 'officials.update' AND entity = 'duty' AND entity_id = '\(id)'")
      #expect(rows.count == 1, "\(id)")
      let before = try #require(
        (rows.first?["before"] as? String).flatMap {
          try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        })
      let after = try #require(
        (rows.first?["after"] as? String).flatMap {
          try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        })
      if id == coordinated {
        #expect(before["coordinators"] as? [String] == ["van-phong-2"] && after["coordinators"] as? [String] == [])
      } else {
        #expect(
          before["lead"] as? String == "van-phong-2" && after["lead"] is NSNull && after["pinned"] as? Bool == false)
      }
    }
    let inactive = try #require(try chair.result("officials.list", ["active": false])["items"] as? [[String: Any]])
    #expect(inactive.contains { $0["id"] as? String == "van-phong-2" })
    #expect(inactive.allSatisfy { $0["active"] as? Bool == false })

    let leave = try rpc.audited(
      chair, "officials.leave",
      ["official": "tu-phap-1", "from": "2026-12-22", "to": "2026-12-24", "reason": "Nghỉ phép"])
    let leaveID = try #require(leave["id"] as? Int)
    #expect(
      canonical(leave)
        == canonical(
          [
            "id": leaveID, "official": "tu-phap-1", "from": "2026-12-22", "to": "2026-12-24", "reason": "Nghỉ phép",
            "cancelled": false, "version": 1,
          ] as [String: Any]))
    // 3 of December 2026's 23 working days off: 16 × 20 / 23 = 13 h this month.
    #expect(try chair.result("officials.get", ["id": "tu-phap-1"])["capacityThisMonth"] as? Int == 13)
    try chair.failure("officials.leave.cancel", ["id": leaveID, "version": 7], code: -32003, kind: "conflict")
    let cancelled = try rpc.audited(chair, "officials.leave.cancel", ["id": leaveID, "version": 1])
    #expect(cancelled["cancelled"] as? Bool == true && cancelled["version"] as? Int == 2)
    let audits = try rpc.count("audit")
    try chair.failure("officials.leave.cancel", ["id": leaveID], code: -32003, kind: "conflict")
    #expect(try rpc.count("audit") == audits, "a refused change writes nothing")
    #expect(try rpc.sqlite("SELECT cancelled FROM leaves WHERE id = \(leaveID)") == "1")
    #expect(try chair.result("officials.get", ["id": "tu-phap-1"])["capacityThisMonth"] as? Int == 16)

    let history = try chair.result("audit.list", ["official": "van-phong-2"])
    #expect(
      (history["items"] as? [[String: Any]])?.compactMap { $0["action"] as? String }.filter {
        $0.hasPrefix("officials.")
      }
        == ["officials.update", "officials.add"])
    #expect(try chair.finish().status == 0)
  }
}
