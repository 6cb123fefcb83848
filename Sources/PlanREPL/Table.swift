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
  /// The cells, row by row; an empty cell means "none" (shown `—` in a table, empty in CSV).
  var rows: [[String]]
  /// What an empty table says instead of a bare header.
  var empty = Bilingual("Không có kết quả nào khớp.", "Nothing matches.")
  /// How many rows match in all (every page), when the rows are a page of a list.
  var total: Int?
  /// What the rows are, for counts ("516 việc").
  var noun = RowNoun.rows

  /// The table as text in `language`, at most `width` columns wide (nil: no limit). Each cell's
  /// control characters are made visible first, so that widths are measured on what is shown.
  /// An empty table says so in words.
  public func render(_ language: Language, width: Int?) -> String {
    if rows.isEmpty { return empty.text(language) }
    var writer = TableWriter(columns: columns, language: language, width: width)
    return writer.lines(rows).joined(separator: "\n")
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

  /// A cell as a table shows it: its control characters made visible, "none" as `—`.
  static func shown(_ cell: String) -> String { cell.isEmpty ? "—" : cell.visible }

  /// The table as CSV with a UTF-8 byte-order mark (so that Excel reads Vietnamese right); each
  /// field's control characters are made visible (a line break in a note reads `\n`).
  public func csv(_ language: Language) -> String {
    "\u{FEFF}" + ([csvHeader(language)] + rows.map(Self.csvRecord)).joined(separator: "\r\n")
  }

  /// The CSV header record, without the byte-order mark or the record separator.
  func csvHeader(_ language: Language) -> String {
    columns.map { Self.csvField($0.header.text(language)) }.joined(separator: ",")
  }

  /// One row as a CSV record, without the record separator.
  static func csvRecord(_ row: [String]) -> String { row.map(csvField).joined(separator: ",") }

  /// A CSV field: quoted when it must be; a cell Excel would turn into a number, a date, a time or
  /// a formula (`10/16`, `0.5`, `25/09/2026`, `=…`) written as the formula `="…"` so that Excel
  /// keeps the text as it is; a whole number stays a number; "none" stays empty.
  static func csvField(_ raw: String) -> String {
    var text = raw.visible
    if excelWouldConvert(text) {
      // Excel's string literals stop at 255 characters: a longer one keeps a leading apostrophe.
      text = text.count <= 250 ? "=\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : "'" + text
    }
    return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }

  /// Whether Excel, opening a CSV, would read `text` as something other than the text: a formula
  /// (`=`, `+`, `-`, `@` first), TRUE/FALSE, or a number, date, time, fraction or percent other
  /// than a plain whole number (which is meant as a number).
  static func excelWouldConvert(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
    let sign = first == "-" ? 1 : 0
    let count = text.unicodeScalars.count
    let wholeNumber =
      digits == count - sign && digits > 0 && digits <= 15
      && (digits == 1 || text.unicodeScalars.dropFirst(sign).first != "0")
    if wholeNumber { return false }
    if "=+-@".unicodeScalars.contains(first) || ["TRUE", "FALSE"].contains(text.uppercased()) { return true }
    let numeric = CharacterSet(charactersIn: "0123456789.,/-:%+eE() $")
    return digits > 0 && text.unicodeScalars.allSatisfy(numeric.contains)
  }
}

/// A table written a page at a time: the first page sets the header and the column widths, which
/// later pages keep (in a pipe, where nothing is cut, a wider cell widens its column from there on).
struct TableWriter {
  /// The columns.
  let columns: [Table.Column]
  /// The language of the header.
  let language: Language
  /// The terminal's width, or nil (no cutting).
  let width: Int?
  /// The widths in use, once the first page is written.
  private(set) var widths: [Int]?

  init(columns: [Table.Column], language: Language, width: Int?) {
    self.columns = columns
    self.language = language
    self.width = width
  }

  /// The lines of `rows`; the first call starts with the header and its rule.
  mutating func lines(_ rows: [[String]]) -> [String] {
    let rows = rows.map { $0.map(Table.shown) }
    guard let widths else {
      let headers = columns.map { $0.header.text(language).visible }
      let fitted = Self.fitted(Self.natural(headers, rows), width)
      self.widths = fitted
      return [line(headers, fitted), fitted.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        + rows.map { line($0, fitted) }
    }
    let grown = width == nil ? zip(widths, Self.natural(widths.map { _ in "" }, rows)).map(max) : widths
    self.widths = grown
    return rows.map { line($0, grown) }
  }

  /// Each column's display width: its widest cell or header.
  static func natural(_ headers: [String], _ rows: [[String]]) -> [Int] {
    var widths = headers.map(VietnameseText.displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], VietnameseText.displayWidth(cell))
      }
    }
    return widths
  }

  /// The widths shrunk, the widest column first (the titles, usually), until a line fits `width`.
  static func fitted(_ natural: [Int], _ width: Int?) -> [Int] {
    var widths = natural
    guard let width else { return widths }
    let separators = 2 * (widths.count - 1)
    while widths.reduce(0, +) + separators > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > 8
    {
      widths[widest] -= 1
    }
    return widths
  }

  /// One line of cells at `widths`: cut with an ellipsis, padded, numbers aligned right.
  func line(_ cells: [String], _ widths: [Int]) -> String {
    cells.enumerated().map { index, cell in
      let text = Table.fit(cell, widths[index])
      let pad = String(repeating: " ", count: max(0, widths[index] - VietnameseText.displayWidth(text)))
      let isLast = index == cells.count - 1
      return columns[index].right ? pad + text : (isLast ? text : text + pad)
    }.joined(separator: "  ")
  }
}

/// What a list's rows are, to count them in words: "516 việc", "516 duties".
struct RowNoun: Sendable {
  /// The Vietnamese word (Vietnamese nouns do not change with the number).
  var vi: String
  /// English, one.
  var one: String
  /// English, several.
  var many: String

  /// `count` rows in words.
  func text(_ count: Int, _ language: Language) -> String {
    language == .vi ? "\(count) \(vi)" : "\(count) \(count == 1 ? one : many)"
  }

  /// The noun alone, for `count` rows.
  func word(_ count: Int, _ language: Language) -> String { language == .vi ? vi : count == 1 ? one : many }

  static let duties = RowNoun(vi: "việc", one: "duty", many: "duties")
  static let officials = RowNoun(vi: "cán bộ", one: "official", many: "officials")
  static let areas = RowNoun(vi: "lĩnh vực", one: "area", many: "areas")
  static let planItems = RowNoun(vi: "nhiệm vụ", one: "plan item", many: "plan items")
  static let auditRows = RowNoun(vi: "dòng nhật ký", one: "audit row", many: "audit rows")
  static let rows = RowNoun(vi: "dòng", one: "row", many: "rows")
}

/// Results that show as tables, and how.
enum Tables {
  /// A duty's status in words, and whether it is overdue (`đang làm, quá hạn`) unless the caller says
  /// so otherwise (the dashboard's heading).
  static func status(_ duty: DutyView, _ language: Language, marksOverdue: Bool = true) -> String {
    let word = duty.status.word(language)
    guard duty.overdue && marksOverdue else { return word }
    return word + Bilingual(", quá hạn", ", overdue").text(language)
  }

  /// What the rows of a result are, for counts ("516 việc"): by the kind of list.
  static func noun(for result: any Encodable) -> RowNoun {
    switch result {
    case is DutyPageJSON, is Page<DutyView>: .duties
    case is Page<OfficialView>: .officials
    case is Page<AreaView>: .areas
    case is Page<PlanItemView>: .planItems
    case is Page<AuditEntry>: .auditRows
    default: .rows
    }
  }

  /// The table of a result, with its total and what its rows are, or nil when it is not a list.
  /// - Throws: `PlanError` when a page of duties cannot be read back.
  static func table(for result: any Encodable, _ language: Language) throws -> Table? {
    guard var table = try rows(of: result, language) else { return nil }
    table.noun = noun(for: result)
    switch result {
    case let page as DutyPageJSON: table.total = try page.page().total
    case let page as Page<DutyView>: table.total = page.total
    case let page as Page<OfficialView>: table.total = page.total
    case let page as Page<AreaView>: table.total = page.total
    case let page as Page<PlanItemView>: table.total = page.total
    case let page as Page<AuditEntry>: table.total = page.total
    default: break
    }
    return table
  }

  /// The columns and rows of a result, or nil when it is not a list.
  static func rows(of result: any Encodable, _ language: Language) throws -> Table? {
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
          VietnamTime.shown($0.at), $0.official?.rawValue ?? "", auditWord($0.action, language),
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
      "indicator": "chỉ tiêu",
    ]
    return words[word] ?? word
  }

  /// A list of duties: with the reader's part in each (`duties mine`), a column says it (chủ trì /
  /// phối hợp) instead of the lead's; overdue shows beside the status unless `marksOverdue` is false.
  static func duties(_ items: [DutyView], _ language: Language, marksOverdue: Bool = true) -> Table {
    let mine = items.contains { $0.myRole != nil }
    let who: Table.Column =
      mine ? .init(header: Bilingual("Vai trò", "Role")) : .init(header: Bilingual("Chủ trì", "Lead"))
    return Table(
      columns: [
        .init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Hạn", "Due")),
        .init(header: Bilingual("Trạng thái", "Status")), .init(header: Bilingual("%", "%"), right: true), who,
        .init(header: Bilingual("Việc", "Duty")),
      ],
      rows: items.map { duty in
        let role = duty.myRole.map {
          $0 == .lead ? Bilingual("chủ trì", "lead") : Bilingual("phối hợp", "coordinator")
        }
        return [
          duty.id.rawValue, duty.due.text(language), status(duty, language, marksOverdue: marksOverdue),
          "\(duty.percent)", mine ? role?.text(language) ?? "" : duty.lead?.rawValue ?? "", duty.title,
        ]
      }, empty: Bilingual("Không có việc nào khớp.", "No duty matches."), noun: .duties)
  }

  /// The heading of a group of one's own duties.
  static func heading(_ group: MyDutyGroup) -> Bilingual {
    switch group {
    case .overdue: Bilingual("QUÁ HẠN", "OVERDUE")
    case .earlier: Bilingual("Trước tháng này", "Before this month")
    case .thisMonth: Bilingual("Trong tháng này", "This month")
    case .later: Bilingual("Sau đó", "Later")
    }
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
