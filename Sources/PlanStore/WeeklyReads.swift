import Foundation
import GRDB
import PlanCore

/// What a follow-up list asks for.
public struct FollowUpFilter: Sendable, Equatable {
  /// Duties this official leads or coordinates.
  public var official: OfficialID?
  /// Area id.
  public var area: Int?

  /// No filter.
  public init(official: OfficialID? = nil, area: Int? = nil) {
    self.official = official
    self.area = area
  }
}

extension PlanDatabase {
  // MARK: Leaves

  /// A leave from a row of `leaves`.
  static func leave(_ row: Row) -> LeaveView {
    LeaveView(
      id: row["id"], official: row["official_id"], from: row["first_day"], to: row["last_day"], reason: row["reason"],
      cancelled: row["cancelled"], version: row["version"])
  }

  /// Every leave of `official` (cancelled ones too), by number.
  static func leaves(_ db: Database, of official: OfficialID) throws -> [LeaveView] {
    try mapRows(db, "SELECT * FROM leaves WHERE official_id = ? ORDER BY id", [official], leave)
  }

  /// The leaves a list shows (PlanCore's `LeaveRules.isListed`), soonest first, each with its
  /// official's name, where it stands today and the working days it covers.
  /// - Throws: `PlanError.validation` when `official` names nobody.
  public func listLeaves(
    official: OfficialID?, month: Month?, includePast: Bool, includeCancelled: Bool, today: CivilDate
  ) throws -> Page<LeaveView> {
    try writer.read { db in
      if let official, try Self.officialFacts(db, official) == nil {
        throw PlanError.validation(
          "official: không có cán bộ '\(official)'.", "official: there is no official '\(official)'.")
      }
      let calendar = try Self.calendar(db)
      let sql = """
        SELECT l.*, o.name FROM leaves l JOIN officials o ON o.id = l.official_id
        WHERE (? IS NULL OR l.official_id = ?) ORDER BY l.first_day, l.official_id, l.id
        """
      let items = try Self.mapRows(db, sql, [official, official]) { row -> LeaveView in
        var leave = Self.leave(row)
        leave.name = row["name"]
        return leave
      }.filter {
        LeaveRules.isListed(
          $0, today: today, month: month, includePast: includePast, includeCancelled: includeCancelled)
      }.map { leave in
        var leave = leave
        leave.state = LeaveRules.state(leave, today: today)
        leave.workingDays = LeaveRules.workingDays(from: leave.from, to: leave.to, calendar: calendar)
        return leave
      }
      return Page(items: items, total: items.count)
    }
  }

  // MARK: Workload

  /// Each official's work over `period` (PlanCore's `Workloads`): the duties of its months, the
  /// leaves and the working calendar, read in the same transaction as the roster.
  static func withWorkload(_ officials: [OfficialView], _ db: Database, period: WorkPeriod) throws -> [OfficialView] {
    guard let first = period.months.first, let last = period.months.last else { return officials }
    let duties = try dutyFacts(db, periods: first, last)
    let leaves = try leaves(db)
    let calendar = try calendar(db)
    return officials.map { official in
      var official = official
      official.workload = Workloads.over(
        period, official: official.id, capacity: official.capacity, active: official.active,
        leaves: leaves[official.id] ?? [],
        calendar: calendar, duties: duties.filter { $0.lead == official.id || $0.coordinators.contains(official.id) })
      return official
    }
  }

  // MARK: Follow-up

  /// The open duties due before today, by lead then due date, each with its days late and its last report.
  /// - Throws: `PlanError.validation` when the filter's official names nobody.
  public func overdueDuties(_ filter: FollowUpFilter, today: CivilDate) throws -> FollowUpList {
    let items = try followUp(
      filter, condition: DutyRules.overdueSQL(status: "d.status", due: "d.due"), [today], today: today
    ) { $0.daysLate = FollowUp.daysLate(due: $0.duty.due, today: today) }
    return FollowUpList(kind: .overdue, today: today, items: items)
  }

  /// The open duties due from today to `within` days from now, by lead then due date, each with
  /// its days left and its last report.
  /// - Throws: `PlanError.validation` when the filter's official names nobody.
  public func upcomingDuties(_ filter: FollowUpFilter, within: Int, today: CivilDate) throws -> FollowUpList {
    let window = FollowUp.upcomingWindow(today: today, within: within)
    let condition = "(\(DutyRules.openSQL(status: "d.status")) AND d.due >= ? AND d.due <= ?)"
    let items = try followUp(filter, condition: condition, [window.lowerBound, window.upperBound], today: today) {
      $0.daysLeft = FollowUp.daysLeft(due: $0.duty.due, today: today)
    }
    return FollowUpList(kind: .upcoming(within: within), today: today, items: items)
  }

  /// The duties matching `condition` (with its `arguments`) and `filter`, as follow-up items.
  func followUp(
    _ filter: FollowUpFilter, condition: String, _ arguments: [any DatabaseValueConvertible & Sendable],
    today: CivilDate, _ complete: @escaping @Sendable (inout FollowUpItem) -> Void
  ) throws -> [FollowUpItem] {
    try writer.read { db in
      var conditions = [condition]
      var values: [any DatabaseValueConvertible] = arguments
      if let official = filter.official {
        guard try Self.officialFacts(db, official) != nil else {
          throw PlanError.validation(
            "official: không có cán bộ '\(official)'.", "official: there is no official '\(official)'.")
        }
        conditions.append("(d.lead_id = ? OR d.id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = ?))")
        values += [official, official]
      }
      if let area = filter.area {
        conditions.append("d.area_id = ?")
        values.append(area)
      }
      let whereClause = conditions.joined(separator: " AND ")
      let duties = try Self.mapRows(
        db, "SELECT \(Self.dutyColumns) FROM duties d WHERE \(whereClause)", StatementArguments(values)
      ) { Self.duty($0, today: today) }
      let history = try Self.progress(db, ofDutiesWhere: whereClause, StatementArguments(values))
      let names = try Self.officialNameMap(db)
      let items = duties.map { duty in
        var item = FollowUpItem(
          duty: duty, leadName: duty.lead.flatMap { names[$0] },
          lastReport: FollowUp.lastReport(history[duty.id] ?? []))
        complete(&item)
        return item
      }
      return items
    }
  }

  /// The progress history of the duties `d` matching `whereClause`, oldest first, by duty.
  static func progress(_ db: Database, ofDutiesWhere whereClause: String, _ arguments: StatementArguments) throws
    -> [DutyID: [ProgressEntry]]
  {
    let sql = """
      SELECT duty_id, at, coalesce(day, substr(at, 1, 10)) AS day, part, official_id, status, percent, note
      FROM duty_progress WHERE duty_id IN (SELECT d.id FROM duties d WHERE \(whereClause)) ORDER BY id
      """
    var history: [DutyID: [ProgressEntry]] = [:]
    for (duty, entry) in try mapRows(
      db, sql, arguments,
      { row -> (DutyID, ProgressEntry) in
        (
          row["duty_id"],
          ProgressEntry(
            at: row["at"], date: row["day"], part: ProgressPart(rawValue: row["part"] ?? "") ?? .chair,
            official: row["official_id"], status: DutyStatus(rawValue: row["status"]) ?? .todo,
            percent: row["percent"], note: row["note"])
        )
      })
    {
      history[duty, default: []].append(entry)
    }
    return history
  }

  /// Every official's name, by id.
  static func officialNameMap(_ db: Database) throws -> [OfficialID: String] {
    var names: [OfficialID: String] = [:]
    for (id, name) in try mapRows(
      db, "SELECT id, name FROM officials", [], { ($0["id"] as OfficialID, $0["name"] as String) })
    {
      names[id] = name
    }
    return names
  }
}
