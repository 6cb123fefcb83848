import Foundation
import PlanStore

/// The reference: the SQL `PlanDatabase.listDuties` runs for an `official` filter, for the sqlite3 shell.
enum Reference {
  /// The shell.
  static let sqlite3 = "/usr/bin/sqlite3"

  /// The columns `PlanDatabase.listDuties` selects, taken from PlanStore itself so they cannot drift.
  static let dutyColumns = PlanDatabase.dutyColumns

  /// The WHERE clause of `listDuties` for `filter.official`, with the id inlined as a literal.
  static func condition(_ official: String) -> String {
    let literal = "'" + official.replacingOccurrences(of: "'", with: "''") + "'"
    return
      "WHERE (d.lead_id = \(literal) OR d.id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = \(literal)))"
  }

  /// The count query and the page query (limit 100, offset 0) for one official.
  static func queries(_ official: String) -> String {
    let whereClause = condition(official)
    return """
      SELECT count(*) FROM duties d \(whereClause);
      SELECT \(dutyColumns) FROM duties d \(whereClause) ORDER BY d.due, d.id LIMIT 100 OFFSET 0;

      """
  }

  /// The whole shell input: `.mode json`, then both queries for each official in turn.
  static func script(_ officials: [String]) -> [UInt8] {
    var script = Array(".mode json\n".utf8)
    for official in officials { script += Array(queries(official).utf8) }
    return script
  }
}
