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
    discussion: """
      Không có lệnh con: hiện tình trạng cơ sở dữ liệu (tạo mới từ dữ liệu kèm theo nếu chưa có).
      --json: chế độ JSON-RPC 2.0, mỗi dòng một yêu cầu trên stdin, mỗi dòng một trả lời trên stdout.
      Without a subcommand: shows the database status (creating it from the embedded data if missing).
      --json: JSON-RPC 2.0 mode, one request per line on stdin, one response per line on stdout.

      Cơ sở dữ liệu / Database: --db, else $CCHC_DB, else $XDG_DATA_HOME/cchc/cchc.sqlite,
      else ~/.local/share/cchc/cchc.sqlite.
      """,
    subcommands: [Status.self, Init.self]
  )

  /// Parses and runs; a command-line mistake is explained in Vietnamese before the parser's English.
  /// `cchc <noun> <verb> …` (the shell's language, e.g. `cchc duties mine --as tu-phap-1`) runs one
  /// command and exits.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    // Past a file-size limit a write fails (SQLite then reports a full disk) instead of killing the process.
    signal(SIGXFSZ, SIG_IGN)
    if OneShot.isCommand(arguments) { Foundation.exit(OneShot.run(arguments)) }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      // A usage error cchc explained itself exits 64 too, without the parser's words.
      if !(error is ExitCode), exitCode(for: error) == .validationFailure {
        printError("Lỗi: câu lệnh không đúng cú pháp; gõ `cchc --help` để xem hướng dẫn.")
      }
      exit(withError: error)
    }
  }

  @Flag(name: .long, help: "Chế độ JSON-RPC 2.0 trên stdin/stdout / JSON-RPC 2.0 mode on stdin/stdout.")
  var json = false

  @Option(name: .long, help: "Tệp cơ sở dữ liệu / Database file.")
  var db: String?

  @Option(
    name: .customLong("as"), help: "Làm việc với tư cách cán bộ này (mã hoặc tên) / Act as this official (id or name).")
  var official: String?

  @Option(name: .long, help: "Coi ngày này là hôm nay (YYYY-MM-DD) / Take this date as today.")
  var today: String?

  @Option(name: .long, help: "Ngôn ngữ: vi (mặc định) hoặc en / Language: vi (default) or en.")
  var lang: String?

  @Flag(name: .long, help: "Lệnh từ stdin: chạy tiếp khi một lệnh lỗi / Script on stdin: go on after a failing line.")
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
        printError(VisibleText.escaped("Lỗi: \(error.vi)") + "\n" + VisibleText.escaped("Error: \(error.en)"))
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
