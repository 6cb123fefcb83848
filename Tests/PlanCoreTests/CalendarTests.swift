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
      let codes = calendar.days.filter {
        $0.date.year == year && $0.code.hasPrefix("tet-") && $0.code != "tet-duong-lich"
      }
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
    #expect(adjacentDays.count == 5)
    // 1/9/2026 is decided (the 2026 plan for Tết and Quốc khánh); 2027–2030 are still projected.
    #expect(adjacentDays.filter { !$0.projected }.map(\.date.iso) == ["2026-09-01"])
    #expect(adjacentDays.filter { $0.date.year > 2026 }.allSatisfy { $0.projected })
  }

  /// The decided swaps of 2026: (date, kind, ISO weekday).
  static let swaps2026: [(date: String, kind: CalendarDayKind, weekday: Int)] = [
    ("2026-01-02", .dayOff, 5), ("2026-01-10", .workday, 6),  // Công văn 12729/VPCP-KGVX
    ("2026-08-22", .workday, 6), ("2026-08-31", .dayOff, 1),
  ]

  @Test("the decided 2026 swaps: 2/1 off for Saturday 10/1 (12729/VPCP-KGVX), 31/8 off for Saturday 22/8")
  func swaps2026() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    let special = Dictionary(calendar.days.map { ($0.date, $0) }) { a, _ in a }
    for swap in Self.swaps2026 {
      let date = try #require(CivilDate(iso: swap.date))
      let day = try #require(special[date], "\(swap.date) is missing")
      #expect(day.kind == swap.kind, "\(swap.date)")
      #expect(date.isoWeekday == swap.weekday, "\(swap.date)")
      #expect(!day.projected, "\(swap.date) is decided")
      #expect(day.code == (swap.kind == .dayOff ? "nghi-hoan-doi" : "lam-bu"), "\(swap.date)")
      #expect(!(day.note ?? "").isEmpty, "\(swap.date) has no source")
    }
    for iso in ["2026-01-02", "2026-01-10"] {
      #expect(special[CivilDate(iso: iso)!]?.note?.contains("12729/VPCP-KGVX") == true, "\(iso)")
    }
    let adjacent = try #require(special[CivilDate(iso: "2026-09-01")!])
    #expect(adjacent.code == "quoc-khanh-lien-ke" && adjacent.kind == .holiday && !adjacent.projected)
    #expect(adjacent.note?.contains("2026") == true, "1/9/2026 names its source")
    // Every swap pairs a weekday off with a weekend day worked, in the same year.
    for year in 2026...2030 {
      let off = calendar.days.filter { $0.date.year == year && $0.kind == .dayOff }
      let worked = calendar.days.filter { $0.date.year == year && $0.kind == .workday }
      #expect(off.count == worked.count, "\(year)")
      #expect(off.allSatisfy { $0.date.isoWeekday <= 5 } && worked.allSatisfy { $0.date.isoWeekday >= 6 }, "\(year)")
    }
  }

  @Test("a swapped day off is not a working day, the Saturday worked in exchange is")
  func swappedWorkingDays() throws {
    let calendar = try #require(Fixtures.bundle).calendar
    func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    #expect(calendar.isWorkingDay(day("2026-01-10")))
    #expect(calendar.isWorkingDay(day("2026-08-22")))
    #expect(!calendar.isWorkingDay(day("2026-01-02")))
    #expect(!calendar.isWorkingDay(day("2026-08-31")))
    // Tết Dương lịch 2026 is four days off (1–4/1), Quốc khánh 2026 five (29/8–2/9).
    for iso in [
      "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-08-29", "2026-08-30", "2026-08-31",
      "2026-09-01", "2026-09-02",
    ] {
      #expect(!calendar.isWorkingDay(day(iso)), "\(iso)")
    }
    #expect(calendar.isWorkingDay(day("2026-01-05")) && calendar.isWorkingDay(day("2026-09-03")))
    #expect(calendar.workingDay(onOrBefore: day("2026-01-11")).iso == "2026-01-10")
    #expect(calendar.workingDay(onOrBefore: day("2026-08-23")).iso == "2026-08-22")
    #expect(calendar.workingDay(onOrBefore: day("2026-09-01")).iso == "2026-08-28")
  }

  @Test("the special days are in date order, one entry a date")
  func dateOrder() throws {
    let days = try #require(Fixtures.bundle).calendar.days.map(\.date)
    #expect(zip(days, days.dropFirst()).allSatisfy { $0 < $1 })
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
