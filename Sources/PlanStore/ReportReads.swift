import Foundation
import GRDB
import PlanCore

extension PlanDatabase {
  /// Everything a report needs, read in one snapshot: the unit, the areas' headings, the roster,
  /// every duty due up to `through` with its progress history, the indicators and the baseline.
  public func reportSource(through: CivilDate) throws -> ReportSource {
    try writer.read { db in
      ReportSource(
        unit: try Self.reportUnit(db), areas: try Self.reportAreas(db), officials: try Self.reportOfficials(db),
        duties: try Self.reportDuties(db, through: through), indicators: try Self.reportIndicators(db),
        baseline: try Self.reportBaseline(db), indicatorValues: try Self.reportIndicatorValues(db))
    }
  }

  /// Every recorded indicator value, by indicator (the builder keeps those recorded by the as-of day).
  static func reportIndicatorValues(_ db: Database) throws -> [String: [ReportIndicatorValue]] {
    Dictionary(grouping: try indicatorValues(db, indicators: nil, from: nil, to: nil), by: \.indicator).mapValues {
      $0.map {
        ReportIndicatorValue(
          period: $0.period, value: $0.value, recordedOn: $0.recordedOn, note: $0.note, evidence: $0.evidence)
      }
    }
  }

  static func reportUnit(_ db: Database) throws -> AdministrativeUnit {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT id, name, level, full_name, parents, report_recipients, note FROM unit LIMIT 1")
    else { throw PlanError.internal("the database has no unit") }
    let parents = try JSONDecoder().decode([ParentUnit].self, from: Data((row["parents"] as String).utf8))
    let recipients = try JSONDecoder().decode([String].self, from: Data((row["report_recipients"] as String).utf8))
    return AdministrativeUnit(
      id: row["id"], name: row["name"], level: row["level"], fullName: row["full_name"], parents: parents,
      reportRecipients: recipients, note: row["note"])
  }

  static func reportAreas(_ db: Database) throws -> [ReportAreaName] {
    try Row.fetchAll(db, sql: "SELECT id, local_name FROM areas ORDER BY id").map {
      ReportAreaName(id: $0["id"], name: $0["local_name"])
    }
  }

  static func reportOfficials(_ db: Database) throws -> [ReportOfficial] {
    try Row.fetchAll(db, sql: "SELECT id, name, position_id, active FROM officials ORDER BY rowid").map {
      ReportOfficial(id: $0["id"], name: $0["name"], position: $0["position_id"], active: $0["active"])
    }
  }

  /// The duties due up to `through`, in due order, each with its progress (oldest first).
  static func reportDuties(_ db: Database, through: CivilDate) throws -> [DutyView] {
    let statement = try db.makeStatement(
      sql: "SELECT \(dutyColumns) FROM duties d WHERE d.due <= ? ORDER BY d.due, d.area_id, d.id")
    var duties = try Self.duties(statement, [through.iso], today: through)
    var progress: [DutyID: [ProgressEntry]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT p.duty_id, p.at, coalesce(p.day, substr(p.at, 1, 10)) AS day, p.part, p.official_id, p.status,
          p.percent, p.note
        FROM duty_progress p JOIN duties d ON d.id = p.duty_id WHERE d.due <= ? ORDER BY p.id
        """, arguments: [through.iso])
    while let row = try rows.next() {
      progress[row["duty_id"], default: []].append(
        ProgressEntry(
          at: row["at"], date: row["day"], part: ProgressPart(rawValue: row["part"] ?? "") ?? .chair,
          official: row["official_id"], status: DutyStatus(rawValue: row["status"]) ?? .todo,
          percent: row["percent"], note: row["note"]))
    }
    for index in duties.indices { duties[index].progress = progress[duties[index].id] ?? [] }
    return duties
  }

  static func reportIndicators(_ db: Database) throws -> [Indicator] {
    let baselines = try Row.fetchAll(
      db, sql: "SELECT indicator_id, baseline_key FROM indicator_baselines ORDER BY indicator_id, ordinal")
    let targets = try Row.fetchAll(
      db, sql: "SELECT indicator_id, year, value, comparator, source FROM indicator_targets ORDER BY year")
    return try Row.fetchAll(
      db, sql: "SELECT id, name, unit, min_value, max_value, responsible_position, note FROM indicators ORDER BY rowid"
    ).map { row in
      let id: String = row["id"]
      return Indicator(
        id: id, name: row["name"], unit: row["unit"], min: row["min_value"] ?? 0, max: row["max_value"] ?? 100,
        responsiblePosition: row["responsible_position"] ?? "",
        baseline: baselines.filter { $0["indicator_id"] == id }.map { $0["baseline_key"] },
        targets: targets.filter { $0["indicator_id"] == id }.map {
          IndicatorTarget(year: $0["year"], value: $0["value"], comparator: $0["comparator"], source: $0["source"])
        }, note: row["note"])
    }
  }

  static func reportBaseline(_ db: Database) throws -> [BaselineFigure] {
    try Row.fetchAll(db, sql: "SELECT key, name, value, unit, period, line, text, note FROM baseline_figures").map {
      BaselineFigure(
        key: $0["key"], name: $0["name"], value: $0["value"], unit: $0["unit"], period: $0["period"],
        line: $0["line"], text: $0["text"], note: $0["note"])
    }
  }
}
