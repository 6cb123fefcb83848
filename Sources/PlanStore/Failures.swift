import Foundation
import GRDB
import PlanCore

/// Errors of the store met while opening or loading a file, each with a Vietnamese and an English message.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `init` on a database that already holds data, without `--force`.
  case alreadyInitialised(path: String)
  /// The file exists but is not a SQLite database.
  case notADatabase(path: String, reason: String)
  /// The file is a SQLite database of another program: `cchc` leaves it alone.
  case foreignDatabase(path: String)
  /// The database could not be opened or prepared (permissions, disk, locks …).
  case cannotOpen(path: String, reason: String)
  /// Another process kept the database locked past the bounded wait.
  case busy(path: String)
  /// The file can only be read by this account, and the call needs to write it.
  case readOnly(path: String)
  /// The file can only be read by this account, but it must first be created or upgraded.
  case readOnlyNeedsUpgrade(path: String)
  /// The disk is full (or the file past a size limit) while creating or upgrading the file.
  case diskFull(path: String)

  /// Vietnamese message.
  public var vi: String {
    switch self {
    case .alreadyInitialised(let path):
      "Cơ sở dữ liệu \(path) đã có dữ liệu. Dùng --force để nạp lại (tệp cũ được sao lưu trước)."
    case .notADatabase(let path, let reason):
      "Tệp \(path) không phải là cơ sở dữ liệu SQLite (\(reason))."
    case .foreignDatabase(let path):
      "Tệp \(path) là cơ sở dữ liệu của chương trình khác; cchc không sửa nó. Chọn tệp khác bằng --db."
    case .cannotOpen(let path, let reason):
      "Không mở được cơ sở dữ liệu \(path): \(reason)"
    case .busy(let path):
      "Cơ sở dữ liệu \(path) đang bận (một chương trình khác đang ghi), hãy thử lại; chưa ghi gì."
    case .readOnly(let path):
      "Cơ sở dữ liệu \(path) chỉ đọc được với tài khoản này; không ghi được gì."
    case .readOnlyNeedsUpgrade(let path):
      "Cơ sở dữ liệu \(path) chỉ đọc được với tài khoản này, nhưng cần được tạo hoặc nâng cấp cho phiên bản cchc này trước; hãy chạy cchc một lần bằng tài khoản được ghi tệp."
    case .diskFull(let path):
      "Không ghi được vào đĩa khi mở cơ sở dữ liệu \(path) (đĩa đầy hoặc tệp vượt giới hạn kích thước)."
    }
  }

  /// English message.
  public var en: String {
    switch self {
    case .alreadyInitialised(let path):
      "The database \(path) already holds data. Use --force to reload it (the old file is backed up first)."
    case .notADatabase(let path, let reason):
      "The file \(path) is not a SQLite database (\(reason))."
    case .foreignDatabase(let path):
      "The file \(path) is another program's database; cchc leaves it alone. Choose another file with --db."
    case .cannotOpen(let path, let reason):
      "Cannot open the database \(path): \(reason)"
    case .busy(let path):
      "The database \(path) is busy (another program is writing), try again; nothing was written."
    case .readOnly(let path):
      "The database \(path) is read-only for this account; nothing can be written."
    case .readOnlyNeedsUpgrade(let path):
      "The database \(path) is read-only for this account, but it must first be created or upgraded for this version of cchc; run cchc once as an account that may write the file."
    case .diskFull(let path):
      "Cannot write to the disk while opening the database \(path) (it is full, or the file is past a size limit)."
    }
  }

  /// Both messages, Vietnamese first.
  public var description: String { "\(vi)\n\(en)" }

  /// Classifies an SQLite error met while opening `path`.
  static func opening(_ path: String, _ error: DatabaseError) -> StoreError {
    let reason = error.message ?? "\(error.resultCode)"
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path, reason: reason)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
    case .SQLITE_READONLY: return .readOnly(path: path)
    case _ where isDiskFull(error): return .diskFull(path: path)
    default: return .cannotOpen(path: path, reason: reason)
    }
  }
}

extension StoreError {
  /// Whether SQLite failed for want of room: a full disk (`SQLITE_FULL`), or a write refused past
  /// the process's file-size limit (`EFBIG`, which SQLite reports as a failed write).
  static func isDiskFull(_ error: DatabaseError) -> Bool {
    error.resultCode == .SQLITE_FULL || error.extendedResultCode == .SQLITE_IOERR_WRITE
  }
}

extension PlanError {
  /// −32005 `busy`: another writer kept the database locked past the bounded wait.
  public static let databaseBusy = PlanError(
    .busy, vi: "Cơ sở dữ liệu đang bận, hãy thử lại; chưa ghi gì.",
    en: "The database is busy, try again; nothing was written.")

  /// −32006 `read-only`: this account may only read the database file.
  public static func readOnlyDatabase(_ path: String) -> PlanError {
    PlanError(
      .readOnly, vi: "Cơ sở dữ liệu \(path) chỉ đọc được (read-only) với tài khoản này; không ghi gì.",
      en: "The database \(path) is read-only for this account; nothing was written.")
  }

  /// −32007 `gone`: the file was deleted or replaced after this process opened it.
  public static func databaseGone(_ path: String) -> PlanError {
    PlanError(
      .gone,
      vi:
        "Tệp cơ sở dữ liệu \(path) đã bị xóa hoặc bị thay bằng tệp khác sau khi cchc mở nó; không ghi gì. Hãy chạy lại cchc.",
      en:
        "The database file \(path) was deleted or replaced after cchc opened it; nothing was written. Start cchc again."
    )
  }

  /// −32603 with words for a full disk (or a file-size limit): not a bug, but nothing a retry fixes.
  public static let diskFull = PlanError(
    .internal,
    vi: "Không ghi được vào đĩa (đĩa đầy hoặc tệp vượt giới hạn kích thước); không có thay đổi nào được ghi.",
    en: "Cannot write to the disk (it is full, or the file is past a size limit); nothing was written.")
}

extension PlanDatabase {
  /// `error` as a front-end should see it: SQLite's answers in words — busy, read-only, a full
  /// disk, a file deleted or replaced since it was opened — and any other SQLite failure as an
  /// internal error whose message holds no SQL (the detail goes to stderr). Errors that are not
  /// SQLite's come back unchanged.
  func failure(_ error: any Error) -> any Error {
    guard let error = error as? DatabaseError else { return error }
    if file != nil, FileIdentity(path: path) != file { return PlanError.databaseGone(path) }
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED: return PlanError.databaseBusy
    case .SQLITE_READONLY: return PlanError.readOnlyDatabase(path)
    case _ where StoreError.isDiskFull(error): return PlanError.diskFull
    default:
      let detail = "SQLite \(error.extendedResultCode): \(error.message ?? "")"
      Self.log(detail)
      return PlanError.internal(detail)
    }
  }

  /// Any error met by a call, as the one error type front-ends answer with (see `failure`); an
  /// error that is neither the store's nor PlanCore's is an internal fault, logged to stderr.
  public func planError(for error: any Error) -> PlanError {
    switch failure(error) {
    case let known as PlanError: return known
    case let store as StoreError: return PlanError(.internal, vi: store.vi, en: store.en)
    case let other:
      let detail = String(describing: other)
      Self.log(detail)
      return PlanError.internal(detail)
    }
  }

  /// Writes a fault's detail to stderr, where logs go (never into an answer).
  static func log(_ detail: String) {
    FileHandle.standardError.write(Data("cchc: lỗi bên trong / internal error: \(detail)\n".utf8))
  }
}
