/// An official's work in one month: the hours it leads against its capacity after leave, and the
/// duties it coordinates.
public struct MonthLoad: Codable, Sendable, Equatable {
  /// The month.
  public var month: Month
  /// Hours of the duties it leads that month (the scheduler's load: every duty but a cancelled one).
  public var leadHours: Int
  /// Its capacity that month after leave, as the scheduler sees it (0 when away half the working days).
  public var capacity: Int
  /// The duties of that month (not cancelled) it coordinates.
  public var coordinated: Int
  /// Working days of the month its leaves cover.
  public var daysOnLeave: Int

  /// Creates a value.
  public init(month: Month, leadHours: Int, capacity: Int, coordinated: Int, daysOnLeave: Int) {
    self.month = month
    self.leadHours = leadHours
    self.capacity = capacity
    self.coordinated = coordinated
    self.daysOnLeave = daysOnLeave
  }

  /// Whether it leads more hours than it has.
  public var overCapacity: Bool { leadHours > capacity }
}

/// An official's work over a month or a quarter: each month, and the sums.
public struct Workload: Codable, Sendable, Equatable {
  /// The period asked for: a month `YYYY-MM` or a quarter `YYYY-Qn`.
  public var period: String
  /// Each month of the period, in order.
  public var months: [MonthLoad]
  /// Lead hours over the period.
  public var leadHours: Int
  /// Capacity over the period (the months' capacities after leave, summed).
  public var capacity: Int
  /// Duties coordinated over the period.
  public var coordinated: Int

  /// The sums of `months`.
  public init(period: String, months: [MonthLoad]) {
    self.period = period
    self.months = months
    leadHours = months.reduce(0) { $0 + $1.leadHours }
    capacity = months.reduce(0) { $0 + $1.capacity }
    coordinated = months.reduce(0) { $0 + $1.coordinated }
  }
}

/// The months a workload is asked over: one month, or the three of a quarter.
public enum WorkPeriod: Sendable, Equatable {
  /// One month.
  case month(Month)
  /// A quarter's three months.
  case quarter(Quarter)

  /// The months covered, in order.
  public var months: [Month] {
    switch self {
    case .month(let month): [month]
    case .quarter(let quarter): quarter.months
    }
  }

  /// `YYYY-MM` or `YYYY-Qn`.
  public var iso: String {
    switch self {
    case .month(let month): month.iso
    case .quarter(let quarter): quarter.iso
    }
  }

  /// As people read it: `tháng 03/2027`, `quý 1/2027` / `03/2027`, `Q1 2027`.
  public var shown: (vi: String, en: String) {
    switch self {
    case .month(let month): ("tháng \(month.shown)", month.shown)
    case .quarter(let quarter): quarter.shown
    }
  }
}

/// Workload: lead hours (the scheduler's one definition of load), capacity after leave (the
/// scheduler's one definition of availability) and duties coordinated. Pure.
public enum Workloads {
  /// An official's work in `month`.
  /// - Parameters:
  ///   - capacity: its monthly capacity before leave.
  ///   - active: whether it still works (the scheduler gives an inactive official no hours).
  ///   - duties: duties of any period and status (those of other months and cancelled ones are skipped).
  public static func month(
    _ month: Month, official: OfficialID, capacity: Int, active: Bool = true, leaves: [ClosedRange<CivilDate>],
    calendar: WorkingCalendar, duties: [DutyFacts]
  ) -> MonthLoad {
    let availability = Availability.month(month, capacity: active ? capacity : 0, leaves: leaves, calendar: calendar)
    let coordinated = duties.filter {
      $0.period == month && DutyRules.countsTowardLoad($0.status) && $0.coordinators.contains(official)
    }.count
    return MonthLoad(
      month: month, leadHours: DutyRules.load(of: official, in: month, duties: duties),
      capacity: availability.capacity, coordinated: coordinated, daysOnLeave: availability.daysOnLeave)
  }

  /// An official's work over `period`, month by month and summed.
  public static func over(
    _ period: WorkPeriod, official: OfficialID, capacity: Int, active: Bool = true, leaves: [ClosedRange<CivilDate>],
    calendar: WorkingCalendar, duties: [DutyFacts]
  ) -> Workload {
    Workload(
      period: period.iso,
      months: period.months.map {
        month(
          $0, official: official, capacity: capacity, active: active, leaves: leaves, calendar: calendar,
          duties: duties)
      })
  }
}
