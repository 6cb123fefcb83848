import Foundation
import GRDB
import PlanCore
@testable import PlanStore
import Testing

@Suite("schedule.run on the Ba Trang database")
struct ScheduleRunTests {
  static let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)

  /// (lead, period) → hours, and every duty's lead, straight from the database.
  static func leads(_ path: String) throws -> [String: String?] {
    try DatabaseQueue(path: path).read { db in
      Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, lead_id FROM duties").map {
          ($0["id"] as String, $0["lead_id"] as String?)
        })
    }
  }

  @Test(
    "every 2026–2030 duty gets a lead, nobody exceeds capacity, leads hold a lead position where one is available; a second run changes nothing; a leave changes only the months it touches"
  )
  func baTrang() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let from = try #require(CivilDate(iso: "2026-01-01"))
    let to = try #require(CivilDate(iso: "2030-12-31"))
    let first = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair)
    #expect(
      first.created > 500 && first.unassigned.isEmpty && first.optimal,
      "\(first.unassigned.prefix(3)) optimal \(first.optimal)")
    let queue = try DatabaseQueue(path: file.path)
    try queue.read { db in
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM duties WHERE lead_id IS NULL") == 0)
      // Nobody over capacity in any month.
      let over = try Row.fetchAll(
        db,
        sql: """
          SELECT d.lead_id, d.period, sum(d.effort) AS hours, o.capacity FROM duties d JOIN officials o ON o.id = d.lead_id
          GROUP BY d.lead_id, d.period HAVING hours > o.capacity
          """)
      #expect(over.isEmpty, "\(over)")
      // A holder of a lead position leads every duty, wherever such a holder (active, with the
      // skills, not on leave) still had room that month: moving the duty there would save ≥ 10 000.
      let misplaced = try Row.fetchAll(
        db,
        sql: """
          SELECT d.id FROM duties d JOIN officials o ON o.id = d.lead_id
          WHERE NOT EXISTS (SELECT 1 FROM plan_item_positions p WHERE p.item_id = d.plan_item_id AND p.role = 'lead'
                              AND p.position_id = o.position_id)
            AND EXISTS (SELECT 1 FROM plan_item_positions p JOIN officials h ON h.position_id = p.position_id AND h.active = 1
                        WHERE p.item_id = d.plan_item_id AND p.role = 'lead'
                          AND NOT EXISTS (SELECT 1 FROM plan_item_skills s WHERE s.item_id = d.plan_item_id
                                            AND s.skill_id NOT IN (SELECT skill_id FROM official_skills WHERE official_id = h.id))
                          AND (SELECT coalesce(sum(x.effort), 0) FROM duties x WHERE x.lead_id = h.id AND x.period = d.period)
                              + d.effort <= h.capacity)
          """)
      #expect(misplaced.isEmpty, "\(misplaced.count) duties away from their lead positions while a holder had room")
      let away =
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM duties d JOIN officials o ON o.id = d.lead_id
            WHERE NOT EXISTS (SELECT 1 FROM plan_item_positions p WHERE p.item_id = d.plan_item_id AND p.role = 'lead'
                                AND p.position_id = o.position_id)
            """) ?? 0
      #expect(away < 120, "\(away) duties away from their lead positions (capacity 16 h a month forces some)")
    }
    let before = try Self.leads(file.path)
    let again = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair)
    #expect(again.created == 0 && again.assigned == 0 && again.changed == 0 && again.coordinatorsChanged == 0)
    #expect(try Self.leads(file.path) == before)

    // A leave of tu-phap-1 over most of March 2027: only March 2027 duties may change.
    let leave = try database.addLeave(
      official: "tu-phap-1", from: try #require(CivilDate(iso: "2027-03-01")),
      to: try #require(CivilDate(iso: "2027-03-31")),
      reason: "Nghỉ phép", by: Self.chair, today: from)
    #expect(leave.id == 1)
    let third = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair)
    #expect(third.optimal)
    let after = try Self.leads(file.path)
    let changed = after.filter { before[$0.key] != $0.value }.map(\.key)
    #expect(!changed.isEmpty, "the leave changed nothing")
    #expect(
      try queue.read { db in
        try String.fetchAll(
          db,
          sql: "SELECT DISTINCT period FROM duties WHERE id IN (\(changed.map { "'\($0)'" }.joined(separator: ",")))")
      } == ["2027-03"])
    #expect(
      after.filter { $0.value == "tu-phap-1" }.keys.allSatisfy { id in
        (try? queue.read { try String.fetchOne($0, sql: "SELECT period FROM duties WHERE id = ?", arguments: [id]) })
          != "2027-03"
      })
  }

  @Test("explain lists the lead among the candidates with its cost terms, and why the others are out")
  func explain() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    _ = try database.runSchedule(
      from: try #require(CivilDate(iso: "2027-01-01")), to: try #require(CivilDate(iso: "2027-03-31")), dryRun: false,
      partBudget: 60, by: Self.chair)
    let why = try database.explainDuty("2.2@2027-Q1")
    let lead = try #require(why.lead)
    let chosen = try #require(why.candidates.first { $0.official == lead })
    #expect(chosen.positionCost == 0 && chosen.changeCost == 0 && chosen.total == chosen.loadCost)
    #expect(chosen.loadCost == (2 * chosen.load + why.effort) * why.effort)
    #expect(why.candidates.map(\.total) == why.candidates.map(\.total).sorted())
    #expect(why.excluded.contains { $0.reason == "missing skill tthc" && $0.kind == "missing-skill" })
    #expect(why.excluded.contains { $0.official == "chu-tich-mttq" && $0.kind == "may-not-lead" })
    #expect(why.excluded.contains { $0.official == "pho-chu-tich-hdnd" && $0.reason == "not active" })
    #expect(throws: PlanError.self) { _ = try database.explainDuty("khong-co") }
  }

  @Test("a dry run reports and writes nothing")
  func dryRun() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let summary = try database.runSchedule(
      from: try #require(CivilDate(iso: "2026-10-01")), to: try #require(CivilDate(iso: "2026-12-31")), dryRun: true,
      partBudget: 60, by: Self.chair)
    #expect(summary.created > 0 && summary.dryRun)
    #expect(try database.counts()["duties"] == 0)
    #expect(try database.counts()["audit"] == 1)
  }

  /// The officials whose post may not lead (Party and mass organisations) or who are inactive.
  static func mayNotLead(_ queue: DatabaseQueue) throws -> Set<String> {
    try queue.read { db in
      Set(
        try String.fetchAll(
          db,
          sql:
            "SELECT o.id FROM officials o JOIN positions p ON p.id = o.position_id WHERE p.can_lead = 0 OR o.active = 0"
        ))
    }
  }

  @Test(
    "from 1/1/2026 with ad-hoc duties pinned in December 2026: nobody who may not lead leads or is a candidate; every load ≤ max(capacity, pinned hours), as officials.list shows it; explain's lead total is the objective's difference; a second run changes nothing"
  )
  func rulesHold() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let today = try #require(CivilDate(iso: "2026-01-01"))
    // The issue's case: 6 h pinned to tu-phap-1 in December 2026; and 20 h, over capacity alone, to van-phong-1.
    _ = try database.createDuty(
      NewDuty(
        title: "Hội nghị tổng kết", area: 2, due: try #require(CivilDate(iso: "2026-12-10")), effort: 6,
        lead: "tu-phap-1", coordinators: [], note: nil),
      by: Self.chair, today: today)
    let heavy = try database.createDuty(
      NewDuty(
        title: "Kiểm tra CCHC", area: 3, due: try #require(CivilDate(iso: "2026-12-11")), effort: 20,
        lead: "van-phong-1", coordinators: [], note: nil),
      by: Self.chair, today: today)
    #expect(heavy.warnings?.map(\.kind) == ["over-capacity"], "a pin past capacity warns, and applies")
    let lonely = try database.createDuty(
      NewDuty(
        title: "Việc chưa có người", area: 1, due: try #require(CivilDate(iso: "2026-12-12")), effort: 2, lead: nil,
        coordinators: [], note: nil),
      by: Self.chair, today: today)
    let to = try #require(CivilDate(iso: "2030-12-31"))
    let first = try database.runSchedule(
      from: today, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    #expect(first.optimal)
    #expect(first.unassigned.map(\.duty) == [lonely.id], "the ad-hoc duty without a lead is reported, with its reason")
    #expect(first.unassigned.first?.reason.contains("ad-hoc") == true)
    let queue = try DatabaseQueue(path: file.path)
    let excluded = try Self.mayNotLead(queue)
    #expect(excluded.contains("chu-tich-mttq") && excluded.contains("chu-tich-hdnd"))
    let (partyLeads, unled) = try queue.read { db in
      (
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM duties WHERE lead_id IN (\(excluded.map { "'\($0)'" }.joined(separator: ",")))"
        ),
        try Int.fetchOne(db, sql: "SELECT count(*) FROM duties WHERE lead_id IS NULL AND plan_item_id IS NOT NULL")
      )
    }
    #expect(partyLeads == 0 && unled == 0)
    // Loads: at most max(capacity, pinned hours) in every month, and officials.list shows exactly the load.
    let rows = try queue.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT d.lead_id AS official, d.period, sum(d.effort) AS hours,
            sum(CASE WHEN d.pinned = 1 OR d.status = 'done' OR d.plan_item_id IS NULL THEN d.effort ELSE 0 END) AS pinned,
            o.capacity FROM duties d JOIN officials o ON o.id = d.lead_id
          WHERE d.status <> 'cancelled' GROUP BY d.lead_id, d.period
          """)
    }
    var loads: [String: [String: Int]] = [:]
    for row in rows {
      let hours: Int = row["hours"]
      #expect(hours <= max(row["capacity"] as Int, row["pinned"] as Int), "\(row)")
      loads[row["official"], default: [:]][row["period"]] = hours
    }
    #expect(loads["tu-phap-1"]?["2026-12"].map { $0 <= 16 } == true, "the 6 pinned hours count")
    #expect(loads["van-phong-1"]?["2026-12"] == 20, "pinned alone over capacity: nothing more")
    for year in 2026...2030 {
      for month in 1...12 {
        let period = String(format: "%04d-%02d", year, month)
        let shown = try database.listOfficials(
          query: nil, active: nil, position: nil, today: try #require(CivilDate(iso: period + "-15")))
        for official in shown.items {
          #expect(official.loadThisMonth == loads[official.id.rawValue]?[period] ?? 0, "\(official.id) \(period)")
        }
      }
    }
    // Explain, for every duty of every month: nobody who may not lead among the candidates; for each
    // duty the solver placed, its lead is a candidate whose total is the objective's difference.
    let periods = try queue.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT period FROM duties ORDER BY period")
    }
    var placed = 0
    for period in periods {
      let model = try database.writer.read { db in
        try PlanDatabase.model(db, periods: Month(iso: period)!, Month(iso: period)!)
      }
      let leads = model.currentLeads
      for duty in model.duties.values {
        let why = try database.explainDuty(duty.id)
        #expect(why.candidates.allSatisfy { !excluded.contains($0.official.rawValue) }, "\(duty.id)")
        #expect(
          why.excluded.filter { excluded.contains($0.official.rawValue) }.allSatisfy {
            ["may-not-lead", "inactive"].contains($0.kind)
          })
        guard let instanceDuty = model.instance.duties.first(where: { $0.id == duty.id.rawValue }),
          instanceDuty.pinned == nil, let lead = leads[duty.id.rawValue]
        else { continue }
        placed += 1
        let candidate = try #require(why.candidates.first { $0.official.rawValue == lead }, "\(duty.id): \(why)")
        var without = model.instance
        without.duties.removeAll { $0.id == duty.id.rawValue }
        var others = leads
        others[duty.id.rawValue] = nil
        #expect(
          candidate.total == Scheduler.objective(of: model.instance, leads: leads)
            - Scheduler.objective(of: without, leads: others),
          "\(duty.id)")
        #expect(why.excluded.allSatisfy { $0.official.rawValue != lead })
      }
    }
    #expect(placed > 500)
    // A second run changes nothing.
    let before = try Self.leads(file.path)
    let again = try database.runSchedule(
      from: today, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    #expect(again.created == 0 && again.assigned == 0 && again.changed == 0 && again.coordinatorsChanged == 0)
    #expect(try Self.leads(file.path) == before)
  }

  @Test(
    "deactivating an official, or moving it to a post that may not lead, clears it from every open duty with one audit row per duty; the next run gives none of them to a Party post"
  )
  func deactivation() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let today = try #require(CivilDate(iso: "2026-01-01"))
    let to = try #require(CivilDate(iso: "2030-12-31"))
    _ = try database.runSchedule(from: today, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    let queue = try DatabaseQueue(path: file.path)
    // Pin one of tu-phap-1's duties and make it coordinate another, then complete one (done duties stay).
    let led = try queue.read { db in
      try DutyID.fetchAll(db, sql: "SELECT id FROM duties WHERE lead_id = 'tu-phap-1' ORDER BY due, id")
    }
    #expect(led.count > 10)
    _ = try database.assignDuty(
      led[1], lead: "tu-phap-1", coordinators: nil, pin: true, version: nil, by: Self.chair, today: today)
    _ = try database.completeDuty(led[0], result: "Xong", evidence: nil, version: nil, by: Self.chair, today: today)
    let coordinated = try queue.read { db in
      try DutyID.fetchAll(db, sql: "SELECT duty_id FROM duty_coordinators WHERE official_id = 'tu-phap-1'")
    }
    let audits = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 }
    var change = OfficialChange()
    change.active = false
    let result = try database.updateOfficial("tu-phap-1", change, version: nil, by: Self.chair, today: today)
    let open = Set(led.dropFirst()).union(coordinated)
    #expect(Set((result.unassigned ?? []).map(\.id)) == Set(led.dropFirst()))
    #expect(result.unpinned == [led[1]])
    try queue.read { db in
      #expect(
        try DutyID.fetchAll(db, sql: "SELECT id FROM duties WHERE lead_id = 'tu-phap-1'") == [led[0]],
        "the done duty keeps its lead")
      #expect(
        try Int.fetchOne(
          db,
          sql:
            "SELECT count(*) FROM duty_coordinators d JOIN duties x ON x.id = d.duty_id WHERE d.official_id = 'tu-phap-1' AND x.status IN ('todo', 'doing')"
        ) == 0)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") == audits + 1 + open.count)
      for id in open {
        let rows = try Row.fetchAll(
          db,
          sql:
            "SELECT before, after FROM audit WHERE entity = 'duty' AND entity_id = ? AND action = 'officials.update'",
          arguments: [id])
        #expect(rows.count == 1 && rows[0]["before"] != nil && rows[0]["after"] != nil, "\(id)")
      }
    }
    let next = try database.runSchedule(
      from: today, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    #expect(next.unassigned.isEmpty)
    let excluded = try Self.mayNotLead(queue)
    #expect(excluded.contains("tu-phap-1"))
    try queue.read { db in
      let wrong = try String.fetchAll(
        db,
        sql:
          "SELECT id FROM duties WHERE status IN ('todo', 'doing') AND lead_id IN (\(excluded.map { "'\($0)'" }.joined(separator: ",")))"
      )
      #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
    // Moving van-hoa-1 to a Party post has the same effect as deactivating it.
    var move = OfficialChange()
    move.position = "mttq"
    let moved = try database.updateOfficial("van-hoa-1", move, version: nil, by: Self.chair, today: today)
    #expect(!(moved.unassigned ?? []).isEmpty)
    #expect(
      try queue.read { db in
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM duties WHERE lead_id = 'van-hoa-1' AND status IN ('todo', 'doing')")
      } == 0)
    #expect(throws: PlanError.self) {
      _ = try database.assignDuty(
        led[2], lead: "van-hoa-1", coordinators: nil, pin: true, version: nil, by: Self.chair, today: today)
    }
  }

  @Test(
    "a schedule computed on a snapshot is not applied once a duty, an official or a leave it read has changed: it is solved again"
  )
  func snapshotCheck() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let from = try #require(CivilDate(iso: "2027-01-01"))
    let to = try #require(CivilDate(iso: "2027-03-31"))
    _ = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: from)
    let plan = try database.writer.read { db in try PlanDatabase.planSchedule(db, from: from, to: to, partBudget: 60) }
    let current = { try database.writer.read { db in try PlanDatabase.versions(db, periods: from.period, to.period) } }
    #expect(try current() == plan.versions)
    // A leave over March for the lead of a March duty: the snapshot is stale, and a run takes the leave into account.
    let march = try #require(plan.model.instance.duties.first { $0.period == "2027-03" && $0.pinned == nil })
    let lead = try #require(plan.model.currentLeads[march.id].map(OfficialID.init(rawValue:)))
    let marchID = DutyID(rawValue: march.id)
    _ = try database.addLeave(
      official: lead, from: try #require(CivilDate(iso: "2027-03-01")), to: try #require(CivilDate(iso: "2027-03-31")),
      reason: nil, by: Self.chair, today: from)
    #expect(try current() != plan.versions)
    let again = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: from)
    #expect(again.changed > 0)
    #expect(try database.duty(marchID, today: from)?.lead != lead)
    // Any write to a duty of the range changes its version, so the check sees it too.
    let before = try current()
    _ = try database.reportProgress(marchID, percent: 10, note: nil, version: nil, by: Self.chair, today: from)
    #expect(try current() != before)
  }

  @Test(
    "no open duty stays with a lead who may not lead: reopening drops such a lead, and a run re-places a stray pinned duty"
  )
  func strayLeads() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let today = try #require(CivilDate(iso: "2027-01-01"))
    let to = try #require(CivilDate(iso: "2027-03-31"))
    _ = try database.runSchedule(from: today, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    let queue = try DatabaseQueue(path: file.path)
    let led = try queue.read { db in
      try DutyID.fetchAll(db, sql: "SELECT id FROM duties WHERE lead_id = 'tu-phap-1' ORDER BY id")
    }
    _ = try database.assignDuty(
      led[0], lead: "tu-phap-1", coordinators: nil, pin: true, version: nil, by: Self.chair, today: today)
    _ = try database.completeDuty(led[0], result: "Xong", evidence: nil, version: nil, by: Self.chair, today: today)
    var move = OfficialChange()
    move.position = "mttq"
    _ = try database.updateOfficial("tu-phap-1", move, version: nil, by: Self.chair, today: today)
    let reopened = try database.reopenDuty(led[0], version: nil, by: Self.chair, today: today)
    #expect(reopened.lead == nil && !reopened.pinned && reopened.status == .todo)
    // A database from before the rule: an open duty pinned to a Party post.
    try queue.write { db in
      try db.execute(sql: "UPDATE duties SET lead_id = 'chu-tich-mttq', pinned = 1 WHERE id = ?", arguments: [led[1]])
    }
    let why = try database.explainDuty(led[1])
    #expect(why.warnings.first?.kind == "may-not-lead")
    let run = try database.runSchedule(from: today, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    #expect(run.unassigned.isEmpty)
    let after = try #require(try database.duty(led[1], today: today))
    #expect(after.lead != nil && after.lead != "chu-tich-mttq" && !after.pinned)
    #expect(try database.duty(led[0], today: today)?.lead != nil, "the reopened duty is placed again")
  }

  @Test("the roster shows this month's capacity after leave; activating a vacant post fills it")
  func monthCapacity() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let today = try #require(CivilDate(iso: "2027-03-10"))
    _ = try database.addLeave(
      official: "van-phong-1", from: try #require(CivilDate(iso: "2027-03-01")),
      to: try #require(CivilDate(iso: "2027-03-05")),
      reason: nil, by: Self.chair, today: today)
    _ = try database.addLeave(
      official: "ttpvhcc-1", from: try #require(CivilDate(iso: "2027-03-01")),
      to: try #require(CivilDate(iso: "2027-03-31")),
      reason: nil, by: Self.chair, today: today)
    let march = try database.listOfficials(query: nil, active: nil, position: nil, today: today).items
    #expect(march.first { $0.id == "van-phong-1" }?.capacityThisMonth == 16 * 17 / 22)
    #expect(march.first { $0.id == "ttpvhcc-1" }?.capacityThisMonth == 0)
    #expect(march.first { $0.id == "tu-phap-1" }?.capacityThisMonth == 16)
    #expect(
      try database.official("van-phong-1", today: try #require(CivilDate(iso: "2027-04-10")))?.capacityThisMonth == 16)
    var fill = OfficialChange()
    fill.active = true
    fill.name = "Nguyễn Văn Hùng"
    let filled = try database.updateOfficial("pho-chu-tich-hdnd", fill, version: nil, by: Self.chair, today: today)
    #expect(filled.active)
  }
}
