import PlanCore
import Testing

/// A date of `YYYY-MM-DD`.
private func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

/// A leave with defaults.
private func leave(
  _ id: Int, _ from: String, _ to: String, official: OfficialID = "a", cancelled: Bool = false
) -> LeaveView {
  LeaveView(id: id, official: official, from: day(from), to: day(to), cancelled: cancelled, version: 1)
}

@Suite("Quarters: Q1 is January to March; the wire form is YYYY-Qn")
struct QuarterTests {
  @Test("iso round trip, months, the quarter of a month; other text and Q5 are refused")
  func quarters() throws {
    let q1 = try #require(Quarter(iso: "2027-Q1"))
    #expect(q1.iso == "2027-Q1" && q1.months.map(\.iso) == ["2027-01", "2027-02", "2027-03"])
    #expect(Quarter(iso: "2027-Q4")?.months.map(\.iso) == ["2027-10", "2027-11", "2027-12"])
    #expect(Quarter(month("2027-06")) == Quarter(year: 2027, quarter: 2))
    #expect(Quarter(month("2027-07")).iso == "2027-Q3")
    for bad in ["2027-Q5", "2027-Q0", "2027-q1", "Q1/2027", "2027-01", "27-Q1", ""] {
      #expect(Quarter(iso: bad) == nil, "\(bad)")
    }
    #expect(WorkPeriod.quarter(q1).shown.vi == "quý 1/2027" && WorkPeriod.month(month("2027-03")).iso == "2027-03")
  }
}

@Suite("Leaves: overlap, where one stands, which a list shows, working days")
struct LeaveRulesTests {
  @Test("a leave sharing a day with another of the same official is refused naming it; touching days are not")
  func overlap() throws {
    let recorded = [leave(3, "2026-12-01", "2026-12-05"), leave(4, "2026-12-20", "2026-12-22", cancelled: true)]
    let refusal = try #require(
      LeaveRules.overlapRefusal(official: "a", from: day("2026-12-05"), to: day("2026-12-08"), among: recorded))
    #expect(refusal.code == -32004)
    #expect(
      refusal.vi == "Cán bộ a đã có lần nghỉ #3 từ 01/12/2026 đến 05/12/2026 trùng với thời gian này.")
    #expect(refusal.en == "Official a already has leave #3 from 01/12/2026 to 05/12/2026, which overlaps this one.")
    // Inside, around, the day after, a cancelled leave's days, another official.
    #expect(LeaveRules.overlapping(from: day("2026-12-02"), to: day("2026-12-03"), among: recorded)?.id == 3)
    #expect(LeaveRules.overlapping(from: day("2026-11-20"), to: day("2026-12-31"), among: recorded)?.id == 3)
    #expect(LeaveRules.overlapping(from: day("2026-12-06"), to: day("2026-12-10"), among: recorded) == nil)
    #expect(
      LeaveRules.overlapRefusal(official: "a", from: day("2026-12-21"), to: day("2026-12-21"), among: recorded) == nil)
    #expect(
      LeaveRules.overlapRefusal(official: "b", from: day("2026-12-01"), to: day("2026-12-01"), among: recorded) == nil)
  }

  @Test("state on its first and last day, before and after; cancelled wins")
  func state() {
    let december = leave(1, "2026-12-01", "2026-12-05")
    #expect(LeaveRules.state(december, today: day("2026-11-30")) == .coming)
    #expect(LeaveRules.state(december, today: day("2026-12-01")) == .current)
    #expect(LeaveRules.state(december, today: day("2026-12-05")) == .current)
    #expect(LeaveRules.state(december, today: day("2026-12-06")) == .past)
    #expect(
      LeaveRules.state(leave(2, "2026-12-01", "2026-12-05", cancelled: true), today: day("2026-12-02")) == .cancelled)
  }

  @Test("a list shows current and coming leaves; a month shows its leaves, past ones too; cancelled only when asked")
  func listed() {
    let today = day("2026-12-10")
    let past = leave(1, "2026-11-28", "2026-12-02")
    let current = leave(2, "2026-12-09", "2026-12-11")
    let cancelled = leave(3, "2027-01-05", "2027-01-06", cancelled: true)
    func shown(month: String? = nil, pastToo: Bool = false, cancelledToo: Bool = false) -> [Int] {
      [past, current, cancelled].filter {
        LeaveRules.isListed(
          $0, today: today, month: month.map(PlanCoreTests.month), includePast: pastToo, includeCancelled: cancelledToo)
      }.map(\.id)
    }
    #expect(shown() == [2])
    #expect(shown(pastToo: true) == [1, 2])
    #expect(shown(cancelledToo: true) == [2, 3])
    #expect(shown(month: "2026-11") == [1])
    #expect(shown(month: "2026-12") == [1, 2])
    #expect(shown(month: "2027-01") == [])
  }

  @Test("working days skip weekends and holidays")
  func workingDays() {
    // 2027-03-05 is a Friday; 8 March is a holiday in the test calendar.
    #expect(
      LeaveRules.workingDays(from: day("2027-03-05"), to: day("2027-03-09"), calendar: AvailabilityTests.calendar) == 2)
    #expect(
      LeaveRules.workingDays(from: day("2027-03-06"), to: day("2027-03-07"), calendar: AvailabilityTests.calendar) == 0)
    #expect(
      LeaveRules.workingDays(from: day("2027-03-09"), to: day("2027-03-01"), calendar: AvailabilityTests.calendar) == 0)
  }
}

@Suite("Workload over a month or a quarter: the scheduler's load and capacity, and duties coordinated")
struct WorkloadTests {
  static let duties = [
    facts("m1", lead: "a", status: .done, period: "2027-03", effort: 6),
    facts("m2", lead: "a", status: .cancelled, period: "2027-03", effort: 9),
    facts("m3", lead: "b", coordinators: ["a"], period: "2027-03", effort: 4),
    facts("m4", lead: "b", coordinators: ["a"], status: .cancelled, period: "2027-03", effort: 4),
    facts("f1", lead: "a", period: "2027-02", effort: 20),
    facts("j1", lead: "b", coordinators: ["a", "c"], period: "2027-01", effort: 2),
  ]

  @Test(
    "a month: lead hours are DutyRules.load; capacity is Availability's after leave; cancelled duties count for nothing"
  )
  func month() {
    let leaves = [day("2027-03-01")...day("2027-03-07")]
    let load = Workloads.month(
      PlanCoreTests.month("2027-03"), official: "a", capacity: 16, leaves: leaves, calendar: AvailabilityTests.calendar,
      duties: Self.duties)
    #expect(load.leadHours == DutyRules.load(of: "a", in: PlanCoreTests.month("2027-03"), duties: Self.duties))
    #expect(load.leadHours == 6 && load.coordinated == 1 && load.daysOnLeave == 5)
    let availability = Availability.month(
      PlanCoreTests.month("2027-03"), capacity: 16, leaves: leaves, calendar: AvailabilityTests.calendar)
    #expect(load.capacity == availability.capacity && load.capacity == 12 && !load.overCapacity)
  }

  @Test("a quarter: each month in order and the sums; an inactive official has no hours to give")
  func quarter() throws {
    let q1 = try #require(Quarter(iso: "2027-Q1"))
    let work = Workloads.over(
      .quarter(q1), official: "a", capacity: 16, leaves: [], calendar: AvailabilityTests.calendar,
      duties: Self.duties)
    #expect(work.period == "2027-Q1" && work.months.map(\.month.iso) == ["2027-01", "2027-02", "2027-03"])
    #expect(work.months.map(\.leadHours) == [0, 20, 6] && work.months.map(\.coordinated) == [1, 0, 1])
    #expect(work.leadHours == 26 && work.capacity == 48 && work.coordinated == 2)
    #expect(work.months[1].overCapacity && !work.months[0].overCapacity)
    let gone = Workloads.over(
      .quarter(q1), official: "a", capacity: 16, active: false, leaves: [], calendar: AvailabilityTests.calendar,
      duties: Self.duties)
    #expect(gone.capacity == 0 && gone.leadHours == 26)
  }
}

@Suite("Follow-up: days late and left, the window, the last report, the order")
struct FollowUpTests {
  /// A duty view due `due` led by `lead`.
  static func item(_ id: DutyID, due: String, lead: OfficialID?, status: DutyStatus = .todo) -> FollowUpItem {
    let duty = DutyView(
      id: id, title: "t", area: 1, planItem: nil, due: day(due), period: day(due).period, effort: 1, status: status,
      percent: 0, overdue: false, lead: lead, coordinators: [], pinned: false, note: nil, version: 1)
    return FollowUpItem(duty: duty, leadName: nil, lastReport: nil)
  }

  @Test("a duty due yesterday is 1 day late; due today has 0 days left and is not overdue")
  func days() {
    let today = day("2026-11-25")
    #expect(FollowUp.daysLate(due: day("2026-11-24"), today: today) == 1)
    #expect(FollowUp.daysLate(due: day("2026-10-26"), today: today) == 30)
    #expect(FollowUp.daysLeft(due: today, today: today) == 0)
    #expect(FollowUp.daysLeft(due: day("2026-12-09"), today: today) == 14)
    #expect(!DutyRules.isOverdue(status: .todo, due: today, today: today))
  }

  @Test("coming due: open, from today to today + N, both included")
  func window() {
    let today = day("2026-11-25")
    #expect(FollowUp.isUpcoming(status: .todo, due: today, today: today, within: 14))
    #expect(FollowUp.isUpcoming(status: .doing, due: day("2026-12-09"), today: today, within: 14))
    #expect(!FollowUp.isUpcoming(status: .todo, due: day("2026-12-10"), today: today, within: 14))
    #expect(!FollowUp.isUpcoming(status: .todo, due: day("2026-11-24"), today: today, within: 14))
    #expect(!FollowUp.isUpcoming(status: .done, due: day("2026-11-30"), today: today, within: 14))
    #expect(FollowUp.isUpcoming(status: .todo, due: today, today: today, within: 0))
    #expect(FollowUp.upcomingWindow(today: today, within: 14).upperBound == day("2026-12-09"))
  }

  @Test("the last report is the latest with a note, else the latest; none without reports")
  func lastReport() {
    func entry(_ percent: Int, _ note: String?) -> ProgressEntry {
      ProgressEntry(
        at: "x", date: day("2026-11-20"), part: .lead, official: "a", status: .doing, percent: percent, note: note)
    }
    #expect(FollowUp.lastReport([entry(10, "bắt đầu"), entry(30, "một nửa"), entry(40, "  ")])?.percent == 30)
    #expect(FollowUp.lastReport([entry(10, nil), entry(20, nil)])?.percent == 20)
    #expect(FollowUp.lastReport([]) == nil)
  }

  @Test("ordered by lead, duties without a lead last; then soonest due; then id")
  func order() {
    let items = [
      Self.item("x3", due: "2026-11-01", lead: nil), Self.item("x2", due: "2026-11-10", lead: "b"),
      Self.item("x1", due: "2026-11-05", lead: "b"), Self.item("x0", due: "2026-11-20", lead: "a"),
      Self.item("x4", due: "2026-11-05", lead: "b"),
    ]
    #expect(FollowUp.ordered(items).map(\.duty.id) == ["x0", "x1", "x4", "x2", "x3"])
  }
}

@Suite("A typed name finds officials as login does")
struct OfficialLookupTests {
  static let roster: [(id: String, name: String)] = [
    ("chu-tich", "Phạm Văn Thích"), ("van-phong-1", "Công chức Văn phòng - thống kê"),
    ("noi-vu-1", "Công chức Văn phòng - thống kê (nội vụ, CCHC)"),
    ("ttpvhcc-1", "Công chức Tư pháp - hộ tịch (một cửa)"),
    ("ttpvhcc-2", "Công chức Địa chính (một cửa)"), ("tu-phap-1", "Công chức Tư pháp - hộ tịch"),
  ]

  static func find(_ typed: String) -> [String] {
    OfficialLookup.matches(typed, among: roster, id: \.id, name: \.name).map(\.id)
  }

  @Test("id, exact name, a unique part of a name without diacritics, several narrowed by the id, an id's start")
  func matches() {
    #expect(Self.find("tu-phap-1") == ["tu-phap-1"])
    #expect(Self.find("thich") == ["chu-tich"])
    #expect(Self.find("PHAM VAN THICH") == ["chu-tich"])
    // The exact name wins over the longer name that contains it.
    #expect(Self.find("cong chuc tu phap - ho tich") == ["tu-phap-1"])
    // Two names contain "van phong"; only one id starts with van-phong.
    #expect(Self.find("van phong") == ["van-phong-1"])
    #expect(Self.find("ttpvhcc") == ["ttpvhcc-1", "ttpvhcc-2"])
    #expect(Self.find("mot cua") == ["ttpvhcc-1", "ttpvhcc-2"])
    #expect(Self.find("khong ai") == [] && Self.find("  ") == [])
  }
}
