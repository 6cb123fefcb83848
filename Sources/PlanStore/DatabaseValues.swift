import GRDB
import GRDBSQLite
import PlanCore

/// A month is stored as its ISO text `YYYY-MM` (the `period` columns).
extension Month: DatabaseValueConvertible, StatementColumnConvertible {
  /// The ISO text.
  public var databaseValue: DatabaseValue { iso.databaseValue }

  /// The month of an ISO text, or nil.
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Month? {
    String.fromDatabaseValue(dbValue).flatMap(Month.init(iso:))
  }

  /// Reads the column's text in place.
  public init?(sqliteStatement: SQLiteStatement, index: CInt) {
    guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
    self.init(utf8: UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index))))
  }
}

/// A date is stored as its ISO text `YYYY-MM-DD` (`due`, `completed_on`, `first_day` …).
extension CivilDate: DatabaseValueConvertible, StatementColumnConvertible {
  /// The ISO text.
  public var databaseValue: DatabaseValue { iso.databaseValue }

  /// The date of an ISO text, or nil.
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CivilDate? {
    String.fromDatabaseValue(dbValue).flatMap(CivilDate.init(iso:))
  }

  /// Reads the column's text in place.
  public init?(sqliteStatement: SQLiteStatement, index: CInt) {
    guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
    self.init(utf8: UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index))))
  }
}
