import Foundation
import PlanCommands
import PlanCore

/// How the shell prints a list: one page as asked (a table says when rows are left: "50 / 516 việc —
/// xem tiếp: --offset 50, hoặc --all"), or every row (`--all`, CSV, `--output FILE`) by calling the
/// command page after page and writing each page as it comes — never one giant response.
struct ListRun {
  /// The list command.
  let command: CommandEntry
  /// Its parameters as given on the line.
  let params: JSONValue
  /// The line's options.
  let options: LineOptions
  /// The format chosen.
  let format: OutputFormat
  /// The call's context.
  let context: CommandContext
  /// The session language.
  let language: Language

  /// Whether every row is wanted: `--all`, a file, or CSV without `--limit`/`--offset` (Excel gets
  /// the whole list, not its first page).
  var everyRow: Bool {
    options.all || options.output != nil || (format == .csv && params["limit"] == nil && params["offset"] == nil)
  }

  /// The first row asked for (`--offset`, else 0).
  var start: Int {
    if case .integer(let offset)? = params["offset"] { return offset }
    return 0
  }

  /// Prints the list to `write` (text exactly as given, no line break added) or into `--output`'s
  /// file, then says what was written with `say`.
  /// - Throws: `PlanError` from the command, or naming the file that could not be written.
  func run(write: @escaping (String) -> Void, say: (String) -> Void) throws {
    if format == .md {
      throw PlanError.invalidParams(
        "--format md in một trang để dán vào tin nhắn, không dùng cùng --all hoặc --output.",
        "--format md prints one page to paste into a message; it cannot go with --all or --output.")
    }
    if options.all, params["limit"] != nil {
      throw PlanError.invalidParams(
        "--all lấy mọi dòng, không dùng cùng --limit.", "--all takes every row; it cannot go with --limit.")
    }
    guard let path = options.output else {
      var sink = sink(write)
      try pageThrough(into: &sink)
      return
    }
    let file = try ExportFile(path: path, force: options.force)
    do {
      var sink = sink(file.write)
      let (count, noun) = try pageThrough(into: &sink)
      try file.commit()
      say(
        Bilingual(
          "Đã ghi \(noun.text(count, .vi)) vào \(path).", "Wrote \(noun.text(count, .en)) to \(path)."
        ).text(language).visible)
    } catch {
      file.abandon()
      throw error
    }
  }

  /// The sink of the format.
  func sink(_ write: @escaping (String) -> Void) -> any ListSink {
    switch format {
    case .json: return JSONListSink(write: write)
    case .csv: return CSVListSink(write: write, language: language)
    case .table, .md:  // md never reaches here (refused by `run`)
      if command.name == "duties.mine" {
        return DashboardSink(write: write, language: language, today: context.today, width: terminalWidth())
      }
      return TableListSink(write: write, language: language, width: terminalWidth())
    }
  }

  /// Calls the command for one page, or for every page, into `sink`; then ends the list.
  /// - Returns: how many rows were written, and what they are.
  @discardableResult
  func pageThrough(into sink: inout any ListSink) throws -> (Int, RowNoun) {
    let pages =
      command.parameters.contains { $0.name == "limit" } && command.parameters.contains { $0.name == "offset" }
    guard everyRow && pages else {
      let result = try CommandTable.call(command.name, params: params, in: context)
      let (count, total) = try sink.write(result)
      try sink.finish(offset: start, count: count, total: total)
      return (count, Tables.noun(for: result))
    }
    let limit = command.parameters.first { $0.name == "limit" }.flatMap(\.schema.maximum) ?? 1000
    var offset = start
    var written = 0
    var total = 0
    var noun = RowNoun.rows
    while true {
      let result = try CommandTable.call(command.name, params: params.with(limit: limit, offset: offset), in: context)
      let (count, pageTotal) = try sink.write(result)
      noun = Tables.noun(for: result)
      written += count
      offset += count
      total = pageTotal
      if count < limit || offset >= pageTotal { break }
    }
    try sink.finish(offset: start, count: written, total: total)
    return (written, noun)
  }
}

extension JSONValue {
  /// These by-name parameters with `limit` and `offset` set.
  fileprivate func with(limit: Int, offset: Int) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if case .object(let given) = self { members = given.filter { $0.0 != "limit" && $0.0 != "offset" } }
    return .object(members + [("limit", .integer(limit)), ("offset", .integer(offset))])
  }
}

extension Schema {
  /// The largest whole number the schema takes, if it says.
  fileprivate var maximum: Int? {
    if case .integer(_, let maximum) = self { return maximum }
    return nil
  }
}

/// Where the pages of a list go, one after the other, in one format.
protocol ListSink {
  /// Writes one page's rows.
  /// - Returns: how many rows the page has, and how many match in all.
  mutating func write(_ result: any Encodable & Sendable & TextRendering) throws -> (count: Int, total: Int)
  /// Ends the list: `count` rows were written from row `offset` of `total`.
  mutating func finish(offset: Int, count: Int, total: Int) throws
}

/// JSON: one document, `{"items":[…],"total":N}` (and any other member of the first page, such as
/// `duties.mine`'s `groups`), equal to what one call with a large enough limit returns.
struct JSONListSink: ListSink {
  let write: (String) -> Void
  /// What follows the items of the first page (`],"total":N}`), once it is written.
  private var suffix: [UInt8]?
  /// Rows written so far.
  private var written = 0

  init(write: @escaping (String) -> Void) { self.write = write }

  mutating func write(_ result: any Encodable & Sendable & TextRendering) throws -> (count: Int, total: Int) {
    let bytes = try CommandTable.json(of: result)
    let page = try PageJSON(bytes)
    if suffix == nil {
      write(String(decoding: bytes[..<page.items.upperBound], as: UTF8.self))
      suffix = Array(bytes[page.items.upperBound...])
    } else if page.count > 0 {
      write((written > 0 ? "," : "") + String(decoding: bytes[page.items], as: UTF8.self))
    }
    written += page.count
    return (page.count, page.total)
  }

  mutating func finish(offset: Int, count: Int, total: Int) throws {
    write(String(decoding: suffix ?? [], as: UTF8.self) + "\n")
  }
}

/// CSV: the byte-order mark and the header once, then every page's records (CR LF after each).
struct CSVListSink: ListSink {
  let write: (String) -> Void
  let language: Language
  private var started = false

  init(write: @escaping (String) -> Void, language: Language) {
    self.write = write
    self.language = language
  }

  mutating func write(_ result: any Encodable & Sendable & TextRendering) throws -> (count: Int, total: Int) {
    guard let table = try Tables.table(for: result, language) else { throw PlanError.internal("no table for a list") }
    var text = started ? "" : "\u{FEFF}" + table.csvHeader(language) + "\r\n"
    started = true
    for row in table.rows { text += Table.csvRecord(row) + "\r\n" }
    write(text)
    return (table.rows.count, table.total ?? table.rows.count)
  }

  mutating func finish(offset: Int, count: Int, total: Int) throws {}
}

/// A table: the first page sets the header and widths; at the end, the footer when rows are left
/// out, or the empty list's words.
struct TableListSink: ListSink {
  let write: (String) -> Void
  let language: Language
  let width: Int?
  private var writer: TableWriter?
  private var empty = Bilingual("Không có kết quả nào khớp.", "Nothing matches.")
  private var noun = RowNoun.rows

  init(write: @escaping (String) -> Void, language: Language, width: Int?) {
    self.write = write
    self.language = language
    self.width = width
  }

  mutating func write(_ result: any Encodable & Sendable & TextRendering) throws -> (count: Int, total: Int) {
    guard let table = try Tables.table(for: result, language) else { throw PlanError.internal("no table for a list") }
    empty = table.empty
    noun = table.noun
    if !table.rows.isEmpty {
      var writer = self.writer ?? TableWriter(columns: table.columns, language: language, width: width)
      write(writer.lines(table.rows).joined(separator: "\n") + "\n")
      self.writer = writer
    }
    return (table.rows.count, table.total ?? table.rows.count)
  }

  mutating func finish(offset: Int, count: Int, total: Int) throws {
    if count == 0 && (total == 0 || offset == 0) {
      write(empty.text(language) + "\n")
    } else if let footer = ListFooter.text(offset: offset, count: count, total: total, noun: noun, language) {
      write(footer + "\n")
    }
  }
}

/// `duties mine` at a glance: overdue, before this month (done), this month, later — each group
/// headed by its count over every row (not only this page), each a table of its own.
struct DashboardSink: ListSink {
  let write: (String) -> Void
  let language: Language
  let today: CivilDate
  let width: Int?
  /// The group being written, and its table.
  private var current: (group: MyDutyGroup, writer: TableWriter)?

  init(write: @escaping (String) -> Void, language: Language, today: CivilDate, width: Int?) {
    self.write = write
    self.language = language
    self.today = today
    self.width = width
  }

  mutating func write(_ result: any Encodable & Sendable & TextRendering) throws -> (count: Int, total: Int) {
    guard let json = result as? DutyPageJSON else { throw PlanError.internal("duties.mine without a page") }
    let mine = try json.myPage()
    var lines: [String] = []
    // The rows come group by group (the command orders them so): each run of one group goes on.
    var runs: [(group: MyDutyGroup, items: [DutyView])] = []
    for duty in mine.page.items {
      let group = MyDutyGroup.of(status: duty.status, due: duty.due, today: today)
      if runs.last?.group == group { runs[runs.count - 1].items.append(duty) } else { runs.append((group, [duty])) }
    }
    for run in runs {
      var writer = current?.writer ?? TableWriter(columns: [], language: language, width: width)
      if current?.group != run.group {
        if current != nil { lines.append("") }
        lines.append("\(Tables.heading(run.group).text(language)) (\(mine.groups[run.group] ?? 0))")
        writer = TableWriter(columns: Tables.duties(run.items, language).columns, language: language, width: width)
      }
      lines += writer.lines(Tables.duties(run.items, language, marksOverdue: false).rows)
      current = (run.group, writer)
    }
    if !lines.isEmpty { write(lines.joined(separator: "\n") + "\n") }
    return (mine.page.items.count, mine.page.total)
  }

  mutating func finish(offset: Int, count: Int, total: Int) throws {
    if count == 0 && (total == 0 || offset == 0) {
      write(Bilingual("Không có việc nào đang mở.", "No open duty.").text(language) + "\n")
    } else if let footer = ListFooter.text(offset: offset, count: count, total: total, noun: .duties, language) {
      // A line apart: the footer counts the whole list, not the last group.
      write("\n" + footer + "\n")
    }
  }
}

/// The line under a list that does not show every row.
enum ListFooter {
  /// `50 / 516 việc — xem tiếp: --offset 50, hoặc --all`; `51–100 / 516 việc …`; the last page
  /// without "more"; nil when the rows shown are all there are.
  static func text(offset: Int, count: Int, total: Int, noun: RowNoun, _ language: Language) -> String? {
    if offset == 0 && count >= total { return nil }
    if count == 0 {
      return Bilingual(
        "Không còn \(noun.vi) nào sau --offset \(offset): có tất cả \(noun.text(total, .vi)).",
        "No more \(noun.many) after --offset \(offset): \(noun.text(total, .en)) in all."
      ).text(language)
    }
    let shown = offset == 0 ? "\(count)" : "\(offset + 1)–\(offset + count)"
    let next = offset + count
    let more = next < total
    return Bilingual(
      "\(shown) / \(noun.text(total, .vi))" + (more ? " — xem tiếp: --offset \(next), hoặc --all" : ""),
      "\(shown) of \(noun.text(total, .en))" + (more ? " — more: --offset \(next), or --all" : "")
    ).text(language)
  }
}

/// Where a list result's items are in its JSON text, how many there are and the total: the text
/// is read once, strings skipped whole, so a `]` inside a title never ends the list.
struct PageJSON {
  /// The items' text, between the brackets of `"items":[…]`.
  let items: Range<Int>
  /// How many items.
  let count: Int
  /// The `total` member.
  let total: Int

  /// Reads a list result `{…"items":[…]…"total":N…}` (as the command table writes it: compact).
  /// - Throws: `PlanError.internal` when the text is not such a list.
  init(_ bytes: [UInt8]) throws {
    var index = 0
    var items: Range<Int>?
    var count = 0
    var total: Int?
    func fail() -> PlanError { PlanError.internal("list result is not {items, total}") }
    guard bytes.first == UInt8(ascii: "{") else { throw fail() }
    index = 1
    while index < bytes.count, bytes[index] != UInt8(ascii: "}") {
      if bytes[index] == UInt8(ascii: ",") { index += 1 }
      let keyStart = index
      index = Self.end(of: bytes, at: index)
      guard bytes[keyStart] == UInt8(ascii: "\""), index - 1 > keyStart, index < bytes.count,
        bytes[index] == UInt8(ascii: ":")
      else { throw fail() }
      let key = String(decoding: bytes[(keyStart + 1)..<(index - 1)], as: UTF8.self)
      let valueStart = index + 1
      if key == "items" {
        guard valueStart < bytes.count, bytes[valueStart] == UInt8(ascii: "[") else { throw fail() }
        (index, count) = Self.array(bytes, at: valueStart)
        guard index - 1 > valueStart, index <= bytes.count else { throw fail() }
        items = (valueStart + 1)..<(index - 1)
      } else {
        index = Self.end(of: bytes, at: valueStart)
        if key == "total" { total = Int(String(decoding: bytes[valueStart..<index], as: UTF8.self)) }
      }
    }
    guard let items, let total else { throw fail() }
    self.items = items
    self.count = count
    self.total = total
  }

  /// The index just past the JSON value that starts at `start`.
  static func end(of bytes: [UInt8], at start: Int) -> Int {
    var index = start
    var depth = 0
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
          if depth == 0 { return index }
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth -= 1
        if depth == 0 { return index }
        if depth < 0 { return index - 1 }
      case UInt8(ascii: ","): if depth == 0 { return index - 1 }
      default: break
      }
    }
    return index
  }

  /// The index just past the array that starts at `start`, and how many elements it has.
  static func array(_ bytes: [UInt8], at start: Int) -> (Int, Int) {
    var index = start + 1
    var count = 0
    while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
      if bytes[index] == UInt8(ascii: ",") { index += 1 }
      index = end(of: bytes, at: index)
      count += 1
    }
    return (index + 1, count)
  }
}

/// A file written whole or not at all: into a temporary file beside it, renamed over it at the end.
final class ExportFile {
  /// The file asked for.
  let path: String
  /// The temporary file beside it.
  let temporary: String
  /// The temporary file's descriptor, until it is closed.
  private var descriptor: Int32
  /// The first failure to write, if any.
  private var failure: Int32 = 0

  /// Creates the temporary file beside `path` (`~` is the home folder); an existing file is
  /// replaced only with `force`.
  /// - Throws: `PlanError` naming the file when it exists (without `force`) or cannot be created.
  init(path: String, force: Bool) throws {
    self.path = NSString(string: path).expandingTildeInPath
    if !force, FileManager.default.fileExists(atPath: self.path) {
      throw PlanError.validation(
        "output: tệp '\(path)' đã có; thêm --force để ghi đè.",
        "output: the file '\(path)' exists; add --force to replace it.")
    }
    let url = URL(fileURLWithPath: self.path)
    temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if descriptor < 0 { throw Self.cannotWrite(path, errno) }
  }

  /// Appends `text` (UTF-8); a failure is kept for `commit`.
  func write(_ text: String) {
    guard failure == 0 else { return }
    var text = text
    text.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
  }

  /// Makes the file what was written: flushed to disk, then renamed over `path`.
  /// - Throws: `PlanError` naming the file when anything failed (the file is then left as it was).
  func commit() throws {
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    closeOnce()
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw Self.cannotWrite(path, failure)
    }
  }

  /// Gives up: the temporary file is removed, the file asked for is left as it was.
  func abandon() {
    closeOnce()
    unlink(temporary)
  }

  private func closeOnce() {
    if descriptor >= 0 { close(descriptor) }
    descriptor = -1
  }

  /// The refusal of a file that cannot be written, with the reason in words.
  static func cannotWrite(_ path: String, _ code: Int32) -> PlanError {
    let reasons: [Int32: Bilingual] = [
      ENOENT: Bilingual("không có thư mục đó", "no such folder"),
      EACCES: Bilingual("không có quyền ghi", "permission denied"),
      EPERM: Bilingual("không có quyền ghi", "permission denied"),
      EISDIR: Bilingual("đó là một thư mục", "it is a folder"),
      ENOTDIR: Bilingual("đường dẫn không phải thư mục", "part of the path is not a folder"),
      ENOSPC: Bilingual("đĩa đã đầy", "the disk is full"),
      EROFS: Bilingual("ổ đĩa chỉ cho đọc", "the disk is read-only"),
    ]
    let reason = reasons[code] ?? Bilingual("lỗi hệ thống số \(code)", "system error \(code)")
    return PlanError.validation(
      "output: không ghi được tệp '\(path)' (\(reason.vi)).", "output: cannot write the file '\(path)' (\(reason.en)).")
  }
}
