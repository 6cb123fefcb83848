import PlanCore
import PlanReports
import PlanStore

/// The formats `reports.generate` writes (declared by the command, not a global list).
public enum ReportFormat: String, DataVocabulary, ParameterValue {
  /// The Markdown document.
  case md
  /// The report value itself.
  case json
}

/// What `reports.generate` returns: the report value, or its Markdown as `{format, text}`.
public enum ReportOutput: Encodable, Sendable, TextRendering, MarkdownRendering {
  /// The value (`format: json`, the default over JSON-RPC).
  case value(Report)
  /// The rendered document (`format: md`).
  case markdown(String)

  private enum Key: String, CodingKey { case format, text }

  /// The value's own members, or `{"format": "md", "text": …}`.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .value(let report): try report.encode(to: encoder)
    case .markdown(let text):
      var container = encoder.container(keyedBy: Key.self)
      try container.encode("md", forKey: .format)
      try container.encode(text, forKey: .text)
    }
  }

  /// The Markdown document (the report is the commune's Vietnamese document whatever the language).
  public func renderMarkdown(_ language: Language) -> String {
    switch self {
    case .value(let report): ReportMarkdown.render(report)
    case .markdown(let text): text
    }
  }

  /// The same Markdown.
  public func renderText(_ language: Language) -> String { renderMarkdown(language) }
}

/// `reports.generate`: the periodic CCHC report of a period, as of a date (reports.md).
public enum ReportsGenerate: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "reports.generate"
  /// One line in each language.
  public static let summary = Bilingual(
    "Báo cáo kết quả CCHC của một kỳ (2027-Q1, 2027-H1, 2027-Q3, 2027), lập từ việc đã theo dõi",
    "The CCHC report of a period (2027-Q1, 2027-H1, 2027-Q3, 2027), written from the tracked duties")
  /// What it does, for PlanCore's access rule: anyone may read a report.
  public static let action = Action.read
  /// Markdown to read or send, JSON for scripts.
  public static let formats: [OutputFormat] = [.md, .json]
  /// A document: the shell writes it to a file with `--output FILE` (`--force` to replace one).
  public static let document = true
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [period, asOf, number, format]
  /// The period.
  static let period = Param<String>(
    "period", .string(maxLength: TextBounds.id), positional: "PERIOD",
    Bilingual("Kỳ báo cáo: 2027-Q1, 2027-H1, 2027-Q3 hoặc 2027", "Report period: 2027-Q1, 2027-H1, 2027-Q3 or 2027"))
  /// The as-of date.
  static let asOf = Param<CivilDate?>(
    "asOf", Bilingual("Tính tình trạng đến ngày này (mặc định hôm nay)", "Statuses as of this date (default today)"))
  /// The document's number.
  static let number = Param<Int?>(
    "number", .integer(minimum: 1, maximum: 99_999), placeholder: "N",
    Bilingual("Số văn bản (mặc định để trống cho văn thư điền)", "Document number (default blank for the office)"))
  /// The result's format over JSON-RPC (the shell's `--format` chooses the same).
  static let format = Param<ReportFormat>(
    "format", default: .json,
    Bilingual(
      "md: văn bản Markdown (JSON-RPC trả {format, text}); json: giá trị báo cáo",
      "md: the Markdown document (JSON-RPC returns {format, text}); json: the report value"))
  /// The report value, or `{format: "md", text}`.
  public static let result = ReportShapes.result

  /// Runs the command in the call's context: one read snapshot, then PlanCore's pure builder.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> ReportOutput {
    let period = try ReportPeriod.parse(try arguments[Self.period])
    let asOf = try arguments[asOf] ?? context.today
    let source = try context.database.reportSource(through: period.next.to)
    // The recipients are the unit's data (Seeds/unit.json), the built-in list only for a unit without one.
    let recipients = source.unit.reportRecipients
    let report = Report.build(
      period: period, source: source,
      options: ReportOptions(
        asOf: asOf, number: try arguments[number],
        recipients: recipients.isEmpty ? ReportOptions.defaultRecipients : recipients))
    switch try arguments[format] {
    case .json: return .value(report)
    case .md: return .markdown(ReportMarkdown.render(report))
    }
  }
}
