import Foundation
import PlanCore
@testable import PlanStore
import Testing

@Suite("PlanStore: indicator values, and the read the periodic report uses")
struct IndicatorStoreTests {
  let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
  let office = AuditActor(officialID: "van-phong-1", osUser: "test", role: .official)

  /// The temporary file, kept as long as the test.
  let file: TemporaryDatabase
  /// The loaded database in it.
  let database: PlanDatabase

  init() throws {
    file = try TemporaryDatabase()
    database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
  }

  func record(_ indicator: String, _ period: String, _ value: Double, by who: AuditActor? = nil, on day: String)
    throws
  {
    _ = try database.recordIndicatorValue(
      NewIndicatorValue(indicator: indicator, period: period, value: value, note: nil, evidence: nil),
      by: who ?? chair, today: CivilDate(iso: day)!)
  }

  @Test("indicatorValues: an indicator set and a period range, ordered by period (Q1, H1, Q3, year)")
  func valuesByRange() throws {
    try record("ho-so-truc-tuyen", "2027", 90, on: "2027-12-10")
    try record("ho-so-truc-tuyen", "2027-Q1", 80, on: "2027-03-10")
    try record("ho-so-truc-tuyen", "2027-H1", 85, on: "2027-06-10")
    try record("ho-so-truc-tuyen", "2028-Q1", 91, on: "2028-03-10")
    try record("van-ban-dien-tu", "2027-Q3", 99.5, by: office, on: "2027-09-10")
    let all = try database.indicatorValues()
    #expect(
      all.map { "\($0.indicator) \($0.period)" } == [
        "ho-so-truc-tuyen 2027-Q1", "ho-so-truc-tuyen 2027-H1", "van-ban-dien-tu 2027-Q3", "ho-so-truc-tuyen 2027",
        "ho-so-truc-tuyen 2028-Q1",
      ])
    let year = try database.indicatorValues(
      indicators: ["ho-so-truc-tuyen"], from: IndicatorPeriod(id: "2027-Q1"), to: IndicatorPeriod(id: "2027"))
    #expect(year.map(\.period) == ["2027-Q1", "2027-H1", "2027"])
    let third = try database.indicatorValues(from: IndicatorPeriod(id: "2027-Q3"), to: IndicatorPeriod(id: "2027-Q3"))
    #expect(third.map(\.value) == [99.5] && third.first?.recordedBy == "van-phong-1")
    #expect(third.first?.recordedOn == CivilDate(iso: "2027-09-10"))
    let list = try database.listIndicators()
    #expect(list.items.first { $0.id == "ho-so-truc-tuyen" }?.latest?.period == "2028-Q1")
  }

  @Test("a refused value writes nothing, not even an audit row of its own (the front-end records the refusal)")
  func refusedWritesNothing() throws {
    let audit = try database.dump(table: "audit")
    #expect(throws: PlanError.self) { try record("ho-so-truc-tuyen", "2027-Q1", 101, on: "2027-03-10") }
    #expect(throws: PlanError.self) { try record("ho-so-truc-tuyen", "2027-Q1", 50, by: office, on: "2027-03-10") }
    #expect(throws: PlanError.self) { try record("ho-so-truc-tuyen", "2027-H2", 50, on: "2027-03-10") }
    #expect(try database.dump(table: "audit") == audit && database.indicatorValues().isEmpty)
  }

  @Test("the unit's report recipients, as Seeds/unit.json lists them")
  func recipients() throws {
    let lines = try database.reportRecipients()
    #expect(lines.first == "UBND tỉnh (Sở Nội vụ);" && lines.last == "Lưu: VT.")
    #expect(lines == (try embeddedBundle()).unit.reportRecipients)
  }

  @Test("the periods: the four ids of reports.md with their data cut-offs; others refused")
  func periods() throws {
    let q1 = try #require(IndicatorPeriod(id: "2027-Q1"))
    #expect(q1.from.iso == "2026-12-15" && q1.to.iso == "2027-03-14")
    #expect(IndicatorPeriod(id: "2027-H1")?.to.iso == "2027-06-14")
    #expect(IndicatorPeriod(id: "2027-Q3")?.from.iso == "2027-06-15")
    #expect(
      IndicatorPeriod(id: "2027")?.from.iso == "2026-12-15" && IndicatorPeriod(id: "2027")?.to.iso == "2027-12-14")
    for bad in ["2027-Q2", "2027-Q4", "2027-H2", "2027-", "2031", "2025-Q1", "27-Q1", "2027-q1", "2027-Q1 "] {
      #expect(IndicatorPeriod(id: bad) == nil, "\(bad)")
    }
  }
}
