import PlanCore
import Testing

@Suite("Civil dates")
struct CivilDateTests {
  @Test("every day of 2026–2030 round-trips through ISO text and steps one day and one weekday at a time")
  func exhaustiveRoundTrip() throws {
    var date = try #require(CivilDate(iso: "2026-01-01"))
    #expect(date.isoWeekday == 4)  // 1/1/2026 is a Thursday.
    let end = try #require(CivilDate(iso: "2030-12-31"))
    var count = 0
    while date <= end {
      #expect(CivilDate(iso: date.iso) == date)
      let next = date.adding(days: 1)
      #expect(next.dayNumber == date.dayNumber + 1)
      #expect(next.isoWeekday == date.isoWeekday % 7 + 1)
      #expect(next > date)
      date = next
      count += 1
    }
    #expect(count == 365 * 5 + 1)  // 2028 is a leap year.
  }

  @Test("known weekdays", arguments: [("2026-02-17", 2), ("2030-02-02", 6), ("2026-09-02", 3), ("2028-02-29", 2)])
  func knownWeekdays(iso: String, weekday: Int) throws {
    #expect(try #require(CivilDate(iso: iso)).isoWeekday == weekday)
  }

  @Test(
    "malformed or impossible dates are refused",
    arguments: [
      "2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "",
      "2026-01-01T00", "２０２６-01-01", "2026-04-31",
    ])
  func refused(text: String) {
    #expect(CivilDate(iso: text) == nil)
  }

  @Test("Vietnamese display and period")
  func display() throws {
    let date = try #require(CivilDate(iso: "2026-09-05"))
    #expect(date.vietnamese == "05/09/2026")
    #expect(date.period == "2026-09")
  }
}
