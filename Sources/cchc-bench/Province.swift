import PlanCore

/// The shared province-size data set: its shape, its default seed and the day it takes as today.
enum Province {
  /// The seed used when `--seed` is not given.
  static let defaultSeed: UInt64 = 2026
  /// Communes (the embedded `ba-trang` and 99 generated ones).
  static let units = 100
  /// Officials over all communes (Ba Trang's 21 included).
  static let officials = 2_000
  /// Duties over all communes.
  static let duties = 50_000
  /// The years duties fall in.
  static let years = PlanBounds.years
  /// The day the data set and the benchmark take as today (`cchc --today`).
  static let today = CivilDate(year: 2026, month: 6, day: 15) ?? CivilDate(dayNumber: 0)
  /// `created_at` of every generated duty: the day the plan was expanded (08:30 in Vietnam).
  static let createdAt = CivilDate(year: 2026, month: 1, day: 5) ?? CivilDate(dayNumber: 0)
  /// The `initialised_at` written over the load's clock time, so a seed gives identical tables.
  static let initialisedAt = "2026-01-05T01:00:00.000Z"

  /// An ISO 8601 UTC timestamp with milliseconds, as `PlanDatabase` writes them, for `day` at `minute` (UTC).
  static func timestamp(_ day: CivilDate, minute: Int) -> String {
    let hours = minute / 60 % 24
    let minutes = minute % 60
    return "\(day.iso)T\(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes):00.000Z"
  }

  /// `n` with at least three digits (`7` → `007`).
  static func threeDigits(_ n: Int) -> String {
    n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)"
  }
}
