import Foundation
import GRDB
import PlanCore

extension AuditActor {
  /// Who the call runs as, for PlanCore's rules.
  public var principal: Principal { Principal(officialID: officialID, role: role) }
}

/// Versions of the rows a schedule was computed from: if any changed, the schedule is recomputed.
struct SnapshotVersions: Equatable {
  var duties: [DutyID: Int]
  var officials: [OfficialID: Int]
  var leaves: [Int: Int]
}

extension PlanDatabase {
  /// The rows PlanCore's rules look at, loaded as values: the store decides nothing itself.
  static let dutyFactColumns = """
    d.id, d.unit_id, d.plan_item_id, d.period, d.effort, d.status, d.percent, d.lead_id, d.pinned, d.version,
    (SELECT group_concat(official_id, ',') FROM (SELECT official_id FROM duty_coordinators c
       WHERE c.duty_id = d.id ORDER BY official_id)) AS coordinators
    """

  /// A duty's facts from a row of `dutyFactColumns`, read by column name.
  static func dutyFacts(_ row: Row) -> DutyFacts {
    DutyFacts(
      id: row["id"], unit: row["unit_id"], planItem: row["plan_item_id"], period: row["period"], effort: row["effort"],
      status: DutyStatus(rawValue: row["status"]) ?? .todo, percent: row["percent"], lead: row["lead_id"],
      coordinators: commaList(row["coordinators"]).map(OfficialID.init(rawValue:)), pinned: row["pinned"],
      version: row["version"])
  }

  /// Every row of `sql`, mapped as it comes: a cursor's row finds a column by name in a dictionary,
  /// and nothing is copied first.
  static func mapRows<Value>(
    _ db: Database, _ sql: String, _ arguments: StatementArguments = [], _ map: (Row) -> Value
  ) throws -> [Value] {
    var values: [Value] = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() { values.append(map(row)) }
    return values
  }

  /// One duty's facts, or nil.
  static func dutyFacts(_ db: Database, _ id: DutyID) throws -> DutyFacts? {
    try mapRows(db, "SELECT \(dutyFactColumns) FROM duties d WHERE d.id = ?", [id], dutyFacts).first
  }

  /// The facts of every duty whose period is in `from…to`, any status.
  static func dutyFacts(_ db: Database, periods from: Month, _ to: Month) throws -> [DutyFacts] {
    try mapRows(
      db, "SELECT \(dutyFactColumns) FROM duties d WHERE d.period >= ? AND d.period <= ? ORDER BY d.id", [from, to],
      dutyFacts)
  }

  /// The facts of every open duty `official` leads or coordinates, soonest due first.
  static func openDutyFacts(_ db: Database, of official: OfficialID) throws -> [DutyFacts] {
    try mapRows(
      db,
      """
      SELECT \(dutyFactColumns) FROM duties d
      WHERE \(DutyRules.openSQL(status: "d.status"))
        AND (d.lead_id = ? OR d.id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = ?))
      ORDER BY d.due, d.id
      """, [official, official], dutyFacts)
  }

  /// The items of a `group_concat(…, ',')` column; none when it is null.
  static func commaList(_ text: String?) -> [String] {
    text.map { $0.split(separator: ",").map(String.init) } ?? []
  }

  static let officialFactColumns = """
    o.id, o.unit_id, o.position_id, p.name AS position_name, p.can_lead, o.active, o.role, o.capacity, o.version,
    (SELECT group_concat(skill_id, ',') FROM (SELECT skill_id FROM official_skills s WHERE s.official_id = o.id
       ORDER BY skill_id)) AS skills
    """

  /// An official's facts from a row of `officialFactColumns`, read by column name.
  static func officialFacts(_ row: Row) -> OfficialFacts {
    OfficialFacts(
      id: row["id"], unit: row["unit_id"], position: row["position_id"], positionName: row["position_name"],
      canLead: row["can_lead"], active: row["active"], role: Role(rawValue: row["role"]) ?? .viewer,
      skills: commaList(row["skills"]), capacity: row["capacity"], version: row["version"])
  }

  /// One official's facts, or nil.
  static func officialFacts(_ db: Database, _ id: OfficialID) throws -> OfficialFacts? {
    try mapRows(
      db, "SELECT \(officialFactColumns) FROM officials o JOIN positions p ON p.id = o.position_id WHERE o.id = ?",
      [id], officialFacts
    ).first
  }

  /// Every official's facts, by id.
  static func officialFacts(_ db: Database) throws -> [OfficialFacts] {
    try mapRows(
      db, "SELECT \(officialFactColumns) FROM officials o JOIN positions p ON p.id = o.position_id ORDER BY o.id",
      [], officialFacts)
  }

  /// The official named in `field`, or a validation error naming it.
  static func requireOfficialFacts(_ db: Database, _ id: OfficialID, field: String) throws -> OfficialFacts {
    guard let official = try officialFacts(db, id) else {
      throw PlanError.validation("\(field): không có cán bộ '\(id)'.", "\(field): there is no official '\(id)'.")
    }
    return official
  }

  /// The leaves not cancelled, by official.
  static func leaves(_ db: Database) throws -> [OfficialID: [ClosedRange<CivilDate>]] {
    var leaves: [OfficialID: [ClosedRange<CivilDate>]] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT official_id, first_day, last_day FROM leaves WHERE cancelled = 0")
    while let row = try rows.next() {
      let first: CivilDate = row["first_day"]
      let last: CivilDate = row["last_day"]
      if first <= last { leaves[row["official_id"] as OfficialID, default: []].append(first...last) }
    }
    return leaves
  }

  /// The scheduling model of the months `from…to`, built by PlanCore from the stored rows, plus
  /// `extra` duties not stored yet (the expansion of a schedule run).
  static func model(_ db: Database, periods from: Month, _ to: Month, extra: [DutyFacts] = []) throws -> ScheduleModel {
    let (areas, calendar) = try plan(db)
    let items = Dictionary(areas.flatMap(\.items).map { ($0.id, $0) }) { first, _ in first }
    return ScheduleModel(
      officials: try officialFacts(db), leaves: try leaves(db), calendar: calendar,
      duties: try dutyFacts(db, periods: from, to) + extra, items: items)
  }

  /// The versions of the duties of `from…to`, of every official and every leave.
  static func versions(_ db: Database, periods from: Month, _ to: Month) throws -> SnapshotVersions {
    func pairs<Key: Hashable & DatabaseValueConvertible & StatementColumnConvertible>(
      _ sql: String, _ arguments: StatementArguments = []
    ) throws -> [Key: Int] {
      var result: [Key: Int] = [:]
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() { result[row["id"] as Key] = row["version"] as Int }
      return result
    }
    return SnapshotVersions(
      duties: try pairs("SELECT id, version FROM duties WHERE period >= ? AND period <= ?", [from, to]),
      officials: try pairs("SELECT id, version FROM officials"),
      leaves: try pairs("SELECT id, version FROM leaves"))
  }

  /// The warnings of giving duty `id` to `lead` by hand, from PlanCore's rules on the duty's month.
  static func assignmentWarnings(_ db: Database, duty id: DutyID, lead: OfficialID) throws -> [RuleWarning] {
    guard let facts = try dutyFacts(db, id) else { return [] }
    return try model(db, periods: facts.period, facts.period).overrides(id, lead: lead)
  }
}
