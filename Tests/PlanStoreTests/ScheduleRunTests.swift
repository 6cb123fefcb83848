import Foundation
import GRDB
import PlanCore
import PlanStore
import Testing

@Suite("schedule.run on the Ba Trang database")
struct ScheduleRunTests {
  static let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)

  /// (lead, period) → hours, and every duty's lead, straight from the database.
  static func leads(_ path: String) throws -> [String: String?] {
    try DatabaseQueue(path: path).read { db in
      Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, lead_id FROM duties").map { ($0["id"] as String, $0["lead_id"] as String?) })
    }
  }

  @Test("every 2026–2030 duty gets a lead, nobody exceeds capacity, leads hold a lead position where one is available; a second run changes nothing; a leave changes only the months it touches")
  func baTrang() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let from = try #require(CivilDate(iso: "2026-01-01"))
    let to = try #require(CivilDate(iso: "2030-12-31"))
    let first = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair)
    #expect(first.created > 500 && first.unassigned.isEmpty && first.optimal, "\(first.unassigned.prefix(3)) optimal \(first.optimal)")
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
      let away = try Int.fetchOne(
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
      official: "tu-phap-1", from: try #require(CivilDate(iso: "2027-03-01")), to: try #require(CivilDate(iso: "2027-03-31")),
      reason: "Nghỉ phép", by: Self.chair, today: from)
    #expect(leave.id == 1)
    let third = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair)
    #expect(third.optimal)
    let after = try Self.leads(file.path)
    let changed = after.filter { before[$0.key] != $0.value }.map(\.key)
    #expect(!changed.isEmpty, "the leave changed nothing")
    #expect(try queue.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT period FROM duties WHERE id IN (\(changed.map { "'\($0)'" }.joined(separator: ",")))")
    } == ["2027-03"])
    #expect(after.filter { $0.value == "tu-phap-1" }.keys.allSatisfy { id in
      (try? queue.read { try String.fetchOne($0, sql: "SELECT period FROM duties WHERE id = ?", arguments: [id]) }) != "2027-03"
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
    #expect(why.excluded.contains { $0.reason == "missing skill tthc" })
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
}
