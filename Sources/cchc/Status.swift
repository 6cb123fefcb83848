import ArgumentParser
import PlanStore

/// `cchc status`: what the database holds (the default command).
struct Status: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Tình trạng cơ sở dữ liệu / Database status.")

  /// The global options (`--db` …), given before or after the subcommand.
  @ParentCommand var global: Cchc

  func run() throws {
    do {
      try Self.show(try GlobalOptions(db: global.db).location())
    } catch let failure as ReportedFailure {
      throw ExitCode(failure.code)
    }
  }

  /// Prints what the database at `location` holds (creating it when missing).
  static func show(_ location: DatabaseLocation) throws {
    let path = location.path
    do {
      let database = try DatabaseAccess.open(location, channel: .shell)
      let counts = try database.counts()
      let unit = try database.unitName() ?? "?"
      let officials = counts["officials"] ?? 0
      let areas = counts["areas"] ?? 0
      let items = counts["plan_items"] ?? 0
      let duties = counts["duties"] ?? 0
      print(
        inProcessLanguage(
          """
          cchc — Kế hoạch cải cách hành chính 2026–2030, \(unit)
          Cơ sở dữ liệu: \(path)
          \(officials) cán bộ, công chức · \(areas) lĩnh vực · \(items) nhiệm vụ, giải pháp · \(duties) việc
          Gõ `cchc --help` để xem các lệnh.
          """,
          """
          cchc — The administrative-reform plan 2026–2030, \(unit)
          Database: \(path)
          \(officials) officials · \(areas) areas · \(items) plan items · \(duties) duties
          Run `cchc --help` for the commands.
          """))
    }
  }
}
