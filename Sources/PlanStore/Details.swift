import Foundation
import GRDB
import PlanCore

extension PlanDatabase {
  /// One duty in full: its progress history, its audit trail (oldest first) when `withAudit`, and
  /// the names of the officials, the area and the plan item it names; nil when there is no such duty.
  public func dutyDetail(_ id: DutyID, today: CivilDate, withAudit: Bool) throws -> DutyDetail? {
    try writer.read { db in
      guard var duty = try Self.fetchDuty(db, id, today: today, withProgress: true) else { return nil }
      if withAudit {
        duty.audit = try Row.fetchAll(
          db, sql: "SELECT * FROM audit WHERE entity = 'duty' AND entity_id = ? ORDER BY id", arguments: [id]
        ).map(Self.auditEntry)
      }
      var named = Set([duty.lead].compactMap { $0 } + duty.coordinators)
      named.formUnion((duty.progress ?? []).compactMap(\.official))
      named.formUnion((duty.audit ?? []).compactMap(\.official))
      var names: [OfficialID: String] = [:]
      for official in named {
        names[official] = try String.fetchOne(db, sql: "SELECT name FROM officials WHERE id = ?", arguments: [official])
      }
      return DutyDetail(
        duty: duty, auditVisible: withAudit, officialNames: names,
        areaName: try String.fetchOne(db, sql: "SELECT name FROM areas WHERE id = ?", arguments: [duty.area]),
        planItemTitle: try duty.planItem.flatMap {
          try String.fetchOne(db, sql: "SELECT title FROM plan_items WHERE id = ?", arguments: [$0])
        })
    }
  }

  /// One plan item in full, with the names of its area, positions, skills and indicators; nil when
  /// there is no such item.
  public func planItemDetail(_ id: PlanItemID) throws -> PlanItemDetail? {
    try writer.read { db in
      guard let item = try Self.fetchPlanItem(db, id) else { return nil }
      func names(_ table: String, _ ids: [String]) throws -> [String: String] {
        var names: [String: String] = [:]
        for id in ids {
          names[id] = try String.fetchOne(db, sql: "SELECT name FROM \(table) WHERE id = ?", arguments: [id])
        }
        return names
      }
      return PlanItemDetail(
        item: item,
        areaName: try String.fetchOne(db, sql: "SELECT name FROM areas WHERE id = ?", arguments: [item.area]),
        positionNames: try names("positions", item.leadPositions + item.coordinatorPositions),
        skillNames: try names("skills", item.skills), indicatorNames: try names("indicators", item.indicators))
    }
  }

  /// Edits a duty by PlanCore's rule (`DutyRules.edit`): an ad-hoc duty's title, due date, effort,
  /// area and note, a plan duty's due date and effort. It keeps its id; its period follows the due
  /// date, so its hours count in the new month; the lead's warnings for that month come back with
  /// it. One transaction with its audit row; a stale `version` is refused.
  public func updateDuty(_ id: DutyID, _ edit: DutyEdit, version: Int?, by actor: AuditActor, today: CivilDate) throws
    -> DutyView
  {
    try changeDuty(id, action: "duties.update", version: version, by: actor, today: today) { db, facts, before in
      var edit = edit
      edit.title = try edit.title.map { try Self.text($0, field: "title", required: true) ?? "" }
      edit.note = try edit.note.map { try Self.text($0, field: "note", required: false) ?? "" }
      let period = try DutyRules.edit(facts, edit)
      if let area = edit.area,
        try Bool.fetchOne(db, sql: "SELECT 1 FROM areas WHERE id = ?", arguments: [area]) == nil
      {
        throw PlanError.validation("area: không có lĩnh vực \(area).", "area: there is no area \(area).")
      }
      var sets: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      if let title = edit.title {
        sets += ["title = ?", "search_key = ?"]
        arguments += [title, VietnameseText.searchKey("\(id) \(title)")]
      }
      if let due = edit.due {
        sets += ["due = ?", "period = ?"]
        arguments += [due, period]
      }
      if let effort = edit.effort { sets.append("effort = ?"); arguments.append(effort) }
      if let area = edit.area { sets.append("area_id = ?"); arguments.append(area) }
      // An empty note clears it.
      if let note = edit.note { sets.append("note = ?"); arguments.append(note.isEmpty ? nil : note) }
      try db.execute(
        sql: "UPDATE duties SET \(sets.joined(separator: ", ")) WHERE id = ?",
        arguments: StatementArguments(arguments + [id]))
      // The lead's hours moved (another month, or more of them): what that overrides, as an assignment would.
      guard let lead = before.lead, edit.due != nil || edit.effort != nil else { return nil }
      return try Self.assignmentWarnings(db, duty: id, lead: lead)
    }
  }
}
