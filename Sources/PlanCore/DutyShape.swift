/// An official's part in a duty: lead (chủ trì) or coordinator (phối hợp).
public enum DutyRole: String, DataVocabulary {
  /// Chủ trì.
  case lead
  /// Phối hợp.
  case coordinator
}

/// How one member of a duty's JSON is read, written and published.
public enum DutyFieldKind: Sendable {
  /// A string, always present.
  case text(WritableKeyPath<DutyView, String> & Sendable)
  /// A date `YYYY-MM-DD`, always present.
  case date(WritableKeyPath<DutyView, CivilDate> & Sendable)
  /// A month `YYYY-MM`, always present.
  case month(WritableKeyPath<DutyView, Month> & Sendable)
  /// A string or null, always present.
  case nullableText(WritableKeyPath<DutyView, String?> & Sendable)
  /// A string present only when set.
  case optionalText(WritableKeyPath<DutyView, String?> & Sendable)
  /// A date present only when set.
  case optionalDate(WritableKeyPath<DutyView, CivilDate?> & Sendable)
  /// An integer in `bounds`, always present.
  case integer(WritableKeyPath<DutyView, Int> & Sendable, bounds: ClosedRange<Int>?)
  /// true or false, always present.
  case boolean(WritableKeyPath<DutyView, Bool> & Sendable)
  /// An array of strings, always present (stored comma-separated).
  case strings(WritableKeyPath<DutyView, [String]> & Sendable)
  /// The status word.
  case status
  /// Overdue: computed from the status and the due date by `DutyRules`, never stored.
  case overdue
  /// The reader's part in the duty (`duties.mine`), present only there; computed from the lead.
  case myRole
  /// The progress history (`duties.get`), present only there.
  case progress
  /// The warnings of an assignment (`duties.assign`, `duties.create`), present only there.
  case warnings
  /// The duty's audit trail (`duties.get`, for whoever may read the audit), present only there.
  case audit
}

/// One member of a duty's JSON: its key, the SQL expression that reads it from a `duties d` row
/// (nil for members computed or added later), and its kind.
public struct DutyField: Sendable {
  /// The JSON key.
  public let key: String
  /// The SQL expression over `duties d`, or nil.
  public let column: String?
  /// How it is read and written.
  public let kind: DutyFieldKind

  init(_ key: String, _ column: String?, _ kind: DutyFieldKind) {
    self.key = key
    self.column = column
    self.kind = kind
  }

  /// Whether the member is in every duty (else only when set).
  public var required: Bool {
    switch kind {
    case .optionalText, .optionalDate, .myRole, .progress, .warnings, .audit: false
    default: true
    }
  }
}

/// THE shape of a duty: every member once. The store's columns, its row mapping and its direct
/// JSON writer, `DutyView`'s encoding, decoding and JSON writer, and the published result schema
/// all come from this list. Adding a member is one line here (plus its migration).
public enum DutyShape {
  /// Every member, in the order of the store's columns; JSON writes them sorted by key.
  public static let fields: [DutyField] = [
    DutyField("id", "d.id", .text(\.id.rawValue)),
    DutyField("title", "d.title", .text(\.title)),
    DutyField("area", "d.area_id", .integer(\.area, bounds: 0...6)),
    DutyField("planItem", "d.plan_item_id", .nullableText(\.planItemText)),
    DutyField("due", "d.due", .date(\.due)),
    DutyField("period", "d.period", .month(\.period)),
    DutyField("effort", "d.effort", .integer(\.effort, bounds: PlanBounds.hours)),
    DutyField("status", "d.status", .status),
    DutyField("percent", "d.percent", .integer(\.percent, bounds: 0...100)),
    DutyField("lead", "d.lead_id", .nullableText(\.leadText)),
    DutyField("pinned", "d.pinned", .boolean(\.pinned)),
    DutyField("note", "d.note", .nullableText(\.note)),
    DutyField("version", "d.version", .integer(\.version, bounds: 1...Int.max)),
    DutyField(
      "coordinators",
      """
      (SELECT group_concat(official_id, ',') FROM (SELECT official_id FROM duty_coordinators c
         WHERE c.duty_id = d.id ORDER BY official_id))
      """, .strings(\.coordinatorTexts)),
    DutyField("completedOn", "d.completed_on", .optionalDate(\.completedOn)),
    DutyField("result", "d.result", .optionalText(\.result)),
    DutyField("evidence", "d.evidence", .optionalText(\.evidence)),
    DutyField("cancelledOn", "d.cancelled_on", .optionalDate(\.cancelledOn)),
    DutyField("cancelReason", "d.cancel_reason", .optionalText(\.cancelReason)),
    DutyField("overdue", nil, .overdue),
    DutyField("myRole", nil, .myRole),
    DutyField("progress", nil, .progress),
    DutyField("warnings", nil, .warnings),
    DutyField("audit", nil, .audit),
  ]

  /// The members sorted by key, each with its column's index among the stored columns (nil when
  /// not stored) and its `"key":` bytes: the order every JSON writer follows.
  public static let sorted: [(field: DutyField, column: Int?, keyBytes: [UInt8])] = {
    var index = 0
    var columns: [String: Int] = [:]
    for field in fields where field.column != nil {
      columns[field.key] = index
      index += 1
    }
    return fields.map { ($0, columns[$0.key], Array("\"\($0.key)\":".utf8)) }.sorted { $0.0.key < $1.0.key }
  }()

  /// The index of the stored column of `key`.
  public static func column(_ key: String) -> Int {
    sorted.first { $0.field.key == key }?.column ?? -1
  }

  /// What a writer does for one member, without key paths (so a hot loop copies plain values).
  public enum WriteStep: UInt8, Sendable {
    /// A string or null, always.
    case text
    /// A string, only when set.
    case optionalText
    /// An integer.
    case integer
    /// true or false.
    case boolean
    /// A comma-separated list as an array of strings.
    case strings
    /// The status word.
    case status
    /// Overdue, from the status and the due date.
    case overdue
    /// The reader's part, from the lead.
    case myRole
    /// Not written from a row.
    case none
  }

  /// The writer's plan over a row, in key order: each step with its column and where its
  /// `"key":` bytes are in `keyBytes`.
  public static let rowPlan: [(step: WriteStep, column: Int32, keyStart: Int, keyEnd: Int)] = {
    var plan: [(WriteStep, Int32, Int, Int)] = []
    var offset = 0
    for (field, column, key) in sorted {
      let step: WriteStep =
        switch field.kind {
        case .text, .date, .month, .nullableText: .text  // A date's or a month's stored text is its JSON string.
        case .optionalText, .optionalDate: .optionalText
        case .integer: .integer
        case .boolean: .boolean
        case .strings: .strings
        case .status: .status
        case .overdue: .overdue
        case .myRole: .myRole
        case .progress, .warnings, .audit: .none
        }
      plan.append((step, Int32(column ?? -1), offset, offset + key.count))
      offset += key.count
    }
    return plan
  }()

  /// Every member's `"key":` bytes, one after the other, as `rowPlan` points into them.
  public static let keyBytes: [UInt8] = sorted.flatMap(\.keyBytes)

  /// The stored columns' SQL, in order, for a `SELECT … FROM duties d`.
  public static let columnsSQL: String = fields.compactMap(\.column).joined(separator: ", ")
}

/// A coding key made from a string.
struct DynamicKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension DutyView {
  /// A duty with every member empty (its dates 1970-01-01), which readers fill member by member.
  public static let blank = DutyView(
    id: "", title: "", area: 0, planItem: nil, due: CivilDate(dayNumber: 0), period: CivilDate(dayNumber: 0).period,
    effort: 0, status: .todo, percent: 0, overdue: false, lead: nil, coordinators: [], pinned: false, note: nil,
    version: 1)

  /// Encodes every member of `DutyShape`: the required ones always (absent ones as null), the
  /// others only when set.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: DynamicKey.self)
    for field in DutyShape.fields {
      let key = DynamicKey(field.key)
      switch field.kind {
      case .text(let path): try c.encode(self[keyPath: path], forKey: key)
      case .date(let path): try c.encode(self[keyPath: path], forKey: key)
      case .month(let path): try c.encode(self[keyPath: path], forKey: key)
      case .nullableText(let path): try c.encode(self[keyPath: path], forKey: key)
      case .optionalText(let path): try c.encodeIfPresent(self[keyPath: path], forKey: key)
      case .optionalDate(let path): try c.encodeIfPresent(self[keyPath: path], forKey: key)
      case .integer(let path, _): try c.encode(self[keyPath: path], forKey: key)
      case .boolean(let path): try c.encode(self[keyPath: path], forKey: key)
      case .strings(let path): try c.encode(self[keyPath: path], forKey: key)
      case .status: try c.encode(status, forKey: key)
      case .overdue: try c.encode(overdue, forKey: key)
      case .myRole: try c.encodeIfPresent(myRole, forKey: key)
      case .progress: try c.encodeIfPresent(progress, forKey: key)
      case .warnings: try c.encodeIfPresent(warnings, forKey: key)
      case .audit: try c.encodeIfPresent(audit, forKey: key)
      }
    }
  }

  /// Decodes every member of `DutyShape` but the warnings of an assignment (never read back).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: DynamicKey.self)
    self = .blank
    for field in DutyShape.fields {
      let key = DynamicKey(field.key)
      switch field.kind {
      case .text(let path): self[keyPath: path] = try c.decode(String.self, forKey: key)
      case .date(let path): self[keyPath: path] = try c.decode(CivilDate.self, forKey: key)
      case .month(let path): self[keyPath: path] = try c.decode(Month.self, forKey: key)
      case .nullableText(let path): self[keyPath: path] = try c.decodeIfPresent(String.self, forKey: key)
      case .optionalText(let path): self[keyPath: path] = try c.decodeIfPresent(String.self, forKey: key)
      case .optionalDate(let path): self[keyPath: path] = try c.decodeIfPresent(CivilDate.self, forKey: key)
      case .integer(let path, _): self[keyPath: path] = try c.decode(Int.self, forKey: key)
      case .boolean(let path): self[keyPath: path] = try c.decode(Bool.self, forKey: key)
      case .strings(let path): self[keyPath: path] = try c.decode([String].self, forKey: key)
      case .status: status = try c.decode(DutyStatus.self, forKey: key)
      case .overdue: overdue = try c.decode(Bool.self, forKey: key)
      case .myRole: myRole = try c.decodeIfPresent(DutyRole.self, forKey: key)
      case .progress: progress = try c.decodeIfPresent([ProgressEntry].self, forKey: key)
      case .audit: audit = try c.decodeIfPresent([AuditEntry].self, forKey: key)
      case .warnings:
        // Warnings are values written once, never read back (no page has them): refuse rather than drop them.
        guard !c.contains(key) else {
          throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "warnings are not read back")
        }
      }
    }
  }
}

extension DutyView {
  /// The plan item's id as text, as the shape stores and writes it.
  var planItemText: String? {
    get { planItem?.rawValue }
    set { planItem = newValue.map(PlanItemID.init(rawValue:)) }
  }

  /// The lead's id as text, as the shape stores and writes it.
  var leadText: String? {
    get { lead?.rawValue }
    set { lead = newValue.map(OfficialID.init(rawValue:)) }
  }

  /// The coordinators' ids as text, as the shape stores and writes them.
  var coordinatorTexts: [String] {
    get { coordinators.map(\.rawValue) }
    set { coordinators = newValue.map(OfficialID.init(rawValue:)) }
  }
}

extension DutyView: JSONWritable {
  /// The duty's JSON, keys sorted, every member of `DutyShape` as `encode(to:)` writes it.
  public func writeJSON(into json: inout JSONBytes) {
    json.byte("{")
    var first = true
    for (field, _, _) in DutyShape.sorted where hasMember(field.kind) {
      if !first { json.byte(",") }
      first = false
      json.string(field.key)
      json.byte(":")
      writeValue(field.kind, into: &json)
    }
    json.byte("}")
  }

  /// Whether the member is written: an absent optional one is left out.
  private func hasMember(_ kind: DutyFieldKind) -> Bool {
    switch kind {
    case .optionalText(let path): self[keyPath: path] != nil
    case .optionalDate(let path): self[keyPath: path] != nil
    case .myRole: myRole != nil
    case .progress: progress != nil
    case .warnings: warnings != nil
    case .audit: audit != nil
    default: true
    }
  }

  /// The member's value.
  private func writeValue(_ kind: DutyFieldKind, into json: inout JSONBytes) {
    switch kind {
    case .text(let path): json.string(self[keyPath: path])
    case .date(let path): json.string(self[keyPath: path].iso)
    case .month(let path): json.string(self[keyPath: path].iso)
    case .nullableText(let path): json.string(self[keyPath: path])
    case .optionalText(let path): json.string(self[keyPath: path])
    case .optionalDate(let path): json.string(self[keyPath: path]?.iso)
    case .integer(let path, _): json.integer(self[keyPath: path])
    case .boolean(let path): json.bool(self[keyPath: path])
    case .strings(let path): json.strings(self[keyPath: path])
    case .status: json.string(status.rawValue)
    case .overdue: json.bool(overdue)
    case .myRole: json.string(myRole?.rawValue)
    case .progress: if let progress { json.array(progress) }
    case .warnings: if let warnings { json.array(warnings) }
    case .audit: if let audit { json.array(audit) }
    }
  }
}

extension RuleWarning: JSONWritable {
  /// The warning's JSON, keys sorted.
  public func writeJSON(into json: inout JSONBytes) {
    json.byte("{")
    json.key("en", first: true)
    json.string(en)
    json.key("kind")
    json.string(kind)
    json.key("vi")
    json.string(vi)
    json.byte("}")
  }
}

extension JSONBytes {
  /// Appends an array of values that write themselves.
  public mutating func array(_ values: [some JSONWritable]) {
    byte("[")
    for (index, value) in values.enumerated() {
      if index > 0 { byte(",") }
      value.writeJSON(into: &self)
    }
    byte("]")
  }
}
