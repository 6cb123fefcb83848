import GRDB
import PlanCore

/// A row of one table, named by its columns (camelCase here, snake_case in SQL): every insert goes
/// through one of these instead of a positional list.
protocol TableRecord: Codable, FetchableRecord, PersistableRecord {}

extension TableRecord {
  /// Columns are the properties in snake_case.
  static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
  /// Columns are read back into the properties from snake_case.
  static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
}

/// `unit`: the commune.
struct UnitRecord: TableRecord {
  static let databaseTableName = "unit"
  var id, name, level, fullName, parents: String
  var note: String?
  var searchKey: String
  var reportRecipients: String
}

/// `skills`.
struct SkillRecord: TableRecord {
  static let databaseTableName = "skills"
  var id, name: String
}

/// `positions`.
struct PositionRecord: TableRecord {
  static let databaseTableName = "positions"
  var id, name, positionGroup: String
  var canLead: Bool
  var legacyTitles: String
  var note: String?
  var searchKey: String
}

/// `officials`.
struct OfficialRecord: TableRecord {
  static let databaseTableName = "officials"
  var id: OfficialID
  var unitId, name, positionId, legacyTitle, kind, role: String
  var capacity: Int
  var active, vacant: Bool
  var note: String?
  var searchKey: String
}

/// `official_skills`.
struct OfficialSkillRecord: TableRecord {
  static let databaseTableName = "official_skills"
  var officialId: OfficialID
  var skillId: String
}

/// `baseline_figures`.
struct BaselineFigureRecord: TableRecord {
  static let databaseTableName = "baseline_figures"
  var key, name: String
  var value: Double
  var unit, period: String
  var line: Int
  var text: String
  var note: String?
}

/// `indicators`.
struct IndicatorRecord: TableRecord {
  static let databaseTableName = "indicators"
  var id, name, unit: String
  var note: String?
  var searchKey: String
  var responsiblePosition: String?
  var minValue, maxValue: Double?
}

/// `indicator_values`: one value of an indicator for a reporting period.
struct IndicatorValueRecord: TableRecord {
  static let databaseTableName = "indicator_values"
  var indicatorId, period: String
  var value: Double
  var note, evidence, recordedBy: String?
  var recordedOn: CivilDate
  var createdAt: String
}

/// `indicator_baselines`.
struct IndicatorBaselineRecord: TableRecord {
  static let databaseTableName = "indicator_baselines"
  var indicatorId, baselineKey: String
  var ordinal: Int
}

/// `indicator_targets`.
struct IndicatorTargetRecord: TableRecord {
  static let databaseTableName = "indicator_targets"
  var indicatorId: String
  var year: Int
  var value: Double?
  var comparator: String?
  var source: String
}

/// `calendar`: the one header row.
struct CalendarRecord: TableRecord {
  static let databaseTableName = "calendar"
  var id = 1
  var firstDay, lastDay: CivilDate
  var weekend: String
  var rule: String?
}

/// `calendar_days`.
struct CalendarDayRecord: TableRecord {
  static let databaseTableName = "calendar_days"
  var date: CivilDate
  var kind, code, name: String
  var projected: Bool
  var note: String?
}

/// `areas`.
struct AreaRecord: TableRecord {
  static let databaseTableName = "areas"
  var id: Int
  var code, name, localName: String
  var reformArea: Bool
  var description: String?
  var searchKey: String
}

/// `plan_items`.
struct PlanItemRecord: TableRecord {
  static let databaseTableName = "plan_items"
  var id: PlanItemID
  var areaId, ordinal: Int
  var kind, title, text: String
  var sourceSentence: String?
  var sourceFirstLine, sourceLastLine: Int?
  var sourceReference: String?
  var recurrence: String
  var recurrenceMonth, recurrenceDay: Int?
  var recurrenceQuarters: String?
  var recurrenceDue: CivilDate?
  var recurrenceBasis: String?
  var effort: Int
  var note: String?
  var searchKey: String
}

/// `plan_item_positions`.
struct PlanItemPositionRecord: TableRecord {
  static let databaseTableName = "plan_item_positions"
  var itemId: PlanItemID
  var positionId, role: String
  var ordinal: Int
}

/// `plan_item_skills`.
struct PlanItemSkillRecord: TableRecord {
  static let databaseTableName = "plan_item_skills"
  var itemId: PlanItemID
  var skillId: String
}

/// `plan_item_indicators`.
struct PlanItemIndicatorRecord: TableRecord {
  static let databaseTableName = "plan_item_indicators"
  var itemId: PlanItemID
  var indicatorId: String
}

/// `duties` (the columns a new duty is written with; the rest keep their defaults).
struct NewDutyRecord: TableRecord {
  static let databaseTableName = "duties"
  var id: DutyID
  var unitId: String
  var planItemId: PlanItemID?
  var areaId: Int
  var title: String
  var due: CivilDate
  var period: Month
  var effort: Int
  var leadId: OfficialID?
  var pinned: Bool
  var note: String?
  var createdAt, updatedAt, searchKey: String
}

/// `duty_coordinators`.
struct DutyCoordinatorRecord: TableRecord {
  static let databaseTableName = "duty_coordinators"
  var dutyId: DutyID
  var officialId: OfficialID
}

/// `duty_progress`: one report.
struct ProgressRecord: TableRecord {
  static let databaseTableName = "duty_progress"
  var dutyId: DutyID
  var at: String
  var day: CivilDate
  var part: String
  var officialId: OfficialID?
  var status: String
  var percent: Int
  var note: String?
}

/// `leaves` (the columns a new leave is written with).
struct NewLeaveRecord: TableRecord {
  static let databaseTableName = "leaves"
  var officialId: OfficialID
  var firstDay, lastDay: CivilDate
  var reason: String?
  var createdAt: String
}

/// `audit`: one row, never changed.
struct AuditRecord: TableRecord {
  static let databaseTableName = "audit"
  var at: String
  var officialId: OfficialID?
  var osUser: String
  var osUid: UInt32
  var channel, remoteAddr: String
  var action, entity: String
  var entityId, before, after: String?
}
