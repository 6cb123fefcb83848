import Foundation
import GRDB
import PlanCore
@testable import PlanStore
import Testing

@Suite("schedule.run reports what it changes and why; the dry run is the real preview")
struct ScheduleChangeTests {
  static let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)

  /// Every duty's lead, sorted coordinators and pin, straight from the database.
  static func state(_ path: String) throws -> [String: ScheduleRunSummary.Assignment] {
    try DatabaseQueue(path: path).read { db in
      var coordinators: [String: [OfficialID]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT duty_id, official_id FROM duty_coordinators") {
        coordinators[row["duty_id"], default: []].append(OfficialID(rawValue: row["official_id"]))
      }
      var state: [String: ScheduleRunSummary.Assignment] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, lead_id, pinned FROM duties") {
        let id: String = row["id"]
        state[id] = .init(
          lead: (row["lead_id"] as String?).map(OfficialID.init(rawValue:)),
          coordinators: (coordinators[id] ?? []).sorted(), pinned: row["pinned"])
      }
      return state
    }
  }

  /// (official, month) → hours led, every not-cancelled duty.
  static func loads(_ path: String) throws -> [String: Int] {
    try DatabaseQueue(path: path).read { db in
      Dictionary(
        uniqueKeysWithValues: try Row.fetchAll(
          db,
          sql:
            "SELECT lead_id || ' ' || period AS key, sum(effort) AS hours FROM duties WHERE lead_id IS NOT NULL AND status <> 'cancelled' GROUP BY lead_id, period"
        ).map { ($0["key"] as String, $0["hours"] as Int) })
    }
  }

  @Test(
    "a first run reports its new duties per lead and no change; after a leave, a short leave and a deactivation, the dry run lists exactly what the run then changes, each with the rule's reason"
  )
  func previewAndReasons() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let today = try #require(CivilDate(iso: "2026-11-25"))
    let from = try #require(CivilDate(iso: "2027-01-01"))
    let to = try #require(CivilDate(iso: "2027-03-31"))
    let run = { (dryRun: Bool) in
      try database.runSchedule(from: from, to: to, dryRun: dryRun, partBudget: 60, by: Self.chair, today: today)
    }
    // Given a first run: every duty is new, so nothing is a change, not even its coordinators.
    let first = try run(false)
    #expect(first.created > 30 && first.optimal && first.unassigned.isEmpty)
    #expect(first.changes.isEmpty && first.coordinatorsChanged == 0 && first.changed == 0)
    let perLead = try DatabaseQueue(path: file.path).read { db in
      try Row.fetchAll(db, sql: "SELECT lead_id, count(*) AS n, sum(effort) AS h FROM duties GROUP BY lead_id")
        .map {
          ScheduleRunSummary.NewLeads(official: OfficialID(rawValue: $0["lead_id"]), duties: $0["n"], hours: $0["h"])
        }
        .sorted { $0.official < $1.official }
    }
    #expect(first.createdByLead == perLead)

    // When tu-phap-1 is away most of January, van-phong-1 8 working days of March, and ttpvhcc-2 leaves.
    _ = try database.addLeave(
      official: "tu-phap-1", from: try #require(CivilDate(iso: "2027-01-04")),
      to: try #require(CivilDate(iso: "2027-01-29")), reason: nil, by: Self.chair, today: today)
    _ = try database.addLeave(
      official: "van-phong-1", from: try #require(CivilDate(iso: "2027-03-01")),
      to: try #require(CivilDate(iso: "2027-03-10")), reason: nil, by: Self.chair, today: today)
    var leave = OfficialChange()
    leave.active = false
    _ = try database.updateOfficial("ttpvhcc-2", leave, version: nil, by: Self.chair, today: today)
    let before = try Self.state(file.path)

    // Then the dry run writes nothing, and each change starts from the duty as stored.
    let preview = try run(true)
    #expect(try Self.state(file.path) == before)
    #expect(!preview.changes.isEmpty && preview.created == 0)
    for change in preview.changes { #expect(before[change.duty.rawValue] == change.before, "\(change.duty)") }

    // And the run changes exactly those duties, to exactly what the preview said.
    let applied = try run(false)
    #expect(applied.changes == preview.changes && !applied.dryRun)
    let after = try Self.state(file.path)
    let changed = Dictionary(applied.changes.map { ($0.duty.rawValue, $0) }) { first, _ in first }
    for (id, now) in after {
      #expect(now == (changed[id]?.after ?? before[id]), "\(id)")
    }
    #expect(applied.changed == applied.changes.filter { $0.before.lead != nil && $0.leadChanged }.count)
    #expect(applied.assigned == applied.changes.filter { $0.before.lead == nil && $0.after.lead != nil }.count)
    #expect(
      applied.coordinatorsChanged == applied.changes.filter { $0.before.coordinators != $0.after.coordinators }.count)

    // Each reason is the rule that holds on the data.
    let loads = try Self.loads(file.path)
    var kinds = Set<String>()
    for change in applied.changes {
      kinds.insert(change.reason.kind)
      switch change.reason {
      case .onLeave(let lead, let month):
        #expect(lead == change.before.lead?.rawValue && lead == "tu-phap-1" && month.iso == "2027-01")
      case .overCapacity(let lead, let month, let hours, let capacity, let reduced):
        #expect(lead == change.before.lead?.rawValue && hours > capacity)
        #expect(hours == (loads["\(lead) \(month.iso)"] ?? 0) + change.effort, "\(change.duty)")
        #expect(reduced == (lead == "van-phong-1" && month.iso == "2027-03"), "\(change.duty)")
      case .noLead:
        #expect(change.before.lead == nil && change.after.lead != nil)
      case .coordinatorOnLeave(let official, let month):
        #expect(!change.leadChanged && change.before.coordinators.contains(OfficialID(rawValue: official)))
        #expect(!change.after.coordinators.contains(OfficialID(rawValue: official)))
        #expect(["tu-phap-1 2027-01", "van-phong-1 2027-03"].contains("\(official) \(month.iso)"))
      case .rebalanced, .leadPosition:
        #expect(change.leadChanged)
      default:
        Issue.record("unexpected reason \(change.reason.kind) for \(change.duty)")
      }
    }
    #expect(kinds.isSuperset(of: ["on-leave", "over-capacity", "no-lead", "coordinator-on-leave"]), "\(kinds)")
    #expect(try run(false).changes.isEmpty, "a second run changes nothing")
  }

  @Test(
    "a pin to someone who may no longer lead is removed with that reason; an open duty of a post that may not lead changes lead with it; an ad-hoc one loses its lead"
  )
  func strayLeads() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let today = try #require(CivilDate(iso: "2026-11-25"))
    let from = try #require(CivilDate(iso: "2027-01-01"))
    let to = try #require(CivilDate(iso: "2027-03-31"))
    _ = try database.runSchedule(from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    let adHoc = try database.createDuty(
      NewDuty(
        title: "Hội nghị tổng kết", area: 2, due: try #require(CivilDate(iso: "2027-02-10")), effort: 2,
        lead: "tu-phap-1", coordinators: [], note: nil),
      by: Self.chair, today: today)
    // Data from before the rules: a duty pinned to the MTTQ chair, and tu-phap-1 moved to a Party post
    // without the store clearing its duties.
    let queue = try DatabaseQueue(path: file.path)
    let (pinned, led) = try queue.write { db in
      let ids = try String.fetchAll(
        db, sql: "SELECT id FROM duties WHERE lead_id = 'tu-phap-1' AND plan_item_id IS NOT NULL ORDER BY id")
      try db.execute(sql: "UPDATE duties SET lead_id = 'chu-tich-mttq', pinned = 1 WHERE id = ?", arguments: [ids[0]])
      try db.execute(sql: "UPDATE officials SET position_id = 'mttq' WHERE id = 'tu-phap-1'")
      return (ids[0], Array(ids.dropFirst()))
    }
    #expect(!led.isEmpty)
    let summary = try database.runSchedule(
      from: from, to: to, dryRun: false, partBudget: 60, by: Self.chair, today: today)
    let byID = Dictionary(summary.changes.map { ($0.duty.rawValue, $0) }) { first, _ in first }
    let unpinned = try #require(byID[pinned])
    #expect(unpinned.before.pinned && !unpinned.after.pinned && unpinned.after.lead != "chu-tich-mttq")
    #expect(unpinned.reason.kind == "pin-removed" && unpinned.reason.vi.contains("bỏ ghim"))
    for id in led {
      let change = try #require(byID[id], "\(id)")
      #expect(change.reason.kind == "may-not-lead" && change.after.lead != "tu-phap-1", "\(id)")
    }
    let released = try #require(byID[adHoc.id.rawValue])
    // Created with a lead, the ad-hoc duty was pinned: the pin goes with the lead.
    #expect(
      released.after.lead == nil && released.reason.kind == (released.before.pinned ? "pin-removed" : "may-not-lead"))
  }
}
