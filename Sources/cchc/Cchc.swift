import ArgumentParser

/// The `cchc` command: the commune's CCHC 2026–2030 planning and task-assignment tool.
@main
struct Cchc: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cchc",
    abstract: "Kế hoạch cải cách hành chính 2026–2030 của xã / The commune's administrative-reform plan 2026–2030.",
    discussion: """
      Không có lệnh con: hiện tình trạng cơ sở dữ liệu (tạo mới từ dữ liệu kèm theo nếu chưa có).
      Without a subcommand: shows the database status (creating it from the embedded data if missing).

      Cơ sở dữ liệu / Database: --db, else $CCHC_DB, else $XDG_DATA_HOME/cchc/cchc.sqlite,
      else ~/.local/share/cchc/cchc.sqlite.
      """,
    subcommands: [Status.self, Init.self],
    defaultSubcommand: Status.self
  )
}
