import PlanCore

/// The report as Markdown (reports.md "Renderings"): reads as plain text and in a viewer. The
/// document is the commune's official Vietnamese report, so it is written in Vietnamese only.
public enum ReportMarkdown {
  /// The whole document, ending with a line break.
  public static func render(_ report: Report) -> String {
    let parts: [[String]] = [
      header(report), direction(report), areas(report), summaryTable(report.summary), indicators(report),
      shortcomings(report), nextPeriod(report), closing(report),
    ]
    return parts.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// The same document as UTF-8 bytes.
  public static func bytes(_ report: Report) -> [UInt8] { Array(render(report).utf8) }

  static func header(_ report: Report) -> [String] {
    let header = report.header
    return [header.parentAgency, "**\(header.agency)**", header.number].compactMap { $0 }.map { $0 + "  " } + [
      "", "**\(header.nation)**  ", "**\(header.motto)**", "", "*\(header.placeAndDate)*", "",
      "# \(header.title)", "", "**\(header.summary)**", "",
      "Số liệu từ ngày \(report.period.data.from.shown) đến ngày \(report.period.data.to.shown); "
        + "tình trạng các nhiệm vụ tính đến ngày \(report.asOf.shown).",
    ]
  }

  static func direction(_ report: Report) -> [String] {
    let duties = report.direction.duties
    guard !duties.isEmpty else {
      return ["## I. Công tác chỉ đạo, điều hành", "", "Trong kỳ không có nhiệm vụ chỉ đạo, điều hành đến hạn."]
    }
    return ["## I. Công tác chỉ đạo, điều hành", ""]
      + duties.enumerated().map { index, duty in
        let issued = duty.status == .onTime || duty.status == .late ? "đã ban hành" : "chưa ban hành"
        var fields = ["hạn \(duty.due.shown)", issued, duty.status.vietnamese]
        if let lead = duty.lead { fields.append("chủ trì: \(lead.name)") }
        if let evidence = duty.evidence { fields.append("văn bản: \(inline(evidence))") }
        if duty.carriedOver { fields.append("chuyển từ kỳ trước") }
        return "\(index + 1). **\(inline(duty.title))** (`\(duty.id)`) — " + fields.joined(separator: "; ") + "."
      }
  }

  static func areas(_ report: Report) -> [String] {
    var lines = ["## II. Kết quả thực hiện các nhiệm vụ cải cách hành chính"]
    for area in report.areas {
      lines += ["", "### \(area.id). \(inline(area.name))", ""]
      guard !area.duties.isEmpty else {
        lines.append("Trong kỳ không có nhiệm vụ thuộc lĩnh vực này.")
        continue
      }
      lines += area.duties.enumerated().map { "\($0.offset + 1). " + dutyLine($0.element) }
      lines += ["", counts(area.summary)]
    }
    return lines
  }

  /// One duty of section II: title, id, due, lead, coordinators, status, percent, result, evidence.
  static func dutyLine(_ duty: ReportDuty) -> String {
    var fields = ["hạn \(duty.due.shown)"]
    if let lead = duty.lead { fields.append("chủ trì: \(lead.name)") }
    if !duty.coordinators.isEmpty {
      fields.append("phối hợp: " + duty.coordinators.map(\.name).joined(separator: ", "))
    }
    var status = duty.status.vietnamese
    if let day = duty.completedOn { status += " ngày \(day.shown)" }
    if let day = duty.cancelledOn { status += " ngày \(day.shown)" }
    fields.append(status)
    fields.append("\(duty.percent)%")
    if let result = duty.result { fields.append("kết quả: \(inline(result))") }
    if let evidence = duty.evidence { fields.append("minh chứng: \(inline(evidence))") }
    if duty.carriedOver { fields.append("chuyển từ kỳ trước") }
    return "**\(inline(duty.title))** (`\(duty.id)`) — " + fields.joined(separator: "; ") + "."
  }

  /// An area's counts in a sentence.
  static func counts(_ row: ReportSummaryRow) -> String {
    var text =
      "Tổng hợp: \(row.due.count) nhiệm vụ đến hạn trong kỳ (\(row.onTime.count) hoàn thành đúng hạn, "
      + "\(row.late.count) hoàn thành trễ hạn, \(row.inProgress.count) đang thực hiện, \(row.overdue.count) quá hạn, "
      + "\(row.cancelled.count) đã hủy)"
    if row.carriedOver.count > 0 { text += "; \(row.carriedOver.count) nhiệm vụ chuyển từ kỳ trước" }
    return text + "."
  }

  static func summaryTable(_ rows: [ReportSummaryRow]) -> [String] {
    let heads = [
      "Lĩnh vực", "Đến hạn trong kỳ", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Đang thực hiện", "Quá hạn",
      "Đã hủy", "Chuyển từ kỳ trước",
    ]
    let body = rows.map { row -> String in
      let name = row.area.map { "\($0). \(cell(row.name))" } ?? "**\(row.name)**"
      let figures = [row.due, row.onTime, row.late, row.inProgress, row.overdue, row.cancelled, row.carriedOver]
      return "| " + ([name] + figures.map { String($0.count) }).joined(separator: " | ") + " |"
    }
    return [
      "### Bảng tổng hợp", "", "| " + heads.joined(separator: " | ") + " |",
      "|---" + String(repeating: "|--:", count: heads.count - 1) + "|",
    ] + body
  }

  static func indicators(_ report: Report) -> [String] {
    guard !report.indicators.isEmpty else {
      return ["## III. Chỉ tiêu", "", "Kế hoạch không có chỉ tiêu nào."]
    }
    return ["## III. Chỉ tiêu", ""]
      + report.indicators.enumerated().map { index, indicator in
        let baseline = indicator.baseline.map { "\(number($0.value)) \($0.unit) (\($0.period), dòng \($0.line))" }
        var fields = ["số liệu gốc: " + (baseline.isEmpty ? "không có" : baseline.joined(separator: "; "))]
        fields.append("chỉ tiêu năm \(report.period.year): " + target(indicator.target))
        fields.append("chỉ tiêu năm 2030: " + target(indicator.target2030))
        let values = indicator.values.map { "\(number($0.value)) (\($0.recordedOn.shown))" }
        fields.append("giá trị ghi nhận trong kỳ: " + (values.isEmpty ? "chưa có" : values.joined(separator: ", ")))
        if let latest = indicator.latest { fields.append("giá trị gần nhất: \(number(latest.value))") }
        return "\(index + 1). **\(inline(indicator.name))** (\(indicator.unit)) — " + fields.joined(separator: "; ")
          + "."
      }
  }

  static func target(_ target: IndicatorTarget?) -> String {
    guard let target, let value = target.value else { return "chưa xác định" }
    return "\(target.comparator ?? "") \(number(value))".trimmingPrefixSpace
  }

  static func shortcomings(_ report: Report) -> [String] {
    let title = "## IV. Tồn tại, hạn chế và nguyên nhân"
    guard !report.shortcomings.isEmpty else {
      return [title, "", "Trong kỳ không có nhiệm vụ quá hạn hoặc hoàn thành trễ hạn."]
    }
    return [title, ""]
      + report.shortcomings.enumerated().map { index, duty in
        var fields = [
          duty.status == .late ? "hoàn thành trễ hạn (hạn \(duty.due.shown))" : "quá hạn từ \(duty.due.shown)"
        ]
        if let lead = duty.lead { fields.append("chủ trì: \(lead.name)") }
        fields.append("ghi chú: " + (duty.lastNote.map(inline) ?? "không có"))
        return "\(index + 1). **\(inline(duty.title))** (`\(duty.id)`) — " + fields.joined(separator: "; ") + "."
      }
  }

  static func nextPeriod(_ report: Report) -> [String] {
    let next = report.period.next
    let title = "## V. Nhiệm vụ trọng tâm kỳ tới (\(next.from.shown) – \(next.to.shown))"
    guard !report.nextPeriod.isEmpty else { return [title, "", "Kỳ tới không có nhiệm vụ đến hạn."] }
    var lines = [title]
    for area in report.nextPeriod {
      lines += ["", "### \(area.id). \(inline(area.name))", ""]
      lines += area.duties.map { duty in
        "- **\(inline(duty.title))** (`\(duty.id)`) — hạn \(duty.due.shown); chủ trì: \(duty.lead?.name ?? "chưa giao")."
      }
    }
    return lines
  }

  static func closing(_ report: Report) -> [String] {
    let signature = report.signature
    let block = [signature.onBehalf, signature.authority, signature.title].compactMap { $0 }.map { "**\($0)**  " }
    return ["**Nơi nhận:**"] + report.recipients.map { "- \(inline($0))" } + [""] + block + [
      "", "**\(signature.signer?.name ?? "(chưa có người ký)")**",
    ]
  }

  /// A number as the report prints it: `12`, `45,2`.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value).replacingOccurrences(of: ".", with: ",")
  }

  /// Text on one line: line breaks folded to spaces.
  static func inline(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Text in a table cell: one line, `|` escaped.
  static func cell(_ text: String) -> String { inline(text).replacingOccurrences(of: "|", with: "\\|") }
}

extension String {
  /// The text without a leading space.
  fileprivate var trimmingPrefixSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }
}
