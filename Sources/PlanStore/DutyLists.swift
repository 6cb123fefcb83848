import GRDB
import PlanCore

/// What `duties.mine` lists of the acting official's duties, and how.
public struct MyDutiesFilter: Sendable, Equatable {
  /// Done duties too (cancelled ones never).
  public var includeDone = false
  /// Due dates kept (both ends included), or nil for every date.
  public var due: DueRange?
  /// Only the duties the official leads, not those it coordinates.
  public var leadOnly = false
  /// The order within each group (`MyDutyGroup`: overdue first, …).
  public var sort = DutySort.due
  /// Page size.
  public var limit = 50
  /// Rows skipped.
  public var offset = 0

  /// Open duties, led or coordinated, soonest due first, the first 50.
  public init() {}
}

extension PlanDatabase {
  /// The SQL conditions a due-date range puts on `d.due`, each taking one `?` (`dueArguments`).
  static func dueConditions(_ range: DueRange?) -> [String] {
    guard let range else { return [] }
    return (range.from == nil ? [] : ["d.due >= ?"]) + (range.to == nil ? [] : ["d.due <= ?"])
  }

  /// The arguments of `dueConditions`, in order.
  static func dueArguments(_ range: DueRange) -> [any DatabaseValueConvertible & Sendable] {
    [range.from?.iso, range.to?.iso].compactMap { $0 }
  }

  /// The `ORDER BY` terms of a sort on a duty row aliased `d`: its key, then the due date and the id.
  static func orderSQL(_ sort: DutySort) -> String {
    switch sort {
    case .due: "d.due, d.id"
    case .area: "d.area_id, d.due, d.id"
    case .lead: "d.lead_id IS NULL, d.lead_id, d.due, d.id"
    }
  }

  /// The duties `official` leads or coordinates that `filter` keeps, in `MyDutyGroup` order then
  /// the filter's, each with `myRole`, written as JSON straight from the rows like `duties.list`;
  /// the JSON also counts every group over all the rows kept (`groups`), not only this page.
  public func myDuties(_ official: OfficialID, _ filter: MyDutiesFilter, today: CivilDate) throws -> DutyPageJSON {
    try writer.read { db in
      let open = DutyRules.openSQL(status: "d.status")
      var conditions = [
        filter.includeDone ? "(\(open) OR d.status = 'done')" : open,
        DutyInvolvement.concernsSQL(official: ":me", leadOnly: filter.leadOnly),
      ]
      var arguments: [String: (any DatabaseValueConvertible)?] = [
        "me": official, "today": today.iso, "monthStart": today.period.firstDay.iso,
        "monthEnd": today.period.lastDay.iso, "limit": filter.limit, "offset": filter.offset,
      ]
      if let from = filter.due?.from {
        conditions.append("d.due >= :dueFrom")
        arguments["dueFrom"] = from.iso
      }
      if let to = filter.due?.to {
        conditions.append("d.due <= :dueTo")
        arguments["dueTo"] = to.iso
      }
      let condition = conditions.joined(separator: " AND ")
      let rank = MyDutyGroup.rankSQL(
        status: "d.status", due: "d.due", today: ":today", monthStart: ":monthStart", monthEnd: ":monthEnd")
      let counts = try Self.groupCounts(db, condition: condition, rank: rank, arguments: arguments)
      let statement = try db.cachedStatement(
        sql: """
          SELECT \(Self.dutyColumns) FROM duties d WHERE \(condition)
          ORDER BY \(rank), \(Self.orderSQL(filter.sort)) LIMIT :limit OFFSET :offset
          """)
      var json = JSONBytes(capacity: 16_384)
      json.raw(#"{"groups":{"#)
      for (index, group) in MyDutyGroup.keyOrder.enumerated() {
        if index > 0 { json.byte(",") }
        json.string(group.rawValue)
        json.byte(":")
        json.integer(counts[group.rank])
      }
      json.raw(#"},"items":["#)
      var first = true
      let todayBytes = Array(today.iso.utf8)
      let me = Array(official.utf8)
      let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(arguments.filter { $0.value != nil }))
      while try cursor.next() != nil {
        if !first { json.byte(",") }
        first = false
        Self.writeDuty(statement.sqliteStatement, todayBytes: todayBytes, me: me, into: &json)
      }
      json.raw(#"],"total":"#)
      json.integer(counts.reduce(0, +))
      json.byte("}")
      return DutyPageJSON(bytes: json.bytes)
    }
  }

  /// How many rows `condition` keeps in each group, by rank (one pass over the rows).
  static func groupCounts(
    _ db: Database, condition: String, rank: String, arguments: [String: (any DatabaseValueConvertible)?]
  ) throws -> [Int] {
    let row = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT coalesce(sum(g = 0), 0), coalesce(sum(g = 1), 0), coalesce(sum(g = 2), 0), coalesce(sum(g = 3), 0)
          FROM (SELECT \(rank) AS g FROM duties d WHERE \(condition))
          """),
      arguments: StatementArguments(arguments.filter { $0.key != "limit" && $0.key != "offset" && $0.value != nil }))
    return (0..<4).map { (row?[$0] as Int?) ?? 0 }
  }
}

extension MyDutyGroup {
  /// The groups in the order of their JSON keys (sorted, as every result's keys are).
  static let keyOrder = MyDutyGroup.allCases.sorted { $0.rawValue < $1.rawValue }
}
