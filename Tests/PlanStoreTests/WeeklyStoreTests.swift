import Foundation
import GRDB
import PlanCore
@testable import PlanStore
import Testing

@Suite("PlanStore: the week's writes and reads")
struct WeeklyStoreTests {
  let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
  let today = CivilDate(iso: "2026-11-25")!

  /// The temporary file, kept as long as the test.
  let file: TemporaryDatabase
  /// The loaded database in it.
  let database: PlanDatabase

  init() throws {
    file = try TemporaryDatabase()
    database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
  }

  func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

  @Test("an overlapping leave is refused in the transaction and writes nothing; a cancelled one no longer counts")
  func overlappingLeave() throws {
    let first = try database.addLeave(
      official: "tu-phap-1", from: day("2026-12-01"), to: day("2026-12-05"), reason: nil, by: chair, today: today)
    let audit = try database.dump(table: "audit")
    let leaves = try database.dump(table: "leaves")
    let error = #expect(throws: PlanError.self) {
      try database.addLeave(
        official: "tu-phap-1", from: day("2026-12-05"), to: day("2026-12-09"), reason: nil, by: chair, today: today)
    }
    #expect(error?.code == -32004 && error?.vi.contains("#\(first.id) từ 01/12/2026 đến 05/12/2026") == true)
    #expect(try database.dump(table: "audit") == audit && database.dump(table: "leaves") == leaves)
    // Another official, the day after: both fine.
    _ = try database.addLeave(
      official: "van-phong-1", from: day("2026-12-01"), to: day("2026-12-05"), reason: nil, by: chair, today: today)
    _ = try database.addLeave(
      official: "tu-phap-1", from: day("2026-12-06"), to: day("2026-12-06"), reason: nil, by: chair, today: today)
    _ = try database.cancelLeave(first.id, version: nil, by: chair)
    let again = try database.addLeave(
      official: "tu-phap-1", from: day("2026-12-02"), to: day("2026-12-03"), reason: nil, by: chair, today: today)
    #expect(again.id > first.id)
    let listed = try database.listLeaves(
      official: "tu-phap-1", month: nil, includePast: false, includeCancelled: false, today: today)
    // Soonest first; the cancelled leave is left out.
    #expect(listed.items.map(\.id) == [again.id, first.id + 2])
    #expect(listed.items.map(\.state) == [.coming, .coming] && listed.items.allSatisfy { $0.name != nil })
  }

  @Test("a dry run of duties.assign returns the duty and warnings as a real one would, and keeps nothing")
  func dryRunAssign() throws {
    _ = try database.addLeave(
      official: "tu-phap-1", from: day("2026-12-01"), to: day("2026-12-04"), reason: nil, by: chair, today: today)
    let duty = try database.createDuty(
      NewDuty(
        title: "Rà soát", area: 2, due: day("2026-12-15"), effort: 20, lead: nil, coordinators: [], note: nil),
      by: chair, today: today)
    let tables = ["duties", "duty_coordinators", "audit", "duty_progress"]
    let before = try tables.map { try database.dump(table: $0) }
    let preview = try database.assignDuty(
      duty.id, lead: "tu-phap-1", coordinators: ["van-phong-1"], pin: true, version: nil, by: chair, today: today,
      dryRun: true)
    #expect(try tables.map { try database.dump(table: $0) } == before, "nothing written, nothing audited")
    let real = try database.assignDuty(
      duty.id, lead: "tu-phap-1", coordinators: ["van-phong-1"], pin: true, version: nil, by: chair, today: today)
    #expect(preview == real)
    #expect(Set((real.warnings ?? []).map(\.kind)) == ["on-leave", "over-capacity"])
  }

  @Test("overdue and coming duties: the days, the lead's name, the last report with a note, grouped by lead")
  func followUp() throws {
    let lead = AuditActor(officialID: "tu-phap-1", osUser: "test", role: .official)
    func create(_ title: String, due: String, lead: OfficialID?) throws -> DutyID {
      try database.createDuty(
        NewDuty(title: title, area: 2, due: day(due), effort: 2, lead: lead, coordinators: [], note: nil),
        by: chair, today: day("2026-11-01")
      ).id
    }
    let late = try create("Trễ", due: "2026-11-20", lead: "tu-phap-1")
    let unled = try create("Chưa giao", due: "2026-11-24", lead: nil)
    let soon = try create("Sắp tới", due: "2026-12-09", lead: "tu-phap-1")
    _ = try create("Xa", due: "2026-12-10", lead: "tu-phap-1")
    _ = try database.reportProgress(late, percent: 20, note: "Đã họp", version: nil, by: lead, today: day("2026-11-21"))
    _ = try database.reportProgress(late, percent: 30, note: nil, version: nil, by: lead, today: day("2026-11-22"))
    let overdue = try database.overdueDuties(FollowUpFilter(), today: today)
    #expect(overdue.items.map(\.duty.id) == [late, unled] && overdue.total == 2)
    #expect(overdue.items.map(\.daysLate) == [5, 1] && overdue.items[0].leadName == "Công chức Tư pháp - hộ tịch")
    #expect(overdue.items[0].lastReport?.note == "Đã họp" && overdue.items[1].lastReport == nil)
    let upcoming = try database.upcomingDuties(FollowUpFilter(), within: 14, today: today)
    #expect(upcoming.items.map(\.duty.id) == [soon] && upcoming.items[0].daysLeft == 14)
    let mine = try database.overdueDuties(FollowUpFilter(official: "van-phong-1"), today: today)
    #expect(mine.items.isEmpty)
    #expect(throws: PlanError.self) { try database.overdueDuties(FollowUpFilter(official: "khong-co"), today: today) }
  }
}
