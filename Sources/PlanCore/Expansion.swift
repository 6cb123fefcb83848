/// One dated duty of a plan item, as the scheduler's first stage makes it (scheduler.md, "Expand").
public struct ExpandedDuty: Sendable, Equatable {
  /// `ITEM@2027`, `ITEM@2027-H1`, `ITEM@2027-Q3`, `ITEM@2027-03` or `ITEM@once`.
  public var id: DutyID
  /// The plan item's id.
  public var planItem: PlanItemID
  /// Its area id.
  public var area: Int
  /// The item's title with its period, e.g. `Cập nhật, công khai TTHC — quý 3/2027` (NFC).
  public var title: String
  /// The nominal due date, from the recurrence.
  public var nominalDue: CivilDate
  /// The due date: the nominal one, moved back to a working day of the calendar.
  public var due: CivilDate
  /// The month of the nominal due date; all the duty's effort counts in it.
  public var period: Month
  /// Hours.
  public var effort: Int
}

/// Stage 1 of the scheduler: plan items × recurrence → dated duties. Pure: the calendar, the range
/// and the plan are parameters; the same input always gives the same duties with the same ids.
public enum Expansion {
  /// Every duty of the plan whose nominal due date is in `from…to` and whose period is not before
  /// `from`'s month (never a past period), in plan order, then date.
  public static func duties(of bundle: PlanBundle, from: CivilDate, to: CivilDate) -> [ExpandedDuty] {
    duties(of: bundle.areas, calendar: bundle.calendar, from: from, to: to)
  }

  /// The same for areas and a calendar read from elsewhere (the database).
  public static func duties(of areas: [ReformArea], calendar: WorkingCalendar, from: CivilDate, to: CivilDate)
    -> [ExpandedDuty]
  {
    guard from <= to else { return [] }
    var duties: [ExpandedDuty] = []
    for area in areas {
      for item in area.items {
        for year in from.year...to.year {
          for (suffix, label, nominal) in dates(of: item.recurrence, in: year)
          where nominal <= to && nominal.period >= from.period {
            duties.append(
              ExpandedDuty(
                id: "\(item.id)@\(suffix)", planItem: item.id, area: area.id,
                title: VietnameseText.nfc(label.isEmpty ? item.title : "\(item.title) — \(label)"), nominalDue: nominal,
                due: calendar.workingDay(onOrBefore: nominal), period: nominal.period, effort: item.effort))
          }
        }
      }
    }
    return duties
  }

  /// The id suffix, title label and nominal due date of each instance of `recurrence` in `year`:
  /// yearly on its day, half-yearly on 14/6 and 14/12, quarterly (and continuous, or no frequency
  /// stated) on 14/3, 14/6, 14/9, 14/12, monthly on its day, once on its date — unless the item
  /// gives another day.
  public static func dates(of recurrence: Recurrence, in year: Int) -> [(
    suffix: String, label: String, date: CivilDate
  )] {
    func date(_ month: Int, _ day: Int) -> CivilDate {
      let last = CivilDate.daysIn(month: month, year: year)
      return CivilDate(year: year, month: month, day: min(max(day, 1), last)) ?? CivilDate(dayNumber: 0)
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
      return quarters.sorted().map { ("\(year)-Q\($0)", "quý \($0)/\(year)", date($0 * 3, recurrence.day ?? 14)) }
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
