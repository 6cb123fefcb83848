import Foundation
import GRDB
import PlanCore

/// Writes a `PlanBundle` into the tables, NFC-normalised, inside the caller's transaction.
enum Loader {
  /// Tables holding plan, roster and duty data, children before parents (the audit log is kept).
  static let dataTables = [
    "indicator_values", "duty_progress", "duty_coordinators", "duties", "leaves", "official_skills",
    "plan_item_indicators",
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
    try UnitRecord(
      id: unit.id, name: n(unit.name), level: n(unit.level), fullName: n(unit.fullName),
      parents: try json(unit.parents),
      note: unit.note.map(n), searchKey: key(unit.name + " " + unit.fullName),
      reportRecipients: try json(unit.reportRecipients.map(n))
    ).insert(db)
    summary.units = 1
    for skill in bundle.skills { try SkillRecord(id: skill.id, name: n(skill.name)).insert(db) }
    summary.skills = bundle.skills.count
    for position in bundle.positions {
      try PositionRecord(
        id: position.id, name: n(position.name), positionGroup: position.group.rawValue, canLead: position.canLead,
        legacyTitles: try json(position.legacyTitles), note: position.note.map(n),
        searchKey: key(([position.name] + position.legacyTitles).joined(separator: " "))
      ).insert(db)
    }
    summary.positions = bundle.positions.count
    for official in bundle.officials {
      try OfficialRecord(
        id: official.id, unitId: unit.id, name: n(official.name), positionId: official.position,
        legacyTitle: n(official.legacyTitle), kind: official.kind.rawValue, role: official.role.rawValue,
        capacity: official.capacity, active: official.active, vacant: official.vacant ?? false,
        note: official.note.map(n), searchKey: key("\(official.id) \(official.name) \(official.legacyTitle)")
      ).insert(db)
      for skill in official.skills { try OfficialSkillRecord(officialId: official.id, skillId: skill).insert(db) }
    }
    summary.officials = bundle.officials.count
    summary.activeOfficials = bundle.officials.filter(\.active).count
  }

  /// The baseline figures and the indicators with their baselines and targets.
  static func insertFigures(_ bundle: PlanBundle, into db: Database, _ summary: inout LoadSummary) throws {
    for figure in bundle.baseline {
      try BaselineFigureRecord(
        key: figure.key, name: n(figure.name), value: figure.value, unit: n(figure.unit), period: n(figure.period),
        line: figure.line, text: n(figure.text), note: figure.note.map(n)
      ).insert(db)
    }
    summary.baselineFigures = bundle.baseline.count
    for indicator in bundle.indicators {
      try IndicatorRecord(
        id: indicator.id, name: n(indicator.name), unit: n(indicator.unit), note: indicator.note.map(n),
        searchKey: key(indicator.name), responsiblePosition: indicator.responsiblePosition, minValue: indicator.min,
        maxValue: indicator.max
      ).insert(db)
      for (ordinal, baselineKey) in indicator.baseline.enumerated() {
        try IndicatorBaselineRecord(indicatorId: indicator.id, baselineKey: baselineKey, ordinal: ordinal).insert(db)
      }
      for target in indicator.targets {
        try IndicatorTargetRecord(
          indicatorId: indicator.id, year: target.year, value: target.value, comparator: target.comparator,
          source: n(target.source)
        ).insert(db)
      }
    }
    summary.indicators = bundle.indicators.count
  }

  /// The working calendar and its special days.
  static func insertCalendar(_ calendar: WorkingCalendar, into db: Database, _ summary: inout LoadSummary) throws {
    try CalendarRecord(
      firstDay: calendar.from, lastDay: calendar.to, weekend: try json(calendar.weekend.map(\.rawValue)),
      rule: calendar.rule.map(n)
    ).insert(db)
    for day in calendar.days {
      try CalendarDayRecord(
        date: day.date, kind: day.kind.rawValue, code: day.code, name: n(day.name), projected: day.projected,
        note: day.note.map(n)
      ).insert(db)
    }
    summary.calendarDays = calendar.days.count
  }

  /// The areas and their plan items.
  static func insertAreas(_ bundle: PlanBundle, into db: Database, _ summary: inout LoadSummary) throws {
    for area in bundle.areas {
      try AreaRecord(
        id: area.id, code: area.code, name: n(area.name), localName: n(area.localName), reformArea: area.reformArea,
        description: area.description.map(n), searchKey: key(area.name + " " + area.localName)
      ).insert(db)
      for (ordinal, item) in area.items.enumerated() { try insert(item, area: area.id, ordinal: ordinal, into: db) }
      summary.itemsByArea[area.id] = area.items.count
    }
    summary.areas = bundle.areas.count
    summary.planItems = bundle.planItems.count
  }

  /// One plan item with its positions, skills and indicators.
  private static func insert(_ item: PlanItem, area: Int, ordinal: Int, into db: Database) throws {
    let recurrence = item.recurrence
    try PlanItemRecord(
      id: item.id, areaId: area, ordinal: ordinal, kind: item.kind.rawValue, title: n(item.title), text: n(item.text),
      sourceSentence: item.source.sentence.map(n), sourceFirstLine: item.source.lines?.first,
      sourceLastLine: item.source.lines?.last, sourceReference: item.source.reference.map(n),
      recurrence: recurrence.every.rawValue, recurrenceMonth: recurrence.month, recurrenceDay: recurrence.day,
      recurrenceQuarters: try recurrence.quarters.map(json), recurrenceDue: recurrence.due,
      recurrenceBasis: recurrence.basis.map(n), effort: item.effort, note: item.note.map(n),
      searchKey: key("\(item.id) \(item.title) \(item.text)")
    ).insert(db)
    for (role, positions) in [("lead", item.leadPositions), ("coordinator", item.coordinatorPositions)] {
      for (ordinal, position) in positions.enumerated() {
        try PlanItemPositionRecord(itemId: item.id, positionId: position, role: role, ordinal: ordinal).insert(db)
      }
    }
    for skill in item.skills { try PlanItemSkillRecord(itemId: item.id, skillId: skill).insert(db) }
    for indicator in item.indicators { try PlanItemIndicatorRecord(itemId: item.id, indicatorId: indicator).insert(db) }
  }
}
