import ArgumentParser
import Foundation
import PlanCommands
import PlanCore
import PlanREPL
import PlanStore

/// The shell's language outside the shell: one command from the command line, or a script on stdin.
enum OneShot {
  /// Options that take a value, which the command-word search skips.
  static let valued: Set = ["--db", "--as", "--today", "--lang", "--format", "--output"]

  /// Whether `arguments` start (after global options) with a word of the command language.
  static func isCommand(_ arguments: [String]) -> Bool {
    // Anything but the subcommands is the shell's language, which also explains unknown words.
    guard let first = words(arguments).first else { return false }
    return !["init", "status", "help"].contains(first)
  }

  /// The words of `arguments` that are not options nor their values (`duties assign` of
  /// `cchc --db x duties assign --help`).
  static func words(_ arguments: [String]) -> [String] {
    var words: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if valued.contains(word) {
        index += 2
        continue
      }
      if !word.hasPrefix("-") { words.append(word) }
      index += 1
    }
    return words
  }

  /// The process's language, known before anything is parsed: `--lang`, else `CCHC_LANG`, else
  /// Vietnamese (`LANG` never chooses it).
  static func language(
    _ arguments: [String] = Array(CommandLine.arguments.dropFirst()),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Language {
    var options = LineOptions()
    options.language = arguments.firstIndex(of: "--lang").flatMap {
      $0 + 1 < arguments.count ? Language(rawValue: arguments[$0 + 1]) : nil
    }
    return Shell.language(options, environment: environment)
  }

  /// Runs one command given on the command line; returns the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    let today = arguments.firstIndex(of: "--today").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    do {
      _ = try checkedToday(today)
    } catch {
      return 64
    }
    // The database comes from the line's --db (the rest of the options the shell reads itself).
    let database: PlanDatabase
    do {
      // One command, then exit: one connection is enough, and opens faster than a pool.
      database = try DatabaseAccess.open(try location(arguments), channel: .shell, connections: .single)
    } catch let failure as ReportedFailure {
      return failure.code
    } catch {
      return 1
    }
    // The language is needed before the line is understood, to explain a line that is not.
    var base = LineOptions()
    base.language = arguments.firstIndex(of: "--lang").flatMap {
      $0 + 1 < arguments.count ? Language(rawValue: arguments[$0 + 1]) : nil
    }
    let shell = Shell(
      workspace: Workspace(database: database, channel: .shell), options: base, output: { print($0) },
      errors: printError)
    do {
      return try shell.run(words: arguments) ? 0 : 1
    } catch let error as PlanError {
      let language = Shell.language(base)
      printError(VisibleText.escaped(language == .vi ? "Lỗi: \(error.vi)" : "Error: \(error.en)"))
      return 1
    } catch {
      printError("Lỗi: \(error)", "Error: \(error)")
      return 1
    }
  }

  /// The database a one-shot line names: its `--db`, given once with a path, else the default.
  /// - Throws: `ReportedFailure` with exit status 64 (explained) for `--db` twice, without a value or empty.
  static func location(_ arguments: [String]) throws -> DatabaseLocation {
    let given = arguments.indices.filter { arguments[$0] == "--db" }
    guard given.count <= 1 else {
      printError("Lỗi: --db chỉ được cho một lần.", "Error: --db may be given only once.")
      throw ReportedFailure(code: 64)
    }
    guard let index = given.first else { return try GlobalOptions(db: nil).location() }
    return try GlobalOptions(db: index + 1 < arguments.count ? arguments[index + 1] : "").location()
  }

  /// The process's options, as the shell's line options.
  static func options(db: String?, as official: String?, today: String?, language: String?, keepGoing: Bool) throws
    -> LineOptions
  {
    var options = LineOptions()
    options.db = db
    options.actingAs = official
    options.today = today
    options.keepGoing = keepGoing
    if let language {
      guard let chosen = Language(rawValue: language) else {
        printError("Lỗi: --lang chỉ nhận vi hoặc en.", "Error: --lang takes vi or en.")
        throw ReportedFailure(code: 64)
      }
      options.language = chosen
    }
    return options
  }

  /// The process's `--today`, checked (a real date within 2000–2099); a bad one is a usage error,
  /// explained in both languages (exit 64).
  static func checkedToday(_ today: String?) throws -> CivilDate? {
    do {
      return try Identity.parseToday(today)
    } catch let error as PlanError {
      printError(VisibleText.escaped("Lỗi: \(error.vi)"), VisibleText.escaped("Error: \(error.en)"))
      throw ReportedFailure(code: 64)
    }
  }

  /// Runs the lines of stdin; stops at the first failing one unless `--keep-going`, and at once
  /// (exit 64) at a line that names `--db`: the database is chosen once, for the whole script.
  static func runScript(_ location: DatabaseLocation, options: LineOptions) -> Int32 {
    guard let database = try? DatabaseAccess.open(location, channel: .shell) else { return 1 }
    let shell = Shell(
      workspace: Workspace(database: database, channel: .shell), options: options, output: { print($0) },
      errors: printError)
    return shell.run(script: ScriptLines())
  }
}
