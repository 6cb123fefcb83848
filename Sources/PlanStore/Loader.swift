import Foundation
import GRDB
import PlanCore

/// Writes a `PlanBundle` into the tables, NFC-normalised, inside the caller's transaction.
enum Loader {
  /// Tables holding plan, roster and duty data, children before parents (the audit log is kept).
  static let dataTables = [
    "duty_progress", "duty_coordinators", "duties", "leaves", "official_skills", "plan_item_indicators",
    "plan_item_skills", "plan_item_positions", "plan_items", "indicator_targets", "indicator_baselines",
    "indicators", "baseline_figures", "calendar_days", "calendar", "officials", "positions", "skills",
    "areas", "unit",
  ]

  /// Deletes every data row (not the audit log, not the schema).
  static func clear(_ db: Database) throws {
    for table in dataTables { try db.execute(sql: "DELETE FROM \(table)") }
    try db.execute(sql: "DELETE FROM meta WHERE key = 'initialised_at'")
  }

  /// Inserts the bundle and marks the database initialised.
  static func insert(_ bundle: PlanBundle, into db: Database) throws -> LoadSummary {
    var summary = LoadSummary()
    try insertRoster(bundle, into: db, &summary)
    try insertFigures(bundle, into: db, &summary)
    try insertCalendar(bundle.calendar, into: db, &summary)
    try insertAreas(bundle, into: db, &summary)
    try db.execute(
      sql:
        "INSERT INTO meta (key, value) VALUES ('initialised_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      arguments: [PlanDatabase.timestamp()])
    return summary
  }

  /// NFC text.
  static func n(_ text: String) -> String { VietnameseText.nfc(text) }

  /// The folded search key.
  static func key(_ text: String) -> String { VietnameseText.searchKey(text) }

  /// A value as NFC JSON text, keys sorted.
  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return n(String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// The unit, skills, positions and officials.
  static func insertRoster(_ bundle: PlanBundle, into db: Database, _ summary: inout LoadSummary) throws {
    let unit = bundle.unit
    try db.execute(
      sql: "INSERT INTO unit (id, name, level, full_name, parents, note, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
      arguments: [
        unit.id, n(unit.name), n(unit.level), n(unit.fullName), try json(unit.parents), unit.note.map(n),
        key(unit.name + " " + unit.fullName),
      ])
    summary.units = 1

    for skill in bundle.skills {
      try db.execute(sql: "INSERT INTO skills (id, name) VALUES (?, ?)", arguments: [skill.id, n(skill.name)])
    }
    summary.skills = bundle.skills.count

    for position in bundle.positions {
      try db.execute(
        sql: """
          INSERT INTO positions (id, name, position_group, can_lead, legacy_titles, note, search_key)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          position.id, n(position.name), position.group.rawValue, position.canLead,
          try json(position.legacyTitles), position.note.map(n),
          key(([position.name] + position.legacyTitles).joined(separator: " ")),
        ])
    }
    summary.positions = bundle.positions.count

    for official in bundle.officials {
      try db.execute(
        sql: """
          INSERT INTO officials (id, unit_id, name, position_id, legacy_title, kind, role, capacity, active,
            vacant, note, search_key)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          official.id, unit.id, n(official.name), official.position, n(official.legacyTitle),
          official.kind.rawValue, official.role.rawValue, official.capacity, official.active,
          official.vacant ?? false, official.note.map(n),
          key("\(official.id) \(official.name) \(official.legacyTitle)"),
        ])
      for skill in official.skills {
        try db.execute(
          sql: "INSERT INTO official_skills (official_id, skill_id) VALUES (?, ?)", arguments: [official.id, skill])
      }
    }
    summary.officials = bundle.officials.count
    summary.activeOfficials = bundle.officials.filter(\.active).count
  }

  /// The baseline figures and the indicators with their baselines and targets.
  static func insertFigures(_ bundle: PlanBundle, into db: Database, _ summary: inout LoadSummary) throws {
    for figure in bundle.baseline {
      try db.execute(
        sql:
          "INSERT INTO baseline_figures (key, name, value, unit, period, line, text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        arguments: [
          figure.key, n(figure.name), figure.value, n(figure.unit), n(figure.period), figure.line,
          n(figure.text), figure.note.map(n),
        ])
    }
    summary.baselineFigures = bundle.baseline.count

    for indicator in bundle.indicators {
      try db.execute(
        sql: "INSERT INTO indicators (id, name, unit, note, search_key) VALUES (?, ?, ?, ?, ?)",
        arguments: [indicator.id, n(indicator.name), n(indicator.unit), indicator.note.map(n), key(indicator.name)])
      for (ordinal, baselineKey) in indicator.baseline.enumerated() {
        try db.execute(
          sql: "INSERT INTO indicator_baselines (indicator_id, baseline_key, ordinal) VALUES (?, ?, ?)",
          arguments: [indicator.id, baselineKey, ordinal])
      }
      for target in indicator.targets {
        try db.execute(
          sql: "INSERT INTO indicator_targets (indicator_id, year, value, comparator, source) VALUES (?, ?, ?, ?, ?)",
          arguments: [indicator.id, target.year, target.value, target.comparator, n(target.source)])
      }
    }
    summary.indicators = bundle.indicators.count
  }

  /// The working calendar and its special days.
  static func insertCalendar(_ calendar: WorkingCalendar, into db: Database, _ summary: inout LoadSummary) throws {
    try db.execute(
      sql: "INSERT INTO calendar (id, first_day, last_day, weekend, rule) VALUES (1, ?, ?, ?, ?)",
      arguments: [calendar.from.iso, calendar.to.iso, try json(calendar.weekend.map(\.rawValue)), calendar.rule.map(n)])
    for day in calendar.days {
      try db.execute(
        sql: "INSERT INTO calendar_days (date, kind, code, name, projected, note) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [day.date.iso, day.kind.rawValue, day.code, n(day.name), day.projected, day.note.map(n)])
    }
    summary.calendarDays = calendar.days.count
  }

  /// The areas and their plan items.
  static func insertAreas(_ bundle: PlanBundle, into db: Database, _ summary: inout LoadSummary) throws {
    for area in bundle.areas {
      try db.execute(
        sql:
          "INSERT INTO areas (id, code, name, local_name, reform_area, description, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
        arguments: [
          area.id, area.code, n(area.name), n(area.localName), area.reformArea, area.description.map(n),
          key(area.name + " " + area.localName),
        ])
      for (ordinal, item) in area.items.enumerated() {
        try insert(item, area: area.id, ordinal: ordinal, into: db, json: json)
      }
      summary.itemsByArea[area.id] = area.items.count
    }
    summary.areas = bundle.areas.count
    summary.planItems = bundle.planItems.count
  }

  private static func insert(
    _ item: PlanItem, area: Int, ordinal: Int, into db: Database, json: ([Int]) throws -> String
  ) throws {
    let n = VietnameseText.nfc
    let recurrence = item.recurrence
    try db.execute(
      sql: """
        INSERT INTO plan_items (id, area_id, ordinal, kind, title, text, source_sentence, source_first_line,
          source_last_line, source_reference, recurrence, recurrence_month, recurrence_day, recurrence_quarters,
          recurrence_due, recurrence_basis, effort, note, search_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        item.id, area, ordinal, item.kind.rawValue, n(item.title), n(item.text),
        item.source.sentence.map(n), item.source.lines?.first, item.source.lines?.last,
        item.source.reference.map(n), recurrence.every.rawValue, recurrence.month, recurrence.day,
        try recurrence.quarters.map(json), recurrence.due?.iso, recurrence.basis.map(n), item.effort,
        item.note.map(n), VietnameseText.searchKey("\(item.id) \(item.title) \(item.text)"),
      ])
    for (role, positions) in [("lead", item.leadPositions), ("coordinator", item.coordinatorPositions)] {
      for (ordinal, position) in positions.enumerated() {
        try db.execute(
          sql: "INSERT INTO plan_item_positions (item_id, position_id, role, ordinal) VALUES (?, ?, ?, ?)",
          arguments: [item.id, position, role, ordinal])
      }
    }
    for skill in item.skills {
      try db.execute(
        sql: "INSERT INTO plan_item_skills (item_id, skill_id) VALUES (?, ?)", arguments: [item.id, skill])
    }
    for indicator in item.indicators {
      try db.execute(
        sql: "INSERT INTO plan_item_indicators (item_id, indicator_id) VALUES (?, ?)", arguments: [item.id, indicator])
    }
  }
}
