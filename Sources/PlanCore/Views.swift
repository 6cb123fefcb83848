import Foundation

/// A duty as the commands return it (protocol.md "Shapes").
public struct DutyView: Codable, Sendable, Equatable {
  /// `2.2@2027-Q3`, or `DX-2026-001` for an ad-hoc duty.
  public var id: DutyID
  /// Title.
  public var title: String
  /// Area id 0–6.
  public var area: Int
  /// The plan item it comes from, or nil for an ad-hoc duty.
  public var planItem: PlanItemID?
  /// Due date.
  public var due: CivilDate
  /// The month its effort counts in.
  public var period: Month
  /// Hours.
  public var effort: Int
  /// todo, doing, done, cancelled.
  public var status: DutyStatus
  /// 0–100.
  public var percent: Int
  /// Open and due before today.
  public var overdue: Bool
  /// The lead official's id, or nil.
  public var lead: OfficialID?
  /// Coordinator ids.
  public var coordinators: [OfficialID]
  /// Whether the chair fixed the lead by hand.
  public var pinned: Bool
  /// Free note.
  public var note: String?
  /// Row version, for optimistic concurrency.
  public var version: Int
  /// The day it was completed (the call's today), when done.
  public var completedOn: CivilDate?
  /// What came of it, when done and given.
  public var result: String?
  /// The evidence (document number, file), when done and given.
  public var evidence: String?
  /// The day it was cancelled, when cancelled.
  public var cancelledOn: CivilDate?
  /// Why it was cancelled, when cancelled.
  public var cancelReason: String?
  /// After `duties.assign` or `duties.create`: what the assignment overrides (leave, capacity, skill, position).
  public var warnings: [RuleWarning]?
  /// In `duties.mine`: the reader's part in it.
  public var myRole: DutyRole?
  /// In `duties.get`: the progress history, oldest first.
  public var progress: [ProgressEntry]?
  /// In `duties.get`, for whoever may read the audit: the duty's audit rows, oldest first.
  public var audit: [AuditEntry]?

  /// Creates a duty view.
  public init(
    id: DutyID, title: String, area: Int, planItem: PlanItemID?, due: CivilDate, period: Month, effort: Int,
    status: DutyStatus, percent: Int, overdue: Bool, lead: OfficialID?, coordinators: [OfficialID], pinned: Bool,
    note: String?, version: Int, myRole: DutyRole? = nil, progress: [ProgressEntry]? = nil,
    completedOn: CivilDate? = nil, result: String? = nil, evidence: String? = nil, cancelledOn: CivilDate? = nil,
    cancelReason: String? = nil
  ) {
    self.id = id
    self.title = title
    self.area = area
    self.planItem = planItem
    self.due = due
    self.period = period
    self.effort = effort
    self.status = status
    self.percent = percent
    self.overdue = overdue
    self.lead = lead
    self.coordinators = coordinators
    self.pinned = pinned
    self.note = note
    self.version = version
    self.myRole = myRole
    self.progress = progress
    self.completedOn = completedOn
    self.result = result
    self.evidence = evidence
    self.cancelledOn = cancelledOn
    self.cancelReason = cancelReason
  }
}

/// One progress report on a duty.
public struct ProgressEntry: Codable, Sendable, Equatable {
  /// When it was written (ISO 8601 UTC, the machine's clock).
  public var at: String
  /// The day it reports on (the call's today).
  public var date: CivilDate
  /// Whose part: `lead` (sets the duty's percent), `coordinator` (its own part) or `chair`.
  public var part: ProgressPart
  /// Who reported it, or nil.
  public var official: OfficialID?
  /// Status after the report.
  public var status: DutyStatus
  /// Percent after the report.
  public var percent: Int
  /// What was said.
  public var note: String?

  /// Creates an entry.
  public init(
    at: String, date: CivilDate, part: ProgressPart, official: OfficialID?, status: DutyStatus, percent: Int,
    note: String?
  ) {
    self.at = at
    self.date = date
    self.part = part
    self.official = official
    self.status = status
    self.percent = percent
    self.note = note
  }

  /// Encodes `official` and `note` as null when absent.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(at, forKey: .at)
    try c.encode(date, forKey: .date)
    try c.encode(part, forKey: .part)
    try c.encode(official, forKey: .official)
    try c.encode(status, forKey: .status)
    try c.encode(percent, forKey: .percent)
    try c.encode(note, forKey: .note)
  }
}

/// An official as the commands return it.
public struct OfficialView: Codable, Sendable, Equatable {
  /// Slug.
  public var id: OfficialID
  /// Name.
  public var name: String
  /// Position id.
  public var position: String
  /// Nghị định 33/2023 title.
  public var legacyTitle: String
  /// `can-bo` or `cong-chuc`.
  public var kind: String
  /// viewer, official, chair.
  public var role: Role
  /// Skill ids.
  public var skills: [String]
  /// Monthly hours.
  public var capacity: Int
  /// Whether the official gets duties.
  public var active: Bool
  /// Hours of duties led this month (not cancelled).
  public var loadThisMonth: Int
  /// This month's capacity after leave (0 when on leave at least half the working days).
  public var capacityThisMonth: Int
  /// Row version.
  public var version: Int
  /// After a deactivation or a move to a post that may not lead: the open duties it no longer leads
  /// (now without a lead and unpinned).
  public var unassigned: [DutyView]?
  /// Of those, the ones the chair had pinned to it: the chair should look at them again.
  public var unpinned: [DutyID]?
  /// The open duties it no longer coordinates.
  public var uncoordinated: [DutyID]?
  /// In `officials.get`: its current and coming leaves (not cancelled), soonest first.
  public var leaves: [LeaveView]?
  /// In `officials.list` with a month or a quarter: its work over that period.
  public var workload: Workload?

  /// Creates a value.
  public init(
    id: OfficialID, name: String, position: String, legacyTitle: String, kind: String, role: Role, skills: [String],
    capacity: Int, active: Bool, loadThisMonth: Int, capacityThisMonth: Int, version: Int,
    unassigned: [DutyView]? = nil, unpinned: [DutyID]? = nil, uncoordinated: [DutyID]? = nil
  ) {
    self.id = id
    self.name = name
    self.position = position
    self.legacyTitle = legacyTitle
    self.kind = kind
    self.role = role
    self.skills = skills
    self.capacity = capacity
    self.active = active
    self.loadThisMonth = loadThisMonth
    self.capacityThisMonth = capacityThisMonth
    self.version = version
    self.unassigned = unassigned
    self.unpinned = unpinned
    self.uncoordinated = uncoordinated
  }
}

/// An area with its counts.
public struct AreaView: Codable, Sendable, Equatable {
  /// 0–6.
  public var id: Int
  /// Code.
  public var code: String
  /// Name in Nghị quyết 76.
  public var name: String
  /// Heading in the report.
  public var localName: String
  /// False for area 0.
  public var reformArea: Bool
  /// Plan items.
  public var items: Int
  /// Duties not cancelled.
  public var planned: Int
  /// Duties done.
  public var done: Int
  /// Open duties due before today.
  public var overdue: Int

  /// Creates a value.
  public init(
    id: Int, code: String, name: String, localName: String, reformArea: Bool, items: Int, planned: Int, done: Int,
    overdue: Int
  ) {
    self.id = id
    self.code = code
    self.name = name
    self.localName = localName
    self.reformArea = reformArea
    self.items = items
    self.planned = planned
    self.done = done
    self.overdue = overdue
  }
}

/// A plan item as the commands return it.
@dynamicMemberLookup
public struct PlanItemView: Codable, Sendable, Equatable {
  /// Area id.
  public var area: Int
  /// The item as the plan file gives it (its note stays in the file).
  public var item: PlanItem

  /// Creates a value.
  public init(area: Int, item: PlanItem) {
    self.area = area
    self.item = item
  }

  /// The item's members, read through the view (`view.title`).
  public subscript<T>(dynamicMember member: KeyPath<PlanItem, T>) -> T { item[keyPath: member] }

  private enum AreaKey: String, CodingKey { case area }

  /// The item's members and `area`, in one object.
  public init(from decoder: any Decoder) throws {
    item = try PlanItem(from: decoder)
    area = try decoder.container(keyedBy: AreaKey.self).decode(Int.self, forKey: .area)
  }

  /// The item's members and `area`, in one object.
  public func encode(to encoder: any Encoder) throws {
    try item.encode(to: encoder)
    var container = encoder.container(keyedBy: AreaKey.self)
    try container.encode(area, forKey: .area)
  }
}

/// One audit row.
public struct AuditEntry: Codable, Sendable, Equatable {
  /// Sequence number.
  public var id: Int
  /// When (ISO 8601 UTC).
  public var at: String
  /// The acting official, or nil.
  public var official: OfficialID?
  /// The OS account's name (`uid N` when the system has none for it).
  public var osUser: String
  /// The OS account's uid; nil on rows written before the audit recorded it.
  public var osUid: Int?
  /// Where the call came from: `shell`, `json` or `http`; nil on rows written before it was recorded.
  public var channel: String?
  /// The caller's network address (`http`); empty on the commune computer.
  public var remoteAddr: String
  /// What was done (`duties.assign`, `forbidden` …).
  public var action: String
  /// The kind of row changed.
  public var entity: String
  /// Its id.
  public var entityId: String?
  /// The row before, as JSON text, or nil.
  public var before: String?
  /// The row after, as JSON text, or nil.
  public var after: String?

  /// Encodes absent values as null.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(at, forKey: .at)
    try c.encode(official, forKey: .official)
    try c.encode(osUser, forKey: .osUser)
    try c.encode(osUid, forKey: .osUid)
    try c.encode(channel, forKey: .channel)
    try c.encode(remoteAddr, forKey: .remoteAddr)
    try c.encode(action, forKey: .action)
    try c.encode(entity, forKey: .entity)
    try c.encode(entityId, forKey: .entityId)
    try c.encode(before, forKey: .before)
    try c.encode(after, forKey: .after)
  }

  /// Creates a value.
  public init(
    id: Int, at: String, official: OfficialID? = nil, osUser: String, action: String, entity: String,
    entityId: String? = nil, before: String? = nil, after: String? = nil, osUid: Int? = nil, channel: String? = nil,
    remoteAddr: String = ""
  ) {
    self.id = id
    self.at = at
    self.official = official
    self.osUser = osUser
    self.osUid = osUid
    self.channel = channel
    self.remoteAddr = remoteAddr
    self.action = action
    self.entity = entity
    self.entityId = entityId
    self.before = before
    self.after = after
  }
}

/// A leave of absence.
public struct LeaveView: Codable, Sendable, Equatable {
  /// Sequence number.
  public var id: Int
  /// The official on leave.
  public var official: OfficialID
  /// First day.
  public var from: CivilDate
  /// Last day.
  public var to: CivilDate
  /// Why, or nil.
  public var reason: String?
  /// Whether it was cancelled.
  public var cancelled: Bool
  /// Row version.
  public var version: Int
  /// In `officials.leaves`: the official's name.
  public var name: String?
  /// In `officials.leaves` and `officials.get`: where it stands today.
  public var state: LeaveState?
  /// In `officials.leaves` and `officials.get`: the working days it covers.
  public var workingDays: Int?

  /// Encodes `reason` as null when absent; the list's members only when present.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(official, forKey: .official)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
    try c.encode(reason, forKey: .reason)
    try c.encode(cancelled, forKey: .cancelled)
    try c.encode(version, forKey: .version)
    try c.encodeIfPresent(name, forKey: .name)
    try c.encodeIfPresent(state, forKey: .state)
    try c.encodeIfPresent(workingDays, forKey: .workingDays)
  }

  /// Creates a value.
  public init(
    id: Int, official: OfficialID, from: CivilDate, to: CivilDate, reason: String? = nil, cancelled: Bool, version: Int
  ) {
    self.id = id
    self.official = official
    self.from = from
    self.to = to
    self.reason = reason
    self.cancelled = cancelled
    self.version = version
  }
}

extension ProgressEntry: JSONWritable {
  /// The entry's JSON, keys sorted.
  public func writeJSON(into json: inout JSONBytes) {
    json.byte("{")
    json.key("at", first: true)
    json.string(at)
    json.key("date")
    json.string(date.iso)
    json.key("note")
    json.string(note)
    json.key("official")
    json.string(official?.rawValue)
    json.key("part")
    json.string(part.rawValue)
    json.key("percent")
    json.integer(percent)
    json.key("status")
    json.string(status.rawValue)
    json.byte("}")
  }
}

extension AuditEntry: JSONWritable {
  /// The row's JSON, keys sorted, absent values as null (as `encode(to:)` writes it).
  public func writeJSON(into json: inout JSONBytes) {
    json.byte("{")
    json.key("action", first: true)
    json.string(action)
    json.key("after")
    json.string(after)
    json.key("at")
    json.string(at)
    json.key("before")
    json.string(before)
    json.key("channel")
    json.string(channel)
    json.key("entity")
    json.string(entity)
    json.key("entityId")
    json.string(entityId)
    json.key("id")
    json.integer(id)
    json.key("official")
    json.string(official?.rawValue)
    json.key("osUid")
    if let osUid { json.integer(osUid) } else { json.raw("null") }
    json.key("osUser")
    json.string(osUser)
    json.key("remoteAddr")
    json.string(remoteAddr)
    json.byte("}")
  }
}

extension Page: JSONWritable where Item: JSONWritable {
  /// `{"items":[…],"total":N}`.
  public func writeJSON(into json: inout JSONBytes) {
    json.raw(#"{"items":["#)
    for (index, item) in items.enumerated() {
      if index > 0 { json.byte(",") }
      item.writeJSON(into: &json)
    }
    json.raw(#"],"total":"#)
    json.integer(total)
    json.byte("}")
  }
}

/// A page of duties already written as JSON (`{"items":[…],"total":N}`), as `duties.list` returns
/// it: scripts get the bytes as they are; people and other encoders get it decoded.
public struct DutyPageJSON: Sendable, Encodable, JSONWritable, PreEncodedJSON {
  /// The JSON text.
  public let bytes: [UInt8]

  /// Wraps JSON text.
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// The page as values.
  /// - Throws: `PlanError.internal` when the bytes are not a page of duties (never silently empty).
  public func page() throws -> Page<DutyView> {
    struct Decoded: Decodable {
      var items: [DutyView]
      var total: Int
    }
    do {
      let decoded = try JSONDecoder().decode(Decoded.self, from: Data(bytes))
      return Page(items: decoded.items, total: decoded.total)
    } catch {
      throw PlanError.internal("duty page: \(error)")
    }
  }

  /// Appends the bytes.
  public func writeJSON(into json: inout JSONBytes) { json.append(bytes) }

  /// Encodes the decoded page.
  public func encode(to encoder: any Encoder) throws { try page().encode(to: encoder) }
}

/// A page of rows and the number of rows matching in all.
public struct Page<Item: Sendable & Encodable>: Sendable, Encodable {
  /// The rows of this page.
  public var items: [Item]
  /// Rows matching, all pages together.
  public var total: Int

  /// Creates a page.
  public init(items: [Item], total: Int) {
    self.items = items
    self.total = total
  }
}

/// What `schedule.run` did (or, with `dryRun`, would do).
public struct ScheduleRunSummary: Encodable, Sendable, Equatable {
  /// A duty left without a lead, and why.
  public struct Unassigned: Codable, Sendable, Equatable {
    /// Duty id.
    public var duty: DutyID
    /// Why, in English.
    public var reason: String
    /// Why, in Vietnamese.
    public var vi: String

    /// Creates a value.
    public init(duty: DutyID, reason: String, vi: String) {
      self.duty = duty
      self.reason = reason
      self.vi = vi
    }
  }

  /// An official's busiest month in the range.
  public struct Load: Codable, Sendable, Equatable {
    /// Official id.
    public var official: OfficialID
    /// The month with the most hours led.
    public var busiestMonth: Month?
    /// Hours led in that month.
    public var hours: Int
    /// Capacity in that month.
    public var capacity: Int

    /// Creates a value.
    public init(official: OfficialID, busiestMonth: Month? = nil, hours: Int, capacity: Int) {
      self.official = official
      self.busiestMonth = busiestMonth
      self.hours = hours
      self.capacity = capacity
    }
  }

  /// The range scheduled.
  public var from: CivilDate
  /// The range scheduled.
  public var to: CivilDate
  /// Whether nothing was written.
  public var dryRun: Bool
  /// Duties created by expanding the plan.
  public var created: Int
  /// Duties given a lead where they had none.
  public var assigned: Int
  /// Duties whose lead changed from one official to another.
  public var changed: Int
  /// Duties whose coordinators changed.
  public var coordinatorsChanged: Int
  /// Duties without a lead, with the reason.
  public var unassigned: [Unassigned]
  /// Every official's busiest month.
  public var loads: [Load]
  /// The solver's objective, proof and bound.
  public var objective: Int
  /// Whether every part was proven optimal.
  public var optimal: Bool
  /// A proven lower bound.
  public var lowerBound: Int
  /// Remarks from the solver.
  public var warnings: [String]
  /// Months where pinned duties alone pass an official's capacity, in both languages.
  public var capacityWarnings: [RuleWarning]
  /// Duties that existed before the run and whose lead, coordinators or pin it changes, and why.
  public var changes: [Change] = []
  /// What the duties the run created give each official to lead.
  public var createdByLead: [NewLeads] = []

  /// Creates a value.
  public init(
    from: CivilDate, to: CivilDate, dryRun: Bool, created: Int, assigned: Int, changed: Int, coordinatorsChanged: Int,
    unassigned: [Unassigned], loads: [Load], objective: Int, optimal: Bool, lowerBound: Int, warnings: [String],
    capacityWarnings: [RuleWarning]
  ) {
    self.from = from
    self.to = to
    self.dryRun = dryRun
    self.created = created
    self.assigned = assigned
    self.changed = changed
    self.coordinatorsChanged = coordinatorsChanged
    self.unassigned = unassigned
    self.loads = loads
    self.objective = objective
    self.optimal = optimal
    self.lowerBound = lowerBound
    self.warnings = warnings
    self.capacityWarnings = capacityWarnings
  }
}
