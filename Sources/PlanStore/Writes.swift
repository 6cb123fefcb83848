import Foundation
import GRDB
import PlanCore

/// What `duties.create` needs.
public struct NewDuty: Sendable {
  /// Title.
  public var title: String
  /// Area id 0–6.
  public var area: Int
  /// Due date (2026–2030).
  public var due: CivilDate
  /// Hours.
  public var effort: Int
  /// Lead official, if set now (the duty is then pinned).
  public var lead: OfficialID?
  /// Coordinators.
  public var coordinators: [OfficialID]
  /// Free note.
  public var note: String?

  /// Creates the request.
  public init(
    title: String, area: Int, due: CivilDate, effort: Int, lead: OfficialID?, coordinators: [OfficialID], note: String?
  ) {
    self.title = title
    self.area = area
    self.due = due
    self.effort = effort
    self.lead = lead
    self.coordinators = coordinators
    self.note = note
  }
}

/// Changes to an official; nil fields are left as they are.
public struct OfficialChange: Sendable {
  /// New name.
  public var name: String?
  /// New position.
  public var position: String?
  /// New legacy title.
  public var legacyTitle: String?
  /// New role.
  public var role: Role?
  /// New skills (replacing the old list).
  public var skills: [String]?
  /// New monthly capacity.
  public var capacity: Int?
  /// Activate or deactivate.
  public var active: Bool?

  /// No change.
  public init() {}
}

extension PlanDatabase {

  /// Runs `body` in one immediate transaction and writes its audit row in the same transaction.
  ///
  /// `body` returns the row before and after (for the audit) and the result; with `dryRun` the
  /// whole transaction, audit row included, is rolled back after it. A `PlanError` thrown
  /// by `body` rolls everything back and propagates; nothing is written on a read-only file or a
  /// file deleted or replaced since it was opened, and SQLite's failures come back in words
  /// (busy, read-only, internal without SQL: see `writeTransaction`).
  func mutate<Result, Snapshot: Encodable>(
    _ actor: AuditActor, action: String, entity: String, entityID: @escaping (Result) -> String,
    dryRun: Bool = false, _ body: @escaping (Database) throws -> (before: Snapshot?, after: Snapshot?, result: Result)
  ) throws -> Result {
    try writeTransaction(rollback: dryRun) { db in
      let change = try body(db)
      try Self.writeAudit(
        db, actor: actor, action: action, entity: entity, entityID: entityID(change.result), before: change.before,
        after: change.after)
      return change.result
    }
  }

  /// Records a refused call: an audit row and nothing else, holding the method, the error and the
  /// id the caller gives (cut to `TextBounds.id`), never the request. At most
  /// `RefusalBudget.perSecond` rows a second per process; the refusals past it are counted into
  /// the next row written (`unrecorded`), or at exit.
  public func recordRefusal(_ actor: AuditActor, method: String, entityID: String?, error: PlanError) {
    struct Refusal: Encodable {
      var method: String
      var kind: String
      var en: String
      var unrecorded: Int?
    }
    let id = entityID.map { String($0.unicodeScalars.prefix(TextBounds.id)) }
    let en = String(error.en.unicodeScalars.prefix(TextBounds.freeText))
    RefusalBudget.shared.record { [self] unrecorded in
      let refusal = Refusal(
        method: method, kind: error.kind.rawValue, en: en, unrecorded: unrecorded > 0 ? unrecorded : nil)
      return
        (try? writer.write { db in
          try Self.writeAudit(
            db, actor: actor, action: "refused", entity: method, entityID: id, before: Refusal?.none, after: refusal)
        }) != nil
    }
  }

  // MARK: Checks shared by the writes

  static func requireDuty(_ db: Database, _ id: DutyID, today: CivilDate, version: Int?) throws -> DutyView {
    guard let duty = try fetchDuty(db, id, today: today, withProgress: false) else {
      throw PlanError.notFound("Không có việc \(id).", "There is no duty \(id).")
    }
    if let version, version != duty.version {
      throw PlanError.staleVersion(("Việc", "Duty"), id, expected: version, actual: duty.version)
    }
    return duty
  }

  /// The lead named in `field`: refused only when it may not lead (PlanCore's rule).
  static func requireLead(_ db: Database, _ id: OfficialID, field: String) throws {
    let official = try requireOfficialFacts(db, id, field: field)
    if let error = OfficialRules.leadRefusal(official, field: field) { throw error }
  }

  /// Coordinators named in `field`: each must exist and be active; the lead cannot also coordinate.
  static func requireCoordinators(_ db: Database, _ ids: [OfficialID], lead: OfficialID?, field: String) throws {
    for id in ids {
      let official = try requireOfficialFacts(db, id, field: field)
      if let error = OfficialRules.coordinatorRefusal(official, field: field) { throw error }
    }
    if let lead, ids.contains(lead) {
      throw PlanError.validation(
        "\(field): người chủ trì \(lead) không thể đồng thời là người phối hợp.",
        "\(field): the lead \(lead) cannot also coordinate.")
    }
  }

  /// The duty's facts for the rules, or not-found.
  static func requireFacts(_ db: Database, _ id: DutyID) throws -> DutyFacts {
    guard let facts = try dutyFacts(db, id) else {
      throw PlanError.notFound("Không có việc \(id).", "There is no duty \(id).")
    }
    return facts
  }

  static func setCoordinators(_ db: Database, duty: DutyID, _ coordinators: [OfficialID]) throws {
    try db.execute(sql: "DELETE FROM duty_coordinators WHERE duty_id = ?", arguments: [duty])
    for official in Set(coordinators).sorted() {
      try DutyCoordinatorRecord(dutyId: duty, officialId: official).insert(db)
    }
  }

  static func bump(_ db: Database, duty: DutyID) throws {
    try db.execute(
      sql: "UPDATE duties SET version = version + 1, updated_at = ? WHERE id = ?", arguments: [timestamp(), duty])
  }

  static func addProgress(
    _ db: Database, duty: DutyID, actor: AuditActor, part: ProgressPart, day: CivilDate, status: DutyStatus,
    percent: Int, note: String?
  ) throws {
    try ProgressRecord(
      dutyId: duty, at: timestamp(), day: day, part: part.rawValue, officialId: actor.officialID,
      status: status.rawValue, percent: percent, note: note.map(VietnameseText.nfc)
    ).insert(db)
  }

  /// Whose part a write by the chair or another official is, for the history.
  static func part(of actor: AuditActor, on duty: DutyFacts) -> ProgressPart {
    if let me = actor.officialID, duty.lead == me { return .lead }
    if let me = actor.officialID, duty.coordinators.contains(me) { return .coordinator }
    return .chair
  }

  /// A text to store, by PlanCore's one rule for stored text (`StoredText.clean`); names and titles
  /// are bounded as names, everything else as free text. Nil stays nil unless `required`.
  static func text(_ value: String?, field: String, required: Bool) throws -> String? {
    guard let value else {
      if required { throw PlanError.validation("\(field) không được để trống.", "\(field) must not be empty.") }
      return nil
    }
    let maxLength = ["title", "name", "legacyTitle"].contains(field) ? TextBounds.name : TextBounds.freeText
    return try StoredText.clean(value, field: field, required: required, maxLength: maxLength)
  }

  // MARK: Duties

  /// Creates an ad-hoc duty `DX-YYYY-NNN` (YYYY: today's year); pinned when a lead is given.
  public func createDuty(_ new: NewDuty, by actor: AuditActor, today: CivilDate) throws -> DutyView {
    try mutate(actor, action: "duties.create", entity: "duty", entityID: { $0.id.rawValue }) { db in
      let title = try Self.text(new.title, field: "title", required: true) ?? ""
      let note = try Self.text(new.note, field: "note", required: false)
      try PlanBounds.requireHours(new.effort, field: "effort")
      try PlanBounds.requireInPlan(new.due, field: "due")
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM areas WHERE id = ?", arguments: [new.area]) != nil else {
        throw PlanError.validation("area: không có lĩnh vực \(new.area).", "area: there is no area \(new.area).")
      }
      if let lead = new.lead { try Self.requireLead(db, lead, field: "lead") }
      try Self.requireCoordinators(db, new.coordinators, lead: new.lead, field: "coordinators")
      let prefix = "DX-\(today.year)-"
      let last =
        try Int.fetchOne(
          db, sql: "SELECT max(CAST(substr(id, ?) AS INTEGER)) FROM duties WHERE id LIKE ?",
          arguments: [prefix.count + 1, prefix + "%"]) ?? 0
      let id = DutyID(rawValue: prefix + String(format: "%03d", last + 1))
      let now = Self.timestamp()
      try NewDutyRecord(
        id: id, unitId: try String.fetchOne(db, sql: "SELECT id FROM unit LIMIT 1") ?? "", planItemId: nil,
        areaId: new.area, title: title, due: new.due, period: new.due.period, effort: new.effort, leadId: new.lead,
        pinned: new.lead != nil, note: note, createdAt: now, updatedAt: now,
        searchKey: VietnameseText.searchKey("\(id) \(title)")
      ).insert(db)
      try Self.setCoordinators(db, duty: id, new.coordinators)
      var after = try Self.requireDuty(db, id, today: today, version: nil)
      if let lead = new.lead { after.warnings = try Self.assignmentWarnings(db, duty: id, lead: lead) }
      return (nil, after, after)
    }
  }

  /// The one skeleton of every change to an existing duty, in one transaction with its audit row:
  /// load it (refusing a stale `version`), let `change` apply PlanCore's rule and write, bump the
  /// version, reload. `change` returns the warnings to show with the result, if any.
  func changeDuty(
    _ id: DutyID, action: String, version: Int?, by actor: AuditActor, today: CivilDate, dryRun: Bool = false,
    _ change: @escaping (Database, DutyFacts, DutyView) throws -> [RuleWarning]?
  ) throws -> DutyView {
    try mutate(actor, action: action, entity: "duty", entityID: { $0.id.rawValue }, dryRun: dryRun) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      let warnings = try change(db, try Self.requireFacts(db, id), before)
      try Self.bump(db, duty: id)
      var after = try Self.requireDuty(db, id, today: today, version: nil)
      after.warnings = warnings
      return (before, after, after)
    }
  }

  /// Sets the lead and/or the coordinators; pins the duty unless `pin` is false. With `dryRun`,
  /// returns the duty as it would be, with the same warnings, and keeps nothing (no audit row either).
  public func assignDuty(
    _ id: DutyID, lead: OfficialID?, coordinators: [OfficialID]?, pin: Bool, version: Int?, by actor: AuditActor,
    today: CivilDate, dryRun: Bool = false
  ) throws -> DutyView {
    try changeDuty(id, action: "duties.assign", version: version, by: actor, today: today, dryRun: dryRun) {
      db, facts, before in
      try DutyRules.requireOpen(facts, to: ("giao", "assign"))
      if lead == nil && coordinators == nil {
        throw PlanError.validation(
          "Cần người chủ trì (`lead`) hoặc người phối hợp (`coordinators`).", "Give a lead or coordinators.")
      }
      if let lead { try Self.requireLead(db, lead, field: "lead") }
      try Self.requireCoordinators(db, coordinators ?? [], lead: nil, field: "coordinators")
      let newLead = lead ?? before.lead
      if let newLead, let coordinators, coordinators.contains(newLead) {
        throw PlanError.validation(
          "coordinators: người chủ trì \(newLead) không thể đồng thời là người phối hợp.",
          "coordinators: the lead \(newLead) cannot also coordinate.")
      }
      // A coordinator made lead stops coordinating: one duty, one role each.
      let keptCoordinators = coordinators ?? before.coordinators.filter { $0 != newLead }
      if let lead {
        try db.execute(sql: "UPDATE duties SET lead_id = ?, pinned = ? WHERE id = ?", arguments: [lead, pin, id])
      } else {
        try db.execute(sql: "UPDATE duties SET pinned = ? WHERE id = ?", arguments: [pin, id])
      }
      if keptCoordinators != before.coordinators { try Self.setCoordinators(db, duty: id, keptCoordinators) }
      return try newLead.map { try Self.assignmentWarnings(db, duty: id, lead: $0) }
    }
  }

  /// Clears the lead (and the pin).
  public func unassignDuty(_ id: DutyID, version: Int?, by actor: AuditActor, today: CivilDate) throws -> DutyView {
    try changeDuty(id, action: "duties.unassign", version: version, by: actor, today: today) { db, facts, before in
      try DutyRules.requireOpen(facts, to: ("bỏ giao", "unassign"))
      try db.execute(sql: "UPDATE duties SET lead_id = NULL, pinned = 0 WHERE id = ?", arguments: [id])
      return nil
    }
  }

  /// Records progress by PlanCore's rule: the lead's report sets the duty's percent, a
  /// coordinator's is its own part; the status becomes `doing`; the row is dated `today`.
  public func reportProgress(
    _ id: DutyID, percent: Int, note: String?, version: Int?, by actor: AuditActor, today: CivilDate
  ) throws -> DutyView {
    try changeDuty(id, action: "duties.progress", version: version, by: actor, today: today) { db, facts, before in
      try Access.require(actor.principal, .reportProgress, method: "duties.progress", duty: facts)
      let note = try Self.text(note, field: "note", required: false)
      let ownLast = try actor.officialID.flatMap { me in
        try Int.fetchOne(
          db,
          sql:
            "SELECT percent FROM duty_progress WHERE duty_id = ? AND official_id = ? AND part = 'coordinator' ORDER BY id DESC LIMIT 1",
          arguments: [id, me])
      }
      let outcome = try DutyRules.progress(
        on: facts, by: actor.principal, percent: percent, note: note, ownLast: ownLast)
      try db.execute(
        sql: "UPDATE duties SET status = ?, percent = ? WHERE id = ?",
        arguments: [outcome.status.rawValue, outcome.dutyPercent, id])
      try Self.addProgress(
        db, duty: id, actor: actor, part: outcome.part, day: today, status: outcome.status, percent: percent, note: note
      )
      return nil
    }
  }

  /// Marks the duty done (100%) on `today`, with its result and evidence. Only its lead (or the chair) may.
  public func completeDuty(
    _ id: DutyID, result: String?, evidence: String?, version: Int?, by actor: AuditActor, today: CivilDate
  ) throws -> DutyView {
    try changeDuty(id, action: "duties.complete", version: version, by: actor, today: today) { db, facts, before in
      try Access.require(actor.principal, .complete, method: "duties.complete", duty: facts)
      let completion = try DutyRules.complete(
        facts, on: today, result: try Self.text(result, field: "result", required: false),
        evidence: try Self.text(evidence, field: "evidence", required: false))
      try db.execute(
        sql:
          "UPDATE duties SET status = 'done', percent = 100, completed_on = ?, result = ?, evidence = ? WHERE id = ?",
        arguments: [completion.on, completion.result, completion.evidence, id])
      try Self.addProgress(
        db, duty: id, actor: actor, part: Self.part(of: actor, on: facts), day: today, status: .done, percent: 100,
        note: completion.result)
      return nil
    }
  }

  /// Cancels an open duty on `today`, with a reason (its own field: the note is kept).
  public func cancelDuty(_ id: DutyID, reason: String, version: Int?, by actor: AuditActor, today: CivilDate) throws
    -> DutyView
  {
    try changeDuty(id, action: "duties.cancel", version: version, by: actor, today: today) { db, facts, before in
      try DutyRules.requireOpen(facts, to: ("hủy", "cancel"))
      let reason = try Self.text(reason, field: "reason", required: true)
      try db.execute(
        sql: "UPDATE duties SET status = 'cancelled', cancelled_on = ?, cancel_reason = ? WHERE id = ?",
        arguments: [today, reason, id])
      try Self.addProgress(
        db, duty: id, actor: actor, part: .chair, day: today, status: .cancelled, percent: before.percent, note: reason)
      return nil
    }
  }

  /// Reopens a done or cancelled duty by PlanCore's rule (todo, or doing when it had progress below
  /// 100%; a lead who may no longer lead is taken off); the completion or cancellation it had stays
  /// in the history and the audit.
  public func reopenDuty(_ id: DutyID, version: Int?, by actor: AuditActor, today: CivilDate) throws -> DutyView {
    try changeDuty(id, action: "duties.reopen", version: version, by: actor, today: today) { db, facts, before in
      let reopening = try DutyRules.reopen(facts, lead: try facts.lead.flatMap { try Self.officialFacts(db, $0) })
      let (status, percent) = (reopening.status, reopening.percent)
      try db.execute(
        sql: """
          UPDATE duties SET status = ?, percent = ?, lead_id = ?, pinned = ?, completed_on = NULL, result = NULL,
            evidence = NULL, cancelled_on = NULL, cancel_reason = NULL WHERE id = ?
          """, arguments: [status.rawValue, percent, reopening.lead, reopening.pinned, id])
      try Self.addProgress(
        db, duty: id, actor: actor, part: .chair, day: today, status: status, percent: percent, note: nil)
      return nil
    }
  }
}
