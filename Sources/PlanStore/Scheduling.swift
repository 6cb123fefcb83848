import Foundation
import GRDB
import PlanCore

/// What `schedule.run` did (or, with `dryRun`, would do).
public struct ScheduleRunSummary: Codable, Sendable, Equatable {
  /// A duty left without a lead, and why.
  public struct Unassigned: Codable, Sendable, Equatable {
    /// Duty id.
    public var duty: String
    /// Why.
    public var reason: String
  }

  /// An official's busiest month in the range.
  public struct Load: Codable, Sendable, Equatable {
    /// Official id.
    public var official: String
    /// The month with the most hours led.
    public var busiestMonth: String?
    /// Hours led in that month.
    public var hours: Int
    /// Capacity in that month.
    public var capacity: Int
  }

  /// The range scheduled.
  public var from: String
  /// The range scheduled.
  public var to: String
  /// Whether nothing was written.
  public var dryRun: Bool
  /// Duties created by expanding the plan.
  public var created: Int
  /// Duties given a lead where they had none.
  public var assigned: Int
  /// Duties whose lead changed from one official to another.
  public var changed: Int
  /// Duties whose coordinators changed.
  public var coordinatorsChanged: Int
  /// Duties without a lead, with the reason.
  public var unassigned: [Unassigned]
  /// Every official's busiest month.
  public var loads: [Load]
  /// The solver's objective, proof and bound.
  public var objective: Int
  /// Whether every part was proven optimal.
  public var optimal: Bool
  /// A proven lower bound.
  public var lowerBound: Int
  /// Remarks from the solver.
  public var warnings: [String]
}

extension PlanDatabase {
  /// The plan's areas and items and the working calendar, as stored.
  static func plan(_ db: Database) throws -> (areas: [ReformArea], calendar: WorkingCalendar) {
    var areas: [ReformArea] = []
    for row in try Row.fetchAll(db, sql: "SELECT * FROM areas ORDER BY id") {
      let id: Int = row["id"]
      let ids = try String.fetchAll(db, sql: "SELECT id FROM plan_items WHERE area_id = ? ORDER BY ordinal", arguments: [id])
      let items = try ids.compactMap { try fetchPlanItem(db, $0) }.map { view in
        PlanItem(
          id: view.id, kind: view.kind, title: view.title, text: view.text, source: view.source, recurrence: view.recurrence,
          effort: view.effort, leadPositions: view.leadPositions, coordinatorPositions: view.coordinatorPositions,
          skills: view.skills, indicators: view.indicators, note: nil)
      }
      areas.append(
        ReformArea(
          id: id, code: row["code"], name: row["name"], localName: row["local_name"], reformArea: row["reform_area"],
          description: row["description"], items: items))
    }
    let header = try Row.fetchOne(db, sql: "SELECT * FROM calendar WHERE id = 1")
    let weekend = (header?["weekend"] as String?).flatMap { try? JSONDecoder().decode([WeekdayName].self, from: Data($0.utf8)) }
    let days = try Row.fetchAll(db, sql: "SELECT * FROM calendar_days ORDER BY date").compactMap { row -> CalendarDay? in
      guard let date = CivilDate(iso: row["date"]), let kind = CalendarDayKind(rawValue: row["kind"]) else { return nil }
      return CalendarDay(date: date, kind: kind, code: row["code"], name: row["name"], projected: row["projected"], note: row["note"])
    }
    let calendar = WorkingCalendar(
      from: (header?["first_day"] as String?).flatMap(CivilDate.init(iso:)) ?? CivilDate(dayNumber: 0),
      to: (header?["last_day"] as String?).flatMap(CivilDate.init(iso:)) ?? CivilDate(dayNumber: 0),
      weekend: weekend ?? [.saturday, .sunday], rule: header?["rule"], days: days)
    return (areas, calendar)
  }

  /// Working days of `month` (`YYYY-MM`) in the calendar, and those among them in `leave`.
  static func workingDays(_ month: String, _ calendar: WorkingCalendar, leave: ClosedRange<CivilDate>?) -> (all: Int, missed: Int) {
    guard let first = CivilDate(iso: month + "-01") else { return (0, 0) }
    var all = 0
    var missed = 0
    for offset in 0..<CivilDate.daysIn(month: first.month, year: first.year) {
      let day = first.adding(days: offset)
      guard calendar.isWorkingDay(day) else { continue }
      all += 1
      if let leave, leave.contains(day) { missed += 1 }
    }
    return (all, missed)
  }

  /// The officials as the scheduler sees them in `periods`: leaves covering at least half of a
  /// month's working days make it unavailable, shorter ones lower its capacity in proportion.
  static func instanceOfficials(_ db: Database, periods: Set<String>, calendar: WorkingCalendar) throws -> [InstanceOfficial] {
    let officialRows = try Row.fetchAll(db, sql: "SELECT * FROM officials ORDER BY id")
    var leaves: [String: [ClosedRange<CivilDate>]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT official_id, first_day, last_day FROM leaves WHERE cancelled = 0") {
      if let first = CivilDate(iso: row["first_day"]), let last = CivilDate(iso: row["last_day"]) {
        leaves[row["official_id"], default: []].append(first...last)
      }
    }
    var officials: [InstanceOfficial] = []
    for row in officialRows {
      let id: String = row["id"]
      let capacity: Int = row["capacity"]
      var unavailable: [String] = []
      var byPeriod: [String: Int] = [:]
      for period in periods {
        var missed = 0
        var all = 0
        for leave in leaves[id] ?? [] {
          let days = workingDays(period, calendar, leave: leave)
          all = days.all
          missed += days.missed
        }
        missed = min(missed, all)
        guard all > 0, missed > 0 else { continue }
        if missed * 2 >= all { unavailable.append(period) } else { byPeriod[period] = capacity * (all - missed) / all }
      }
      officials.append(
        InstanceOfficial(
          id: id, unit: row["unit_id"], position: row["position_id"],
          skills: try String.fetchAll(db, sql: "SELECT skill_id FROM official_skills WHERE official_id = ?", arguments: [id]),
          capacity: capacity, capacityByPeriod: byPeriod.isEmpty ? nil : byPeriod, unavailable: unavailable.sorted(),
          active: row["active"]))
    }
    return officials
  }

  /// Expands the plan over `from…to`, assigns every open duty one lead exactly (scheduler.md),
  /// sets coordinators, and applies the changes in one transaction with an audit row each.
  /// - Parameter dryRun: compute and report, write nothing.
  public func runSchedule(from: CivilDate, to: CivilDate, dryRun: Bool, partBudget: Double, by actor: AuditActor)
    throws -> ScheduleRunSummary
  {
    guard from <= to else {
      throw PlanError.validation("from: sau to.", "from: is after to.")
    }
    return try pool.writeWithoutTransaction { db in
      var summary: ScheduleRunSummary?
      try db.inTransaction(.immediate) {
        summary = try Self.schedule(db, from: from, to: to, dryRun: dryRun, partBudget: partBudget, actor: actor)
        return dryRun ? .rollback : .commit
      }
      guard let summary else { throw PlanError.internal("no summary") }
      return summary
    }
  }

  static func schedule(
    _ db: Database, from: CivilDate, to: CivilDate, dryRun: Bool, partBudget: Double, actor: AuditActor
  ) throws -> ScheduleRunSummary {
    let (areas, calendar) = try plan(db)
    let items = Dictionary(areas.flatMap(\.items).map { ($0.id, $0) }) { first, _ in first }
    let unit = try String.fetchOne(db, sql: "SELECT id FROM unit LIMIT 1") ?? ""
    let now = timestamp()
    // Stage 1: expand; new duties only (a re-run never duplicates).
    var created = 0
    for duty in Expansion.duties(of: areas, calendar: calendar, from: from, to: to) {
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO duties (id, unit_id, plan_item_id, area_id, title, due, period, effort, created_at,
            updated_at, search_key)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [duty.id, unit, duty.planItem, duty.area, duty.title, duty.due.iso, duty.period, duty.effort, now, now,
          VietnameseText.searchKey("\(duty.id) \(duty.title)")])
      if db.changesCount > 0 {
        created += 1
        try writeAudit(db, actor: actor, action: "schedule.run", entity: "duty", entityID: duty.id, before: String?.none, after: "created")
      }
    }
    // Stage 2: the instance — open plan duties in the range, leaves as unavailable months or lower capacity.
    let dutyRows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, unit_id, plan_item_id, period, effort, lead_id, pinned FROM duties
        WHERE plan_item_id IS NOT NULL AND status IN ('todo', 'doing') AND period >= ? AND period <= ?
        ORDER BY id
        """, arguments: [from.period, to.period])
    let officials = try instanceOfficials(db, periods: Set(dutyRows.map { $0["period"] as String }), calendar: calendar)
    var instanceDuties: [InstanceDuty] = []
    var before: [String: String?] = [:]
    for row in dutyRows {
      let id: String = row["id"]
      guard let item = items[row["plan_item_id"] as String] else { continue }
      let lead: String? = row["lead_id"]
      let pinned: Bool = row["pinned"]
      before[id] = lead
      instanceDuties.append(
        InstanceDuty(
          id: id, unit: row["unit_id"], period: row["period"], effort: row["effort"], skills: item.skills,
          lead: item.leadPositions, coordinate: item.coordinatorPositions, current: lead, pinned: pinned ? lead : nil))
    }
    let instance = SchedulingInstance(officials: officials, duties: instanceDuties)
    let solution = Scheduler.solve(instance, partBudget: partBudget)
    var leads: [String: String] = [:]
    for assignment in solution.assignments { leads[assignment.duty] = assignment.lead }
    var assigned = 0
    var changed = 0
    var coordinatorsChanged = 0
    let byID = Dictionary(officials.map { ($0.id, $0) }) { first, _ in first }
    for duty in instanceDuties {
      let old = before[duty.id] ?? nil
      let new = leads[duty.id]
      if duty.pinned == nil && old != new {
        if old == nil { assigned += 1 } else { changed += 1 }
        try db.execute(
          sql: "UPDATE duties SET lead_id = ?, version = version + 1, updated_at = ? WHERE id = ?",
          arguments: [new, now, duty.id])
        try writeAudit(db, actor: actor, action: "schedule.run", entity: "duty", entityID: duty.id, before: old, after: new)
      }
      // Stage 3: coordinators — active holders of the coordinator positions, available that month,
      // other than the lead; a pinned duty keeps the ones set by hand.
      if duty.pinned == nil {
        let wanted = officials.filter { official in
          official.id != new && official.active != false && (duty.coordinate ?? []).contains(official.position)
            && !(official.unavailable ?? []).contains(duty.period) && official.unit == duty.unit
        }.map(\.id).sorted()
        let current = try String.fetchAll(
          db, sql: "SELECT official_id FROM duty_coordinators WHERE duty_id = ? ORDER BY official_id", arguments: [duty.id])
        if current != wanted {
          coordinatorsChanged += 1
          try setCoordinators(db, duty: duty.id, wanted)
          try db.execute(sql: "UPDATE duties SET version = version + 1, updated_at = ? WHERE id = ?", arguments: [now, duty.id])
          try writeAudit(
            db, actor: actor, action: "schedule.run", entity: "duty", entityID: duty.id, before: current.joined(separator: ","),
            after: wanted.joined(separator: ","))
        }
      }
    }
    // Each official's busiest month.
    var load: [String: [String: Int]] = [:]
    for duty in instanceDuties {
      if let lead = leads[duty.id] { load[lead, default: [:]][duty.period, default: 0] += duty.effort }
    }
    let loads = officials.filter { $0.active != false }.map { official -> ScheduleRunSummary.Load in
      let busiest = (load[official.id] ?? [:]).max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
      let capacity = busiest.map { official.capacityByPeriod?[$0.key] ?? official.capacity } ?? official.capacity
      return .init(official: official.id, busiestMonth: busiest?.key, hours: busiest?.value ?? 0, capacity: capacity)
    }
    _ = byID
    return ScheduleRunSummary(
      from: from.iso, to: to.iso, dryRun: dryRun, created: created, assigned: assigned, changed: changed,
      coordinatorsChanged: coordinatorsChanged,
      unassigned: solution.unassigned.map { .init(duty: $0.duty, reason: $0.reason) }, loads: loads,
      objective: solution.objective, optimal: solution.optimal, lowerBound: solution.lowerBound, warnings: solution.warnings)
  }
}

/// Why a duty has its lead: every official of its unit, with the cost terms or the reason it is excluded.
public struct ScheduleExplanation: Codable, Sendable, Equatable {
  /// One possible lead and what choosing it would cost.
  public struct Candidate: Codable, Sendable, Equatable {
    /// Official id.
    public var official: String
    /// Position id.
    public var position: String
    /// 0 in a lead position, 10 000 in a coordinator position, 20 000 otherwise.
    public var positionCost: Int
    /// 5 000 when the duty has another lead today.
    public var changeCost: Int
    /// Hours the official leads that month, this duty left out.
    public var load: Int
    /// Capacity that month.
    public var capacity: Int
    /// Hours left after taking this duty (negative: it would not fit).
    public var capacityLeft: Int
    /// What the squared load grows by with this duty.
    public var loadCost: Int
    /// The sum of the three terms.
    public var total: Int
  }

  /// An official who cannot lead the duty, and why.
  public struct Exclusion: Codable, Sendable, Equatable {
    /// Official id.
    public var official: String
    /// Why (missing skill, on leave, not active, over capacity).
    public var reason: String
  }

  /// The duty.
  public var duty: String
  /// Its lead today, or nil.
  public var lead: String?
  /// Whether the chair fixed it.
  public var pinned: Bool
  /// The month its hours count in.
  public var period: String
  /// Hours.
  public var effort: Int
  /// Eligible officials, cheapest first (ties by id).
  public var candidates: [Candidate]
  /// Everyone else.
  public var excluded: [Exclusion]

  /// Encodes `lead` as null when absent.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(duty, forKey: .duty)
    try c.encode(lead, forKey: .lead)
    try c.encode(pinned, forKey: .pinned)
    try c.encode(period, forKey: .period)
    try c.encode(effort, forKey: .effort)
    try c.encode(candidates, forKey: .candidates)
    try c.encode(excluded, forKey: .excluded)
  }
}

extension PlanDatabase {
  /// Why `id` has its lead: each official's cost terms and capacity left, or the exclusion.
  public func explainDuty(_ id: String) throws -> ScheduleExplanation {
    try pool.read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM duties WHERE id = ?", arguments: [id]) else {
        throw PlanError.notFound("Không có việc \(id).", "There is no duty \(id).")
      }
      let (_, calendar) = try Self.plan(db)
      let period: String = row["period"]
      let effort: Int = row["effort"]
      let lead: String? = row["lead_id"]
      let itemID: String? = row["plan_item_id"]
      let item = try itemID.flatMap { try Self.fetchPlanItem(db, $0) }
      let duty = InstanceDuty(
        id: id, unit: row["unit_id"], period: period, effort: effort, skills: item?.skills ?? [],
        lead: item?.leadPositions ?? [], coordinate: item?.coordinatorPositions ?? [], current: lead, pinned: nil)
      var candidates: [ScheduleExplanation.Candidate] = []
      var excluded: [ScheduleExplanation.Exclusion] = []
      for official in try Self.instanceOfficials(db, periods: [period], calendar: calendar) where official.unit == duty.unit {
        if let reason = Scheduler.exclusion(duty, official) {
          excluded.append(.init(official: official.id, reason: reason))
          continue
        }
        let load = try Int.fetchOne(
          db,
          sql: "SELECT coalesce(sum(effort), 0) FROM duties WHERE lead_id = ? AND period = ? AND id <> ? AND status <> 'cancelled'",
          arguments: [official.id, period, id]) ?? 0
        let capacity = official.capacityByPeriod?[period] ?? official.capacity
        let positionCost = Scheduler.cost(InstanceDuty(
          id: id, unit: duty.unit, period: period, effort: effort, skills: nil, lead: duty.lead, coordinate: duty.coordinate,
          current: nil, pinned: nil), official)
        let changeCost = (lead != nil && lead != official.id) ? Scheduler.changeCost : 0
        let loadCost = (2 * load + effort) * effort
        if load + effort > capacity {
          excluded.append(.init(official: official.id, reason: "over capacity: \(load) + \(effort) h > \(capacity) h"))
          continue
        }
        candidates.append(
          .init(
            official: official.id, position: official.position, positionCost: positionCost, changeCost: changeCost, load: load,
            capacity: capacity, capacityLeft: capacity - load - effort, loadCost: loadCost,
            total: positionCost + changeCost + loadCost))
      }
      candidates.sort { $0.total != $1.total ? $0.total < $1.total : $0.official < $1.official }
      return ScheduleExplanation(
        duty: id, lead: lead, pinned: row["pinned"], period: period, effort: effort, candidates: candidates, excluded: excluded)
    }
  }
}
