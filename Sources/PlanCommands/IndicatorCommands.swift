import PlanCore
import PlanStore

/// `indicators.list`: the plan's indicators with baseline, target, bounds, who records them and
/// the values recorded.
public enum IndicatorsList: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "indicators.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Các chỉ tiêu: số liệu gốc, chỉ tiêu 2026–2030, giới hạn, vị trí phụ trách, giá trị đã ghi",
    "The indicators: baseline, 2026–2030 targets, bounds, responsible position, recorded values")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Text or JSON.
  public static let formats: [OutputFormat] = [.table, .json]
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = []
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.indicator)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Page<IndicatorView> {
    try context.database.listIndicators()
  }
}

/// `indicators.record`: record (or replace) an indicator's value for a reporting period.
public enum IndicatorsRecord: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "indicators.record"
  /// One line in each language.
  public static let summary = Bilingual(
    "Ghi giá trị một chỉ tiêu cho một kỳ báo cáo (Chủ tịch hoặc vị trí phụ trách chỉ tiêu)",
    "Record an indicator's value for a reporting period (the chair or the indicator's responsible position)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.recordIndicator
  /// Text or JSON.
  public static let formats: [OutputFormat] = [.table, .json]
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [indicator, period, value, note, evidence]
  /// The indicator.
  static let indicator = Param<String>(
    "indicator", .string(maxLength: TextBounds.id), positional: "INDICATOR", Bilingual("Mã chỉ tiêu", "Indicator id"))
  /// The reporting period.
  static let period = Param<String>(
    "period", .string(maxLength: TextBounds.id), positional: "PERIOD",
    Bilingual("Kỳ báo cáo: 2027-Q1, 2027-H1, 2027-Q3 hoặc 2027", "Reporting period: 2027-Q1, 2027-H1, 2027-Q3 or 2027"))
  /// The value.
  static let value = Param<Double>(
    "value", positional: "VALUE",
    Bilingual("Giá trị, trong giới hạn của chỉ tiêu", "Value, within the indicator's bounds"))
  /// What the figure means.
  static let note = Param<String?>(
    "note", .text(TextBounds.freeText), placeholder: "TEXT", Bilingual("Ghi chú", "Note"))
  /// Evidence.
  static let evidence = Param<String?>(
    "evidence", .text(TextBounds.freeText), placeholder: "REF",
    Bilingual("Minh chứng: số văn bản, tên tệp", "Evidence: document number, file name"))
  /// The schema of its result.
  public static let result = Shapes.indicator

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> IndicatorView {
    let new = NewIndicatorValue(
      indicator: try arguments[indicator], period: try arguments[period], value: try arguments[value],
      note: try arguments[note], evidence: try arguments[evidence])
    return try context.database.recordIndicatorValue(new, by: context.actor, today: context.today)
  }
}

extension IndicatorView: TextRendering {
  /// `id · name (unit) · min–max · position`, then baseline, targets and recorded values.
  public func renderText(_ language: Language) -> String {
    let vi = language == .vi
    let bounds = [min, max].map { $0.map { IndicatorRules.number($0, vietnamese: vi) } ?? "—" }.joined(separator: "–")
    var lines = [
      "\(id.visible) · \(name.visible) (\(unit.visible)) · \(bounds) · "
        + Bilingual("phụ trách: ", "responsible: ").text(language) + (responsiblePosition ?? "—")
    ]
    for figure in baseline {
      lines.append(
        "  " + Bilingual("Số liệu gốc: ", "Baseline: ").text(language)
          + IndicatorRules.number(figure.value, vietnamese: vi)
          + " \(figure.unit.visible) (\(figure.period.visible); " + Bilingual("dòng ", "line ").text(language)
          + "\(figure.line))")
    }
    let set = targets.filter { $0.value != nil }
    lines.append(
      "  " + Bilingual("Chỉ tiêu: ", "Targets: ").text(language)
        + (set.isEmpty
          ? Bilingual("chưa xác định", "not determined").text(language)
          : set.map { "\($0.year) \($0.comparator ?? "") \(IndicatorRules.number($0.value ?? 0, vietnamese: vi))" }
            .joined(separator: ", ")))
    for recorded in values { lines.append("  " + recorded.renderText(language)) }
    if values.isEmpty { lines.append("  " + Bilingual("Chưa ghi giá trị.", "No value recorded.").text(language)) }
    return lines.joined(separator: "\n")
  }
}

extension IndicatorValue: TextRendering {
  /// `period: value · recorded on by who · note · evidence`.
  public func renderText(_ language: Language) -> String {
    let shown = IndicatorPeriod(id: period).map { Bilingual($0.shown.vi, $0.shown.en).text(language) } ?? period
    var line =
      "\(shown): \(IndicatorRules.number(value, vietnamese: language == .vi)) · "
      + Bilingual("ghi ngày ", "recorded on ").text(language) + recordedOn.text(language)
      + (recordedBy.map { Bilingual(" bởi ", " by ").text(language) + $0.visible } ?? "")
    if let note { line += " · " + note.visible }
    if let evidence { line += " · " + Bilingual("minh chứng: ", "evidence: ").text(language) + evidence.visible }
    return line
  }
}
