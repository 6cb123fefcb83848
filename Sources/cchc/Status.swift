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
      print("cchc — Kế hoạch cải cách hành chính 2026–2030, \(unit)")
      print("Cơ sở dữ liệu / Database: \(path)")
      print(
        "\(counts["officials"] ?? 0) cán bộ, công chức · \(counts["areas"] ?? 0) lĩnh vực · "
          + "\(counts["plan_items"] ?? 0) nhiệm vụ, giải pháp · \(counts["duties"] ?? 0) việc")
      print(
        "\(counts["officials"] ?? 0) officials · \(counts["areas"] ?? 0) areas · "
          + "\(counts["plan_items"] ?? 0) plan items · \(counts["duties"] ?? 0) duties")
      print("Gõ `cchc --help` để xem các lệnh. / Run `cchc --help` for the commands.")
    }
  }
}
