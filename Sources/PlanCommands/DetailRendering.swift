import Foundation
import PlanCore

/// A record shown in full, as data: a heading, labelled lines ("Nhãn: giá trị"), then sections
/// that are tables. The shell draws the sections as its aligned tables; `plainText` is the same
/// content for any other reader. Stored text is shown with its control characters made visible
/// (a line break in a note reads `\n`), so that no value can break the layout or reach a terminal raw.
public struct DetailText: Sendable {
  /// One section: a title, its columns and rows, and what it says when it has no row.
  public struct Section: Sendable {
    /// The title line (with its count).
    public var title: String
    /// Column headers, and whether each aligns right (numbers).
    public var columns: [(header: String, right: Bool)]
    /// The rows, one cell per column.
    public var rows: [[String]]
    /// What an empty section says instead of a table.
    public var empty: String
  }

  /// The first line.
  public var heading: String
  /// Label and value of each line, in order.
  public var fields: [(label: String, value: String)]
  /// The tables after the lines.
  public var sections: [Section]
  /// Sentences after everything (e.g. who may see what is left out).
  public var notes: [String]

  /// The labelled lines, labels padded to one width (by display width).
  public var fieldLines: [String] {
    let width = fields.map { VietnameseText.displayWidth($0.label) }.max() ?? 0
    return fields.map { field in
      let pad = String(repeating: " ", count: width - VietnameseText.displayWidth(field.label))
      return "  \(field.label):\(pad) \(field.value.visible)"
    }
  }

  /// Everything as plain lines: the sections' rows with their cells joined by ` · `.
  public var plainText: String {
    var lines = [heading.visible] + fieldLines
    for section in sections {
      lines += ["", section.title]
      lines +=
        section.rows.isEmpty
        ? ["  " + section.empty] : section.rows.map { "  " + $0.map(\.visible).joined(separator: " · ") }
    }
    if !notes.isEmpty { lines += [""] + notes.map(\.visible) }
    return lines.joined(separator: "\n")
  }
}

extension DutyDetail: TextRendering {
  /// The duty in full, as plain lines.
  public func renderText(_ language: Language) -> String { detailText(language).plainText }

  /// The duty in full: its lines, its progress history and its audit trail.
  public func detailText(_ language: Language) -> DetailText {
    let t = { (vi: String, en: String) in Bilingual(vi, en).text(language) }
    var sections = [progressSection(language)]
    var notes: [String] = []
    if let audit = duty.audit {
      sections.append(auditSection(audit, language))
    } else if !auditVisible {
      notes.append(
        t(
          "Chỉ Chủ tịch, Phó Chủ tịch mới xem được nhật ký thay đổi của việc này.",
          "Only the chair and vice-chairs may see this duty's audit trail."))
    }
    return DetailText(
      heading: t("Việc", "Duty") + " \(duty.id.rawValue) — \(duty.title)", fields: fields(language),
      sections: sections, notes: notes)
  }

  /// An official as `id (name)`, or `—`.
  func person(_ id: OfficialID?) -> String {
    guard let id else { return "—" }
    return officialNames[id].map { "\(id.rawValue) (\($0))" } ?? id.rawValue
  }

  /// The labelled lines: what the duty is, when, how much, who, and how it ended.
  func fields(_ language: Language) -> [(label: String, value: String)] {
    let t = { (vi: String, en: String) in Bilingual(vi, en).text(language) }
    var status = "\(duty.status.word(language)) \(duty.percent)%"
    if duty.overdue { status += t(" — QUÁ HẠN", " — OVERDUE") }
    var lines: [(String, String)] = [
      (t("Lĩnh vực", "Area"), "\(duty.area)" + (areaName.map { " — \($0)" } ?? "")),
      (
        t("Nhiệm vụ kế hoạch", "Plan item"),
        duty.planItem.map { "\($0.rawValue)" + (planItemTitle.map { " — \($0)" } ?? "") }
          ?? t("— (việc đột xuất)", "— (ad-hoc duty)")
      ),
      (t("Hạn", "Due"), duty.due.text(language)),
      (t("Tháng tính giờ", "Hours count in"), duty.period.shown),
      (t("Số giờ", "Hours"), "\(duty.effort)"),
      (t("Trạng thái", "Status"), status),
      (t("Chủ trì", "Lead"), person(duty.lead)),
      (
        t("Phối hợp", "Coordinators"),
        duty.coordinators.isEmpty ? "—" : duty.coordinators.map(person).joined(separator: ", ")
      ),
      (
        t("Ghim", "Pinned"),
        duty.pinned
          ? t("có (lập lịch tự động không đổi người chủ trì)", "yes (automatic scheduling keeps the lead)")
          : t("không", "no")
      ),
      (t("Ghi chú", "Note"), duty.note ?? "—"),
    ]
    if let completedOn = duty.completedOn {
      lines += [
        (t("Hoàn thành ngày", "Completed on"), completedOn.text(language)),
        (t("Kết quả", "Result"), duty.result ?? "—"), (t("Minh chứng", "Evidence"), duty.evidence ?? "—"),
      ]
    }
    if let cancelledOn = duty.cancelledOn {
      lines += [
        (t("Ngày hủy", "Cancelled on"), cancelledOn.text(language)),
        (t("Lý do hủy", "Reason"), duty.cancelReason ?? "—"),
      ]
    }
    lines.append((t("Phiên bản", "Version"), "\(duty.version)"))
    return lines
  }

  /// The progress history, oldest first: date, who, whose part, status, percent, note.
  func progressSection(_ language: Language) -> DetailText.Section {
    let t = { (vi: String, en: String) in Bilingual(vi, en).text(language) }
    let entries = duty.progress ?? []
    return DetailText.Section(
      title: entries.isEmpty
        ? t("Tiến độ", "Progress")
        : t(
          "Tiến độ (\(entries.count) lần báo cáo)",
          "Progress (\(entries.count) report\(entries.count == 1 ? "" : "s"))"),
      columns: [
        (t("Ngày", "Date"), false), (t("Người báo cáo", "By"), false), (t("Vai trò", "Role"), false),
        (t("Trạng thái", "Status"), false), ("%", true), (t("Ghi chú", "Note"), false),
      ],
      rows: entries.map {
        [
          $0.date.text(language), $0.official?.rawValue ?? "—", $0.part.word(language), $0.status.word(language),
          "\($0.percent)", $0.note ?? "",
        ]
      },
      empty: t("Chưa có báo cáo tiến độ nào.", "No progress reported yet."))
  }

  /// The audit trail, oldest first: when (Vietnam time), who, the action in words, what changed.
  func auditSection(_ audit: [AuditEntry], _ language: Language) -> DetailText.Section {
    let t = { (vi: String, en: String) in Bilingual(vi, en).text(language) }
    return DetailText.Section(
      title: t(
        "Nhật ký thay đổi (\(audit.count) dòng)", "Audit trail (\(audit.count) row\(audit.count == 1 ? "" : "s"))"),
      columns: [
        (t("Lúc (giờ Việt Nam)", "At (Vietnam time)"), false), (t("Người làm", "By"), false),
        (t("Thao tác", "Action"), false), (t("Thay đổi", "Changes"), false),
      ],
      rows: audit.map {
        [
          VietnamTime.shown($0.at), $0.official?.rawValue ?? "—", DutyTrail.action($0.action, language),
          DutyTrail.changes(action: $0.action, before: $0.before, after: $0.after, language),
        ]
      },
      empty: t("Nhật ký chưa có dòng nào về việc này.", "The audit has no row about this duty."))
  }
}

extension ProgressPart {
  /// Whose part, in the reader's words: chủ trì, phối hợp, Chủ tịch / lead, coordinator, chair.
  public func word(_ language: Language) -> String {
    switch self {
    case .lead: Bilingual("chủ trì", "lead").text(language)
    case .coordinator: Bilingual("phối hợp", "coordinator").text(language)
    case .chair: Bilingual("Chủ tịch", "chair").text(language)
    }
  }
}

/// A duty's audit rows in words: the action, and what changed between the row's before and after.
enum DutyTrail {
  /// The action of a row about a duty, in words (an unknown one stays as it is).
  static func action(_ action: String, _ language: Language) -> String {
    let words: [String: Bilingual] = [
      "duties.create": Bilingual("tạo việc", "created"), "duties.update": Bilingual("sửa việc", "edited"),
      "duties.assign": Bilingual("giao việc", "assigned"),
      "duties.unassign": Bilingual("bỏ người chủ trì", "lead cleared"),
      "duties.progress": Bilingual("báo cáo tiến độ", "progress reported"),
      "duties.complete": Bilingual("hoàn thành", "completed"), "duties.cancel": Bilingual("hủy việc", "cancelled"),
      "duties.reopen": Bilingual("mở lại", "reopened"),
      "schedule.run": Bilingual("lập lịch tự động", "scheduled automatically"),
      "officials.update": Bilingual("rút khỏi việc (cán bộ thay đổi)", "taken off (official changed)"),
    ]
    return words[action]?.text(language) ?? action
  }

  /// The members a change shows, with their labels, in order.
  static let members: [(key: String, label: Bilingual)] = [
    ("title", Bilingual("Tên", "Title")), ("area", Bilingual("Lĩnh vực", "Area")), ("due", Bilingual("Hạn", "Due")),
    ("period", Bilingual("Tháng tính giờ", "Hours count in")), ("effort", Bilingual("Số giờ", "Hours")),
    ("status", Bilingual("Trạng thái", "Status")), ("percent", Bilingual("Tiến độ", "Percent")),
    ("lead", Bilingual("Chủ trì", "Lead")), ("coordinators", Bilingual("Phối hợp", "Coordinators")),
    ("pinned", Bilingual("Ghim", "Pinned")), ("note", Bilingual("Ghi chú", "Note")),
    ("result", Bilingual("Kết quả", "Result")), ("evidence", Bilingual("Minh chứng", "Evidence")),
    ("cancelReason", Bilingual("Lý do hủy", "Reason")),
  ]

  /// `Chủ trì: — → tu-phap-1; Hạn: 15/12/2026 → 20/12/2026`; for a new duty, what it started with;
  /// for a report that left the duty as it was (a coordinator's part), where the report is.
  static func changes(action: String, before: String?, after: String?, _ language: Language) -> String {
    let text = changes(before: before, after: after, language)
    guard text.isEmpty else { return text }
    return action == "duties.progress"
      ? Bilingual("việc không đổi; báo cáo ở mục Tiến độ", "the duty is unchanged; the report is under Progress")
        .text(language) : "—"
  }

  /// The members that differ between two snapshots of a duty, in words.
  static func changes(before: String?, after: String?, _ language: Language) -> String {
    func parse(_ text: String?) -> JSONValue? {
      text.flatMap { try? JSONValue(parsing: Array($0.utf8), maximumDepth: JSONValue.maximumDepth) }
    }
    guard let new = parse(after) else { return "" }
    guard let old = parse(before) else {
      // A new duty: its due date, hours and people.
      return members.filter { ["due", "effort", "lead", "coordinators"].contains($0.key) }.compactMap { member in
        let value = shown(new[member.key], member.key, language)
        return value == "—" ? nil : "\(member.label.text(language)): \(value)"
      }.joined(separator: "; ")
    }
    return members.compactMap { member in
      let (was, now) = (old[member.key] ?? .null, new[member.key] ?? .null)
      guard was != now else { return nil }
      return "\(member.label.text(language)): \(shown(was, member.key, language)) → \(shown(now, member.key, language))"
    }.joined(separator: "; ")
  }

  /// A member's value as people read it: dates dd/mm/yyyy, months mm/yyyy, statuses and yes/no in words.
  static func shown(_ value: JSONValue?, _ key: String, _ language: Language) -> String {
    switch value {
    case .string(let text) where key == "due": CivilDate(iso: text)?.shown ?? text
    case .string(let text) where key == "period": Month(iso: text)?.shown ?? text
    case .string(let text) where key == "status": DutyStatus(rawValue: text)?.word(language) ?? text
    case .string(let text): text.isEmpty ? "—" : text
    case .integer(let number): key == "percent" ? "\(number)%" : "\(number)"
    case .bool(let flag): flag ? Bilingual("có", "yes").text(language) : Bilingual("không", "no").text(language)
    case .array(let values):
      values.isEmpty
        ? "—" : values.map { if case .string(let text) = $0 { text } else { "" } }.joined(separator: ", ")
    default: "—"
    }
  }
}

extension PlanItemDetail: TextRendering {
  /// The plan item in full, as plain lines.
  public func renderText(_ language: Language) -> String { detailText(language).plainText }

  /// The plan item in full: every member as a labelled line, then the report's sentence with its lines.
  public func detailText(_ language: Language) -> DetailText {
    let t = { (vi: String, en: String) in Bilingual(vi, en).text(language) }
    func named(_ ids: [String], _ names: [String: String]) -> String {
      ids.isEmpty ? "—" : ids.map { id in names[id].map { "\(id) (\($0))" } ?? id }.joined(separator: ", ")
    }
    var fields: [(label: String, value: String)] = [
      (t("Lĩnh vực", "Area"), "\(item.area)" + (areaName.map { " — \($0)" } ?? "")),
      (t("Loại", "Kind"), item.kind == .task ? t("nhiệm vụ", "task") : t("giải pháp", "solution")),
      (t("Nội dung", "Text"), item.text),
      (t("Lặp lại", "Recurs"), Self.recurrence(item.recurrence, language)),
    ]
    if let basis = item.recurrence.basis { fields.append((t("Căn cứ tần suất", "Frequency basis"), "“\(basis)”")) }
    fields += [
      (t("Số giờ mỗi việc", "Hours per duty"), "\(item.effort)"),
      (t("Vị trí chủ trì", "Lead positions"), named(item.leadPositions, positionNames)),
      (t("Vị trí phối hợp", "Coordinator positions"), named(item.coordinatorPositions, positionNames)),
      (t("Kỹ năng cần có", "Skills needed"), named(item.skills, skillNames)),
      (t("Chỉ tiêu", "Indicators"), named(item.indicators, indicatorNames)),
    ]
    var notes: [String] = []
    if let sentence = item.source.sentence {
      let place: String
      switch item.source.lines ?? [] {
      case let lines where lines.count == 2 && lines[0] != lines[1]:
        place = t(" (dòng \(lines[0])–\(lines[1]))", " (lines \(lines[0])–\(lines[1]))")
      case let lines where !lines.isEmpty: place = t(" (dòng \(lines[0]))", " (line \(lines[0]))")
      default: place = ""
      }
      notes.append(t("Câu gốc trong báo cáo", "The report's sentence") + place + ": “\(sentence)”")
    }
    if let reference = item.source.reference { notes.append(t("Nguồn: ", "Source: ") + reference) }
    return DetailText(
      heading: t("Nhiệm vụ", "Plan item") + " \(item.id.rawValue) — \(item.title)", fields: fields, sections: [],
      notes: notes)
  }

  /// How often the item's duties fall due, in words, with the days the plan's expansion gives them.
  static func recurrence(_ recurrence: Recurrence, _ language: Language) -> String {
    let t = { (vi: String, en: String) in Bilingual(vi, en).text(language) }
    if recurrence.every == .once {
      return t("một lần, hạn ", "once, due ") + (recurrence.due?.text(language) ?? "—")
    }
    // Any year shows the days; a year that is not a leap year keeps 28/2 as the plan would.
    let dates = Expansion.dates(of: recurrence, in: 2027).map(\.date)
    let days = dates.map { String(format: "%02d/%02d", $0.day, $0.month) }
    let and = t(" và ", " and ")
    let list = days.count > 1 ? days.dropLast().joined(separator: ", ") + and + (days.last ?? "") : days.joined()
    switch recurrence.every {
    case .year: return t("hằng năm, hạn \(list)", "every year, due \(list)")
    case .halfYear: return t("6 tháng một lần, hạn \(list)", "every half-year, due \(list)")
    case .quarter where (recurrence.quarters ?? [1, 2, 3, 4]).sorted() != [1, 2, 3, 4]:
      let quarters = (recurrence.quarters ?? []).sorted().map(String.init)
      let named = quarters.dropLast().joined(separator: ", ") + (quarters.count > 1 ? and : "") + (quarters.last ?? "")
      return t("quý \(named) hằng năm, hạn \(list)", "quarters \(named) each year, due \(list)")
    case .quarter: return t("hằng quý, hạn \(list)", "every quarter, due \(list)")
    case .continuous where recurrence.basis == nil:
      return t(
        "báo cáo không nêu tần suất; tính theo quý, hạn \(list)",
        "the report states no frequency; counted every quarter, due \(list)")
    case .continuous:
      return t("thường xuyên; báo cáo hằng quý, hạn \(list)", "continuous; reported every quarter, due \(list)")
    case .month:
      let day = dates.first.map { "\($0.day)" } ?? "—"
      return t("hằng tháng, hạn ngày \(day)", "every month, due on day \(day)")
    case .once: return ""
    }
  }
}
