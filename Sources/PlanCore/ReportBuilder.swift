/// What a report is built from, read by the store in one snapshot.
public struct ReportSource: Sendable, Equatable {
  /// The commune.
  public var unit: AdministrativeUnit
  /// Areas 0–6 (items left empty), by id.
  public var areas: [ReportAreaName]
  /// The roster (id, name, position, active).
  public var officials: [ReportOfficial]
  /// Every duty due up to the end of the next period, with its progress history (oldest first).
  public var duties: [DutyView]
  /// The plan's indicators with their targets.
  public var indicators: [Indicator]
  /// The baseline figures.
  public var baseline: [BaselineFigure]
  /// The values recorded for indicators (empty until `indicators.record` is merged).
  public var indicatorValues: [String: [ReportIndicatorValue]]

  /// Creates a source.
  public init(
    unit: AdministrativeUnit, areas: [ReportAreaName], officials: [ReportOfficial], duties: [DutyView],
    indicators: [Indicator], baseline: [BaselineFigure], indicatorValues: [String: [ReportIndicatorValue]] = [:]
  ) {
    self.unit = unit
    self.areas = areas
    self.officials = officials
    self.duties = duties
    self.indicators = indicators
    self.baseline = baseline
    self.indicatorValues = indicatorValues
  }
}

/// An area's id and heading.
public struct ReportAreaName: Sendable, Equatable {
  /// 0–6.
  public var id: Int
  /// The heading in the commune's report.
  public var name: String

  /// Creates a value.
  public init(id: Int, name: String) {
    self.id = id
    self.name = name
  }
}

/// An official as the report needs it.
public struct ReportOfficial: Sendable, Equatable {
  /// Slug.
  public var id: OfficialID
  /// Name.
  public var name: String
  /// Position id (`chu-tich`, `pho-chu-tich`).
  public var position: String
  /// Whether the official holds the post now.
  public var active: Bool

  /// Creates a value.
  public init(id: OfficialID, name: String, position: String, active: Bool) {
    self.id = id
    self.name = name
    self.position = position
    self.active = active
  }
}

/// The choices a report takes besides its period.
public struct ReportOptions: Sendable, Equatable {
  /// The day statuses are taken at.
  public var asOf: CivilDate
  /// The document's number, or nil to leave `…` for the office.
  public var number: Int?
  /// Nơi nhận.
  public var recipients: [String]

  /// The default Nơi nhận (reports.md: the seed's list adapted to the post-2025 structure) until
  /// `Seeds/unit.json` carries `reportRecipients`.
  public static let defaultRecipients = [
    "UBND tỉnh (Sở Nội vụ);", "TT Đảng ủy;", "TT HĐND xã;", "CT, các PCT UBND xã;", "Lưu: VT.",
  ]

  /// Creates options.
  public init(asOf: CivilDate, number: Int? = nil, recipients: [String] = defaultRecipients) {
    self.asOf = asOf
    self.number = number
    self.recipients = recipients
  }
}

/// The rules that turn tracked duties into a report: pure functions of the source and the as-of date.
public enum ReportRules {
  /// A duty's state at `asOf`, by the domain dates it carries (never the clock): completed or
  /// cancelled only from the recorded day on; open duties are overdue after their due date.
  public static func status(of duty: DutyView, asOf: CivilDate) -> ReportStatus {
    if let completed = completedOn(duty, asOf: asOf) { return completed <= duty.due ? .onTime : .late }
    if duty.status == .cancelled, (duty.cancelledOn ?? asOf) <= asOf { return .cancelled }
    return duty.due < asOf ? .overdue : .inProgress
  }

  /// The day a duty was completed, when that day is on or before `asOf`.
  static func completedOn(_ duty: DutyView, asOf: CivilDate) -> CivilDate? {
    guard duty.status == .done else { return nil }
    // A duty done before issue 6 recorded no day: its due date stands in (counted on time).
    let day = duty.completedOn ?? duty.due
    return day <= asOf ? day : nil
  }

  /// Whether a duty was still open at the start of `day` (not completed or cancelled before it).
  public static func isOpen(_ duty: DutyView, atStartOf day: CivilDate) -> Bool {
    let before = day.adding(days: -1)
    return status(of: duty, asOf: before) == .overdue || status(of: duty, asOf: before) == .inProgress
  }

  /// The percent at `asOf`: 100 when completed by then, else the last lead's or chair's report up to it.
  public static func percent(of duty: DutyView, asOf: CivilDate) -> Int {
    if completedOn(duty, asOf: asOf) != nil { return 100 }
    let reports = (duty.progress ?? []).filter { $0.date <= asOf && $0.part != .coordinator }
    return reports.last?.percent ?? 0
  }

  /// The last progress note up to `asOf` (the cancellation's reason for a cancelled duty).
  public static func lastNote(of duty: DutyView, asOf: CivilDate) -> String? {
    if status(of: duty, asOf: asOf) == .cancelled, let reason = duty.cancelReason { return reason }
    return (duty.progress ?? []).last { $0.date <= asOf && $0.note?.isEmpty == false }?.note
  }

  /// The place and date line: `Ba Trang, ngày 14 tháng 3 năm 2027` (Nghị định 30: a day below 10
  /// and the months 1 and 2 take a leading zero).
  public static func placeAndDate(_ place: String, _ date: CivilDate) -> String {
    let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
    let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
    return "\(place), ngày \(day) tháng \(month) năm \(date.year)"
  }
}
