/// The plan's fixed bounds, named once: every check, schema and constraint uses these.
public enum PlanBounds {
  /// The years of the plan (Nghị quyết 76/NQ-CP, 2026–2030).
  public static let years = 2026...2030
  /// The plan's first day, 1/1/2026.
  public static let firstDay = CivilDate(dayNumber: CivilDate.dayNumber(year: 2026, month: 1, day: 1))
  /// The plan's last day, 31/12/2030 (the default end of `schedule run`).
  public static let lastDay = CivilDate(dayNumber: CivilDate.dayNumber(year: 2030, month: 12, day: 31))
  /// The hours of the longest month (31 × 24): no effort or capacity is larger.
  public static let monthHours = 744
  /// The hours an effort or a capacity may take.
  public static let hours = 0...monthHours

  /// "from 0 to 744" in each language, for messages.
  public static let hoursText = (vi: "từ 0 đến \(monthHours)", en: "between 0 and \(monthHours)")

  /// Refuses hours outside `hours` (an effort or a capacity) with −32004 naming `field`: the rule
  /// the store checks before the schema's `CHECK (… BETWEEN 0 AND 744)` could.
  public static func requireHours(_ value: Int, field: String) throws {
    guard hours.contains(value) else {
      throw PlanError.validation(
        "\(field): phải \(hoursText.vi) (nhận \(value)).", "\(field): must be \(hoursText.en) (got \(value)).")
    }
  }

  /// Refuses a date outside the plan's years with −32004 naming `field` (a duty's due date).
  public static func requireInPlan(_ date: CivilDate, field: String) throws {
    guard years.contains(date.year) else {
      throw PlanError.validation(
        "\(field): hạn \(date.shown) nằm ngoài \(years.lowerBound)–\(years.upperBound).",
        "\(field): \(date.shown) is outside \(years.lowerBound)–\(years.upperBound).")
    }
  }
}
