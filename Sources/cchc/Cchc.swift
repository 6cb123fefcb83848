import ArgumentParser
import Foundation
import PlanCommands
import PlanCore
import PlanREPL
import PlanRPC
import PlanStore

/// The `cchc` command: the commune's CCHC 2026–2030 planning and task-assignment tool.
@main
struct Cchc: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cchc",
    abstract: "Kế hoạch cải cách hành chính 2026–2030 của xã / The commune's administrative-reform plan 2026–2030.",
    subcommands: [Status.self, Init.self]
  )

  /// Parses and runs; a command-line mistake is explained in the session's language (in Vietnamese,
  /// without the parser's English). `cchc --help` is the shell's help (`ProcessHelp`); `cchc <noun> <verb> …` (the shell's language, e.g. `cchc duties mine --as tu-phap-1`) runs one
  /// command and exits.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    // Past a file-size limit a write fails (SQLite then reports a full disk) instead of killing the process.
    signal(SIGXFSZ, SIG_IGN)
    if let status = ProcessHelp.run(arguments) { Foundation.exit(status) }
    if OneShot.isCommand(arguments) { Foundation.exit(OneShot.run(arguments)) }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      // A usage error cchc explained itself exits 64 too, without the parser's words.
      if !(error is ExitCode), exitCode(for: error) == .validationFailure, OneShot.language() == .vi {
        // The parser speaks English: in Vietnamese, only what it quotes (the word at fault).
        let message = Cchc.message(for: error)
        let quoted = message.split(separator: "'", omittingEmptySubsequences: false).dropFirst().first
        printError(
          "Lỗi: câu lệnh không đúng cú pháp" + (quoted.map { " ('\($0)')" } ?? "")
            + "; gõ `cchc --help` để xem hướng dẫn.")
        Foundation.exit(ExitCode.validationFailure.rawValue)
      }
      exit(withError: error)
    }
  }

  @Flag(name: .long, help: ArgumentHelp(ProcessHelp.parserHelp("--json")))
  var json = false

  @Option(name: .long, help: ArgumentHelp(ProcessHelp.parserHelp("--db")))
  var db: String?

  @Option(name: .customLong("as"), help: ArgumentHelp(ProcessHelp.parserHelp("--as")))
  var official: String?

  @Option(name: .long, help: ArgumentHelp(ProcessHelp.parserHelp("--today")))
  var today: String?

  @Option(name: .long, help: ArgumentHelp(ProcessHelp.parserHelp("--lang")))
  var lang: String?

  @Flag(name: .long, help: ArgumentHelp(ProcessHelp.parserHelp("--keep-going")))
  var keepGoing = false

  func run() throws {
    do {
      let fixedToday = try OneShot.checkedToday(today)
      let location = try GlobalOptions(db: db).location()
      guard json else { return try runShell(location) }
      let workspace = Workspace(database: try DatabaseAccess.open(location, channel: .json), channel: .json)
      let principal: Principal
      do {
        principal = try Identity.principal(named: official, in: workspace)
      } catch let error as PlanError {
        printError(VisibleText.escaped("Lỗi: \(error.vi)"), VisibleText.escaped("Error: \(error.en)"))
        throw ReportedFailure()
      }
      signal(SIGPIPE, SIG_IGN)
      let server = JSONRPCServer {
        // Each request runs with a context built for it: the principal's role read again, today's date.
        workspace.context(as: principal, today: fixedToday ?? Identity.todayInVietnam())
      }
      server.serve()
    } catch let failure as ReportedFailure {
      throw ExitCode(failure.code)
    }
  }

  /// The shell: interactive on a terminal, else the lines of stdin as a script.
  private func runShell(_ location: DatabaseLocation) throws {
    if isatty(STDIN_FILENO) == 1 {
      // A terminal: the interactive shell on GNU readline.
      let options = try OneShot.options(db: db, as: nil, today: today, language: lang, keepGoing: keepGoing)
      let database = try DatabaseAccess.open(location, channel: .shell)
      let shell = InteractiveShell(workspace: Workspace(database: database, channel: .shell), options: options)
      if let official {
        // `--as` as if typed `login`, so that a name typed without diacritics works too.
        guard shell.login(official) else { throw ReportedFailure() }
      }
      let code = shell.run(banner: (try? database.unitName()) ?? "", databasePath: location.path)
      if code != 0 { throw ExitCode(code) }
    } else {
      // Not a terminal: the shell's language, one command per line, no prompt.
      let options = try OneShot.options(db: db, as: official, today: today, language: lang, keepGoing: keepGoing)
      let code = OneShot.runScript(location, options: options)
      if code != 0 { throw ExitCode(code) }
    }
  }
}
