import Foundation
import PlanCommands
import PlanCore

/// A table for people: columns aligned by display width (Vietnamese in NFC or NFD, wide characters),
/// cut to the terminal's width with an ellipsis.
public struct Table: Sendable {
  /// A column: its header in both languages, and whether it aligns right (numbers).
  public struct Column: Sendable {
    var header: Bilingual
    var right = false
  }

  var columns: [Column]
  var rows: [[String]]
  /// What an empty table says instead of a bare header.
  var empty = Bilingual("Không có kết quả nào khớp.", "Nothing matches.")

  /// The table as text in `language`, at most `width` columns wide (nil: no limit). Each cell's
  /// control characters are made visible first, so that widths are measured on what is shown.
  /// An empty table says so in words.
  public func render(_ language: Language, width: Int?) -> String {
    if rows.isEmpty { return empty.text(language) }
    let headers = columns.map { $0.header.text(language).visible }
    let rows = rows.map { $0.map(\.visible) }
    var widths = headers.map(VietnameseText.displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], VietnameseText.displayWidth(cell))
      }
    }
    if let width {
      // Shrink the widest column (the titles, usually) until the line fits.
      let separators = 2 * (widths.count - 1)
      while widths.reduce(0, +) + separators > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
        widths[widest] > 8
      {
        widths[widest] -= 1
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        let text = Self.fit(cell, widths[index])
        let pad = String(repeating: " ", count: max(0, widths[index] - VietnameseText.displayWidth(text)))
        let isLast = index == cells.count - 1
        return columns[index].right ? pad + text : (isLast ? text : text + pad)
      }.joined(separator: "  ")
    }
    var out = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
    out += rows.map(line)
    return out.joined(separator: "\n")
  }

  /// `text` cut to `width` display columns, with an ellipsis when cut.
  static func fit(_ text: String, _ width: Int) -> String {
    let text = VietnameseText.nfc(text)
    guard VietnameseText.displayWidth(text) > width else { return text }
    var out = ""
    for character in text {
      if VietnameseText.displayWidth(out + String(character)) > width - 1 { break }
      out.append(character)
    }
    return out + "…"
  }

  /// The table as CSV with a UTF-8 byte-order mark (so that Excel reads Vietnamese right); each
  /// field's control characters are made visible (a line break in a note reads `\n`).
  public func csv(_ language: Language) -> String {
    func field(_ raw: String) -> String {
      let text = raw.visible
      return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
    let lines = [columns.map { field($0.header.text(language)) }] + rows.map { $0.map(field) }
    return "\u{FEFF}" + lines.map { $0.joined(separator: ",") }.joined(separator: "\r\n")
  }
}

/// Results that show as tables, and how.
enum Tables {
  static func status(_ duty: DutyView, _ language: Language) -> String {
    if duty.overdue { return language == .vi ? "QUÁ HẠN" : "OVERDUE" }
    return duty.status.word(language)
  }

  /// The table of a result, or nil when it is not a list.
  /// - Throws: `PlanError` when a page of duties cannot be read back.
  static func table(for result: any Encodable, _ language: Language) throws -> Table? {
    if let table = WeeklyTables.table(for: result, language) { return table }
    if let page = result as? DutyPageJSON { return duties(try page.page().items, language) }
    if let page = result as? Page<DutyView> { return duties(page.items, language) }
    if let page = result as? Page<OfficialView> {
      return Table(
        columns: [
          .init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Họ tên", "Name")),
          .init(header: Bilingual("Vị trí", "Position")),
          .init(header: Bilingual("Giờ tháng này", "Hours this month"), right: true),
          .init(header: Bilingual("Còn", "Left"), right: true),
        ],
        rows: page.items.map {
          [
            $0.id.rawValue, $0.name + inactiveMark($0, language), $0.position,
            "\($0.loadThisMonth)/\($0.capacityThisMonth)", "\($0.capacityThisMonth - $0.loadThisMonth)",
          ]
        }, empty: Bilingual("Không có cán bộ nào khớp.", "No official matches."))
    }
    if let page = result as? Page<AreaView> {
      return Table(
        columns: [
          .init(header: Bilingual("Lĩnh vực", "Area")), .init(header: Bilingual("Tên", "Name")),
          .init(header: Bilingual("Nhiệm vụ", "Items"), right: true),
          .init(header: Bilingual("Việc", "Planned"), right: true),
          .init(header: Bilingual("Xong", "Done"), right: true),
          .init(header: Bilingual("Quá hạn", "Overdue"), right: true),
        ],
        rows: page.items.map {
          [
            "\($0.id) \($0.code)", language == .vi ? $0.localName : $0.name, "\($0.items)", "\($0.planned)",
            "\($0.done)",
            "\($0.overdue)",
          ]
        })
    }
    if let page = result as? Page<PlanItemView> {
      return Table(
        columns: [
          .init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Loại", "Kind")),
          .init(header: Bilingual("Giờ", "Hours"), right: true), .init(header: Bilingual("Tiêu đề", "Title")),
        ],
        rows: page.items.map {
          [
            $0.id.rawValue,
            $0.kind == .task
              ? Bilingual("nhiệm vụ", "task").text(language) : Bilingual("giải pháp", "solution").text(language),
            "\($0.effort)", $0.title,
          ]
        }, empty: Bilingual("Không có nhiệm vụ nào khớp.", "No plan item matches."))
    }
    if let page = result as? Page<AuditEntry> { return audit(page.items, language) }
    return nil
  }

  /// The audit log: when, who, what, on what.
  static func audit(_ items: [AuditEntry], _ language: Language) -> Table {
    Table(
      columns: [
        .init(header: Bilingual("Lúc (giờ Việt Nam)", "At (Vietnam time)")),
        .init(header: Bilingual("Người làm", "By")),
        .init(header: Bilingual("Thao tác", "Action")), .init(header: Bilingual("Đối tượng", "Entity")),
      ],
      rows: items.map {
        [
          VietnamTime.shown($0.at), $0.official?.rawValue ?? "—", auditWord($0.action, language),
          "\(auditWord($0.entity, language)) \($0.entityId ?? "")",
        ]
      },
      empty: Bilingual("Nhật ký không có dòng nào khớp.", "No audit row matches."))
  }

  /// An audit row's action or entity word in the reader's language (method names stay as they are).
  static func auditWord(_ word: String, _ language: Language) -> String {
    guard language == .vi else { return word }
    let words = [
      "refused": "từ chối", "duty": "việc", "official": "cán bộ", "leave": "lần nghỉ", "database": "cơ sở dữ liệu",
    ]
    return words[word] ?? word
  }

  static func duties(_ items: [DutyView], _ language: Language) -> Table {
    Table(
      columns: [
        .init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Hạn", "Due")),
        .init(header: Bilingual("Trạng thái", "Status")), .init(header: Bilingual("%", "%"), right: true),
        .init(header: Bilingual("Chủ trì", "Lead")), .init(header: Bilingual("Việc", "Duty")),
      ],
      rows: items.map { duty in
        let role = duty.myRole.map {
          $0 == .lead ? Bilingual(" [chủ trì]", " [lead]") : Bilingual(" [phối hợp]", " [coordinator]")
        }
        return [
          duty.id.rawValue, duty.due.text(language), status(duty, language), "\(duty.percent)",
          duty.lead?.rawValue ?? "—",
          duty.title + (role?.text(language) ?? ""),
        ]
      }, empty: Bilingual("Không có việc nào khớp.", "No duty matches."))
  }

  /// `duties mine` at a glance: overdue, this month, later.
  static func dashboard(_ items: [DutyView], today: CivilDate, _ language: Language, width: Int?) -> String {
    let month = today.period
    let groups: [(Bilingual, [DutyView])] = [
      (Bilingual("QUÁ HẠN", "OVERDUE"), items.filter(\.overdue)),
      (Bilingual("Trong tháng này", "This month"), items.filter { !$0.overdue && $0.due.period == month }),
      (Bilingual("Sau đó", "Later"), items.filter { !$0.overdue && $0.due.period != month }),
    ]
    var out: [String] = []
    for (title, duties) in groups where !duties.isEmpty {
      out.append("\(title.text(language)) (\(duties.count))")
      out.append(Self.duties(duties, language).render(language, width: width))
      out.append("")
    }
    if out.isEmpty { return Bilingual("Không có việc nào đang mở.", "No open duty.").text(language) }
    return out.joined(separator: "\n").trimmingCharacters(in: .newlines)
  }
}

/// The terminal's width when stdout is a terminal, else nil (no cutting in pipes and files).
func terminalWidth() -> Int? {
  guard isatty(STDOUT_FILENO) == 1 else { return nil }
  var size = winsize()
  if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
  return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
}

/// The mark after an inactive official's name, in the words `officials get` uses: " (không hoạt
/// động)"; none for an active one, nor for a vacant post whose name says so already ("… (khuyết)").
func inactiveMark(_ official: OfficialView, _ language: Language) -> String {
  guard !official.active, !VietnameseText.searchKey(official.name).contains("(khuyet)") else { return "" }
  return Bilingual(" (không hoạt động)", " (inactive)").text(language)
}
