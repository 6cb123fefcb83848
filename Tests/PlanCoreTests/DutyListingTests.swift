import Foundation
import PlanCore
import Testing

@Suite("The rules of duty lists: quarters, due ranges, one's own groups, lead only")
struct DutyListingTests {
  @Test("every day of 2026–2030 is in exactly the quarter that starts on or before it and ends on or after it")
  func quarters() throws {
    var date = try #require(CivilDate(iso: "2026-01-01"))
    var days: [Quarter: Int] = [:]
    while date.year <= 2030 {
      let quarter = Quarter(of: date)
      #expect(quarter.firstDay <= date && date <= quarter.lastDay, "\(date.iso)")
      #expect(Quarter(iso: quarter.iso) == quarter)
      days[quarter, default: 0] += 1
      date = date.adding(days: 1)
    }
    #expect(days.count == 20)
    // Quarters follow each other with no gap: each starts the day after the one before ends.
    let sorted = days.keys.sorted { ($0.year, $0.quarter) < ($1.year, $1.quarter) }
    for (before, after) in zip(sorted, sorted.dropFirst()) {
      #expect(before.lastDay.adding(days: 1) == after.firstDay, "\(before) → \(after)")
    }
    #expect(days[Quarter(year: 2028, quarter: 1)!] == 91)  // 2028 is a leap year: 31 + 29 + 31.
    #expect(Quarter(year: 2027, quarter: 4)?.lastDay.iso == "2027-12-31")
    #expect(Quarter(year: 2027, quarter: 1)?.shown.vi == "quý 1/2027")
  }

  @Test(
    "quarter text: only YYYY-Qn with n 1–4",
    arguments: ["2027-Q0", "2027-Q5", "2027Q1", "27-Q1", "2027-q1", "", "abcd-Q1"])
  func badQuarters(text: String) {
    #expect(Quarter(iso: text) == nil)
  }

  @Test("a due range: from and to kept, a quarter narrows them, to before from is refused naming to")
  func ranges() throws {
    let q1 = try #require(Quarter(year: 2027, quarter: 1))
    let date = { (text: String) in CivilDate(iso: text) }
    #expect(try DueRange.of(from: nil, to: nil, quarter: nil) == nil)
    #expect(try DueRange.of(from: nil, to: nil, quarter: q1) == DueRange(from: q1.firstDay, to: q1.lastDay))
    #expect(
      try DueRange.of(from: date("2027-02-01"), to: date("2027-12-01"), quarter: q1)
        == DueRange(from: date("2027-02-01"), to: q1.lastDay))
    #expect(
      try DueRange.of(from: date("2026-01-01"), to: nil, quarter: q1) == DueRange(from: q1.firstDay, to: q1.lastDay))
    let error = #expect(throws: PlanError.self) {
      try DueRange.of(from: date("2027-03-01"), to: date("2027-01-01"), quarter: nil)
    }
    #expect(
      error?.kind == .validation && error?.en.hasPrefix("to:") == true && error?.vi.contains("01/01/2027") == true)
    let range = try #require(try DueRange.of(from: date("2027-01-10"), to: date("2027-01-20"), quarter: nil))
    let kept = try ["2027-01-09", "2027-01-10", "2027-01-20", "2027-01-21"].map {
      range.contains(try #require(date($0)))
    }
    #expect(kept == [false, true, true, false])
  }

  @Test("one's own groups: overdue only when open; done before this month is earlier; this month; later")
  func groups() throws {
    let today = try #require(CivilDate(iso: "2027-03-15"))
    let cases: [(DutyStatus, String, MyDutyGroup)] = [
      (.todo, "2027-03-14", .overdue), (.doing, "2026-12-01", .overdue), (.done, "2027-03-14", .thisMonth),
      (.done, "2027-02-28", .earlier), (.todo, "2027-03-15", .thisMonth), (.doing, "2027-03-31", .thisMonth),
      (.todo, "2027-04-01", .later), (.done, "2027-05-01", .later),
    ]
    for (status, due, group) in cases {
      #expect(MyDutyGroup.of(status: status, due: try #require(CivilDate(iso: due)), today: today) == group, "\(due)")
    }
    #expect(MyDutyGroup.allCases.map(\.rank) == [0, 1, 2, 3])
  }

  @Test("lead only: the lead's duties; otherwise coordinated ones too")
  func involvement() {
    let me: OfficialID = "tu-phap-1"
    #expect(DutyInvolvement.concerns(lead: me, coordinators: [], official: me, leadOnly: true))
    #expect(!DutyInvolvement.concerns(lead: "chu-tich", coordinators: [me], official: me, leadOnly: true))
    #expect(DutyInvolvement.concerns(lead: "chu-tich", coordinators: [me], official: me, leadOnly: false))
    #expect(!DutyInvolvement.concerns(lead: nil, coordinators: ["chu-tich"], official: me, leadOnly: false))
  }
}
