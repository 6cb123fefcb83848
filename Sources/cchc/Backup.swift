import Foundation
import PlanStore

/// The copy `init --force` keeps of the database before it reloads.
enum Backup {
  /// Backs the database at `path` up beside it as `<path>.bak-STAMP` and returns what to tell the
  /// user. A database SQLite can read whole is copied as a consistent snapshot (what is still in
  /// the WAL included). One it cannot — a damaged page, or no room on the disk for a copy — is
  /// moved aside whole, with its `-wal`, and `init` starts a new file in its place. No empty or
  /// partial copy is ever left behind.
  /// - Throws: `ReportedFailure` (already explained) when neither can be done; nothing changed then.
  static func make(of path: String, stamp: String) throws -> String {
    let target = freeName("\(path).bak-\(stamp)")
    let reason: String
    do {
      try copy(path, to: target)
      if (try? PlanDatabase.isForeignDatabase(at: path)) == true {
        // --force on another program's database: it is backed up, and cchc starts a new file.
        remove(path)
      }
      return inProcessLanguage("Đã sao lưu tệp cũ: \(target)", "Backed up the old file: \(target)")
    } catch let error as StoreError {
      switch error {
      case .notADatabase(_, let why), .cannotOpen(_, let why): reason = why
      default: reason = error.en
      }
    } catch {
      reason = "\(error)"
    }
    try moveAside(path, to: target)
    return """
      Không sao chép được tệp cũ (\(reason)); đã chuyển nguyên tệp sang \(target) và tạo cơ sở dữ liệu mới.
      The old file could not be copied (\(reason)); it was moved aside unchanged to \(target), and a new database is started.
      """
  }

  /// `name`, or `name-2`, `name-3` … : the first that is not taken.
  static func freeName(_ name: String) -> String {
    var target = name
    var counter = 2
    while FileManager.default.fileExists(atPath: target) || FileManager.default.fileExists(atPath: target + ".partial")
    {
      target = "\(name)-\(counter)"
      counter += 1
    }
    return target
  }

  /// Copies the database through SQLite into `<target>.partial`, then renames it `target` once it
  /// is complete and not empty; on any failure the partial copy is removed and the error thrown.
  static func copy(_ path: String, to target: String) throws {
    let partial = target + ".partial"
    do {
      try PlanDatabase.backup(path: path, to: partial)
      let size = (try FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0
      guard size > 0 else { throw StoreError.cannotOpen(path: path, reason: "empty copy") }
      try FileManager.default.moveItem(atPath: partial, toPath: target)
    } catch {
      remove(partial)
      throw error
    }
  }

  /// Moves the file at `path` (a regular file only) and its `-wal`, when not empty, to `target`,
  /// dropping its `-shm`.
  /// A rename in the same folder needs no room on the disk and keeps every byte.
  static func moveAside(_ path: String, to target: String) throws {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard attributes?[.type] as? FileAttributeType == .typeRegular else {
      printError("Lỗi: \(path) không phải là tệp thường.", "Error: \(path) is not a regular file.")
      throw ReportedFailure()
    }
    guard rename(path, target) == 0 else {
      let why = String(cString: strerror(errno))
      printError("Lỗi: không sao lưu được \(path) (\(why)).", "Error: cannot back up \(path) (\(why)).")
      throw ReportedFailure()
    }
    // The WAL goes with its file when it holds anything; an empty one is no part of the backup.
    let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    if wal > 0 { _ = rename(path + "-wal", target + "-wal") }
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }

  /// Removes a database file and its `-wal`, `-shm` and `-journal`, where they exist.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }
}
