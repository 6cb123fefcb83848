import GRDB
import PlanCore

/// A plan item found by search.
public struct PlanItemMatch: Sendable, Equatable {
  /// Plan item id, e.g. `6.4`.
  public var id: String
  /// Its area id.
  public var area: Int
  /// Its title.
  public var title: String
  /// Its text.
  public var text: String
}

/// An area found by search.
public struct AreaMatch: Sendable, Equatable {
  /// 0–6.
  public var id: Int
  /// Area code.
  public var code: String
  /// Name in Nghị quyết 76.
  public var name: String
}

/// An official found by search.
public struct OfficialMatch: Sendable, Equatable {
  /// Official id.
  public var id: String
  /// Name.
  public var name: String
}

extension PlanDatabase {
  /// Plan items whose id, title or text contains `query`, ignoring case and diacritics (đ = d).
  public func searchPlanItems(_ query: String) throws -> [PlanItemMatch] {
    try writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, area_id, title, text FROM plan_items
          WHERE search_key LIKE ? ESCAPE '\\' ORDER BY area_id, ordinal
          """,
        arguments: [Self.likePattern(query)]
      ).map { PlanItemMatch(id: $0["id"], area: $0["area_id"], title: $0["title"], text: $0["text"]) }
    }
  }

  /// Areas whose name contains `query`, ignoring case and diacritics.
  public func searchAreas(_ query: String) throws -> [AreaMatch] {
    try writer.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, code, name FROM areas WHERE search_key LIKE ? ESCAPE '\\' ORDER BY id",
        arguments: [Self.likePattern(query)]
      ).map { AreaMatch(id: $0["id"], code: $0["code"], name: $0["name"]) }
    }
  }

  /// Officials whose id, name or legacy title contains `query`, ignoring case and diacritics.
  public func searchOfficials(_ query: String) throws -> [OfficialMatch] {
    try writer.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, name FROM officials WHERE search_key LIKE ? ESCAPE '\\' ORDER BY id",
        arguments: [Self.likePattern(query)]
      ).map { OfficialMatch(id: $0["id"], name: $0["name"]) }
    }
  }

  /// A `LIKE` pattern matching the folded query anywhere, with `%`, `_` and `\` escaped.
  static func likePattern(_ query: String) -> String {
    let folded = VietnameseText.searchKey(query)
    var escaped = ""
    for character in folded {
      if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return "%\(escaped)%"
  }

  /// Row counts of the main tables, for status screens.
  public func counts() throws -> [String: Int] {
    try writer.read { db in
      var result: [String: Int] = [:]
      for table in [
        "officials", "positions", "areas", "plan_items", "indicators", "baseline_figures", "calendar_days",
        "duties", "audit",
      ] {
        result[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      return result
    }
  }

  /// The unit's display name, e.g. `xã Ba Trang`, or nil before initialisation.
  public func unitName() throws -> String? {
    try writer.read { db in
      try Row.fetchOne(db, sql: "SELECT level, name FROM unit LIMIT 1").map {
        "\($0["level"] as String) \($0["name"] as String)"
      }
    }
  }

  /// Every row of `table` as text, ordered by all columns: two databases with the same data give the same dump.
  ///
  /// Only tables of the schema are accepted; anything else throws.
  public func dump(table: String) throws -> [String] {
    try writer.read { db in
      guard try db.tableExists(table) else {
        throw DatabaseError(resultCode: .SQLITE_ERROR, message: "no such table: \(table)")
      }
      let columns = try db.columns(in: table).map(\.name)
      let order = columns.map { "\"\($0)\"" }.joined(separator: ", ")
      return try Row.fetchAll(db, sql: "SELECT \(order) FROM \"\(table)\" ORDER BY \(order)").map { row in
        columns.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " | ")
      }
    }
  }

  /// The number of audit rows with `action`.
  public func auditCount(action: String) throws -> Int {
    try writer.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE action = ?", arguments: [action]) ?? 0
    }
  }

  /// `PRAGMA integrity_check` and `foreign_key_check`: "ok" when both pass.
  public func integrityCheck() throws -> String {
    try writer.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
      let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
      return foreignKeys.isEmpty ? integrity : "\(integrity); foreign key violations: \(foreignKeys.count)"
    }
  }
}
