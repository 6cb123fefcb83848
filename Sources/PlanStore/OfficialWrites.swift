import Foundation
import GRDB
import PlanCore

/// What `officials.add` needs.
public struct NewOfficial: Sendable {
  /// Slug; generated from the position when nil.
  public var id: OfficialID?
  /// Name.
  public var name: String
  /// Position id.
  public var position: String
  /// Title in Nghị định 33/2023 terms, if any.
  public var legacyTitle: String?
  /// `can-bo` or `cong-chuc`.
  public var kind: StaffKind
  /// Role.
  public var role: Role
  /// Skill ids.
  public var skills: [String]
  /// Monthly hours.
  public var capacity: Int

  /// Creates the request.
  public init(
    id: OfficialID?, name: String, position: String, legacyTitle: String?, kind: StaffKind, role: Role,
    skills: [String],
    capacity: Int
  ) {
    self.id = id
    self.name = name
    self.position = position
    self.legacyTitle = legacyTitle
    self.kind = kind
    self.role = role
    self.skills = skills
    self.capacity = capacity
  }
}

extension PlanDatabase {
  static func requireOfficial(_ db: Database, _ id: OfficialID, today: CivilDate, version: Int?) throws -> OfficialView
  {
    guard let official = try fetchOfficial(db, id, today: today) else {
      throw PlanError.notFound("Không có cán bộ \(id).", "There is no official \(id).")
    }
    if let version, version != official.version {
      throw PlanError.staleVersion(("Cán bộ", "Official"), id, expected: version, actual: official.version)
    }
    return official
  }

  static func checkPositionAndSkills(_ db: Database, position: String?, skills: [String]?) throws {
    if let position, try Bool.fetchOne(db, sql: "SELECT 1 FROM positions WHERE id = ?", arguments: [position]) == nil {
      throw PlanError.validation(
        "position: không có vị trí '\(position)'.", "position: there is no position '\(position)'.")
    }
    for skill in skills ?? []
    where try Bool.fetchOne(db, sql: "SELECT 1 FROM skills WHERE id = ?", arguments: [skill]) == nil {
      throw PlanError.validation("skills: không có kỹ năng '\(skill)'.", "skills: there is no skill '\(skill)'.")
    }
  }

  static func setSkills(_ db: Database, official: OfficialID, _ skills: [String]) throws {
    try db.execute(sql: "DELETE FROM official_skills WHERE official_id = ?", arguments: [official])
    for skill in Set(skills).sorted() { try OfficialSkillRecord(officialId: official, skillId: skill).insert(db) }
  }

  /// Adds an official to the roster.
  public func addOfficial(_ new: NewOfficial, by actor: AuditActor, today: CivilDate) throws -> OfficialView {
    try mutate(actor, action: "officials.add", entity: "official", entityID: { $0.id.rawValue }) { db in
      let name = try Self.text(new.name, field: "name", required: true) ?? ""
      try PlanBounds.requireHours(new.capacity, field: "capacity")
      try Self.checkPositionAndSkills(db, position: new.position, skills: new.skills)
      var id = new.id?.rawValue ?? ""
      if new.id == nil {
        var n = 1
        repeat {
          id = "\(new.position)-\(n)"
          n += 1
        } while try Bool.fetchOne(db, sql: "SELECT 1 FROM officials WHERE id = ?", arguments: [id]) != nil
      }
      let slug = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
      guard !id.isEmpty, slug, !id.hasPrefix("-"), !id.hasSuffix("-"), id.count <= 64 else {
        throw PlanError.validation(
          "id: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.",
          "id: lower-case ASCII letters, digits and hyphens only.")
      }
      if try Bool.fetchOne(db, sql: "SELECT 1 FROM officials WHERE id = ?", arguments: [id]) != nil {
        throw PlanError.conflict("Đã có cán bộ \(id).", "There is already an official \(id).")
      }
      let legacy = try Self.text(new.legacyTitle, field: "legacyTitle", required: false) ?? ""
      let official = OfficialID(rawValue: id)
      try OfficialRecord(
        id: official, unitId: try String.fetchOne(db, sql: "SELECT id FROM unit LIMIT 1") ?? "", name: name,
        positionId: new.position, legacyTitle: legacy, kind: new.kind.rawValue, role: new.role.rawValue,
        capacity: new.capacity, active: true, vacant: false, note: nil,
        searchKey: VietnameseText.searchKey("\(id) \(name) \(legacy)")
      ).insert(db)
      try Self.setSkills(db, official: official, new.skills)
      let after = try Self.requireOfficial(db, official, today: today, version: nil)
      return (nil, after, after)
    }
  }

  /// Changes an official. Deactivating it, or moving it to a post that may not lead, takes it off
  /// every open duty (PlanCore's rule), with one audit row per duty changed.
  public func updateOfficial(
    _ id: OfficialID, _ change: OfficialChange, version: Int?, by actor: AuditActor, today: CivilDate
  )
    throws -> OfficialView
  {
    try mutate(actor, action: "officials.update", entity: "official", entityID: { $0.id.rawValue }) { db in
      let before = try Self.requireOfficial(db, id, today: today, version: version)
      if let capacity = change.capacity { try PlanBounds.requireHours(capacity, field: "capacity") }
      try Self.checkPositionAndSkills(db, position: change.position, skills: change.skills)
      let name = try Self.text(change.name, field: "name", required: change.name != nil) ?? before.name
      let legacy = try Self.text(change.legacyTitle, field: "legacyTitle", required: false) ?? before.legacyTitle
      let factsBefore = try Self.requireOfficialFacts(db, id, field: "id")
      let otherChairs =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM officials WHERE role = 'chair' AND active = 1 AND id <> ?", arguments: [id])
        ?? 0
      try db.execute(
        sql: """
          UPDATE officials SET name = ?, position_id = ?, legacy_title = ?, role = ?, capacity = ?, active = ?,
            vacant = CASE WHEN ? THEN 0 ELSE vacant END, search_key = ?, version = version + 1 WHERE id = ?
          """,
        // Activating a vacant post fills it.
        arguments: [
          name, change.position ?? before.position, legacy, (change.role ?? before.role).rawValue,
          change.capacity ?? before.capacity, change.active ?? before.active, change.active == true,
          VietnameseText.searchKey("\(id) \(name) \(legacy)"), id,
        ])
      if let skills = change.skills { try Self.setSkills(db, official: id, skills) }
      let factsAfter = try Self.requireOfficialFacts(db, id, field: "id")
      if let error = OfficialRules.lastChairRefusal(
        before: factsBefore, after: factsAfter, otherActiveChairs: otherChairs)
      {
        throw error
      }
      var after = try Self.requireOfficial(db, id, today: today, version: nil)
      if OfficialRules.leavesDuties(before: factsBefore, after: factsAfter) {
        let releases = OfficialRules.release(id, from: try Self.openDutyFacts(db, of: id))
        var unassigned: [DutyView] = []
        for release in releases {
          let dutyBefore = try Self.requireDuty(db, release.before.id, today: today, version: nil)
          try db.execute(
            sql: "UPDATE duties SET lead_id = ?, pinned = ? WHERE id = ?",
            arguments: [release.after.lead, release.after.pinned, release.after.id])
          try Self.setCoordinators(db, duty: release.after.id, release.after.coordinators)
          try Self.bump(db, duty: release.after.id)
          let dutyAfter = try Self.requireDuty(db, release.after.id, today: today, version: nil)
          try Self.writeAudit(
            db, actor: actor, action: "officials.update", entity: "duty", entityID: release.after.id.rawValue,
            before: dutyBefore,
            after: dutyAfter)
          if release.wasLead { unassigned.append(dutyAfter) }
        }
        after = try Self.requireOfficial(db, id, today: today, version: nil)
        after.unassigned = unassigned
        after.unpinned = releases.filter(\.wasPinned).map(\.after.id)
        after.uncoordinated = releases.filter { !$0.wasLead }.map(\.after.id)
      }
      return (before, after, after)
    }
  }

  /// Records a leave from `from` to `to` (inclusive); refused when it overlaps another leave of the
  /// official that is not cancelled (PlanCore's rule, checked in the same transaction).
  public func addLeave(
    official: OfficialID, from: CivilDate, to: CivilDate, reason: String?, by actor: AuditActor, today: CivilDate
  )
    throws -> LeaveView
  {
    try mutate(actor, action: "officials.leave", entity: "leave", entityID: { String($0.id) }) { db in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM officials WHERE id = ?", arguments: [official]) != nil else {
        throw PlanError.validation(
          "official: không có cán bộ '\(official)'.", "official: there is no official '\(official)'.")
      }
      guard from <= to else {
        throw PlanError.validation(
          "from: ngày bắt đầu sau ngày kết thúc.", "from: the first day is after the last day.")
      }
      guard PlanBounds.years.contains(from.year), PlanBounds.years.contains(to.year) else {
        throw PlanError.validation("Ngày nghỉ phải trong 2026–2030.", "Leave days must be within 2026–2030.")
      }
      let reason = try Self.text(reason, field: "reason", required: false)
      if let overlap = LeaveRules.overlapRefusal(
        official: official, from: from, to: to, among: try Self.leaves(db, of: official))
      {
        throw overlap
      }
      try NewLeaveRecord(
        officialId: official, firstDay: from, lastDay: to, reason: reason, createdAt: Self.timestamp()
      ).insert(db)
      let leave = LeaveView(
        id: Int(db.lastInsertedRowID), official: official, from: from, to: to, reason: reason, cancelled: false,
        version: 1)
      return (nil, leave, leave)
    }
  }

  /// Cancels a leave.
  public func cancelLeave(_ id: Int, version: Int?, by actor: AuditActor) throws -> LeaveView {
    try mutate(actor, action: "officials.leave.cancel", entity: "leave", entityID: { String($0.id) }) { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT * FROM leaves WHERE id = ?", arguments: [id]) else {
        throw PlanError.notFound("Không có lần nghỉ số \(id).", "There is no leave \(id).")
      }
      var leave = LeaveView(
        id: row["id"], official: row["official_id"], from: row["first_day"], to: row["last_day"], reason: row["reason"],
        cancelled: row["cancelled"], version: row["version"])
      if let version, version != leave.version {
        throw PlanError.staleVersion(("Lần nghỉ", "Leave"), String(id), expected: version, actual: leave.version)
      }
      if leave.cancelled {
        throw PlanError.conflict("Lần nghỉ số \(id) đã được hủy.", "Leave \(id) is already cancelled.")
      }
      let before = leave
      try db.execute(sql: "UPDATE leaves SET cancelled = 1, version = version + 1 WHERE id = ?", arguments: [id])
      leave.cancelled = true
      leave.version += 1
      return (before, leave, leave)
    }
  }
}
