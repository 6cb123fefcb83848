import PlanCore

/// The schema of `reports.generate`'s result: the report value (format json) or `{format, text}` (md).
enum ReportShapes {
  typealias P = Schema.Property

  static let count = Schema.object(
    [P("count", .integer(minimum: 0)), P("ids", .array(.string()))], required: ["count", "ids"])
  static let span = Schema.object([P("from", .date), P("to", .date)], required: ["from", "to"])
  static let person = Schema.object([P("id", .string()), P("name", .string())], required: ["id", "name"])
  static let statuses = ReportStatus.allCases.map(\.rawValue)

  static let period = Schema.object(
    [
      P("id", .string()), P("year", .integer()), P("name", .string()), P("data", span), P("due", .date),
      P("next", span),
    ], required: ["id", "year", "name", "data", "due", "next"])

  static let duty = Schema.object(
    [
      P("id", .string()), P("title", .string()), P("area", .integer(minimum: 0, maximum: 6)), P("due", .date),
      P("lead", person), P("coordinators", .array(person)), P("status", .string(values: statuses)),
      P("percent", .integer(minimum: 0, maximum: 100)), P("carriedOver", .boolean), P("completedOn", .date),
      P("cancelledOn", .date), P("result", .string()), P("evidence", .string()), P("lastNote", .string()),
    ], required: ["id", "title", "area", "due", "coordinators", "status", "percent", "carriedOver"])

  static let summaryRow = Schema.object(
    [P("area", .integer(minimum: 0, maximum: 6)), P("name", .string())]
      + ["due", "onTime", "late", "inProgress", "overdue", "cancelled", "carriedOver"].map { P($0, count) },
    required: ["name", "due", "onTime", "late", "inProgress", "overdue", "cancelled", "carriedOver"])

  static let area = Schema.object(
    [
      P("id", .integer(minimum: 0, maximum: 6)), P("name", .string()), P("duties", .array(duty)),
      P("summary", summaryRow),
    ],
    required: ["id", "name", "duties", "summary"])

  static let baseline = Schema.object(
    [
      P("key", .string()), P("name", .string()), P("value", .number), P("unit", .string()),
      P("period", .string()), P("line", .integer(minimum: 1)), P("text", .string()), P("note", .string()),
    ], required: ["key", "name", "value", "unit", "period", "line", "text"])

  static let target = Schema.object(
    [
      P("year", .integer()), P("value", .number), P("comparator", .string()),
      P("source", .string()),
    ], required: ["year", "source"])

  static let value = Schema.object(
    [
      P("period", .string()), P("value", .number), P("recordedOn", .date),
      P("note", .string()), P("evidence", .string()),
    ], required: ["period", "value", "recordedOn"])

  static let indicator = Schema.object(
    [
      P("id", .string()), P("name", .string()), P("unit", .string()), P("baseline", .array(baseline)),
      P("target", target), P("target2030", target), P("values", .array(value)), P("latest", value),
    ], required: ["id", "name", "unit", "baseline", "values"])

  static let header = Schema.object(
    ["parentAgency", "agency", "nation", "motto", "number", "placeAndDate", "title", "summary"].map {
      P($0, .string())
    }, required: ["agency", "nation", "motto", "number", "placeAndDate", "title", "summary"])

  static let signature = Schema.object(
    [P("onBehalf", .string()), P("authority", .string()), P("title", .string()), P("signer", person)],
    required: ["onBehalf", "authority"])

  /// The report value (`format: json`, the default).
  static let report = Schema.object(
    [
      P("period", period), P("asOf", .date), P("header", header), P("direction", area), P("areas", .array(area)),
      P("summary", .array(summaryRow)), P("indicators", .array(indicator)), P("shortcomings", .array(duty)),
      P("nextPeriod", .array(area)), P("recipients", .array(.string())), P("signature", signature),
    ],
    required: [
      "period", "asOf", "header", "direction", "areas", "summary", "indicators", "shortcomings", "nextPeriod",
      "recipients", "signature",
    ])

  /// The rendered document (`format: md`): the format's name and the text.
  static let document = Schema.object(
    [P("format", .string(values: ["md"])), P("text", .string())], required: ["format", "text"])

  /// Either.
  static let result = Schema.anyOf([report, document])
}
