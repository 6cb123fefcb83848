import Foundation
import GRDB
import PlanCore
import PlanStore
import Testing

/// The filters and orders of the duty lists, run in SQL, keep and order exactly what PlanCore's
/// rules say (a due range, a quarter, "lead only", the groups of one's own list).
@Suite("Duty lists: SQL filters and orders agree with PlanCore's rules on seeded data")
struct DutyListFilterTests {
  static let officials: [OfficialID] = ["van-phong-1", "tu-phap-1", "ttpvhcc-1", "noi-vu-1", "tai-chinh-1"]

  /// 300 seeded duties over 2026–2028: leads, coordinators, every status.
  static func seeded() throws -> (TemporaryDatabase, PlanDatabase) {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
    let today = try #require(CivilDate(iso: "2026-06-01"))
    var random = SeededRandom(seed: 13)
    for n in 0..<300 {
      let due = try #require(CivilDate(iso: "2026-01-01")).adding(days: Int.random(in: 0..<1000, using: &random))
      let lead = Int.random(in: 0..<4, using: &random) > 0 ? officials.randomElement(using: &random) : nil
      let others = officials.filter { $0 != lead }.shuffled(using: &random).prefix(
        Int.random(in: 0...2, using: &random))
      let duty = try database.createDuty(
        NewDuty(
          title: "Việc \(n)", area: n % 7, due: due, effort: 2, lead: lead, coordinators: Array(others), note: nil),
        by: chair, today: today)
      switch Int.random(in: 0..<4, using: &random) {
      case 0: _ = try database.reportProgress(duty.id, percent: 30, note: nil, version: nil, by: chair, today: today)
      case 1: _ = try database.completeDuty(duty.id, result: nil, evidence: nil, version: nil, by: chair, today: today)
      case 2: _ = try database.cancelDuty(duty.id, reason: "x", version: nil, by: chair, today: today)
      default: break
      }
    }
    return (file, database)
  }

  /// The Swift order of a sort: its key, then the due date and the id.
  static func ordered(_ duties: [DutyView], by sort: DutySort) -> [DutyView] {
    duties.sorted { a, b in
      switch sort {
      case .due: return (a.due, a.id.rawValue) < (b.due, b.id.rawValue)
      case .area: return (a.area, a.due, a.id.rawValue) < (b.area, b.due, b.id.rawValue)
      case .lead:
        return (a.lead == nil ? 1 : 0, a.lead?.rawValue ?? "", a.due, a.id.rawValue)
          < (b.lead == nil ? 1 : 0, b.lead?.rawValue ?? "", b.due, b.id.rawValue)
      }
    }
  }

  @Test("duties.list: official with and without lead-only, due ranges and quarters, every sort")
  func list() throws {
    let (_, database) = try Self.seeded()
    let today = try #require(CivilDate(iso: "2027-02-10"))
    var everything = DutyFilter()
    everything.limit = 1000
    let all = try database.listDuties(everything, today: today).items
    #expect(all.count == 300)
    let ranges: [DueRange?] = [
      nil, try DueRange.of(from: nil, to: nil, quarter: Quarter(year: 2027, quarter: 1)),
      try DueRange.of(from: CivilDate(iso: "2026-05-10"), to: CivilDate(iso: "2026-09-01"), quarter: nil),
      try DueRange.of(from: CivilDate(iso: "2027-02-15"), to: nil, quarter: Quarter(year: 2027, quarter: 1)),
      DueRange(from: nil, to: CivilDate(iso: "2026-03-31")),
    ]
    var nonEmpty = 0
    for official in Self.officials + [nil] {
      for leadOnly in official == nil ? [false] : [false, true] {
        for range in ranges {
          for sort in DutySort.allCases {
            var filter = everything
            filter.official = official
            filter.leadOnly = leadOnly
            filter.due = range
            filter.sort = sort
            let expected = Self.ordered(
              all.filter { duty in
                (official.map {
                  DutyInvolvement.concerns(
                    lead: duty.lead, coordinators: duty.coordinators, official: $0, leadOnly: leadOnly)
                } ?? true) && (range?.contains(duty.due) ?? true)
              }, by: sort)
            let listed = try database.listDuties(filter, today: today)
            #expect(listed.items == expected && listed.total == expected.count, "\(filter)")
            #expect(try database.listDutiesJSON(filter, today: today).page().items == expected)
            if !expected.isEmpty { nonEmpty += 1 }
          }
        }
      }
    }
    #expect(nonEmpty > 100)
  }

  @Test("duties.mine: groups first, then the sort; lead-only and due ranges; group counts over every row")
  func mine() throws {
    let (_, database) = try Self.seeded()
    let today = try #require(CivilDate(iso: "2027-02-10"))
    var everything = DutyFilter()
    everything.limit = 1000
    let all = try database.listDuties(everything, today: today).items
    for official in Self.officials {
      for leadOnly in [false, true] {
        for (range, sort) in [
          (nil, DutySort.due), (try DueRange.of(from: nil, to: nil, quarter: Quarter(year: 2027, quarter: 1)), .area),
          (DueRange(from: CivilDate(iso: "2026-06-01"), to: nil), .lead),
        ] {
          var filter = MyDutiesFilter()
          filter.includeDone = true
          filter.leadOnly = leadOnly
          filter.due = range
          filter.sort = sort
          filter.limit = 1000
          let group = { (duty: DutyView) in MyDutyGroup.of(status: duty.status, due: duty.due, today: today) }
          let kept = all.filter {
            $0.status != .cancelled && (range?.contains($0.due) ?? true)
              && DutyInvolvement.concerns(
                lead: $0.lead, coordinators: $0.coordinators, official: official, leadOnly: leadOnly)
          }
          let expected = MyDutyGroup.allCases.flatMap { wanted in
            Self.ordered(kept.filter { group($0) == wanted }, by: sort)
          }.map { duty in
            var duty = duty
            duty.myRole = duty.lead == official ? .lead : .coordinator
            return duty
          }
          let mine = try database.myDuties(official, filter, today: today).myPage()
          #expect(mine.page.items == expected && mine.page.total == expected.count, "\(official) \(filter)")
          for wanted in MyDutyGroup.allCases {
            #expect(mine.groups[wanted] == expected.filter { group($0) == wanted }.count, "\(official) \(wanted)")
          }
        }
      }
    }
  }

  @Test("the groups of one's own list: the SQL rank is the Swift rule's, on 12 different days")
  func groupTwin() throws {
    let (file, _) = try Self.seeded()
    let queue = try DatabaseQueue(path: file.path)
    let sql = MyDutyGroup.rankSQL(status: "d.status", due: "d.due", today: "?", monthStart: "?", monthEnd: "?")
    var random = SeededRandom(seed: 5)
    var seen = Set<MyDutyGroup>()
    for _ in 0..<12 {
      let today = try #require(CivilDate(iso: "2026-01-01")).adding(days: Int.random(in: 0..<1000, using: &random))
      let rows = try queue.read { db in
        try Row.fetchAll(
          db, sql: "SELECT d.id, d.status, d.due, \(sql) AS rank FROM duties d",
          arguments: [today.iso, today.period.firstDay.iso, today.period.lastDay.iso])
      }
      #expect(rows.count == 300)
      for row in rows {
        let status = try #require(DutyStatus(rawValue: row["status"]))
        let due = try #require(CivilDate(iso: row["due"]))
        let group = MyDutyGroup.of(status: status, due: due, today: today)
        #expect(group.rank == (row["rank"] as Int), "\(row["id"] as String) on \(today.iso)")
        seen.insert(group)
      }
    }
    #expect(seen.count == MyDutyGroup.allCases.count, "every group is met")
  }
}
