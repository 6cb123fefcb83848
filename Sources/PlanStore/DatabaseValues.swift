import GRDB
import GRDBSQLite
import PlanCore

/// A month (`period` columns) or a date (`due`, `completed_on`, `first_day` …) is stored as its ISO text.
extension ISOText where Self: DatabaseValueConvertible {
  /// The ISO text.
  public var databaseValue: DatabaseValue { iso.databaseValue }

  /// The value of an ISO text, or nil.
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
    String.fromDatabaseValue(dbValue).flatMap(Self.init(iso:))
  }

  /// Reads the column's text in place.
  public init?(sqliteStatement: SQLiteStatement, index: CInt) {
    guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
    self.init(utf8: UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index))))
  }
}

extension Month: DatabaseValueConvertible, StatementColumnConvertible {}
extension CivilDate: DatabaseValueConvertible, StatementColumnConvertible {}

/// An id is stored as its text: `OfficialID`, `DutyID` and `PlanItemID` bind and read as their raw value.
extension Tagged: @retroactive SQLExpressible where RawValue: DatabaseValueConvertible {}
extension Tagged: @retroactive StatementBinding where RawValue: DatabaseValueConvertible {}
extension Tagged: @retroactive DatabaseValueConvertible where RawValue: DatabaseValueConvertible {
  /// The raw value's database value.
  public var databaseValue: DatabaseValue { rawValue.databaseValue }

  /// The id of a stored raw value, or nil.
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Tagged? {
    RawValue.fromDatabaseValue(dbValue).map(Tagged.init(rawValue:))
  }
}

extension Tagged: @retroactive StatementColumnConvertible where RawValue: StatementColumnConvertible {
  /// Reads the raw value in place.
  public init?(sqliteStatement: SQLiteStatement, index: CInt) {
    guard let rawValue = RawValue(sqliteStatement: sqliteStatement, index: index) else { return nil }
    self.init(rawValue: rawValue)
  }
}
