import Foundation
import GRDBSQLite

/// A file's identity on disk (device and inode): the same path may later name another file, or none.
struct FileIdentity: Equatable, Sendable {
  /// The device holding the file.
  var device: UInt64
  /// The file's inode on that device.
  var inode: UInt64

  /// The identity of the file at `path` now, or nil when there is none.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

/// What this process may do with a database file, asked of the file system before SQLite opens it.
enum FileAccess {
  /// Whether the database at `path` may only be read by this process: a regular file without any
  /// write permission (mode 444, read-only by intent even for root), one this account may not
  /// write, or one in a folder it may not write (SQLite could not create its `-wal` and `-shm`
  /// there) unless both already exist and can be written. A missing file is not read-only.
  static func isReadOnly(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & 0o170000 == 0o100000 else { return false }
    if info.st_mode & 0o222 == 0 || !mayWrite(path) { return true }
    return !mayWrite(folder(of: path)) && !(mayWrite(path + "-wal") && mayWrite(path + "-shm"))
  }

  /// Whether this process (its effective uid and groups) may write `path`.
  static func mayWrite(_ path: String) -> Bool {
    faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0
  }

  /// The folder holding `path` (`.` for a bare file name).
  static func folder(of path: String) -> String {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return folder.isEmpty ? "." : folder
  }

  /// The name to open a read-only database by. When another process's `-shm` is there, the file
  /// itself: SQLite reads through that index. Otherwise, where SQLite reads URI file names, the
  /// file marked immutable, so that SQLite creates no `-wal` or `-shm` beside a file it could not
  /// remove them from afterwards (it then reads the file as it is, without locks).
  static func readOnlyName(_ path: String) -> String {
    guard !FileManager.default.fileExists(atPath: path + "-shm"), sqlite3_compileoption_used("USE_URI") == 1 else {
      return path
    }
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var escaped = ""
    for scalar in absolute.unicodeScalars {
      switch scalar {
      case "%", "?", "#": escaped += String(format: "%%%02X", scalar.value)
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return "file://\(escaped)?immutable=1"
  }
}
