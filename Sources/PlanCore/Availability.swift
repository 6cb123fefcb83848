/// An official's availability in one month, from its leaves and the working calendar.
public struct MonthAvailability: Sendable, Equatable {
  /// Working days in the month.
  public var workingDays: Int
  /// Working days the leaves cover (each day once, however many leaves cover it).
  public var daysOnLeave: Int
  /// True when the leaves cover at least half the working days: the official leads nothing that month.
  public var unavailable: Bool
  /// The month's capacity: cut in proportion to the working days missed, rounded down.
  public var capacity: Int
}

/// Leave → availability and capacity (scheduler.md, "Leave → instance"). Pure.
public enum Availability {
  /// The official's availability in `period` with monthly `capacity` and these leaves.
  public static func month(
    _ period: Month, capacity: Int, leaves: [ClosedRange<CivilDate>], calendar: WorkingCalendar
  ) -> MonthAvailability {
    let first = period.firstDay
    var working = 0
    var missed = 0
    for offset in 0..<period.days {
      let day = first.adding(days: offset)
      guard calendar.isWorkingDay(day) else { continue }
      working += 1
      if leaves.contains(where: { $0.contains(day) }) { missed += 1 }
    }
    guard working > 0, missed > 0 else {
      return MonthAvailability(workingDays: working, daysOnLeave: missed, unavailable: false, capacity: capacity)
    }
    let unavailable = missed * 2 >= working
    return MonthAvailability(
      workingDays: working, daysOnLeave: missed, unavailable: unavailable,
      capacity: unavailable ? 0 : capacity * (working - missed) / working)
  }

  /// The scheduler's view of an official over `periods`: the months it is unavailable, and the
  /// months its capacity is lowered — as the instance writes months (`YYYY-MM`).
  public static func instanceFields(
    periods: some Sequence<Month>, capacity: Int, leaves: [ClosedRange<CivilDate>], calendar: WorkingCalendar
  ) -> (unavailable: [String], capacityByPeriod: [String: Int]) {
    var unavailable: [Month] = []
    var byPeriod: [String: Int] = [:]
    guard !leaves.isEmpty else { return ([], [:]) }
    for period in periods {
      let month = month(period, capacity: capacity, leaves: leaves, calendar: calendar)
      if month.unavailable {
        unavailable.append(period)
      } else if month.daysOnLeave > 0 {
        byPeriod[period.iso] = month.capacity
      }
    }
    return (unavailable.sorted().map(\.iso), byPeriod)
  }
}
