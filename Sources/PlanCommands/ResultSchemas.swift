import PlanCore

/// The result schemas that `rpc.discover` publishes; tests validate real results against them.
enum Shapes {
  typealias P = Schema.Property

  static let statuses = ["todo", "doing", "done", "cancelled"]

  static let progress = Schema.object(
    [
      P("at", .string()), P("date", .date), P("part", .string(values: ["lead", "coordinator", "chair"])),
      P("official", .nullable(.string())), P("status", .string(values: statuses)),
      P("percent", .integer(minimum: 0, maximum: 100)), P("note", .nullable(.string())),
    ], required: ["at", "date", "part", "official", "status", "percent", "note"])

  static let warning = Schema.object(
    [
      P("kind", .string(values: ["on-leave", "missing-skill", "over-capacity", "not-lead-position"])),
      P("vi", .string()),
      P("en", .string()),
    ], required: ["kind", "vi", "en"])

  /// A duty's members and their schemas, from `DutyShape` (the one description of a duty).
  static let dutyProperties: [P] = DutyShape.fields.map { field in
    let schema: Schema =
      switch field.kind {
      case .text, .month, .optionalText: .string()
      case .date, .optionalDate: .date
      case .nullableText: .nullable(.string())
      case .integer(_, let bounds):
        .integer(
          minimum: bounds?.lowerBound, maximum: bounds.flatMap { $0.upperBound == Int.max ? nil : $0.upperBound })
      case .boolean, .overdue: .boolean
      case .strings: .array(.string())
      case .status: .string(values: statuses)
      case .myRole: .string(values: DutyRole.allCases.map(\.rawValue))
      case .progress: .array(progress)
      case .warnings: .array(warning)
      case .audit: .array(audit)
      }
    return P(field.key, schema)
  }
  /// The members every duty has.
  static let dutyRequired = DutyShape.fields.filter(\.required).map(\.key)

  static let duty = Schema.object(dutyProperties, required: dutyRequired)
  /// `duties.assign`: the duty, and `dryRun` in a dry run.
  static let assigned = Schema.object(dutyProperties + [P("dryRun", .boolean)], required: dutyRequired)
  static let dutyWithHistory = Schema.object(dutyProperties, required: dutyRequired + ["progress"])
  static let myDuty = Schema.object(dutyProperties, required: dutyRequired + ["myRole"])

  static let officialProperties: [P] = [
    P("id", .string()), P("name", .string()), P("position", .string()), P("legacyTitle", .string()),
    P("kind", .string(values: ["can-bo", "cong-chuc"])), P("role", .string(values: ["viewer", "official", "chair"])),
    P("skills", .array(.string())), P("capacity", .integer(minimum: 0)), P("active", .boolean),
    P("loadThisMonth", .integer(minimum: 0)), P("capacityThisMonth", .integer(minimum: 0)),
    P("version", .integer(minimum: 1)),
  ]
  static let official = Schema.object(
    officialProperties + [
      P("unassigned", .array(duty)), P("unpinned", .array(.string())), P("uncoordinated", .array(.string())),
      P("leaves", .array(officialLeave)), P("workload", workload),
    ], required: officialProperties.map(\.name))

  static let area = Schema.object(
    [
      P("id", .integer(minimum: 0, maximum: 6)), P("code", .string()), P("name", .string()), P("localName", .string()),
      P("reformArea", .boolean), P("items", .integer(minimum: 0)), P("planned", .integer(minimum: 0)),
      P("done", .integer(minimum: 0)), P("overdue", .integer(minimum: 0)),
    ], required: ["id", "code", "name", "localName", "reformArea", "items", "planned", "done", "overdue"])

  static let planItem = Schema.object(
    [
      P("id", .string()), P("area", .integer(minimum: 0, maximum: 6)),
      P("kind", .string(values: ["task", "solution"])),
      P("title", .string()), P("text", .string()),
      P(
        "source",
        .object(
          [P("sentence", .string()), P("lines", .array(.integer(minimum: 1))), P("reference", .string())],
          required: [])),
      P(
        "recurrence",
        .object(
          [
            P("every", .string(values: ["year", "half-year", "quarter", "month", "continuous", "once"])),
            P("month", .integer(minimum: 1, maximum: 12)), P("day", .integer(minimum: 1, maximum: 31)),
            P("quarters", .array(.integer(minimum: 1, maximum: 4))), P("due", .date), P("basis", .string()),
          ], required: ["every"])),
      P("effort", .integer(minimum: 0)), P("leadPositions", .array(.string())),
      P("coordinatorPositions", .array(.string())), P("skills", .array(.string())), P("indicators", .array(.string())),
    ],
    required: [
      "id", "area", "kind", "title", "text", "source", "recurrence", "effort", "leadPositions", "coordinatorPositions",
      "skills", "indicators",
    ])

  static let audit = Schema.object(
    [
      P("id", .integer(minimum: 1)), P("at", .string()), P("official", .nullable(.string())), P("osUser", .string()),
      P("osUid", .nullable(.integer(minimum: 0))), P("channel", .nullable(.string(values: ["shell", "json", "http"]))),
      P("remoteAddr", .string()), P("action", .string()), P("entity", .string()), P("entityId", .nullable(.string())),
      P("before", .nullable(.string())), P("after", .nullable(.string())),
    ],
    required: [
      "id", "at", "official", "osUser", "osUid", "channel", "remoteAddr", "action", "entity", "entityId", "before",
      "after",
    ])

  static let leaveProperties: [P] = [
    P("id", .integer(minimum: 1)), P("official", .string()), P("from", .date), P("to", .date),
    P("reason", .nullable(.string())), P("cancelled", .boolean), P("version", .integer(minimum: 1)),
    P("name", .string()), P("state", .string(values: LeaveState.allCases.map(\.rawValue))),
    P("workingDays", .integer(minimum: 0)),
  ]
  static let leaveRequired = ["id", "official", "from", "to", "reason", "cancelled", "version"]
  static let leave = Schema.object(leaveProperties, required: leaveRequired)
  /// A leave in `officials.leaves`: with its official's name, where it stands and its working days.
  static let listedLeave = Schema.object(leaveProperties, required: leaveRequired + ["name", "state", "workingDays"])
  /// A leave in `officials.get`: where it stands and its working days.
  static let officialLeave = Schema.object(leaveProperties, required: leaveRequired + ["state", "workingDays"])

  static let monthLoad = Schema.object(
    [
      P("month", .string()), P("leadHours", .integer(minimum: 0)), P("capacity", .integer(minimum: 0)),
      P("coordinated", .integer(minimum: 0)), P("daysOnLeave", .integer(minimum: 0)),
    ], required: ["month", "leadHours", "capacity", "coordinated", "daysOnLeave"])
  static let workload = Schema.object(
    [
      P("period", .string()), P("months", .array(monthLoad)), P("leadHours", .integer(minimum: 0)),
      P("capacity", .integer(minimum: 0)), P("coordinated", .integer(minimum: 0)),
    ], required: ["period", "months", "leadHours", "capacity", "coordinated"])

  /// A duty to follow up: overdue (`daysLate`) or coming due (`daysLeft`).
  static func followUp(days: String) -> Schema {
    .object(
      [
        P("duty", duty), P("leadName", .nullable(.string())), P(days, .integer(minimum: days == "daysLate" ? 1 : 0)),
        P("lastReport", .nullable(progress)),
      ], required: ["duty", "leadName", days, "lastReport"])
  }

  static let whoami = Schema.object(
    [
      P("official", .nullable(.string())), P("name", .nullable(.string())),
      P("role", .string(values: ["viewer", "official", "chair"])), P("osUser", .string()), P("today", .date),
    ], required: ["official", "name", "role", "osUser", "today"])

  /// `duties.mine`'s page: `{"groups": {…}, "items": [...], "total": N}`, each group counted over
  /// every row the list keeps (not only this page).
  static let myPage = Schema.object(
    [
      P(
        "groups",
        .object(
          MyDutyGroup.allCases.map { P($0.rawValue, .integer(minimum: 0)) },
          required: MyDutyGroup.allCases.map(\.rawValue))),
      P("items", .array(myDuty)), P("total", .integer(minimum: 0)),
    ], required: ["groups", "items", "total"])

  /// `{"items": [...], "total": N}`.
  /// A recorded value of an indicator.
  static let indicatorValue = Schema.object(
    [
      P("indicator", .string()), P("period", .string()), P("value", .number), P("note", .string()),
      P("evidence", .string()), P("recordedBy", .string()), P("recordedOn", .date),
    ], required: ["indicator", "period", "value", "recordedOn"])

  /// An indicator with its bounds, baseline, targets and recorded values.
  static let indicator = Schema.object(
    [
      P("id", .string()), P("name", .string()), P("unit", .string()), P("min", .number), P("max", .number),
      P("responsiblePosition", .string()),
      P(
        "baseline",
        .array(
          .object(
            [
              P("key", .string()), P("name", .string()), P("value", .number), P("unit", .string()),
              P("period", .string()), P("line", .integer(minimum: 1)),
            ], required: ["key", "name", "value", "unit", "period", "line"]))),
      P(
        "targets",
        .array(
          .object(
            [
              P("year", .integer(minimum: 2026, maximum: 2030)), P("value", .number),
              P("comparator", .string(values: [">=", "<=", "="])), P("source", .string()),
            ], required: ["year", "source"]))),
      P("values", .array(indicatorValue)), P("latest", indicatorValue),
    ], required: ["id", "name", "unit", "baseline", "targets", "values"])

  static func page(_ item: Schema) -> Schema {
    .object([P("items", .array(item)), P("total", .integer(minimum: 0))], required: ["items", "total"])
  }
}
