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
  /// The month `YYYY-MM` of the nominal due date.
  let period: String
}

/// Expands the plan's recurrences into dated instances, following scheduler.md's table of ids and cut-offs.
enum PlanExpansion {
  /// Every instance of every plan item in `years`, in plan order, then year, then period.
  static func instances(of bundle: PlanBundle, years: ClosedRange<Int>) -> [DutyInstance] {
    var instances: [DutyInstance] = []
    for area in bundle.areas {
      for item in area.items {
        for year in years {
          for (suffix, label, nominal) in dates(of: item.recurrence, in: year) {
            let title = VietnameseText.nfc(label.isEmpty ? item.title : "\(item.title) — \(label)")
            instances.append(
              DutyInstance(
                item: item, area: area.id, suffix: suffix, title: title,
                due: bundle.calendar.workingDay(onOrBefore: nominal), period: nominal.period))
          }
        }
      }
    }
    return instances
  }

  /// The id suffix, title label and nominal due date of each instance of `recurrence` in `year`.
  static func dates(of recurrence: Recurrence, in year: Int) -> [(String, String, CivilDate)] {
    /// `day` of `month`, clamped to the month's length.
    func date(_ month: Int, _ day: Int) -> CivilDate {
      let last = CivilDate.daysIn(month: month, year: year)
      return CivilDate(year: year, month: month, day: min(day, last)) ?? CivilDate(dayNumber: 0)
    }
    switch recurrence.every {
    case .year:
      return [("\(year)", "năm \(year)", date(recurrence.month ?? 12, recurrence.day ?? 31))]
    case .halfYear:
      return [
        ("\(year)-H1", "6 tháng đầu năm \(year)", date(6, recurrence.day ?? 14)),
        ("\(year)-H2", "6 tháng cuối năm \(year)", date(12, recurrence.day ?? 14)),
      ]
    case .quarter, .continuous:
      let quarters = recurrence.every == .quarter ? recurrence.quarters ?? [1, 2, 3, 4] : [1, 2, 3, 4]
      return quarters.map { ("\(year)-Q\($0)", "quý \($0)/\(year)", date($0 * 3, recurrence.day ?? 14)) }
    case .month:
      return (1...12).map {
        ("\(year)-\($0 < 10 ? "0" : "")\($0)", "tháng \($0)/\(year)", date($0, recurrence.day ?? 28))
      }
    case .once:
      guard let due = recurrence.due, due.year == year else { return [] }
      return [("once", "", due)]
    }
  }
}
