import PlanCore

/// One dated instance of a plan item (the same for every commune; a commune's duty id adds its prefix).
struct DutyInstance {
  /// The plan item.
  let item: PlanItem
  /// Its area id.
  let area: Int
  /// What follows `@` in the duty id: `2027`, `2027-H1`, `2027-Q3`, `2027-03` or `once`.
  let suffix: String
  /// The item's title with its period, e.g. `Cập nhật, công khai TTHC — quý 3/2027` (NFC).
  let title: String
  /// The due date, moved back to a working day.
  let due: CivilDate
  /// The month of the nominal due date.
  let period: Month
}

/// The plan's dated instances over whole years, from PlanCore's expansion (scheduler.md's ids and cut-offs).
enum PlanExpansion {
  /// Every instance of every plan item in `years`, in plan order, then date.
  static func instances(of bundle: PlanBundle, years: ClosedRange<Int>) -> [DutyInstance] {
    guard let from = CivilDate(year: years.lowerBound, month: 1, day: 1),
      let to = CivilDate(year: years.upperBound, month: 12, day: 31)
    else { return [] }
    let items = Dictionary(bundle.planItems.map { ($0.id, $0) }) { first, _ in first }
    return Expansion.duties(of: bundle, from: from, to: to).compactMap { duty in
      guard let item = items[duty.planItem] else { return nil }
      return DutyInstance(
        item: item, area: duty.area, suffix: String(duty.id.rawValue.split(separator: "@").last ?? ""),
        title: duty.title,
        due: duty.due, period: duty.period)
    }
  }
}
