/// One dated duty of a plan item, as the scheduler's first stage makes it (scheduler.md, "Expand").
public struct ExpandedDuty: Sendable, Equatable {
  /// `ITEM@2027`, `ITEM@2027-H1`, `ITEM@2027-Q3`, `ITEM@2027-03` or `ITEM@once`.
  public var id: DutyID
  /// The plan item's id.
  public var planItem: PlanItemID
  /// Its area id.
  public var area: Int
  /// The item's title with its period, e.g. `Cập nhật, công khai TTHC — quý 3/2027` or `Báo cáo CCHC năm 2026` (NFC).
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
                title: title(item.title, label: label), nominalDue: nominal,
                due: calendar.workingDay(onOrBefore: nominal), period: nominal.period, effort: item.effort))
          }
        }
      }
    }
    return duties
  }

  /// A duty's title: the item's title and the period `label`, without saying the period twice. A
  /// title that ends with the period's word ("Báo cáo CCHC năm", "… hằng năm") or lists its quarters
  /// ("Báo cáo CCHC quý I và quý III") gives that place to the label ("Báo cáo CCHC năm 2026",
  /// "Báo cáo CCHC quý 1/2027"); "… 6 tháng" reads on into "năm 2026"; any other title gets
  /// ` — ` and the label. NFC.
  public static func title(_ title: String, label: String) -> String {
    let title = VietnameseText.nfc(title).split(separator: " ").joined(separator: " ")
    guard !label.isEmpty else { return title }
    var words = title.split(separator: " ").map(String.init)
    let word = ["6 tháng", "năm", "quý", "tháng"].first { label.hasPrefix($0 + " ") } ?? ""
    let size = word.split(separator: " ").count
    if size > 0, words.count > size, words.suffix(size).joined(separator: " ").lowercased() == word {
      words.removeLast(size)
      if let last = words.last, ["hằng", "hàng"].contains(last.lowercased()), words.count > 1 { words.removeLast() }
      return VietnameseText.nfc((words + [label]).joined(separator: " "))
    }
    if word == "quý", let rest = droppingQuarters(words) {
      return VietnameseText.nfc((rest + [label]).joined(separator: " "))
    }
    if word == "năm", words.suffix(2) == ["6", "tháng"] {
      return VietnameseText.nfc(title + " " + label)
    }
    return VietnameseText.nfc("\(title) — \(label)")
  }

  /// `words` without a trailing list of quarters in Roman numerals ("quý I và quý III", "quý I, quý II
  /// và quý IV"), or nil when they do not end with one.
  static func droppingQuarters(_ words: [String]) -> [String]? {
    var words = words
    var dropped = 0
    var joined = false  // The quarter after this one was joined by "và".
    while words.count > 2, words[words.count - 2].lowercased() == "quý", let last = words.last {
      let comma = last.hasSuffix(",")
      guard ["I", "II", "III", "IV"].contains(comma ? String(last.dropLast()) : last),
        dropped == 0 ? !comma : (comma || joined)
      else { break }
      words.removeLast(2)
      dropped += 1
      joined = words.last == "và"
      if joined { words.removeLast() }
    }
    if joined { words.append("và") }
    return dropped > 0 ? words : nil
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
