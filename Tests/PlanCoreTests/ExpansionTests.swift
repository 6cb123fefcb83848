import PlanCore
import Testing

@Suite("Stage 1 of the scheduler: the plan expanded into dated duties")
struct ExpansionTests {
  static let all: [ExpandedDuty] = {
    guard let bundle = Fixtures.bundle, let from = CivilDate(iso: "2026-01-01"), let to = CivilDate(iso: "2030-12-31")
    else { return [] }
    return Expansion.duties(of: bundle, from: from, to: to)
  }()

  @Test("ids, titles, periods and due dates follow scheduler.md's table")
  func table() throws {
    let byID = Dictionary(Self.all.map { ($0.id, $0) }) { a, _ in a }
    // Continuous → quarterly on the cut-offs; 14/3/2027 is a Sunday, so the duty is due on Friday 12/3.
    let q1 = try #require(byID["2.2@2027-Q1"])
    #expect(q1.nominalDue.iso == "2027-03-14" && q1.due.iso == "2027-03-12" && q1.period.iso == "2027-03")
    #expect(q1.title == "Cập nhật, công khai TTHC — quý 1/2027")
    #expect(byID["2.2@2027-Q3"]?.nominalDue.iso == "2027-09-14")
    // Half-yearly: the two dialogue conferences.
    #expect(byID["0.5@2028-H1"]?.nominalDue.iso == "2028-06-14" && byID["0.5@2028-H2"]?.nominalDue.iso == "2028-12-14")
    // Quarterly on listed quarters only.
    #expect(byID["0.12@2029-Q1"] != nil && byID["0.12@2029-Q3"] != nil)
    #expect(byID["0.12@2029-Q2"] == nil && byID["0.12@2029-Q4"] == nil)
    // Yearly on its day: 31/1/2026 is a Saturday → Friday 30/1.
    let plan = try #require(byID["0.1@2026"])
    #expect(
      plan.nominalDue.iso == "2026-01-31" && plan.due.iso == "2026-01-30"
        && plan.title == "Ban hành kế hoạch CCHC năm 2026")
  }

  @Test("every due date is a working day on or before its nominal date, at most two weeks before (Tết)")
  func workingDays() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    #expect(!Self.all.isEmpty)
    for duty in Self.all {
      #expect(calendar.isWorkingDay(duty.due), "\(duty.id) due \(duty.due)")
      #expect(duty.due <= duty.nominalDue && duty.nominalDue.dayNumber - duty.due.dayNumber < 14, "\(duty.id)")
      #expect(duty.period == duty.nominalDue.period)
    }
  }

  @Test("ids are unique, and expanding twice gives the same duties")
  func stable() throws {
    #expect(Set(Self.all.map(\.id)).count == Self.all.count)
    let bundle = try #require(Fixtures.bundle)
    let again = Expansion.duties(of: bundle, from: CivilDate(iso: "2026-01-01")!, to: CivilDate(iso: "2030-12-31")!)
    #expect(again == Self.all)
  }

  @Test("never a past period: from 25/11/2026, this quarter's duties stay and last quarter's are gone")
  func noPastPeriod() throws {
    let bundle = try #require(Fixtures.bundle)
    let from = try #require(CivilDate(iso: "2026-11-25"))
    let duties = Expansion.duties(of: bundle, from: from, to: try #require(CivilDate(iso: "2030-12-31")))
    let ids = Set(duties.map(\.id))
    #expect(ids.contains("2.2@2026-Q4") && !ids.contains("2.2@2026-Q3") && !ids.contains("0.1@2026"))
    #expect(duties.allSatisfy { $0.period >= month("2026-11") })
    // Every later duty is the same as in the full expansion.
    let full = Dictionary(Self.all.map { ($0.id, $0) }) { a, _ in a }
    #expect(duties.allSatisfy { full[$0.id] == $0 })
  }

  @Test("how many: each item gives its recurrence's count every year")
  func counts() throws {
    let bundle = try #require(Fixtures.bundle)
    let perYear = bundle.planItems.reduce(0) { total, item in
      total + Expansion.dates(of: item.recurrence, in: 2027).count
    }
    #expect(Self.all.count == perYear * 5)
  }
}
