import PlanCore
import Testing

@Suite("The working calendar 2026–2030 in Seeds/calendar.json")
struct CalendarTests {
  /// The first day of Tết, 2026–2030.
  ///
  /// The issue lists 3/2/2030, which is the Chinese new year. In Vietnam's calendar (UTC+7) the new
  /// moon of 2 February 2030 falls at 23:07, so mùng 1 Tết Canh Tuất is 2/2/2030 — one of the rare
  /// years when Tết comes a day before the Chinese new year (as in 2007). The oracle below agrees.
  static let firstDaysOfTet = ["2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02"]

  @Test("the first day of Tết 2026–2030")
  func tet() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    let firstDays = calendar.days.filter { $0.code == "tet-mung-1" }.map(\.date.iso)
    #expect(firstDays == Self.firstDaysOfTet)
  }

  @Test("the astronomical oracle gives the same Tết, and a known earlier one (2007: 17/2 in Vietnam)")
  func oracle() {
    #expect((2026...2030).map { LunarNewYear.firstDay(of: $0).iso } == Self.firstDaysOfTet)
    #expect(LunarNewYear.firstDay(of: 2007).iso == "2007-02-17")
    #expect(LunarNewYear.firstDay(of: 2025).iso == "2025-01-29")
  }

  @Test("Tết is five holidays: the last day of the old year and mùng 1–4; Hùng Kings day is 10/3 lunar")
  func tetDays() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    for year in 2026...2030 {
      let codes = calendar.days.filter { $0.date.year == year && $0.code.hasPrefix("tet-") && $0.code != "tet-duong-lich" }
      #expect(codes.map(\.code) == ["tet-cuoi-nam", "tet-mung-1", "tet-mung-2", "tet-mung-3", "tet-mung-4"])
      #expect(zip(codes, codes.dropFirst()).allSatisfy { $1.date.dayNumber == $0.date.dayNumber + 1 })
      #expect(calendar.days.filter { $0.date.year == year && $0.code == "gio-to" }.count == 1)
    }
  }

  @Test("every holiday on a weekend gives a compensatory day on the next working day")
  func compensatoryDays() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    let special = Dictionary(calendar.days.map { ($0.date, $0) }) { a, _ in a }
    let weekendHolidays = calendar.days.filter { $0.kind == .holiday && $0.date.isoWeekday >= 6 }
    let compensatory = calendar.days.filter { $0.kind == .compensatory }
    #expect(weekendHolidays.count == compensatory.count)
    for day in compensatory {
      #expect(day.date.isoWeekday <= 5, "\(day.date) is a weekend")
      // The working day just before it is not a working day: it follows a holiday run.
      #expect(!calendar.isWorkingDay(day.date.adding(days: -1)), "\(day.date) does not follow a day off")
    }
    #expect(special[CivilDate(iso: "2026-04-27")!]?.kind == .compensatory)  // Giỗ Tổ 26/4/2026 is a Sunday.
  }

  @Test("what is decreed is marked decreed, what is projected is marked projected")
  func projected() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    let tet2026 = calendar.days.filter { $0.date.year == 2026 && $0.code.hasPrefix("tet-m") }
    #expect(!tet2026.isEmpty && tet2026.allSatisfy { !$0.projected })
    let later = calendar.days.filter { $0.date.year > 2026 && ($0.code.hasPrefix("tet-m") || $0.kind == .compensatory) }
    #expect(!later.isEmpty && later.allSatisfy { $0.projected })
    let adjacentDays = calendar.days.filter { $0.code == "quoc-khanh-lien-ke" }
    #expect(adjacentDays.count == 5 && adjacentDays.allSatisfy { $0.projected })
  }

  @Test("weekends and holidays are not working days; due dates move back to a working day")
  func workingDays() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    let tet = try #require(CivilDate(iso: "2026-02-19"))
    #expect(!calendar.isWorkingDay(tet))
    #expect(calendar.workingDay(onOrBefore: tet).iso == "2026-02-13")  // Fri before the 14–22/2 break.
    #expect(calendar.isWorkingDay(try #require(CivilDate(iso: "2026-02-23"))))
    #expect(calendar.workingDay(onOrBefore: try #require(CivilDate(iso: "2026-03-14"))).iso == "2026-03-13")
  }
}
