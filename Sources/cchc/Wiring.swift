import Foundation
import PlanCore
import PlanData
import PlanStore

/// Where the database is, and whether cchc chose it (the default location, whose folders it creates).
struct DatabaseLocation: Sendable, Equatable {
  /// The file path.
  var path: String
  /// True when neither `--db` nor `$CCHC_DB` named the file.
  var isDefault: Bool
}

/// Options every command takes.
struct GlobalOptions: Sendable {
  /// `--db PATH`, if given.
  var db: String?

  /// The database: `--db`, else `$CCHC_DB`, else `$XDG_DATA_HOME/cchc/cchc.sqlite`, else
  /// `~/.local/share/cchc/cchc.sqlite` (the last two are the default location).
  /// - Throws: `ReportedFailure` with exit status 64 for `--db ""` (explained on stderr).
  func location(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseLocation {
    if let db {
      guard !db.isEmpty else {
        printError(
          "Lỗi: --db cần một đường dẫn tệp, không được để trống.", "Error: --db needs a file path; it cannot be empty.")
        throw ReportedFailure(code: 64)
      }
      return DatabaseLocation(path: db, isDefault: false)
    }
    if let db = environment["CCHC_DB"], !db.isEmpty { return DatabaseLocation(path: db, isDefault: false) }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return DatabaseLocation(path: "\(xdg)/cchc/cchc.sqlite", isDefault: true)
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return DatabaseLocation(path: "\(home)/.local/share/cchc/cchc.sqlite", isDefault: true)
  }
}

/// A failure already explained to the user on stderr; the process exits with `code`.
struct ReportedFailure: Error {
  /// Exit status.
  var code: Int32 = 1
}

/// Writes a line to stderr (diagnostics never go to stdout).
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Writes a message to stderr in the process's language (`--lang`, else `CCHC_LANG`, else Vietnamese).
func printError(_ vi: String, _ en: String) {
  printError(inProcessLanguage(vi, en))
}

/// `vi` or `en`, in the process's language (`--lang`, else `CCHC_LANG`, else Vietnamese).
func inProcessLanguage(_ vi: String, _ en: String) -> String {
  OneShot.language() == .vi ? vi : en
}

/// Reads the plan and seed files: the embedded copies, or `--plans` / `--seeds` folders instead.
enum DataFiles {
  /// The files keyed like `Seeds/unit.json`.
  /// - Throws: `ReportedFailure` when a folder cannot be read (already reported).
  static func collect(plans: String?, seeds: String?) throws -> [String: [UInt8]] {
    var files = EmbeddedData.files
    if let seeds {
      files = files.filter { !$0.key.hasPrefix("Seeds/") }
      for name in PlanBundle.seedFiles {
        let url = URL(fileURLWithPath: seeds).appendingPathComponent(String(name.dropFirst("Seeds/".count)))
        if let data = FileManager.default.contents(atPath: url.path) { files[name] = Array(data) }
      }
      try requireFolder(seeds, option: "--seeds")
    }
    if let plans {
      try requireFolder(plans, option: "--plans")
      files = files.filter { !$0.key.hasPrefix("Plans2026_2030/") }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: plans)) ?? []
      for name in names where name.hasSuffix(".json") {
        if let data = FileManager.default.contents(
          atPath: URL(fileURLWithPath: plans).appendingPathComponent(name).path)
        {
          files["Plans2026_2030/\(name)"] = Array(data)
        }
      }
    }
    return files
  }

  private static func requireFolder(_ path: String, option: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      printError("Lỗi: \(option) \(path) không phải là thư mục.", "Error: \(option) \(path) is not a folder.")
      throw ReportedFailure()
    }
  }

  /// Loads and checks the files; prints every issue and throws when any is an error.
  static func bundle(plans: String?, seeds: String?) throws -> PlanBundle {
    let result = PlanBundle.load(files: try collect(plans: plans, seeds: seeds))
    for issue in result.issues where issue.severity == .warning {
      printError("Cảnh báo: \(issue.location): \(issue.vi)", "Warning: \(issue.location): \(issue.en)")
    }
    guard let bundle = result.bundle else {
      for issue in result.errors {
        printError("Lỗi dữ liệu: \(issue.location): \(issue.vi)", "Data error: \(issue.location): \(issue.en)")
      }
      printError(
        "Dữ liệu có \(result.errors.count) lỗi; không ghi gì vào cơ sở dữ liệu.",
        "The data has \(result.errors.count) error(s); nothing was written to the database.")
      throw ReportedFailure()
    }
    return bundle
  }
}

/// Opening the database, creating and loading it from the embedded data when it is missing.
enum DatabaseAccess {
  /// Opens the database at `location`; when it holds no data yet, loads the embedded plan (once,
  /// even when several processes start together), audited as coming from `channel`.
  static func open(
    _ location: DatabaseLocation, channel: AuditChannel, connections: PlanDatabase.Connections = .pool
  ) throws -> PlanDatabase {
    try prepareFolder(for: location)
    let database = try openReporting(location.path, connections: connections)
    do {
      if let summary = try database.initialiseIfEmpty(
        with: { try DataFiles.bundle(plans: nil, seeds: nil) }, by: .system(channel: channel))
      {
        printError(
          "Đã tạo cơ sở dữ liệu mới \(location.path) (\(summary.officials) cán bộ, \(summary.planItems) nhiệm vụ).",
          "Created a new database \(location.path) (\(summary.officials) officials, \(summary.planItems) plan items)."
        )
      }
    } catch let error as StoreError {
      printError(error.vi, error.en)
      throw ReportedFailure()
    } catch let error as PlanError {
      printError("Lỗi: \(error.vi)", "Error: \(error.en)")
      throw ReportedFailure()
    }
    return database
  }

  /// Opens the file, reporting a file that is not a database in both languages.
  static func openReporting(_ path: String, connections: PlanDatabase.Connections = .pool) throws -> PlanDatabase {
    do {
      return try PlanDatabase(path: path, connections: connections)
    } catch let error as StoreError {
      printError(error.vi, error.en)
      throw ReportedFailure()
    }
  }

  /// Makes sure the folder that will hold the database file is there, refusing a path that is a
  /// folder: the default location's folders are created; the folder of a path given with `--db`
  /// or `$CCHC_DB` must already exist (a mistyped path creates nothing anywhere on disk).
  static func prepareFolder(for location: DatabaseLocation) throws {
    let path = location.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      printError(
        "Lỗi: \(path) là một thư mục, không phải tệp cơ sở dữ liệu.", "Error: \(path) is a folder, not a database file."
      )
      throw ReportedFailure()
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard location.isDefault else {
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
        printError(
          "Lỗi: không có thư mục \(folder); cchc chỉ tự tạo thư mục cho vị trí mặc định, không cho --db hay $CCHC_DB.",
          "Error: there is no folder \(folder); cchc creates folders only for its default location, "
            + "not for --db or $CCHC_DB.")
        throw ReportedFailure()
      }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      printError("Lỗi: không tạo được thư mục \(folder).", "Error: cannot create the folder \(folder).")
      throw ReportedFailure()
    }
  }
}
