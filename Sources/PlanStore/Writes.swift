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
  public var lead: String?
  /// Coordinators.
  public var coordinators: [String]
  /// Free note.
  public var note: String?

  /// Creates the request.
  public init(title: String, area: Int, due: CivilDate, effort: Int, lead: String?, coordinators: [String], note: String?) {
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
  /// The years duties may fall in.
  public static let planYears = 2026...2030

  /// Runs `body` in one immediate transaction and writes its audit row in the same transaction.
  ///
  /// `body` returns the row before and after (for the audit) and the result. A `PlanError` thrown
  /// by `body` rolls everything back and propagates; an SQLite failure becomes an internal error.
  func mutate<Result, Snapshot: Encodable>(
    _ actor: AuditActor, action: String, entity: String, entityID: @escaping (Result) -> String,
    _ body: @escaping (Database) throws -> (before: Snapshot?, after: Snapshot?, result: Result)
  ) throws -> Result {
    do {
      return try pool.writeWithoutTransaction { db in
        var output: Result?
        try db.inTransaction(.immediate) {
          let change = try body(db)
          try Self.writeAudit(
            db, actor: actor, action: action, entity: entity, entityID: entityID(change.result), before: change.before,
            after: change.after)
          output = change.result
          return .commit
        }
        guard let output else { throw PlanError.internal("no result") }
        return output
      }
    } catch let error as PlanError {
      throw error
    } catch let error as DatabaseError {
      throw PlanError.internal(error.message ?? "\(error.resultCode)")
    }
  }

  /// Records a refused call: an audit row and nothing else.
  public func recordRefusal(_ actor: AuditActor, method: String, entityID: String?, error: PlanError) {
    struct Refusal: Encodable {
      var method: String
      var kind: String
      var en: String
    }
    try? pool.write { db in
      try Self.writeAudit(
        db, actor: actor, action: "refused", entity: method, entityID: entityID, before: Refusal?.none,
        after: Refusal(method: method, kind: error.kind, en: error.en))
    }
  }

  // MARK: Checks shared by the writes

  static func requireDuty(_ db: Database, _ id: String, today: CivilDate, version: Int?) throws -> DutyView {
    guard let duty = try fetchDuty(db, id, today: today, withProgress: false) else {
      throw PlanError.notFound("Không có việc \(id).", "There is no duty \(id).")
    }
    if let version, version != duty.version {
      throw PlanError.staleVersion(("Việc", "Duty"), id, expected: version, actual: duty.version)
    }
    return duty
  }

  static func requireActiveOfficial(_ db: Database, _ id: String, field: String, toLead: Bool = false) throws {
    guard
      let row = try Row.fetchOne(
        db,
        sql: "SELECT o.active, p.can_lead, p.name FROM officials o JOIN positions p ON p.id = o.position_id WHERE o.id = ?",
        arguments: [id])
    else {
      throw PlanError.validation(
        "\(field): không có cán bộ '\(id)'.", "\(field): there is no official '\(id)'.")
    }
    if !(row["active"] as Bool) {
      throw PlanError.validation(
        "\(field): cán bộ '\(id)' không còn hoạt động.", "\(field): official '\(id)' is not active.")
    }
    if toLead && !(row["can_lead"] as Bool) {
      let position: String = row["name"]
      throw PlanError.validation(
        "\(field): \(id) (\(position)) chỉ phối hợp, không chủ trì việc của UBND.",
        "\(field): \(id) (\(position)) may only coordinate, not lead the committee's duties.")
    }
  }

  static func requireOpen(_ duty: DutyView, to verb: (vi: String, en: String)) throws {
    if duty.status == .done || duty.status == .cancelled {
      let state = duty.status == .done ? ("đã xong", "done") : ("đã hủy", "cancelled")
      throw PlanError.conflict(
        "Việc \(duty.id) \(state.0), không thể \(verb.vi).", "Duty \(duty.id) is \(state.1); cannot \(verb.en) it.")
    }
  }

  static func setCoordinators(_ db: Database, duty: String, _ coordinators: [String]) throws {
    try db.execute(sql: "DELETE FROM duty_coordinators WHERE duty_id = ?", arguments: [duty])
    for official in Set(coordinators).sorted() {
      try db.execute(
        sql: "INSERT INTO duty_coordinators (duty_id, official_id) VALUES (?, ?)", arguments: [duty, official])
    }
  }

  static func bump(_ db: Database, duty: String) throws {
    try db.execute(
      sql: "UPDATE duties SET version = version + 1, updated_at = ? WHERE id = ?", arguments: [timestamp(), duty])
  }

  static func addProgress(_ db: Database, duty: String, actor: AuditActor, status: DutyStatus, percent: Int, note: String?) throws {
    try db.execute(
      sql: "INSERT INTO duty_progress (duty_id, at, official_id, status, percent, note) VALUES (?, ?, ?, ?, ?, ?)",
      arguments: [duty, timestamp(), actor.officialID, status.rawValue, percent, note.map(VietnameseText.nfc)])
  }

  static func text(_ value: String?, field: String, required: Bool) throws -> String? {
    guard let value else {
      if required { throw PlanError.validation("\(field) không được để trống.", "\(field) must not be empty.") }
      return nil
    }
    let trimmed = VietnameseText.nfc(value).trimmingCharacters(in: .whitespacesAndNewlines)
    if required && trimmed.isEmpty {
      throw PlanError.validation("\(field) không được để trống.", "\(field) must not be empty.")
    }
    if trimmed.count > 2000 {
      throw PlanError.validation("\(field) dài quá 2 000 ký tự.", "\(field) is longer than 2,000 characters.")
    }
    return trimmed
  }

  // MARK: Duties

  /// Creates an ad-hoc duty `DX-YYYY-NNN` (YYYY: today's year); pinned when a lead is given.
  public func createDuty(_ new: NewDuty, by actor: AuditActor, today: CivilDate) throws -> DutyView {
    try mutate(actor, action: "duties.create", entity: "duty", entityID: { $0.id }) { db in
      let title = try Self.text(new.title, field: "title", required: true) ?? ""
      let note = try Self.text(new.note, field: "note", required: false)
      guard Self.planYears.contains(new.due.year) else {
        throw PlanError.validation(
          "due: hạn \(new.due.vietnamese) nằm ngoài 2026–2030.", "due: \(new.due.iso) is outside 2026–2030.")
      }
      guard (0...744).contains(new.effort) else {
        throw PlanError.validation("effort: số giờ phải từ 0 đến 744.", "effort: hours must be between 0 and 744.")
      }
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM areas WHERE id = ?", arguments: [new.area]) != nil else {
        throw PlanError.validation("area: không có lĩnh vực \(new.area).", "area: there is no area \(new.area).")
      }
      if let lead = new.lead { try Self.requireActiveOfficial(db, lead, field: "lead", toLead: true) }
      for official in new.coordinators { try Self.requireActiveOfficial(db, official, field: "coordinators") }
      if let lead = new.lead, new.coordinators.contains(lead) {
        throw PlanError.validation(
          "coordinators: người chủ trì \(lead) không đồng thời là người phối hợp.",
          "coordinators: the lead \(lead) cannot also coordinate.")
      }
      let prefix = "DX-\(today.year)-"
      let last = try Int.fetchOne(
        db, sql: "SELECT max(CAST(substr(id, ?) AS INTEGER)) FROM duties WHERE id LIKE ?",
        arguments: [prefix.count + 1, prefix + "%"]) ?? 0
      let id = prefix + String(format: "%03d", last + 1)
      let now = Self.timestamp()
      try db.execute(
        sql: """
          INSERT INTO duties (id, unit_id, plan_item_id, area_id, title, due, period, effort, lead_id, pinned, note,
            created_at, updated_at, search_key)
          VALUES (?, (SELECT id FROM unit LIMIT 1), NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [id, new.area, title, new.due.iso, new.due.period, new.effort, new.lead, new.lead != nil, note, now,
          now, VietnameseText.searchKey("\(id) \(title)")])
      try Self.setCoordinators(db, duty: id, new.coordinators)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (nil, after, after)
    }
  }

  /// Sets the lead and/or the coordinators; pins the duty unless `pin` is false.
  public func assignDuty(
    _ id: String, lead: String?, coordinators: [String]?, pin: Bool, version: Int?, by actor: AuditActor,
    today: CivilDate
  ) throws -> DutyView {
    try mutate(actor, action: "duties.assign", entity: "duty", entityID: { $0.id }) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      try Self.requireOpen(before, to: ("giao", "assign"))
      if lead == nil && coordinators == nil {
        throw PlanError.validation("Cần lead hoặc coordinators.", "Give lead or coordinators.")
      }
      if let lead { try Self.requireActiveOfficial(db, lead, field: "lead", toLead: true) }
      for official in coordinators ?? [] { try Self.requireActiveOfficial(db, official, field: "coordinators") }
      let newLead = lead ?? before.lead
      if let newLead, (coordinators ?? before.coordinators).contains(newLead) {
        throw PlanError.validation(
          "coordinators: người chủ trì \(newLead) không đồng thời là người phối hợp.",
          "coordinators: the lead \(newLead) cannot also coordinate.")
      }
      if let lead {
        try db.execute(sql: "UPDATE duties SET lead_id = ?, pinned = ? WHERE id = ?", arguments: [lead, pin, id])
      } else {
        try db.execute(sql: "UPDATE duties SET pinned = ? WHERE id = ?", arguments: [pin, id])
      }
      if let coordinators { try Self.setCoordinators(db, duty: id, coordinators) }
      try Self.bump(db, duty: id)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (before, after, after)
    }
  }

  /// Clears the lead (and the pin).
  public func unassignDuty(_ id: String, version: Int?, by actor: AuditActor, today: CivilDate) throws -> DutyView {
    try mutate(actor, action: "duties.unassign", entity: "duty", entityID: { $0.id }) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      try Self.requireOpen(before, to: ("bỏ giao", "unassign"))
      try db.execute(sql: "UPDATE duties SET lead_id = NULL, pinned = 0 WHERE id = ?", arguments: [id])
      try Self.bump(db, duty: id)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (before, after, after)
    }
  }

  /// Records progress; the status becomes `doing`. Officials may report only on their own duties.
  public func reportProgress(
    _ id: String, percent: Int, note: String?, version: Int?, by actor: AuditActor, today: CivilDate
  ) throws -> DutyView {
    try mutate(actor, action: "duties.progress", entity: "duty", entityID: { $0.id }) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      if actor.role < .chair {
        guard let me = actor.officialID, before.lead == me || before.coordinators.contains(me) else {
          throw PlanError.forbidden(
            "Chỉ người chủ trì, người phối hợp hoặc Chủ tịch mới báo cáo tiến độ việc \(id).",
            "Only the lead, a coordinator or the chair may report progress on duty \(id).")
        }
      }
      try Self.requireOpen(before, to: ("báo cáo tiến độ", "report progress on"))
      guard (0...100).contains(percent) else {
        throw PlanError.validation("percent: phải từ 0 đến 100 (nhận \(percent)).", "percent: must be 0–100 (got \(percent)).")
      }
      let note = try Self.text(note, field: "note", required: false)
      try db.execute(sql: "UPDATE duties SET status = 'doing', percent = ? WHERE id = ?", arguments: [percent, id])
      try Self.addProgress(db, duty: id, actor: actor, status: .doing, percent: percent, note: note)
      try Self.bump(db, duty: id)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (before, after, after)
    }
  }

  /// Marks the duty done (100%). Only its lead (or the chair) may.
  public func completeDuty(_ id: String, note: String?, version: Int?, by actor: AuditActor, today: CivilDate) throws
    -> DutyView
  {
    try mutate(actor, action: "duties.complete", entity: "duty", entityID: { $0.id }) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      if actor.role < .chair && (actor.officialID == nil || before.lead != actor.officialID) {
        throw PlanError.forbidden(
          "Chỉ người chủ trì hoặc Chủ tịch mới hoàn thành việc \(id).",
          "Only the lead or the chair may complete duty \(id).")
      }
      try Self.requireOpen(before, to: ("hoàn thành", "complete"))
      let note = try Self.text(note, field: "note", required: false)
      try db.execute(
        sql: "UPDATE duties SET status = 'done', percent = 100, note = coalesce(?, note) WHERE id = ?",
        arguments: [note, id])
      try Self.addProgress(db, duty: id, actor: actor, status: .done, percent: 100, note: note)
      try Self.bump(db, duty: id)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (before, after, after)
    }
  }

  /// Cancels an open duty with a reason.
  public func cancelDuty(_ id: String, reason: String, version: Int?, by actor: AuditActor, today: CivilDate) throws
    -> DutyView
  {
    try mutate(actor, action: "duties.cancel", entity: "duty", entityID: { $0.id }) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      try Self.requireOpen(before, to: ("hủy", "cancel"))
      let reason = try Self.text(reason, field: "reason", required: true)
      try db.execute(sql: "UPDATE duties SET status = 'cancelled', note = ? WHERE id = ?", arguments: [reason, id])
      try Self.addProgress(db, duty: id, actor: actor, status: .cancelled, percent: before.percent, note: reason)
      try Self.bump(db, duty: id)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (before, after, after)
    }
  }

  /// Reopens a done or cancelled duty (todo, or doing when it had progress below 100%).
  public func reopenDuty(_ id: String, version: Int?, by actor: AuditActor, today: CivilDate) throws -> DutyView {
    try mutate(actor, action: "duties.reopen", entity: "duty", entityID: { $0.id }) { db in
      let before = try Self.requireDuty(db, id, today: today, version: version)
      guard before.status == .done || before.status == .cancelled else {
        throw PlanError.conflict("Việc \(id) đang mở, không cần mở lại.", "Duty \(id) is open already.")
      }
      let percent = before.status == .done ? 0 : before.percent
      let status: DutyStatus = percent > 0 ? .doing : .todo
      try db.execute(
        sql: "UPDATE duties SET status = ?, percent = ? WHERE id = ?", arguments: [status.rawValue, percent, id])
      try Self.addProgress(db, duty: id, actor: actor, status: status, percent: percent, note: nil)
      try Self.bump(db, duty: id)
      let after = try Self.requireDuty(db, id, today: today, version: nil)
      return (before, after, after)
    }
  }
}
