import Foundation
import GRDB
import PlanCore

/// A value to record for an indicator and a period (`indicators.record`).
public struct NewIndicatorValue: Sendable, Equatable {
  /// The indicator's id.
  public var indicator: String
  /// The period id (`2027-Q1`, `2027-H1`, `2027-Q3`, `2027`).
  public var period: String
  /// The value, in the indicator's unit.
  public var value: Double
  /// What the figure means or where it came from.
  public var note: String?
  /// Evidence: document number, file name.
  public var evidence: String?

  /// Creates a value to record.
  public init(indicator: String, period: String, value: Double, note: String?, evidence: String?) {
    self.indicator = indicator
    self.period = period
    self.value = value
    self.note = note
    self.evidence = evidence
  }
}

extension PlanDatabase {
  /// Every indicator with its bounds, responsible position, baseline, targets and recorded values.
  public func listIndicators() throws -> Page<IndicatorView> {
    try writer.read { db in
      let items = try Self.indicatorViews(db)
      return Page(items: items, total: items.count)
    }
  }

  /// The values recorded for `indicators` (every indicator when nil) in the periods whose data
  /// ends within `from`…`to` (both included; nil ends are open), ordered by period then indicator.
  /// This is the read the periodic report uses.
  public func indicatorValues(
    indicators: Set<String>? = nil, from: IndicatorPeriod? = nil, to: IndicatorPeriod? = nil
  ) throws -> [IndicatorValue] {
    try writer.read { db in
      try Self.indicatorValues(db, indicators: indicators, from: from, to: to)
    }
  }

  /// The unit's report recipients ("Nơi nhận"), each line as printed, in order (Seeds/unit.json's
  /// `reportRecipients`; a database upgraded to v4 has the list the data had then).
  public func reportRecipients() throws -> [String] {
    try writer.read { db in
      let text = try String.fetchOne(db, sql: "SELECT report_recipients FROM unit LIMIT 1") ?? "[]"
      return (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
  }

  /// The values in `db` (see `indicatorValues(indicators:from:to:)`).
  static func indicatorValues(
    _ db: Database, indicators: Set<String>?, from: IndicatorPeriod?, to: IndicatorPeriod?
  ) throws -> [IndicatorValue] {
    let values = try IndicatorValueRecord.fetchAll(db).compactMap { record -> IndicatorValue? in
      guard indicators?.contains(record.indicatorId) ?? true, let period = IndicatorPeriod(id: record.period)
      else { return nil }
      if let from, period.to < from.to { return nil }
      if let to, period.to > to.to { return nil }
      return IndicatorValue(
        indicator: record.indicatorId, period: record.period, value: record.value, note: record.note,
        evidence: record.evidence, recordedBy: record.recordedBy, recordedOn: record.recordedOn)
    }
    return IndicatorRules.byPeriod(values)
  }

  /// The indicators as `indicators.list` shows them, in the data's order (by name when loaded).
  static func indicatorViews(_ db: Database) throws -> [IndicatorView] {
    let values = Dictionary(
      grouping: try indicatorValues(db, indicators: nil, from: nil, to: nil), by: \.indicator)
    let baselines = Dictionary(
      grouping: try Row.fetchAll(
        db,
        sql: """
          SELECT b.indicator_id, f.key, f.name, f.value, f.unit, f.period, f.line
          FROM indicator_baselines b JOIN baseline_figures f ON f.key = b.baseline_key
          ORDER BY b.indicator_id, b.ordinal
          """), by: { $0["indicator_id"] as String })
    let targets = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM indicator_targets ORDER BY year")) {
      $0["indicator_id"] as String
    }
    return try IndicatorRecord.fetchAll(db, sql: "SELECT * FROM indicators ORDER BY rowid").map { record in
      IndicatorView(
        id: record.id, name: record.name, unit: record.unit, min: record.minValue, max: record.maxValue,
        responsiblePosition: record.responsiblePosition,
        baseline: (baselines[record.id] ?? []).map {
          IndicatorBaseline(
            key: $0["key"], name: $0["name"], value: $0["value"], unit: $0["unit"], period: $0["period"],
            line: $0["line"])
        },
        targets: (targets[record.id] ?? []).map {
          IndicatorTarget(year: $0["year"], value: $0["value"], comparator: $0["comparator"], source: $0["source"])
        },
        values: values[record.id] ?? [])
    }
  }

  /// Records (or replaces) the value of an indicator for a period, on `today`, by the chair or a
  /// holder of the indicator's responsible position; audited in the same transaction.
  public func recordIndicatorValue(_ new: NewIndicatorValue, by actor: AuditActor, today: CivilDate) throws
    -> IndicatorView
  {
    try mutate(actor, action: "indicators.record", entity: "indicator", entityID: { $0.id }) { db in
      guard let indicator = try IndicatorRecord.fetchOne(db, key: new.indicator) else {
        throw PlanError.validation(
          "indicator: không có chỉ tiêu '\(new.indicator)'.", "indicator: there is no indicator '\(new.indicator)'.")
      }
      guard let period = IndicatorPeriod(id: new.period) else {
        throw IndicatorPeriod.refusal(new.period, field: "period")
      }
      let position = try actor.officialID.flatMap {
        try String.fetchOne(db, sql: "SELECT position_id FROM officials WHERE id = ? AND active = 1", arguments: [$0])
      }
      if let refusal = IndicatorRules.recordRefusal(
        actor.principal, position: position, indicator: indicator.id, responsible: indicator.responsiblePosition ?? "")
      {
        throw refusal
      }
      if let refusal = IndicatorRules.boundsRefusal(
        new.value, indicator: indicator.id, min: indicator.minValue ?? -.infinity, max: indicator.maxValue ?? .infinity)
      {
        throw refusal
      }
      let before = try IndicatorValueRecord.fetchOne(db, key: ["indicator_id": indicator.id, "period": period.id])
      let record = IndicatorValueRecord(
        indicatorId: indicator.id, period: period.id, value: new.value,
        note: try Self.text(new.note, field: "note", required: false),
        evidence: try Self.text(new.evidence, field: "evidence", required: false),
        recordedBy: actor.officialID?.rawValue, recordedOn: today, createdAt: Self.timestamp())
      try record.save(db)
      guard let view = try Self.indicatorViews(db).first(where: { $0.id == indicator.id }) else {
        throw PlanError.notFound(
          "Không có chỉ tiêu '\(indicator.id)'.", "There is no indicator '\(indicator.id)'.")
      }
      return (before, record, view)
    }
  }
}
