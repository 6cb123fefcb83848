import ArgumentParser
import Foundation
import PlanCommands
import PlanCore
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
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        printError("Lỗi: câu lệnh không đúng cú pháp; gõ `cchc --help` để xem hướng dẫn.")
      }
      exit(withError: error)
    }
  }

  @Flag(name: .long, help: "Chế độ JSON-RPC 2.0 trên stdin/stdout / JSON-RPC 2.0 mode on stdin/stdout.")
  var json = false

  @Option(name: .long, help: "Tệp cơ sở dữ liệu / Database file.")
  var db: String?

  @Option(name: .customLong("as"), help: "Làm việc với tư cách cán bộ này (mã hoặc tên) / Act as this official (id or name).")
  var official: String?

  @Option(name: .long, help: "Coi ngày này là hôm nay (YYYY-MM-DD) / Take this date as today.")
  var today: String?

  func run() throws {
    do {
      let path = GlobalOptions(db: db).databasePath()
      guard json else {
        try Status.show(path: path)
        return
      }
      let database = try DatabaseAccess.open(path: path)
      let actor = try Identity.resolve(official, in: database)
      let fixedToday = try Identity.parseToday(today)
      signal(SIGPIPE, SIG_IGN)
      let server = JSONRPCServer {
        // The role is read again for every request: a demotion or deactivation applies at once.
        var current = actor
        if let id = actor.officialID { current.role = (try? database.currentRole(of: id)) ?? .viewer }
        return CommandContext(database: database, actor: current, today: fixedToday ?? Identity.todayInVietnam())
      }
      server.serve()
    } catch let failure as ReportedFailure {
      throw ExitCode(failure.code)
    }
  }
}

/// Who is acting and what day it is.
enum Identity {
  /// The actor for `--as`: an id, or a name typed with or without diacritics that names exactly
  /// one official. Without `--as`, a viewer.
  static func resolve(_ name: String?, in database: PlanDatabase) throws -> AuditActor {
    let osUser = AuditActor.currentOSUser()
    guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      return AuditActor(officialID: nil, osUser: osUser, role: .viewer)
    }
    let matches = try database.officialsNamed(name)
    switch matches.count {
    case 0:
      printError("Lỗi: --as \(name): không có cán bộ nào như vậy.\nError: --as \(name): no such official.")
      throw ReportedFailure()
    case 1:
      let match = matches[0]
      guard match.active else {
        printError(
          "Lỗi: --as \(name): \(match.id) không còn hoạt động.\nError: --as \(name): \(match.id) is not active.")
        throw ReportedFailure()
      }
      return AuditActor(officialID: match.id, osUser: osUser, role: match.role)
    default:
      let list = matches.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
      printError(
        "Lỗi: --as \(name) chỉ nhiều người: \(list). Hãy dùng mã.\nError: --as \(name) matches several officials: \(list). Use the id.")
      throw ReportedFailure()
    }
  }

  /// `--today`, checked; nil when not given.
  static func parseToday(_ text: String?) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(iso: text) else {
      printError("Lỗi: --today \(text) không phải ngày YYYY-MM-DD.\nError: --today \(text) is not a date YYYY-MM-DD.")
      throw ReportedFailure()
    }
    return date
  }

  /// Today's date in Asia/Ho_Chi_Minh (UTC+7 when the zone database is missing).
  static func todayInVietnam(_ now: Date = Date()) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CivilDate(dayNumber: Int(now.timeIntervalSince1970 / 86400))
  }
}
