/// One kind of periodic report (reports.md's table): where its data starts and ends, relative to
/// the report's year, and how it is named. The table is data; the code only reads it.
public struct ReportPeriodRule: Sendable, Equatable {
  /// The id's suffix after the year: `Q1`, `H1`, `Q3`, or empty for the year's report.
  public var suffix: String
  /// The first day of the data: years after the report's year (−1 for the December before), month, day.
  public var from: (years: Int, month: Int, day: Int)
  /// The last day of the data (and the default due date), in the report's year.
  public var to: (month: Int, day: Int)
  /// The last day of the next period (its first is the day after `to`): years after, month, day.
  public var nextTo: (years: Int, month: Int, day: Int)
  /// The period in the report's words, before the year: `quý I`, `6 tháng đầu năm`, `năm`.
  public var name: String

  /// Compares the rules member by member.
  public static func == (lhs: ReportPeriodRule, rhs: ReportPeriodRule) -> Bool {
    lhs.suffix == rhs.suffix && lhs.name == rhs.name && lhs.from == rhs.from && lhs.to == rhs.to
      && lhs.nextTo == rhs.nextTo
  }

  /// The four reports of Công văn 581/BNV-CCHC, on the cut-offs the plan's report duties use.
  public static let all: [ReportPeriodRule] = [
    ReportPeriodRule(suffix: "Q1", from: (-1, 12, 15), to: (3, 14), nextTo: (0, 6, 14), name: "quý I năm"),
    ReportPeriodRule(suffix: "H1", from: (-1, 12, 15), to: (6, 14), nextTo: (0, 12, 14), name: "6 tháng đầu năm"),
    ReportPeriodRule(suffix: "Q3", from: (0, 6, 15), to: (9, 14), nextTo: (0, 12, 14), name: "quý III năm"),
    ReportPeriodRule(suffix: "", from: (-1, 12, 15), to: (12, 14), nextTo: (1, 6, 14), name: "năm"),
  ]
}

/// A span of days, both ends included.
public struct DateSpan: Codable, Sendable, Equatable {
  /// First day.
  public var from: CivilDate
  /// Last day.
  public var to: CivilDate

  /// Creates a span.
  public init(from: CivilDate, to: CivilDate) {
    self.from = from
    self.to = to
  }

  /// Whether `date` falls in the span.
  public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }
}

/// A report period: `2027-Q1`, `2027-H1`, `2027-Q3` or `2027`, with its data span and due date.
public struct ReportPeriod: Codable, Sendable, Equatable {
  /// The id as typed: `2027-Q1`.
  public var id: String
  /// The report's year.
  public var year: Int
  /// In words: `quý I năm 2027`.
  public var name: String
  /// The days whose data the report covers.
  public var data: DateSpan
  /// When the report is due (by default the last day of its data).
  public var due: CivilDate
  /// The next period's days (section V's duties are due in it).
  public var next: DateSpan

  /// The ids that exist for one year, for messages and completion: `2027-Q1, 2027-H1, 2027-Q3, 2027`.
  public static func ids(year: Int) -> [String] {
    ReportPeriodRule.all.map { $0.suffix.isEmpty ? String(year) : "\(year)-\($0.suffix)" }
  }

  /// The period `text` names, by the rules' table.
  /// - Throws: `PlanError.validation` naming the text and the four ids that exist (and the plan's years).
  public static func parse(_ text: String, rules: [ReportPeriodRule] = ReportPeriodRule.all) throws -> ReportPeriod {
    let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let suffix = parts.count == 2 ? parts[1].uppercased() : ""
    guard let year = Int(parts[0]), parts[0].count == 4, let rule = rules.first(where: { $0.suffix == suffix }),
      PlanBounds.years.contains(year)
    else {
      let example = ids(year: 2027).joined(separator: ", ")
      let years = "\(PlanBounds.years.lowerBound)–\(PlanBounds.years.upperBound)"
      throw PlanError.validation(
        "period: không có kỳ báo cáo '\(text)'; chỉ có \(example) (năm \(years)).",
        "period: there is no report period '\(text)'; the periods are \(example) (years \(years)).")
    }
    return period(rule, year: year)
  }

  /// The period of `rule` in `year`.
  static func period(_ rule: ReportPeriodRule, year: Int) -> ReportPeriod {
    func day(_ years: Int, _ month: Int, _ day: Int) -> CivilDate {
      CivilDate(dayNumber: CivilDate.dayNumber(year: year + years, month: month, day: day))
    }
    let to = day(0, rule.to.month, rule.to.day)
    return ReportPeriod(
      id: rule.suffix.isEmpty ? String(year) : "\(year)-\(rule.suffix)", year: year,
      name: "\(rule.name) \(year)", data: DateSpan(from: day(rule.from.years, rule.from.month, rule.from.day), to: to),
      due: to, next: DateSpan(from: to.adding(days: 1), to: day(rule.nextTo.years, rule.nextTo.month, rule.nextTo.day)))
  }
}
