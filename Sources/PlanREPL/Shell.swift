import Foundation
import PlanCommands
import PlanCore

/// Runs lines of the command language against a database: the non-terminal shell (a script on
/// stdin) and the one-shot `cchc <noun> <verb> …`. Results go to `output`, messages to `errors`.
public final class Shell {
  /// The store, through which every line runs with its own context.
  let workspace: Workspace
  /// Options given on the process's command line (and `login`); a line's own options override them.
  var base: LineOptions
  /// Where results are written, a line break after each.
  let output: (String) -> Void
  /// Where a list's pages are written, exactly as given (the same stream as `output`).
  let write: (String) -> Void
  /// Where messages are written.
  let errors: (String) -> Void
  /// Whether a line was refused as a mistake in the script itself (`--db` on a line): a script
  /// stops there with exit status 64.
  public private(set) var usageError = false

  /// Creates a shell.
  public init(
    workspace: Workspace, options: LineOptions, output: @escaping (String) -> Void,
    errors: @escaping (String) -> Void, write: @escaping (String) -> Void = { print($0, terminator: "") }
  ) {
    self.workspace = workspace
    self.base = options
    self.output = output
    self.write = write
    self.errors = errors
  }

  /// The session language: `--lang`, else `CCHC_LANG`, else Vietnamese (`LANG` never chooses it).
  public static func language(
    _ options: LineOptions, environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> Language
  {
    options.language ?? (environment["CCHC_LANG"].flatMap(Language.init(rawValue:)) ?? .vi)
  }

  /// Runs one line; returns false when it failed (the message is already written).
  public func run(line: String) -> Bool {
    if line.utf8.count > Self.maxLineBytes {
      report(Self.tooLong(bytes: line.utf8.count), Self.language(base))
      return false
    }
    // The line's own --lang applies to its errors too, even to a line that cannot be read.
    let typed = line.split(separator: " ").map(String.init)
    var language = Self.language(base)
    if let index = typed.firstIndex(of: "--lang"), index + 1 < typed.count,
      let chosen = Language(rawValue: typed[index + 1])
    {
      language = chosen
    }
    do {
      let words = try Tokenizer.words(line)
      if words.isEmpty || words.first?.hasPrefix("#") == true { return true }
      if words.contains("--db") {
        // The database is the process's: a line cannot name another one (its rows would land here).
        usageError = true
        throw PlanError.invalidParams(
          "--db không dùng được trên một dòng lệnh: cơ sở dữ liệu được chọn một lần, khi chạy cchc (cchc --db TỆP).",
          "--db cannot be given on a line: the database is chosen once, when cchc starts (cchc --db FILE).")
      }
      if Self.quitWords.contains(VietnameseText.searchKey(words[0])), words.count == 1 {
        // `thoat` ends a script as it ends the interactive shell: the lines after it are not run.
        quitRequested = true
        return true
      }
      if let handled = try shellWord(words, language) { return handled }
      return try run(words: words)
    } catch let error as PlanError {
      report(error, language)
      return false
    } catch {
      report(PlanError.internal("\(error)"), language)
      return false
    }
  }

  /// Runs a line of the words the shell reads itself — help, login, logout — with the line's own
  /// options (`help --as tu-phap-1`, `login chu-tich --lang en`); nil for any other line.
  func shellWord(_ words: [String], _ language: Language) throws -> Bool? {
    let key = VietnameseText.searchKey(words[0])
    guard ["help", "tro-giup", "?", "logout", "dang-xuat", "login", "dang-nhap"].contains(key) else { return nil }
    let (options, rest) = try CommandLanguage.globalOptions(Array(words.dropFirst()), defaults: base)
    switch key {
    case "login", "dang-nhap":
      guard !rest.isEmpty else {
        throw PlanError.invalidParams("Cách dùng: login MÃ-HOẶC-TÊN-CÁN-BỘ", "Usage: login OFFICIAL-ID-OR-NAME")
      }
      let name = rest.joined(separator: " ")
      // `login khach` (guest) acts as nobody, like `logout`.
      base.actingAs =
        Self.guestWords.contains(VietnameseText.searchKey(name))
        ? nil : try Identity.principal(named: name, in: workspace).officialID?.rawValue
    case "logout", "dang-xuat":
      base.actingAs = nil
    default:
      let role = (try? Identity.principal(named: options.actingAs, in: workspace).role) ?? .viewer
      // `--all` here is help's own word (every command), not the lists' option.
      output(try Help.text(for: rest + (options.all ? ["--all"] : []), language: language, role: role))
    }
    return true
  }

  /// The words that end the shell, and a script read by it.
  public static let quitWords: Set = ["quit", "exit", "thoat"]

  /// Whether a script's line said `thoat` (`quit`, `exit`): the script ends there.
  public private(set) var quitRequested = false

  /// What `login` takes for "nobody": back to guest, like `logout`.
  public static let guestWords: Set = ["khach", "guest"]

  /// Runs one command given as words (the one-shot CLI); returns false when it failed.
  /// - Throws: `PlanError` when the words are not a command (the caller reports it).
  public func run(words: [String]) throws -> Bool {
    let fixedToday = try Identity.parseToday(base.today)
    let today = fixedToday ?? Identity.todayInVietnam()
    let invocation = try CommandLanguage.resolve(words, defaults: base, today: today) { [workspace] text, option in
      try Identity.officialID(named: text, option: option, in: workspace)
    }
    let options = invocation.options
    let language = Self.language(options)
    do {
      let principal = try Identity.principal(named: options.actingAs, in: workspace)
      let lineToday = try Identity.parseToday(options.today) ?? today
      // Each line runs with a context built for it: who, read again now, and its day.
      let context = workspace.context(as: principal, today: lineToday)
      let format = try Self.format(of: invocation)
      if Self.pages(invocation) {
        // A paged list: one page with its footer, or every page as it comes (--all, CSV, --output).
        let list = ListRun(
          command: invocation.command, params: invocation.params, options: options, format: format, context: context,
          language: language)
        try list.run(write: write, say: output)
        return true
      }
      let result = try CommandTable.call(invocation.command.name, params: invocation.params, in: context)
      if invocation.command.document, let path = options.output {
        try DocumentFile.write(result, format, to: path, force: options.force, language: language, say: output)
        return true
      }
      try show(result, invocation.command, format, language)
      return true
    } catch let error as PlanError {
      report(error, language)
      return false
    }
  }

  /// Whether a line goes through the pages of its command: a list that pages (it takes `limit`),
  /// or any list asked for `--all` or `--output`.
  static func pages(_ invocation: Invocation) -> Bool {
    guard invocation.command.formats.contains(.csv) else { return false }
    let options = invocation.options
    return options.all || options.output != nil || invocation.command.parameters.contains { $0.name == "limit" }
  }

  /// Writes a result that does not page in `format`. JSON escapes control characters itself; the
  /// rest is escaped line by line, so nothing stored or typed reaches the terminal raw.
  func show(
    _ result: any Encodable & Sendable & TextRendering, _ command: CommandEntry, _ format: OutputFormat,
    _ language: Language
  ) throws {
    switch format {
    case .json:
      output(String(decoding: try CommandTable.json(of: result), as: UTF8.self))
    case .csv:
      guard let table = try Tables.table(for: result, language) else {
        throw PlanError.internal("no table for \(command.name)")
      }
      output(table.csv(language))
    case .md:
      guard let markdown = result as? any MarkdownRendering else {
        throw PlanError.internal("no markdown for \(command.name)")
      }
      output(VisibleText.escaped(markdown.renderMarkdown(language), keepingLineBreaks: true))
    case .table:
      output(VisibleText.escaped(try text(of: result, language), keepingLineBreaks: true))
    }
  }

  /// A result as people read it: a screen of its own (workload, follow-up), a table for a list,
  /// a duty in full, else its text.
  func text(of result: any Encodable & TextRendering, _ language: Language) throws -> String {
    if let screen = WeeklyTables.screen(for: result, language, width: terminalWidth()) { return screen }
    if let table = try Tables.table(for: result, language) { return table.render(language, width: terminalWidth()) }
    if let detail = result as? DutyDetail {
      return DetailTables.render(detail.detailText(language), language, width: terminalWidth())
    }
    return result.renderText(language)
  }

  /// The format a line asks for: `--format`, else the file's extension with `--output`, else the
  /// command's first; refused where the command has no such format, and `--all`/`--output` where
  /// it is not a list.
  static func format(of invocation: Invocation) throws -> OutputFormat {
    let options = invocation.options
    let command = invocation.command
    let isList = command.formats.contains(.csv)
    if command.document {
      if options.all {
        throw PlanError.invalidParams("--all chỉ dùng cho danh sách.", "--all is for lists only.")
      }
      // A document: --output writes it in the format asked for, or the file's extension's.
      let byExtension = options.output.flatMap {
        OutputFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased())
      }
      return try available(
        options.format ?? byExtension.flatMap { command.formats.contains($0) ? $0 : nil }
          ?? command.formats[0], command)
    }
    if options.force && options.output == nil {
      throw PlanError.invalidParams(
        "--force chỉ dùng khi ghi ra tệp (--output).", "--force is only for a file written with --output.")
    }
    if !isList && (options.all || options.output != nil) {
      throw PlanError.invalidParams(
        "--all và --output chỉ dùng cho danh sách.", "--all and --output are for lists only.")
    }
    var format = options.format ?? command.formats[0]
    if let path = options.output {
      let byExtension = OutputFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
      format = options.format ?? byExtension ?? .table
      guard format == .csv || format == .json else {
        throw PlanError.invalidParams(
          "--output ghi tệp CSV hoặc JSON: thêm --format csv (hoặc json), hoặc đặt tên tệp đuôi .csv.",
          "--output writes a CSV or JSON file: add --format csv (or json), or name the file .csv.")
      }
    }
    // Instance mode prints one JSON object unless asked otherwise (scheduler.md).
    return try available(format, command)
  }

  /// `format` when the command declares it, else a refusal naming the formats it has.
  static func available(_ format: OutputFormat, _ command: CommandEntry) throws -> OutputFormat {
    guard command.formats.contains(format) else {
      let formats = command.formats.map(\.rawValue).joined(separator: ", ")
      throw PlanError.invalidParams(
        "--format \(format.rawValue) không dùng được cho lệnh này (có: \(formats)).",
        "--format \(format.rawValue) is not available for this command (formats: \(formats)).")
    }
    return format
  }

  /// Runs every line of a script; stops at the first failure unless `--keep-going`, and always at
  /// a usage error (the rest of the script was meant for another database).
  /// - Returns: the exit status (0 when every line succeeded, 64 after a usage error, 1 otherwise).
  public func run(script lines: some Sequence<String>) -> Int32 {
    run(script: lines.lazy.map(ScriptLine.text))
  }

  /// Runs every line of a script read with the line bound: a line over it fails with a message
  /// (its text was never kept); stops at the first failure unless `--keep-going`, and always at a
  /// usage error.
  /// - Returns: the exit status (0 when every line succeeded, 64 after a usage error, 1 otherwise).
  public func run(script lines: some Sequence<ScriptLine>) -> Int32 {
    var failed = false
    defer { lineNumber = nil }
    for (index, line) in lines.enumerated() {
      // A script's errors name their line (counted from 1), so the user can find it.
      lineNumber = index + 1
      let succeeded: Bool
      switch line {
      case .text(let text): succeeded = run(line: text)
      case .tooLong(let bytes):
        report(Self.tooLong(bytes: bytes), Self.language(base))
        succeeded = false
      }
      if quitRequested { break }
      if !succeeded {
        if usageError { return 64 }
        failed = true
        if !base.keepGoing { break }
      }
    }
    return failed ? 1 : 0
  }

  /// The longest line the shell reads, in bytes (UTF-8): far above any command (a 2 000-character
  /// note is at most 8 000 bytes), far below what would strain memory.
  public static let maxLineBytes = 65_536

  /// The refusal of a line of `bytes` bytes, over `maxLineBytes`.
  public static func tooLong(bytes: Int) -> PlanError {
    PlanError.validation(
      "Dòng lệnh dài \(bytes) byte, quá giới hạn \(maxLineBytes) byte; dòng này bị bỏ qua.",
      "The line is \(bytes) bytes long, over the limit of \(maxLineBytes) bytes; it was skipped.")
  }

  /// The line of the script being run, counted from 1; nil outside a script.
  var lineNumber: Int?

  /// Writes `error` in `language`, its control characters made visible (it may echo what was typed);
  /// in a script, with its line number: `Lỗi (dòng 2): …`.
  func report(_ error: PlanError, _ language: Language) {
    let label =
      switch (language, lineNumber) {
      case (.vi, let line?): "Lỗi (dòng \(line)): "
      case (.vi, nil): "Lỗi: "
      case (.en, let line?): "Error (line \(line)): "
      case (.en, nil): "Error: "
      }
    errors(VisibleText.escaped(label + (language == .vi ? error.vi : error.en)))
  }
}
