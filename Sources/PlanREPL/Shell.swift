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
      switch VietnameseText.searchKey(words[0]) {
      case "help", "tro-giup", "?":
        output(Help.text(for: Array(words.dropFirst()), language: language))
        return true
      case "login", "dang-nhap":
        guard words.count >= 2 else {
          throw PlanError.invalidParams("Cách dùng: login MÃ-HOẶC-TÊN-CÁN-BỘ", "Usage: login OFFICIAL-ID-OR-NAME")
        }
        base.actingAs = try Identity.principal(named: words.dropFirst().joined(separator: " "), in: workspace)
          .officialID?.rawValue
        return true
      default:
        return try run(words: words)
      }
    } catch let error as PlanError {
      report(error, language)
      return false
    } catch {
      report(PlanError.internal("\(error)"), language)
      return false
    }
  }

  /// Runs one command given as words (the one-shot CLI); returns false when it failed.
  /// - Throws: `PlanError` when the words are not a command (the caller reports it).
  public func run(words: [String]) throws -> Bool {
    let fixedToday = try Identity.parseToday(base.today)
    let today = fixedToday ?? Identity.todayInVietnam()
    let invocation = try CommandLanguage.resolve(words, defaults: base, today: today)
    let options = invocation.options
    let language = Self.language(options)
    do {
      let principal = try Identity.principal(named: options.actingAs, in: workspace)
      let lineToday = try Identity.parseToday(options.today) ?? today
      // Each line runs with a context built for it: who, read again now, and its day.
      let context = workspace.context(as: principal, today: lineToday)
      let format = try Self.format(of: invocation)
      if invocation.command.formats.contains(.csv) {
        // A list: one page with its footer, or every page as it comes (--all, CSV, --output).
        let list = ListRun(
          command: invocation.command, params: invocation.params, options: options, format: format, context: context,
          language: language)
        try list.run(write: write, say: output)
        return true
      }
      let result = try CommandTable.call(invocation.command.name, params: invocation.params, in: context)
      // JSON escapes control characters itself; the rest is escaped line by line, so nothing
      // stored or typed reaches the terminal raw.
      if format == .json {
        output(String(decoding: try CommandTable.json(of: result), as: UTF8.self))
      } else {
        output(VisibleText.escaped(result.renderText(language), keepingLineBreaks: true))
      }
      return true
    } catch let error as PlanError {
      report(error, language)
      return false
    }
  }

  /// The format a line asks for: `--format`, else the file's extension with `--output`, else the
  /// command's first; refused where the command has no such format, and `--all`/`--output` where
  /// it is not a list.
  static func format(of invocation: Invocation) throws -> OutputFormat {
    let options = invocation.options
    let command = invocation.command
    let isList = command.formats.contains(.csv)
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
    guard command.formats.contains(format) else {
      throw PlanError.invalidParams(
        "--format \(format.rawValue) chỉ dùng cho danh sách.", "--format \(format.rawValue) is for lists only.")
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
    for line in lines {
      let succeeded: Bool
      switch line {
      case .text(let text): succeeded = run(line: text)
      case .tooLong(let bytes):
        report(Self.tooLong(bytes: bytes), Self.language(base))
        succeeded = false
      }
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

  /// Writes `error` in `language`, its control characters made visible (it may echo what was typed).
  func report(_ error: PlanError, _ language: Language) {
    errors(VisibleText.escaped(language == .vi ? "Lỗi: \(error.vi)" : "Error: \(error.en)"))
  }
}
