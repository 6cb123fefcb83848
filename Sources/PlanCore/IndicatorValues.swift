import Foundation

/// A reporting period an indicator's value is recorded for (`2027-Q1`, `2027-H1`, `2027-Q3`,
/// `2027`): the report periods' one table (`ReportPeriodRule.all`), seen from the indicators.
public struct IndicatorPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The report period, by the table.
  public let period: ReportPeriod

  /// The forms accepted, for messages.
  public static var forms: String {
    ReportPeriod.ids(year: 2027).map { $0.replacingOccurrences(of: "2027", with: "YYYY") }.joined(separator: ", ")
  }

  /// The period of `id`, or nil for any other text (`2027-Q2`, `2027-H2`, a year outside 2026–2030).
  public init?(id text: String) {
    guard let period = try? ReportPeriod.parse(text), period.id == text else { return nil }
    self.period = period
  }

  /// The id: `2027-Q1`, `2027-H1`, `2027-Q3`, `2027`.
  public var id: String { period.id }
  /// The report's year.
  public var year: Int { period.year }
  /// The first day whose data the period covers.
  public var from: CivilDate { period.data.from }
  /// The last day whose data the period covers, also its report's default due date.
  public var to: CivilDate { period.data.to }

  /// The period as people read it: `quý I năm 2027` / `2027-Q1`.
  public var shown: (vi: String, en: String) { (period.name, period.id) }

  /// The id.
  public var description: String { id }

  /// Equal when they name the same period.
  public static func == (lhs: IndicatorPeriod, rhs: IndicatorPeriod) -> Bool { lhs.id == rhs.id }

  /// Hashes the id.
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// Orders periods by their last day (Q1 before H1 before Q3 before the year).
  public static func < (lhs: IndicatorPeriod, rhs: IndicatorPeriod) -> Bool { lhs.to < rhs.to }

  /// The refusal of a period id that is not one of the four forms, naming `field`.
  public static func refusal(_ text: String, field: String) -> PlanError {
    PlanError.validation(
      "\(field): '\(text)' không phải kỳ báo cáo; chỉ nhận \(forms) (năm 2026–2030).",
      "\(field): '\(text)' is not a reporting period; allowed: \(forms) (years 2026–2030).")
  }
}

/// One value of an indicator recorded for a period.
public struct IndicatorValue: Codable, Sendable, Equatable {
  /// The indicator's id.
  public var indicator: String
  /// The period id (`2027-Q1` …).
  public var period: String
  /// The value, in the indicator's unit.
  public var value: Double
  /// What the figure means or where it came from.
  public var note: String?
  /// Evidence: document number, file name.
  public var evidence: String?
  /// Who recorded it (an official id), or nil for a guest-less system load.
  public var recordedBy: String?
  /// The call's day it was recorded on.
  public var recordedOn: CivilDate

  /// Creates a value.
  public init(
    indicator: String, period: String, value: Double, note: String?, evidence: String?, recordedBy: String?,
    recordedOn: CivilDate
  ) {
    self.indicator = indicator
    self.period = period
    self.value = value
    self.note = note
    self.evidence = evidence
    self.recordedBy = recordedBy
    self.recordedOn = recordedOn
  }
}

/// Who may record an indicator's value and which values it takes.
public enum IndicatorRules {
  /// Why `principal`, holding `position` (nil for a guest), may not record a value of an indicator
  /// whose responsible position is `responsible`; nil when it may (the chair, or a holder of it).
  public static func recordRefusal(
    _ principal: Principal, position: String?, indicator: String, responsible: String
  ) -> PlanError? {
    if principal.role == .chair || (principal.officialID != nil && position == responsible) { return nil }
    return PlanError.forbidden(
      "Chỉ Chủ tịch hoặc người giữ vị trí '\(responsible)' mới ghi giá trị chỉ tiêu \(indicator).",
      "Only the chair or a holder of the position '\(responsible)' may record indicator \(indicator).")
  }

  /// Why `value` may not be recorded for an indicator bounded by `min`–`max`; nil when it may.
  public static func boundsRefusal(_ value: Double, indicator: String, min: Double, max: Double) -> PlanError? {
    guard !value.isFinite || value < min || value > max else { return nil }
    return PlanError.validation(
      "value: \(number(value, vietnamese: true)) nằm ngoài \(number(min, vietnamese: true))–\(number(max, vietnamese: true)) của chỉ tiêu \(indicator).",
      "value: \(number(value, vietnamese: false)) is outside \(number(min, vietnamese: false))–\(number(max, vietnamese: false)) of indicator \(indicator)."
    )
  }

  /// A number as people read it: whole numbers without decimals; `12,5` in Vietnamese, `12.5` in English.
  public static func number(_ value: Double, vietnamese: Bool) -> String {
    guard value.isFinite else { return "\(value)" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let text = "\(value)"
    return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}

/// A baseline figure an indicator starts from, with the report line it was read on.
public struct IndicatorBaseline: Codable, Sendable, Equatable {
  /// The figure's key in Seeds/baseline.json.
  public var key: String
  /// What it counts.
  public var name: String
  /// Its value.
  public var value: Double
  /// Its unit.
  public var unit: String
  /// The period it covers, as the report says.
  public var period: String
  /// The line of the 2021–2025 report it was read on.
  public var line: Int

  /// Creates a baseline figure.
  public init(key: String, name: String, value: Double, unit: String, period: String, line: Int) {
    self.key = key
    self.name = name
    self.value = value
    self.unit = unit
    self.period = period
    self.line = line
  }
}

/// An indicator as `indicators.list` shows it: its bounds, who records it, baseline, targets and
/// the values recorded, oldest period first.
public struct IndicatorView: Codable, Sendable, Equatable {
  /// Slug.
  public var id: String
  /// Vietnamese name.
  public var name: String
  /// Unit, e.g. `%`.
  public var unit: String
  /// Least recordable value, or nil when unbounded.
  public var min: Double?
  /// Greatest recordable value, or nil when unbounded.
  public var max: Double?
  /// The position whose holders record it (with the chair), or nil (the chair only).
  public var responsiblePosition: String?
  /// The baseline figures.
  public var baseline: [IndicatorBaseline]
  /// The 2026–2030 targets.
  public var targets: [IndicatorTarget]
  /// Recorded values, by period.
  public var values: [IndicatorValue]
  /// The value of the latest period recorded, or nil.
  public var latest: IndicatorValue?

  /// Creates a view; `latest` is the value of the latest period among `values`.
  public init(
    id: String, name: String, unit: String, min: Double?, max: Double?, responsiblePosition: String?,
    baseline: [IndicatorBaseline], targets: [IndicatorTarget], values: [IndicatorValue]
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.min = min
    self.max = max
    self.responsiblePosition = responsiblePosition
    self.baseline = baseline
    self.targets = targets
    self.values = IndicatorRules.byPeriod(values)
    self.latest = self.values.last
  }
}

extension IndicatorRules {
  /// `values` ordered by period (Q1, H1, Q3, year of each year), then by indicator.
  public static func byPeriod(_ values: [IndicatorValue]) -> [IndicatorValue] {
    values.sorted {
      let (left, right) = (IndicatorPeriod(id: $0.period), IndicatorPeriod(id: $1.period))
      if left != right, let left, let right { return left < right }
      return ($0.period, $0.indicator) < ($1.period, $1.indicator)
    }
  }
}
