import Foundation
import GRDB
import PlanCore
import PlanStore
import Testing

/// Where a rule must also filter rows in SQL, its SQL twin gives the same answer as the Swift rule.
@Suite("SQL twins of PlanCore's rules agree with the rules on seeded data")
struct RuleTwinTests {
  /// 400 seeded duties over 2026–2027 with every status, leads and coordinators, some ad-hoc.
  static func seeded() throws -> (TemporaryDatabase, PlanDatabase) {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
    let today = try #require(CivilDate(iso: "2026-06-01"))
    let officials: [OfficialID] = ["van-phong-1", "tu-phap-1", "ttpvhcc-1", "noi-vu-1", "tai-chinh-1", "van-hoa-1"]
    var random = SeededRandom(seed: 2030)
    for n in 0..<400 {
      let due = CivilDate(
        dayNumber: (CivilDate(iso: "2026-01-01")!).dayNumber + Int.random(in: 0..<730, using: &random))
      let lead = Int.random(in: 0..<5, using: &random) > 0 ? officials.randomElement(using: &random) : nil
      let duty = try database.createDuty(
        NewDuty(
          title: "Việc \(n)", area: n % 7, due: due, effort: Int.random(in: 0...12, using: &random), lead: lead,
          coordinators: [], note: nil), by: chair, today: today)
      switch Int.random(in: 0..<4, using: &random) {
      case 0: _ = try database.reportProgress(duty.id, percent: 30, note: nil, version: nil, by: chair, today: today)
      case 1: _ = try database.completeDuty(duty.id, result: nil, evidence: nil, version: nil, by: chair, today: today)
      case 2: _ = try database.cancelDuty(duty.id, reason: "x", version: nil, by: chair, today: today)
      default: break
      }
    }
    return (file, database)
  }

  @Test("overdue: the SQL condition selects exactly the rows the Swift rule calls overdue, on 12 different days")
  func overdue() throws {
    let (file, database) = try Self.seeded()
    let queue = try DatabaseQueue(path: file.path)
    let sql = DutyRules.overdueSQL(status: "d.status", due: "d.due")
    var random = SeededRandom(seed: 12)
    for _ in 0..<12 {
      let today = CivilDate(
        dayNumber: (CivilDate(iso: "2025-12-01")!).dayNumber + Int.random(in: 0..<800, using: &random))
      let rows = try queue.read { db in
        try Row.fetchAll(
          db, sql: "SELECT d.id, d.status, d.due, \(sql) AS overdue FROM duties d", arguments: [today.iso])
      }
      #expect(rows.count == 400)
      var overdue = 0
      for row in rows {
        let status = try #require(DutyStatus(rawValue: row["status"]))
        let due = try #require(CivilDate(iso: row["due"]))
        let swift = DutyRules.isOverdue(status: status, due: due, today: today)
        #expect(swift == (row["overdue"] as Bool), "\(row["id"] as String) on \(today.iso)")
        if swift { overdue += 1 }
      }
      // The store's own filter and each row's flag agree with the rule too.
      var filter = DutyFilter()
      filter.overdue = true
      filter.limit = 1000
      let listed = try database.listDuties(filter, today: today)
      #expect(listed.total == overdue && listed.items.allSatisfy(\.overdue))
      filter.overdue = false
      let notListed = try database.listDuties(filter, today: today)
      #expect(notListed.total == 400 - overdue && notListed.items.allSatisfy { !$0.overdue })
      let areas = try database.listAreas(today: today)
      #expect(areas.items.map(\.overdue).reduce(0, +) == overdue)
    }
  }

  @Test("load: the SQL subquery and officials.list give the Swift rule's hours for every official and month")
  func load() throws {
    let (file, database) = try Self.seeded()
    let queue = try DatabaseQueue(path: file.path)
    let sql = DutyRules.loadSQL(official: "?", period: "?")
    let duties = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT id, period, effort, status, lead_id FROM duties").map { row in
        DutyFacts(
          id: row["id"], unit: "ba-trang", planItem: nil, period: row["period"], effort: row["effort"],
          status: DutyStatus(rawValue: row["status"]) ?? .todo, percent: 0, lead: row["lead_id"], coordinators: [],
          pinned: false, version: 1)
      }
    }
    var nonZero = 0
    for official: OfficialID in [
      "van-phong-1", "tu-phap-1", "ttpvhcc-1", "noi-vu-1", "tai-chinh-1", "van-hoa-1", "chu-tich",
    ] {
      for year in 2026...2027 {
        for month in 1...12 {
          let period = String(format: "%04d-%02d", year, month)
          let swift = DutyRules.load(of: official, in: Month(iso: period)!, duties: duties)
          let twin = try queue.read { db in try Int.fetchOne(db, sql: "SELECT \(sql)", arguments: [official, period]) }
          #expect(twin == swift, "\(official) \(period)")
          let shown = try database.official(official, today: try #require(CivilDate(iso: period + "-15")))
          #expect(shown?.loadThisMonth == swift, "officials.get \(official) \(period)")
          if swift > 0 { nonZero += 1 }
        }
      }
    }
    #expect(nonZero > 50, "the seeded data exercises the rule")
  }
}
