import Foundation
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
    #expect(date.shown == "05/09/2026")
    #expect(date.period.iso == "2026-09")
  }

  @Test(
    "dates as people type them: day first with / - or ., or ISO",
    arguments: [
      ("10/01/2027", "2027-01-10"), ("15-12-2026", "2026-12-15"), ("5.9.2026", "2026-09-05"),
      ("2026-09-05", "2026-09-05"), ("29/2/2028", "2028-02-29"),
    ])
  func typed(text: String, iso: String) {
    #expect(CivilDate(typed: text)?.iso == iso)
  }

  @Test(
    "typed forms that are not dates",
    arguments: ["31/02/2027", "15/12-2026", "15/12/26", "1/1/2027/1", "١٠/٠١/٢٠٢٧", "", "//", "15//2026", "115/1/2026"])
  func typedRefused(text: String) {
    #expect(CivilDate(typed: text) == nil)
  }
}

@Suite("Months")
struct MonthTests {
  @Test(
    "malformed or impossible months are refused",
    arguments: ["2027-13", "2027-00", "2027-3", "27-03", "2027/03", "", "2027-03-01", "２０２７-03", "0000-01", "-027-03"])
  func refused(text: String) {
    #expect(Month(iso: text) == nil)
  }

  @Test("every month of 2026–2030 round-trips through ISO text, steps to the next in order, across December")
  func orderAndNext() throws {
    var month = try #require(Month(iso: "2026-01"))
    var count = 0
    while month <= Month(year: 2030, month: 12)! {
      #expect(Month(iso: month.iso) == month)
      #expect(month.next > month && month.next.firstDay == month.lastDay.adding(days: 1))
      #expect(month.firstDay.period == month && month.lastDay.period == month)
      month = month.next
      count += 1
    }
    #expect(count == 60)
    #expect(Month(iso: "2026-12")!.next == Month(iso: "2027-01"))
    #expect(Month(iso: "2026-12")! < Month(iso: "2027-01")! && Month(iso: "2027-02")! > Month(iso: "2027-01")!)
    #expect(Month(iso: "2028-02")!.lastDay.iso == "2028-02-29" && Month(iso: "2027-02")!.lastDay.iso == "2027-02-28")
  }

  @Test("encoded as its ISO text, shown as MM/YYYY; decoding a bad month fails")
  func coding() throws {
    let month = try #require(Month(year: 2027, month: 3))
    #expect(String(decoding: try JSONEncoder().encode([month]), as: UTF8.self) == #"["2027-03"]"#)
    #expect(try JSONDecoder().decode([Month].self, from: Data(#"["2027-03"]"#.utf8)) == [month])
    #expect(throws: (any Error).self) { try JSONDecoder().decode([Month].self, from: Data(#"["2027-13"]"#.utf8)) }
    #expect(month.shown == "03/2027" && "\(month)" == "2027-03")
  }
}
