import Foundation
import GRDB
import PlanCore

extension PlanDatabase {
  /// The plan's areas and items and the working calendar, as stored.
  static func plan(_ db: Database) throws -> (areas: [ReformArea], calendar: WorkingCalendar) {
    var areas: [ReformArea] = []
    for row in try Row.fetchAll(db, sql: "SELECT * FROM areas ORDER BY id") {
      let id: Int = row["id"]
      let ids = try PlanItemID.fetchAll(
        db, sql: "SELECT id FROM plan_items WHERE area_id = ? ORDER BY ordinal", arguments: [id])
      let items = try ids.compactMap { try fetchPlanItem(db, $0) }.map { view in
        PlanItem(
          id: view.id, kind: view.kind, title: view.title, text: view.text, source: view.source,
          recurrence: view.recurrence,
          effort: view.effort, leadPositions: view.leadPositions, coordinatorPositions: view.coordinatorPositions,
          skills: view.skills, indicators: view.indicators, note: nil)
      }
      areas.append(
        ReformArea(
          id: id, code: row["code"], name: row["name"], localName: row["local_name"], reformArea: row["reform_area"],
          description: row["description"], items: items))
    }
    return (areas, try calendar(db))
  }

  /// The working calendar, as stored.
  static func calendar(_ db: Database) throws -> WorkingCalendar {
    let header = try Row.fetchOne(db, sql: "SELECT * FROM calendar WHERE id = 1")
    let weekend = (header?["weekend"] as String?).flatMap {
      try? JSONDecoder().decode([WeekdayName].self, from: Data($0.utf8))
    }
    let days = try Row.fetchAll(db, sql: "SELECT * FROM calendar_days ORDER BY date").compactMap {
      row -> CalendarDay? in
      guard let kind = CalendarDayKind(rawValue: row["kind"]) else { return nil }
      return CalendarDay(
        date: row["date"], kind: kind, code: row["code"], name: row["name"], projected: row["projected"],
        note: row["note"])
    }
    return WorkingCalendar(
      from: header?["first_day"] ?? CivilDate(dayNumber: 0), to: header?["last_day"] ?? CivilDate(dayNumber: 0),
      weekend: weekend ?? [.saturday, .sunday], rule: header?["rule"], days: days)
  }

  /// Expands the plan over `from…to`, gives every open plan duty one lead exactly (scheduler.md),
  /// sets coordinators, and applies the changes: the instance is built from one read snapshot and
  /// solved outside any write transaction; the result is applied in one short write transaction
  /// that first checks nothing it was computed from changed (else it builds and solves again).
  /// One audit row per duty created or changed, with its before and after.
  /// - Parameter dryRun: compute and report, write nothing.
  public func runSchedule(
    from: CivilDate, to: CivilDate, dryRun: Bool, partBudget: Double, by actor: AuditActor, today: CivilDate? = nil
  ) throws -> ScheduleRunSummary {
    guard from <= to else {
      throw PlanError.validation("from: sau to.", "from: is after to.")
    }
    let day = today ?? from
    for _ in 1...5 {
      let plan = try writer.read { db in try Self.planSchedule(db, from: from, to: to, partBudget: partBudget) }
      if dryRun { return plan.summary(dryRun: true) }
      do {
        return try writeTransaction { db in
          guard try Self.versions(db, periods: from.period, to.period) == plan.versions else {
            throw ScheduleSnapshotChanged()
          }
          try Self.apply(plan, db, actor: actor, today: day)
          return plan.summary(dryRun: false)
        }
      } catch is ScheduleSnapshotChanged {
        continue  // Someone changed a duty, an official or a leave meanwhile: build and solve again.
      }
    }
    throw PlanError(
      .busy,
      vi: "Dữ liệu thay đổi liên tục trong khi lập lịch; chưa ghi gì, hãy thử lại.",
      en: "The data kept changing while scheduling; nothing was written, try again.")
  }

  /// What a schedule run computed from one snapshot, before anything is written.
  struct SchedulePlan {
    var from: CivilDate
    var to: CivilDate
    var versions: SnapshotVersions
    var created: [ExpandedDuty]
    /// Duties whose lead and/or coordinators change: (id, new lead, new coordinators or nil to keep).
    var changes: [(id: DutyID, lead: OfficialID?, coordinators: [OfficialID]?, old: DutyFacts?)]
    var model: ScheduleModel
    var solution: ScheduleSolution
    var leads: [String: String]
    /// The titles of the duties that existed and change.
    var titles: [DutyID: String]

    func summary(dryRun: Bool) -> ScheduleRunSummary {
      var assigned = 0
      var changed = 0
      var coordinatorsChanged = 0
      for change in changes {
        let oldLead = change.old?.lead
        if oldLead != change.lead { if oldLead == nil { assigned += 1 } else { changed += 1 } }
        // A duty this run creates is new, not changed: its coordinators are not a change.
        if let old = change.old, let coordinators = change.coordinators, coordinators != old.coordinators {
          coordinatorsChanged += 1
        }
      }
      let loads = model.loads(leads)
      let rows = model.instance.officials.filter { $0.active != false }.map { official -> ScheduleRunSummary.Load in
        let busiest = (loads[official.id] ?? [:]).max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        let capacity = busiest.map { Scheduler.capacity(of: official, in: $0.key.iso) } ?? official.capacity
        return .init(
          official: OfficialID(rawValue: official.id), busiestMonth: busiest?.key, hours: busiest?.value ?? 0,
          capacity: capacity)
      }
      let unassigned =
        solution.unassigned.map { entry -> ScheduleRunSummary.Unassigned in
          let reason = ScheduleModel.unassignedReason(entry)
          return .init(duty: DutyID(rawValue: entry.duty), reason: reason.en, vi: reason.vi)
        } + model.unplaced.map { .init(duty: $0.duty, reason: $0.reason, vi: $0.vi) }
      var summary = ScheduleRunSummary(
        from: from, to: to, dryRun: dryRun, created: created.count, assigned: assigned, changed: changed,
        coordinatorsChanged: coordinatorsChanged, unassigned: unassigned.sorted { $0.duty < $1.duty },
        loads: rows, objective: solution.objective, optimal: solution.optimal, lowerBound: solution.lowerBound,
        warnings: solution.warnings, capacityWarnings: model.pinnedOverCapacity)
      summary.changes = changes.compactMap { change in
        guard change.old != nil else { return nil }
        return model.change(
          change.id, title: titles[change.id] ?? "", lead: change.lead, coordinators: change.coordinators, loads: loads)
      }
      summary.createdByLead = model.newLeads(created.map(\.id), leads: leads)
      return summary
    }
  }

  /// Stage 1 to 3 on one read snapshot: expand (new duties kept in memory), build the instance by
  /// PlanCore's rules, solve, choose coordinators.
  static func planSchedule(_ db: Database, from: CivilDate, to: CivilDate, partBudget: Double) throws -> SchedulePlan {
    let (areas, calendar) = try plan(db)
    let unit = try String.fetchOne(db, sql: "SELECT id FROM unit LIMIT 1") ?? ""
    let versions = try versions(db, periods: from.period, to.period)
    let expanded = Expansion.duties(of: areas, calendar: calendar, from: from, to: to)
    // A duty is created once: one whose due date was edited into another month (outside the range's
    // snapshot) keeps its row and its edited due date and effort.
    let exists = try db.cachedStatement(sql: "SELECT 1 FROM duties WHERE id = ?")
    let created = try expanded.filter {
      try versions.duties[$0.id] == nil && Bool.fetchOne(exists, arguments: [$0.id]) == nil
    }
    let extra = created.map { duty in
      DutyFacts(
        id: duty.id, unit: unit, planItem: duty.planItem, period: duty.period, effort: duty.effort, status: .todo,
        percent: 0, lead: nil, coordinators: [], pinned: false, version: 0)
    }
    let model = try model(db, periods: from.period, to.period, extra: extra)
    let solution = Scheduler.solve(model.instance, partBudget: partBudget)
    var leads = model.currentLeads
    for duty in model.instance.duties where duty.pinned == nil { leads[duty.id] = nil }
    for assignment in solution.assignments { leads[assignment.duty] = assignment.lead }
    let createdIDs = Set(created.map(\.id))
    var changes: [(id: DutyID, lead: OfficialID?, coordinators: [OfficialID]?, old: DutyFacts?)] = []
    for duty in model.instance.duties where duty.pinned == nil {
      let id = DutyID(rawValue: duty.id)
      let old = model.duties[id]
      let lead = leads[duty.id].map(OfficialID.init(rawValue:))
      let coordinators = model.coordinators(id, lead: lead)
      let isNew = createdIDs.contains(id)
      if isNew || old?.lead != lead || old?.coordinators != coordinators || old?.pinned == true {
        changes.append((id, lead, coordinators, isNew ? nil : old))
      }
    }
    // Open ad-hoc duties whose lead may not lead lose it.
    for id in model.released { changes.append((id, nil, nil, model.duties[id])) }
    let changed = changes.filter { $0.old != nil }.map(\.id.rawValue)
    var titles: [DutyID: String] = [:]
    for chunk in stride(from: 0, to: changed.count, by: 500).map({ changed[$0..<min($0 + 500, changed.count)] }) {
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, title FROM duties WHERE id IN (\(databaseQuestionMarks(count: chunk.count)))",
        arguments: StatementArguments(Array(chunk)))
      for row in rows { titles[DutyID(rawValue: row["id"])] = row["title"] }
    }
    return SchedulePlan(
      from: from, to: to, versions: versions, created: created, changes: changes, model: model, solution: solution,
      leads: leads, titles: titles)
  }

  /// Writes a plan computed on a snapshot that is still current: new duties, then each change, one
  /// audit row per duty.
  static func apply(_ plan: SchedulePlan, _ db: Database, actor: AuditActor, today: CivilDate) throws {
    let unit = try String.fetchOne(db, sql: "SELECT id FROM unit LIMIT 1") ?? ""
    let now = timestamp()
    for duty in plan.created {
      try NewDutyRecord(
        id: duty.id, unitId: unit, planItemId: duty.planItem, areaId: duty.area, title: duty.title, due: duty.due,
        period: duty.period, effort: duty.effort, leadId: nil, pinned: false, note: nil, createdAt: now,
        updatedAt: now, searchKey: VietnameseText.searchKey("\(duty.id) \(duty.title)")
      ).insert(db)
    }
    let changed = Dictionary(plan.changes.map { ($0.id, $0) }) { first, _ in first }
    // New duties: one row each, with the lead and coordinators they start with.
    for duty in plan.created {
      if let change = changed[duty.id] {
        try db.execute(sql: "UPDATE duties SET lead_id = ? WHERE id = ?", arguments: [change.lead, duty.id])
        if let coordinators = change.coordinators { try setCoordinators(db, duty: duty.id, coordinators) }
      }
      let after = try fetchDuty(db, duty.id, today: today, withProgress: false)
      try writeAudit(
        db, actor: actor, action: "schedule.run", entity: "duty", entityID: duty.id.rawValue, before: nil, after: after)
    }
    let createdIDs = Set(plan.created.map(\.id))
    for change in plan.changes where !createdIDs.contains(change.id) {
      let before = try fetchDuty(db, change.id, today: today, withProgress: false)
      try db.execute(
        sql: "UPDATE duties SET lead_id = ?, pinned = 0 WHERE id = ?", arguments: [change.lead, change.id])
      if let coordinators = change.coordinators { try setCoordinators(db, duty: change.id, coordinators) }
      try bump(db, duty: change.id)
      let after = try fetchDuty(db, change.id, today: today, withProgress: false)
      try writeAudit(
        db, actor: actor, action: "schedule.run", entity: "duty", entityID: change.id.rawValue, before: before,
        after: after)
    }
  }
}

/// The snapshot a schedule was computed from changed before it could be applied.
struct ScheduleSnapshotChanged: Error {}

extension PlanDatabase {
  /// Why `id` has its lead, by the solver's own cost function on the instance of the duty's month.
  public func explainDuty(_ id: DutyID) throws -> ScheduleExplanation {
    try writer.read { db in
      guard let facts = try Self.dutyFacts(db, id) else {
        throw PlanError.notFound("Không có việc \(id).", "There is no duty \(id).")
      }
      let model = try Self.model(db, periods: facts.period, facts.period)
      guard var explanation = model.explain(id) else { throw PlanError.internal("explain \(id)") }
      explanation.title = try String.fetchOne(db, sql: "SELECT title FROM duties WHERE id = ?", arguments: [id])
      return explanation
    }
  }
}
