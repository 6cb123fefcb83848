import ArgumentParser
import Foundation
import PlanCore
import PlanStore

/// `cchc init`: loads the commune and the 2026–2030 plan into the database.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Nạp dữ liệu xã và kế hoạch 2026–2030 / Load the commune and the 2026–2030 plan.",
    discussion: """
      Kiểm tra toàn bộ tệp trước; có lỗi thì không ghi gì. Cơ sở dữ liệu đã có dữ liệu thì từ chối,
      trừ khi có --force: khi đó tệp cũ được sao lưu thành <tệp>.bak-YYYYMMDD-HHMMSS rồi nạp lại.
      Checks every file first and writes nothing on error. Refuses a database that already holds
      data unless --force, which first backs it up to <file>.bak-YYYYMMDD-HHMMSS and then reloads.
      """)

  /// The global options (`--db` …), given before or after the subcommand.
  @ParentCommand var global: Cchc

  @Flag(name: .long, help: "Sao lưu rồi nạp lại cơ sở dữ liệu đã có / Back up and reload an existing database.")
  var force = false

  @Option(name: .long, help: "Thư mục kế hoạch thay cho bản kèm theo / Plan folder instead of the embedded one.")
  var plans: String?

  @Option(name: .long, help: "Thư mục dữ liệu xã thay cho bản kèm theo / Seeds folder instead of the embedded one.")
  var seeds: String?

  func run() throws {
    do {
      try load()
    } catch let failure as ReportedFailure {
      throw ExitCode(failure.code)
    }
  }

  private func load() throws {
    // Check the files before touching the database: bad data writes nothing.
    let bundle = try DataFiles.bundle(plans: plans, seeds: seeds)
    let location = try GlobalOptions(db: global.db).location()
    let path = location.path
    try DatabaseAccess.prepareFolder(for: location)
    if FileManager.default.fileExists(atPath: path) && force {
      // Said at once: the old data is safe whatever happens to the reload.
      print(try Backup.make(of: path, stamp: Self.stamp(Date())))
    }
    let database = try DatabaseAccess.openReporting(path)
    let summary: LoadSummary
    do {
      summary = try database.load(bundle, by: .system(channel: .shell), replace: force)
    } catch let error as StoreError {
      printError(error.vi, error.en)
      throw ReportedFailure()
    } catch let error as PlanError {
      printError("Lỗi: \(error.vi)", "Error: \(error.en)")
      throw ReportedFailure()
    }
    print(Self.describe(summary, path: path))
  }

  /// `YYYYMMDD-HHMMSS` in Asia/Ho_Chi_Minh.
  static func stamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    if let vietnam = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) {
      calendar.timeZone = vietnam
    }
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    return "\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
  }

  /// The summary printed after a load, Vietnamese then English.
  static func describe(_ s: LoadSummary, path: String) -> String {
    let perArea = s.itemsByArea.keys.sorted().map { "\($0): \(s.itemsByArea[$0] ?? 0)" }.joined(separator: ", ")
    return inProcessLanguage(
      """
      Đã nạp vào \(path):
        1 đơn vị hành chính, \(s.positions) vị trí, \(s.skills) kỹ năng
        \(s.officials) cán bộ, công chức (\(s.activeOfficials) đang làm việc, \(s.officials - s.activeOfficials) khuyết)
        \(s.areas) lĩnh vực, \(s.planItems) nhiệm vụ, giải pháp (theo lĩnh vực \(perArea))
        \(s.indicators) chỉ tiêu, \(s.baselineFigures) số liệu gốc, \(s.calendarDays) ngày đặc biệt của lịch làm việc 2026–2030 (nghỉ lễ, nghỉ bù, hoán đổi)
      """,
      """
      Loaded into \(path):
        1 administrative unit, \(s.positions) positions, \(s.skills) skills
        \(s.officials) officials (\(s.activeOfficials) active, \(s.officials - s.activeOfficials) vacant)
        \(s.areas) areas, \(s.planItems) plan items (by area \(perArea))
        \(s.indicators) indicators, \(s.baselineFigures) baseline figures, \(s.calendarDays) special days of the working calendar 2026–2030 (holidays, compensatory days, swaps)
      """)
  }
}
