import Foundation
import GRDB
import GRDBSQLite
import PlanCore

/// Filters of `duties.list`.
public struct DutyFilter: Sendable, Equatable {
  /// Duties this official leads or coordinates.
  public var official: OfficialID?
  /// Area id.
  public var area: Int?
  /// Plan item id.
  public var planItem: PlanItemID?
  /// Year of the due date.
  public var year: Int?
  /// Status.
  public var status: DutyStatus?
  /// Only overdue (true) or only not overdue (false).
  public var overdue: Bool?
  /// Words in the title, without diacritics.
  public var query: String?
  /// Due dates kept (both ends included), or nil for every date.
  public var due: DueRange?
  /// With `official`: only the duties it leads, not those it coordinates.
  public var leadOnly = false
  /// The order of the rows.
  public var sort = DutySort.due
  /// Page size.
  public var limit = 50
  /// Rows skipped.
  public var offset = 0

  /// An empty filter.
  public init() {}
}

extension PlanDatabase {
  /// The columns of a duty row, from `DutyShape` (the benchmark reuses them).
  public static let dutyColumns: String = DutyShape.columnsSQL

  /// A duty from a row of `dutyColumns`, member by member as `DutyShape` lists them.
  static func duty(_ row: Row, today: CivilDate) -> DutyView {
    var duty = DutyView.blank
    for (field, column, _) in DutyShape.sorted {
      guard let column else { continue }
      switch field.kind {
      case .text(let path): duty[keyPath: path] = row[column]
      case .date(let path): duty[keyPath: path] = row[column]
      case .month(let path): duty[keyPath: path] = row[column]
      case .nullableText(let path), .optionalText(let path): duty[keyPath: path] = row[column]
      case .optionalDate(let path): duty[keyPath: path] = row[column]
      case .integer(let path, _): duty[keyPath: path] = row[column]
      case .boolean(let path): duty[keyPath: path] = row[column]
      case .strings(let path):
        duty[keyPath: path] = commaList(row[column])
      case .status: duty.status = DutyStatus(rawValue: row[column] as String) ?? .todo
      case .overdue, .myRole, .progress, .warnings, .audit: break
      }
    }
    duty.overdue = DutyRules.isOverdue(status: duty.status, due: duty.due, today: today)
    return duty
  }

  /// Maps every row of a statement to a duty, without keeping the rows.
  static func duties(_ statement: Statement, _ arguments: StatementArguments, today: CivilDate) throws -> [DutyView] {
    var items: [DutyView] = []
    let cursor = try Row.fetchCursor(statement, arguments: arguments)
    while let row = try cursor.next() { items.append(duty(row, today: today)) }
    return items
  }

  /// The SQL `listDuties` runs for `filter`: the page and the count, with the filter's arguments
  /// (the page takes the limit and the offset after them: every value is bound, never pasted, so
  /// one statement serves every page).
  public static func dutyListSQL(_ filter: DutyFilter, today: CivilDate)
    -> (page: String, count: String, arguments: [any DatabaseValueConvertible & Sendable])
  {
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible & Sendable] = []
    if let official = filter.official {
      conditions.append(DutyInvolvement.concernsSQL(official: "?", leadOnly: filter.leadOnly))
      arguments += filter.leadOnly ? [official] : [official, official]
    }
    if let area = filter.area {
      conditions.append("d.area_id = ?")
      arguments.append(area)
    }
    if let item = filter.planItem {
      conditions.append("d.plan_item_id = ?")
      arguments.append(item)
    }
    if let year = filter.year {
      conditions.append("d.due LIKE ?")
      arguments.append("\(year)-%")
    }
    if let status = filter.status {
      conditions.append("d.status = ?")
      arguments.append(status.rawValue)
    }
    if let overdue = filter.overdue {
      let rule = DutyRules.overdueSQL(status: "d.status", due: "d.due")
      conditions.append(overdue ? rule : "NOT \(rule)")
      arguments.append(today.iso)
    }
    if let query = filter.query {
      conditions.append("d.search_key LIKE ? ESCAPE '\\'")
      arguments.append(likePattern(query))
    }
    conditions += dueConditions(filter.due)
    arguments += filter.due.map(dueArguments) ?? []
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    let page = """
      SELECT \(dutyColumns) FROM duties d \(whereClause) ORDER BY \(orderSQL(filter.sort)) LIMIT ? OFFSET ?
      """
    return (page, "SELECT count(*) FROM duties d \(whereClause)", arguments)
  }

  /// Runs `filter`'s page query, handing each row to `body`, and returns the total (counted only
  /// when the page is full: a shorter page ends the list). Throws when `filter.official` names nobody.
  static func listDuties(
    _ db: Database, _ filter: DutyFilter, today: CivilDate, _ body: (Statement, Row) throws -> Void
  ) throws -> Int {
    if let official = filter.official,
      try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM officials WHERE id = ?"), arguments: [official]) == nil
    {
      throw PlanError.validation(
        "official: không có cán bộ '\(official)'.", "official: there is no official '\(official)'.")
    }
    let sql = dutyListSQL(filter, today: today)
    let arguments = StatementArguments(sql.arguments.map { $0 as any DatabaseValueConvertible })
    var rows = 0
    let statement = try db.cachedStatement(sql: sql.page)
    let pageArguments = StatementArguments(
      (sql.arguments + [filter.limit, filter.offset]).map { $0 as any DatabaseValueConvertible })
    let cursor = try Row.fetchCursor(statement, arguments: pageArguments)
    while let row = try cursor.next() {
      try body(statement, row)
      rows += 1
    }
    if rows < filter.limit && (filter.offset == 0 || rows > 0) { return filter.offset + rows }
    return try Int.fetchOne(db.cachedStatement(sql: sql.count), arguments: arguments) ?? 0
  }

  /// The duties matching `filter`, soonest due first, and how many match in all.
  /// - Throws: `PlanError.validation` when `filter.official` names nobody.
  public func listDuties(_ filter: DutyFilter, today: CivilDate) throws -> Page<DutyView> {
    try writer.read { db in
      var items: [DutyView] = []
      let total = try Self.listDuties(db, filter, today: today) { items.append(Self.duty($1, today: today)) }
      return Page(items: items, total: total)
    }
  }

  /// The same page as `listDuties`, written straight from the rows as JSON (the hot path of
  /// `duties.list`: no intermediate values). Its text equals `listDuties`' page encoded.
  public func listDutiesJSON(_ filter: DutyFilter, today: CivilDate) throws -> DutyPageJSON {
    try writer.read { db in
      var json = JSONBytes(capacity: 65_536)
      json.raw(#"{"items":["#)
      var first = true
      let todayBytes = Array(today.iso.utf8)
      let total = try Self.listDuties(db, filter, today: today) { statement, _ in
        if !first { json.byte(",") }
        first = false
        Self.writeDuty(statement.sqliteStatement, todayBytes: todayBytes, into: &json)
      }
      json.raw(#"],"total":"#)
      json.integer(total)
      json.byte("}")
      return DutyPageJSON(bytes: json.bytes)
    }
  }

  /// The columns `writeDuty` needs by name.
  static let statusColumn = Int32(DutyShape.column("status"))
  static let dueColumn = Int32(DutyShape.column("due"))
  static let leadColumn = Int32(DutyShape.column("lead"))

  /// Writes the current row of a `dutyColumns` statement as a duty's JSON, keys sorted, member by
  /// member as `DutyShape` lists them (as `DutyView.writeJSON` does) — reading the columns in place
  /// through the SQLite C API. With `me`, the reader's part (`myRole`) from the lead column.
  static func writeDuty(
    _ statement: SQLiteStatement, todayBytes: [UInt8], me: [UInt8]? = nil, into json: inout JSONBytes
  ) {
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer? {
      guard let text = sqlite3_column_text(statement, column) else { return nil }
      return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
    }
    let status = bytes(statusColumn).flatMap { DutyStatus(utf8: $0) } ?? .todo
    json.byte("{")
    DutyShape.keyBytes.withUnsafeBufferPointer { keys in
      var first = true
      func key(_ start: Int, _ end: Int) {
        if !first { json.byte(",") }
        first = false
        json.append(UnsafeBufferPointer(rebasing: keys[start..<end]))
      }
      for (step, column, start, end) in DutyShape.rowPlan {
        switch step {
        case .text:
          key(start, end)
          if let value = bytes(column) { json.string(utf8: value) } else { json.raw("null") }
        case .optionalText:
          if let value = bytes(column) {
            key(start, end)
            json.string(utf8: value)
          }
        case .integer:
          key(start, end)
          json.integer(Int(sqlite3_column_int64(statement, column)))
        case .boolean:
          key(start, end)
          json.bool(sqlite3_column_int64(statement, column) != 0)
        case .strings:
          key(start, end)
          writeCommaList(bytes(column), into: &json)
        case .status:
          key(start, end)
          json.string(status.rawValue)
        case .overdue:
          key(start, end)
          json.bool(
            bytes(dueColumn).map { DutyRules.isOverdue(status: status, dueISO: $0, todayISO: todayBytes) } ?? false)
        case .myRole:
          if let me {
            key(start, end)
            let leads = bytes(leadColumn).map { $0.elementsEqual(me) } ?? false
            json.string((leads ? DutyRole.lead : .coordinator).rawValue)
          }
        case .none:
          break
        }
      }
    }
    json.byte("}")
  }

  /// Writes `a,b,c` (a `group_concat`) as the JSON array `["a","b","c"]`; nothing as `[]`.
  static func writeCommaList(_ all: UnsafeRawBufferPointer?, into json: inout JSONBytes) {
    json.byte("[")
    if let all {
      var start = 0
      for index in 0...all.count where index == all.count || all[index] == UInt8(ascii: ",") {
        if start > 0 { json.byte(",") }
        json.string(utf8: UnsafeRawBufferPointer(rebasing: all[start..<index]))
        start = index + 1
      }
    }
    json.byte("]")
  }

  /// The open duties (and, with `includeDone`, the done ones) `official` leads or coordinates,
  /// overdue first then soonest due, each with `myRole` (`myDuties(_:_:today:)` with only these set).
  public func myDuties(_ official: OfficialID, includeDone: Bool, limit: Int, offset: Int, today: CivilDate) throws
    -> DutyPageJSON
  {
    var filter = MyDutiesFilter()
    filter.includeDone = includeDone
    filter.limit = limit
    filter.offset = offset
    return try myDuties(official, filter, today: today)
  }

  /// One duty with its progress history, or nil.
  public func duty(_ id: DutyID, today: CivilDate) throws -> DutyView? {
    try writer.read { db in try Self.fetchDuty(db, id, today: today, withProgress: true) }
  }

  static func fetchDuty(_ db: Database, _ id: DutyID, today: CivilDate, withProgress: Bool) throws -> DutyView? {
    guard let row = try Row.fetchOne(db, sql: "SELECT \(dutyColumns) FROM duties d WHERE d.id = ?", arguments: [id])
    else { return nil }
    var duty = Self.duty(row, today: today)
    if withProgress {
      duty.progress = try Row.fetchAll(
        db,
        sql:
          """
          SELECT at, coalesce(day, substr(at, 1, 10)) AS day, part, official_id, status, percent, note
          FROM duty_progress WHERE duty_id = ? ORDER BY id
          """,
        arguments: [id]
      ).map {
        ProgressEntry(
          at: $0["at"], date: $0["day"],
          part: ProgressPart(rawValue: $0["part"] ?? "") ?? .chair, official: $0["official_id"],
          status: DutyStatus(rawValue: $0["status"]) ?? .todo, percent: $0["percent"], note: $0["note"])
      }
    }
    return duty
  }

  static let officialColumns: String = """
    o.id, o.name, o.position_id, o.legacy_title, o.kind, o.role, o.capacity, o.active, o.version,
    (SELECT group_concat(skill_id, ',') FROM (SELECT skill_id FROM official_skills s WHERE s.official_id = o.id
       ORDER BY skill_id)) AS skills,
    \(DutyRules.loadSQL(official: "o.id", period: ":month")) AS load
    """

  static func official(_ row: Row) -> OfficialView {
    OfficialView(
      id: row["id"], name: row["name"], position: row["position_id"], legacyTitle: row["legacy_title"],
      kind: row["kind"], role: Role(rawValue: row["role"]) ?? .viewer,
      skills: commaList(row["skills"]), capacity: row["capacity"],
      active: row["active"], loadThisMonth: row["load"], capacityThisMonth: row["capacity"], version: row["version"])
  }

  /// Sets each official's capacity this month after its leaves (PlanCore's rule).
  static func withMonthCapacity(_ officials: [OfficialView], _ db: Database, today: CivilDate) throws -> [OfficialView]
  {
    let leaves = try leaves(db)
    guard officials.contains(where: { leaves[$0.id] != nil }) else { return officials }
    let calendar = try calendar(db)
    return officials.map { official in
      var official = official
      if let own = leaves[official.id] {
        official.capacityThisMonth =
          Availability.month(today.period, capacity: official.capacity, leaves: own, calendar: calendar).capacity
      }
      return official
    }
  }

  /// The roster, filtered by words in the name or id (without diacritics), activity and position.
  /// With `period`, each official also carries its work over that month or quarter.
  public func listOfficials(
    query: String?, active: Bool?, position: String?, period: WorkPeriod? = nil, today: CivilDate
  ) throws -> Page<OfficialView> {
    try writer.read { db in
      var conditions = ["1"]
      var arguments: [String: (any DatabaseValueConvertible)?] = ["month": today.period]
      if let query {
        conditions.append("o.search_key LIKE :query ESCAPE '\\'")
        arguments["query"] = Self.likePattern(query)
      }
      if let active {
        conditions.append("o.active = :active")
        arguments["active"] = active
      }
      if let position {
        conditions.append("o.position_id = :position")
        arguments["position"] = position
      }
      let rows = try Row.fetchAll(
        db,
        sql:
          "SELECT \(Self.officialColumns) FROM officials o WHERE \(conditions.joined(separator: " AND ")) ORDER BY o.id",
        arguments: StatementArguments(arguments))
      var items = try Self.withMonthCapacity(rows.map(Self.official), db, today: today)
      if let period { items = try Self.withWorkload(items, db, period: period) }
      return Page(items: items, total: rows.count)
    }
  }

  /// One official, or nil.
  public func official(_ id: OfficialID, today: CivilDate) throws -> OfficialView? {
    try writer.read { db in try Self.fetchOfficial(db, id, today: today) }
  }

  static func fetchOfficial(_ db: Database, _ id: OfficialID, today: CivilDate) throws -> OfficialView? {
    try Row.fetchOne(
      db, sql: "SELECT \(officialColumns) FROM officials o WHERE o.id = :id",
      arguments: ["id": id, "month": today.period]
    ).map { try Self.withMonthCapacity([Self.official($0)], db, today: today)[0] }
  }

  /// What `official` may do now: its role while active, viewer once deactivated, nil when unknown.
  public func currentRole(of official: OfficialID) throws -> Role? {
    try writer.read { db in
      try Row.fetchOne(
        db.cachedStatement(sql: "SELECT role, active FROM officials WHERE id = ?"), arguments: [official]
      ).map { ($0["active"] as Bool) ? Role(rawValue: $0["role"]) ?? .viewer : .viewer }
    }
  }

  /// Duty ids starting with `prefix`, for completion (at most `limit`).
  public func dutyIDs(prefix: String, limit: Int = 50) throws -> [String] {
    try writer.read { db in
      try String.fetchAll(
        db, sql: "SELECT id FROM duties WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
        arguments: [prefix, prefix + "\u{10FFFF}", limit])
    }
  }

  /// Every official's id and name, for completion.
  public func officialNames() throws -> [(id: String, name: String)] {
    try writer.read { db in
      try Row.fetchAll(db, sql: "SELECT id, name FROM officials WHERE active = 1 ORDER BY id").map {
        ($0["id"], $0["name"])
      }
    }
  }

  /// The officials `name` names by PlanCore's `OfficialLookup`: the one whose id it is, else by name
  /// typed with or without diacritics.
  public func officialsNamed(_ name: String) throws -> [(id: OfficialID, name: String, role: Role, active: Bool)] {
    try writer.read { db in
      let map = { (row: Row) in
        (
          id: row["id"] as OfficialID, name: row["name"] as String, role: Role(rawValue: row["role"]) ?? .viewer,
          active: row["active"] as Bool
        )
      }
      if let row = try Row.fetchOne(
        db, sql: "SELECT id, name, role, active FROM officials WHERE id = ?", arguments: [name])
      {
        return [map(row)]
      }
      let rows = try Row.fetchAll(db, sql: "SELECT id, name, role, active FROM officials ORDER BY id")
      return OfficialLookup.matches(name, among: rows, id: { $0["id"] }, name: { $0["name"] }).map(map)
    }
  }

  /// Areas 0–6 with plan-item and duty counts.
  public func listAreas(today: CivilDate) throws -> Page<AreaView> {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.code, a.name, a.local_name, a.reform_area,
            (SELECT count(*) FROM plan_items p WHERE p.area_id = a.id) AS items,
            (SELECT count(*) FROM duties d WHERE d.area_id = a.id AND d.status <> 'cancelled') AS planned,
            (SELECT count(*) FROM duties d WHERE d.area_id = a.id AND d.status = 'done') AS done,
            (SELECT count(*) FROM duties d WHERE d.area_id = a.id
              AND \(DutyRules.overdueSQL(status: "d.status", due: "d.due"))) AS overdue
          FROM areas a ORDER BY a.id
          """, arguments: [today.iso])
      let items = rows.map {
        AreaView(
          id: $0["id"], code: $0["code"], name: $0["name"], localName: $0["local_name"],
          reformArea: $0["reform_area"], items: $0["items"], planned: $0["planned"], done: $0["done"],
          overdue: $0["overdue"])
      }
      return Page(items: items, total: items.count)
    }
  }

  /// The id of the area with this number or code, or nil.
  public func areaID(_ reference: String) throws -> Int? {
    try writer.read { db in
      try Int.fetchOne(
        db, sql: "SELECT id FROM areas WHERE code = ? OR CAST(id AS TEXT) = ?", arguments: [reference, reference])
    }
  }

  /// Plan items, filtered by area, kind and words (without diacritics).
  public func listPlanItems(area: Int?, kind: PlanItemKind?, query: String?) throws -> Page<PlanItemView> {
    try writer.read { db in
      var conditions = ["1"]
      var arguments: [any DatabaseValueConvertible] = []
      if let area { conditions.append("p.area_id = ?"); arguments.append(area) }
      if let kind { conditions.append("p.kind = ?"); arguments.append(kind.rawValue) }
      if let query { conditions.append("p.search_key LIKE ? ESCAPE '\\'"); arguments.append(Self.likePattern(query)) }
      let ids = try PlanItemID.fetchAll(
        db, sql: "SELECT id FROM plan_items p WHERE \(conditions.joined(separator: " AND ")) ORDER BY area_id, ordinal",
        arguments: StatementArguments(arguments))
      let items = try ids.compactMap { try Self.fetchPlanItem(db, $0) }
      return Page(items: items, total: items.count)
    }
  }

  /// One plan item, or nil.
  public func planItem(_ id: PlanItemID) throws -> PlanItemView? {
    try writer.read { db in try Self.fetchPlanItem(db, id) }
  }

  static func fetchPlanItem(_ db: Database, _ id: PlanItemID) throws -> PlanItemView? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM plan_items WHERE id = ?", arguments: [id]) else {
      return nil
    }
    let positions = try Row.fetchAll(
      db, sql: "SELECT position_id, role FROM plan_item_positions WHERE item_id = ? ORDER BY role, ordinal",
      arguments: [id])
    let quarters: String? = row["recurrence_quarters"]
    let first: Int? = row["source_first_line"]
    let last: Int? = row["source_last_line"]
    let item = PlanItem(
      id: row["id"], kind: PlanItemKind(rawValue: row["kind"]) ?? .task, title: row["title"], text: row["text"],
      source: SourceQuote(
        sentence: row["source_sentence"], lines: first.flatMap { f in last.map { [f, $0] } },
        reference: row["source_reference"]),
      recurrence: Recurrence(
        every: Frequency(rawValue: row["recurrence"]) ?? .continuous, month: row["recurrence_month"],
        day: row["recurrence_day"],
        quarters: quarters.flatMap { try? JSONDecoder().decode([Int].self, from: Data($0.utf8)) },
        due: row["recurrence_due"], basis: row["recurrence_basis"]),
      effort: row["effort"],
      leadPositions: positions.filter { $0["role"] == "lead" }.map { $0["position_id"] },
      coordinatorPositions: positions.filter { $0["role"] == "coordinator" }.map { $0["position_id"] },
      skills: try String.fetchAll(
        db, sql: "SELECT skill_id FROM plan_item_skills WHERE item_id = ? ORDER BY skill_id", arguments: [id]),
      indicators: try String.fetchAll(
        db, sql: "SELECT indicator_id FROM plan_item_indicators WHERE item_id = ? ORDER BY indicator_id",
        arguments: [id]), note: nil)
    return PlanItemView(area: row["area_id"], item: item)
  }

  /// Audit rows, newest first, filtered by duty, official and a date range (inclusive, UTC days).
  public func listAudit(duty: DutyID?, official: OfficialID?, from: CivilDate?, to: CivilDate?, limit: Int, offset: Int)
    throws -> Page<AuditEntry>
  {
    try writer.read { db in
      var conditions = ["1"]
      var arguments: [any DatabaseValueConvertible] = []
      if let duty { conditions.append("entity = 'duty' AND entity_id = ?"); arguments.append(duty) }
      if let official {
        conditions.append("(official_id = ? OR (entity = 'official' AND entity_id = ?))")
        arguments += [official, official]
      }
      // `at` starts with its UTC day as YYYY-MM-DD: compared as days, any valid date works (the day
      // after 9999-12-31 has no such form).
      if let from { conditions.append("substr(at, 1, 10) >= ?"); arguments.append(from.iso) }
      if let to { conditions.append("substr(at, 1, 10) <= ?"); arguments.append(to.iso) }
      let whereClause = conditions.joined(separator: " AND ")
      let total =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM audit WHERE \(whereClause)", arguments: StatementArguments(arguments)) ?? 0
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM audit WHERE \(whereClause) ORDER BY id DESC LIMIT ? OFFSET ?",
        arguments: StatementArguments(arguments + [limit, offset]))
      return Page(items: rows.map(Self.auditEntry), total: total)
    }
  }

  /// An audit row as a value.
  static func auditEntry(_ row: Row) -> AuditEntry {
    AuditEntry(
      id: row["id"], at: row["at"], official: row["official_id"], osUser: row["os_user"], action: row["action"],
      entity: row["entity"], entityId: row["entity_id"], before: row["before"], after: row["after"],
      osUid: row["os_uid"], channel: row["channel"], remoteAddr: row["remote_addr"] ?? "")
  }
}
