/// Why a duty has its lead: every official of its unit, with the solver's cost terms or the reason
/// it is excluded (scheduler.md, "Explain is the solver's own arithmetic").
public struct ScheduleExplanation: Encodable, Sendable, Equatable {
  /// One possible lead and what choosing it adds to the objective.
  public struct Candidate: Codable, Sendable, Equatable {
    /// Official id.
    public var official: OfficialID
    /// Position id.
    public var position: String
    /// 0 in a lead position, 10 000 in a coordinator position, 20 000 otherwise.
    public var positionCost: Int
    /// 5 000 when the duty has another lead today.
    public var changeCost: Int
    /// Hours the official leads that month, this duty left out.
    public var load: Int
    /// Capacity that month (after leave; raised to its pinned hours when those exceed it).
    public var capacity: Int
    /// Hours left after taking this duty.
    public var capacityLeft: Int
    /// What the squared load grows by with this duty.
    public var loadCost: Int
    /// The sum of the three terms: the objective with the duty given to this official minus the objective without the duty.
    public var total: Int
  }

  /// An official who cannot lead the duty, and why.
  public struct Exclusion: Encodable, Sendable, Equatable {
    /// Official id.
    public var official: OfficialID
    /// Why.
    public var cause: Cause

    /// Creates an exclusion.
    public init(official: OfficialID, cause: Cause) {
      self.official = official
      self.cause = cause
    }

    /// Stable word: `may-not-lead`, `inactive`, `on-leave`, `missing-skill`, `over-capacity`.
    public var kind: String { cause.kind }
    /// Why, in English.
    public var reason: String { cause.en }
    /// Why, in Vietnamese.
    public var vi: String { cause.vi }

    enum CodingKeys: String, CodingKey { case official, kind, reason, vi }

    /// Encodes the official, the cause's word and its text in both languages.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(official, forKey: .official)
      try c.encode(kind, forKey: .kind)
      try c.encode(reason, forKey: .reason)
      try c.encode(vi, forKey: .vi)
    }
  }

  /// The duty.
  public var duty: DutyID
  /// Its lead today, or nil.
  public var lead: OfficialID?
  /// Whether the chair fixed it.
  public var pinned: Bool
  /// The month its hours count in.
  public var period: Month
  /// Hours.
  public var effort: Int
  /// Eligible officials with room, cheapest first (ties by id).
  public var candidates: [Candidate]
  /// Everyone else of the unit.
  public var excluded: [Exclusion]
  /// For a pinned duty, what the pin overrides (leave, capacity, skill, position); else empty.
  public var warnings: [RuleWarning]
  /// Its title, as stored (set by the store; nil when unknown).
  public var title: String? = nil

  enum CodingKeys: String, CodingKey { case duty, title, lead, pinned, period, effort, candidates, excluded, warnings }

  /// Encodes `lead` as null when absent.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(duty, forKey: .duty)
    try c.encodeIfPresent(title, forKey: .title)
    try c.encode(lead, forKey: .lead)
    try c.encode(pinned, forKey: .pinned)
    try c.encode(period, forKey: .period)
    try c.encode(effort, forKey: .effort)
    try c.encode(candidates, forKey: .candidates)
    try c.encode(excluded, forKey: .excluded)
    try c.encode(warnings, forKey: .warnings)
  }
}

/// The product's scheduling instance, built from the commune's data by scheduler.md's rules ("How the
/// product builds the instance"), with what explain, the warnings and the coordinators need. Pure.
public struct ScheduleModel: Sendable {
  /// The instance the solver gets.
  public let instance: SchedulingInstance
  /// Open duties the solver cannot place (ad-hoc duties without a lead, or whose lead may not lead), and why.
  public let unplaced: [Unplaced]
  /// Open ad-hoc duties whose lead may not lead: the lead is to be taken off.
  public let released: [DutyID]
  /// The officials as the rules see them, by id.
  public let officials: [OfficialID: OfficialFacts]
  /// The duties' facts, by id (including those not in the instance).
  public let duties: [DutyID: DutyFacts]
  /// Plan items by id.
  public let items: [PlanItemID: PlanItem]
  /// Leaves by official.
  let leaves: [OfficialID: [ClosedRange<CivilDate>]]
  /// The working calendar.
  let calendar: WorkingCalendar
  /// Instance duties by id (the instance writes ids as text).
  let instanceDuties: [String: InstanceDuty]
  /// Instance officials by id.
  let instanceOfficials: [String: InstanceOfficial]
  /// The month of each instance duty, in the instance's order (the instance writes months as text).
  let periods: [Month]

  /// Why an ad-hoc duty without a lead is left alone.
  public static let adHocReason =
    "ad-hoc duty without a lead: the scheduler leads only plan duties; give it one with duties assign"
  /// Why an ad-hoc duty led by someone who may not lead loses its lead.
  public static let strayReason =
    "ad-hoc duty whose lead may no longer lead (inactive or a Party post): the lead is taken off; give it another with duties assign"
  /// The same in Vietnamese.
  public static let strayReasonVi =
    "việc đột xuất có người chủ trì không còn được chủ trì (nghỉ hoặc vị trí Đảng, đoàn thể): đã bỏ người chủ trì; hãy giao lại bằng duties assign"
  /// The same in Vietnamese.
  public static let adHocReasonVi =
    "việc đột xuất chưa có người chủ trì: lập lịch chỉ giao việc của kế hoạch; hãy giao bằng duties assign"

  /// Why the solver left a duty without a lead, in Vietnamese and English.
  public static func unassignedReason(_ entry: ScheduleSolution.Unassigned) -> (vi: String, en: String) {
    if entry.causes.isEmpty { return (entry.vi, entry.reason) }
    // In the product, "inactive" in the instance also means a post that may not lead, and an
    // unavailable month is a leave.
    let en = entry.causes.map { cause in
      switch cause {
      case .inactive: "not active or may not lead"
      case .unavailable(let period): "on leave in \(Month(iso: period)?.shown ?? period)"
      default: cause.en
      }
    }
    return (entry.vi, "no eligible official: " + en.joined(separator: "; "))
  }

  /// Months where the duties pinned to an official alone pass its capacity (the solver raises it).
  public var pinnedOverCapacity: [RuleWarning] {
    var warnings: [RuleWarning] = []
    for period in Set(periods).sorted() {
      for (official, hours) in pinnedHours(in: period).sorted(by: { $0.key < $1.key }) {
        guard let instanceOfficial = instanceOfficials[official] else { continue }
        let capacity = Scheduler.capacity(of: instanceOfficial, in: period.iso)
        guard hours > capacity else { continue }
        warnings.append(
          .pinnedOverCapacity(official: official, month: period, hours: hours, capacity: capacity))
      }
    }
    return warnings
  }

  /// Builds the instance from every duty given (callers pass all duties of the months concerned):
  /// - every official of the unit, those who may not lead (inactive, or a post without `canLead`)
  ///   as `active: false`, leaves as unavailable months or lower capacity;
  /// - open, unpinned plan duties are the solver's to place (today's lead as `current`);
  /// - every other not-cancelled duty with a lead (pinned, done, ad-hoc) enters pinned to it, so
  ///   every hour counts once;
  /// - an open ad-hoc duty without a lead is listed in `unplaced`.
  public init(
    officials: [OfficialFacts], leaves: [OfficialID: [ClosedRange<CivilDate>]], calendar: WorkingCalendar,
    duties: [DutyFacts], items: [PlanItemID: PlanItem]
  ) {
    var instanceDuties: [InstanceDuty] = []
    var periods: [Month] = []
    var unplaced: [Unplaced] = []
    var released: [DutyID] = []
    let mayLead = Dictionary(officials.map { ($0.id, $0.mayLead) }) { first, _ in first }
    for duty in duties.sorted(by: { $0.id < $1.id }) where DutyRules.countsTowardLoad(duty.status) {
      let item = duty.planItem.flatMap { items[$0] }
      // An open duty is never led by someone who may not lead (data from before the rule, a
      // reopened duty): that lead is dropped, and the pin with it.
      let stray = duty.status.isOpen && duty.lead.map { mayLead[$0] != true } == true
      let lead = stray ? nil : duty.lead
      let free = item != nil && duty.status.isOpen && !(duty.pinned && lead != nil)
      if !free && lead == nil {
        if duty.status.isOpen {
          unplaced.append(Unplaced(duty: duty.id, cause: stray ? .strayLead : .adHoc))
        }
        if stray { released.append(duty.id) }
        continue
      }
      periods.append(duty.period)
      instanceDuties.append(
        InstanceDuty(
          id: duty.id.rawValue, unit: duty.unit, period: duty.period.iso, effort: duty.effort,
          skills: item?.skills ?? [], lead: item?.leadPositions ?? [], coordinate: item?.coordinatorPositions ?? [],
          current: lead?.rawValue, pinned: free ? nil : lead?.rawValue))
    }
    let months = Set(periods)
    let roster = officials.sorted { $0.id < $1.id }
    let instanceOfficials = roster.map { official in
      let fields = Availability.instanceFields(
        periods: months, capacity: official.capacity, leaves: leaves[official.id] ?? [], calendar: calendar)
      return InstanceOfficial(
        id: official.id.rawValue, unit: official.unit, position: official.position, skills: official.skills,
        capacity: official.capacity, capacityByPeriod: fields.capacityByPeriod.isEmpty ? nil : fields.capacityByPeriod,
        unavailable: fields.unavailable, active: official.mayLead)
    }
    self.instance = SchedulingInstance(officials: instanceOfficials, duties: instanceDuties)
    self.unplaced = unplaced
    self.released = released
    self.officials = Dictionary(roster.map { ($0.id, $0) }) { first, _ in first }
    self.duties = Dictionary(duties.map { ($0.id, $0) }) { first, _ in first }
    self.items = items
    self.leaves = leaves
    self.calendar = calendar
    self.instanceDuties = Dictionary(instanceDuties.map { ($0.id, $0) }) { first, _ in first }
    self.instanceOfficials = Dictionary(instanceOfficials.map { ($0.id, $0) }) { first, _ in first }
    self.periods = periods
  }

  /// Each instance duty's lead today: its pin, else its current lead.
  public var currentLeads: [String: String] {
    var leads: [String: String] = [:]
    for duty in instance.duties {
      if let lead = duty.pinned ?? duty.current { leads[duty.id] = lead }
    }
    return leads
  }

  /// The load of every (official, period) under `leads`, over the instance's duties (every hour once).
  public func loads(_ leads: [String: String]) -> [String: [Month: Int]] {
    var loads: [String: [Month: Int]] = [:]
    for (duty, period) in zip(instance.duties, periods) {
      if let lead = leads[duty.id] { loads[lead, default: [:]][period, default: 0] += duty.effort }
    }
    return loads
  }

  /// The hours of the duties pinned to each official in `period`.
  func pinnedHours(in period: Month) -> [String: Int] {
    var hours: [String: Int] = [:]
    for (duty, dutyPeriod) in zip(instance.duties, periods) where dutyPeriod == period {
      if let pinned = duty.pinned { hours[pinned, default: 0] += duty.effort }
    }
    return hours
  }

  /// The instance duty of `id`, or one made for a duty the instance leaves out (cancelled, ad-hoc
  /// without a lead), so it can still be explained.
  func instanceDuty(_ id: DutyID) -> InstanceDuty? {
    if let duty = instanceDuties[id.rawValue] { return duty }
    guard let facts = duties[id] else { return nil }
    let item = facts.planItem.flatMap { items[$0] }
    return InstanceDuty(
      id: facts.id.rawValue, unit: facts.unit, period: facts.period.iso, effort: facts.effort,
      skills: item?.skills ?? [], lead: item?.leadPositions ?? [], coordinate: item?.coordinatorPositions ?? [],
      current: facts.lead?.rawValue, pinned: facts.pinned ? facts.lead?.rawValue : nil)
  }

  /// Why duty `id` has its lead, by the solver's own cost function on this instance: for each
  /// official of its unit, the cost terms and the capacity left, or why it is excluded.
  public func explain(_ id: DutyID) -> ScheduleExplanation? {
    guard let facts = duties[id], let duty = instanceDuty(id) else { return nil }
    let period = facts.period
    var others = currentLeads
    others[id.rawValue] = nil
    let load = loads(others)
    let pinned = pinnedHours(in: period)
    var candidates: [ScheduleExplanation.Candidate] = []
    var excluded: [ScheduleExplanation.Exclusion] = []
    for official in instance.officials where official.unit == duty.unit {
      let facts = officials[OfficialID(rawValue: official.id)]
      let hours = load[official.id]?[period] ?? 0
      // A duty pinned to this official counts toward the raised capacity only when it is another one.
      let ownPin = duty.pinned == official.id ? duty.effort : 0
      let capacity = Scheduler.capacity(
        of: official, in: duty.period, pinnedHours: (pinned[official.id] ?? 0) - ownPin)
      if let exclusion = Self.exclusion(official, facts, duty, period, hours: hours, capacity: capacity) {
        excluded.append(exclusion)
        continue
      }
      let positionCost = Scheduler.positionCost(duty, official)
      let changeCost = Scheduler.changeCost(duty, official)
      let loadCost = Scheduler.loadCost(load: hours, effort: duty.effort)
      candidates.append(
        .init(
          official: OfficialID(rawValue: official.id), position: official.position, positionCost: positionCost,
          changeCost: changeCost,
          load: hours, capacity: capacity, capacityLeft: capacity - hours - duty.effort, loadCost: loadCost,
          total: positionCost + changeCost + loadCost))
    }
    candidates.sort { $0.total != $1.total ? $0.total < $1.total : $0.official < $1.official }
    var warnings = facts.pinned ? facts.lead.map { overrides(id, lead: $0) } ?? [] : []
    if facts.planItem == nil && facts.lead == nil && facts.status.isOpen {
      warnings.append(.adHoc)
    }
    return ScheduleExplanation(
      duty: id, lead: facts.lead, pinned: facts.pinned, period: period, effort: duty.effort,
      candidates: candidates, excluded: excluded, warnings: warnings)
  }

  /// Why `official` cannot lead `duty` of month `period` with `hours` already led that month against
  /// `capacity`, or nil.
  static func exclusion(
    _ official: InstanceOfficial, _ facts: OfficialFacts?, _ duty: InstanceDuty, _ period: Month, hours: Int,
    capacity: Int
  ) -> ScheduleExplanation.Exclusion? {
    typealias Exclusion = ScheduleExplanation.Exclusion
    let id = OfficialID(rawValue: official.id)
    if let facts, !facts.active { return Exclusion(official: id, cause: .inactive) }
    if let facts, !facts.canLead {
      return Exclusion(official: id, cause: .mayNotLead(position: facts.positionName))
    }
    switch Scheduler.ineligibility(duty, official) {
    case .inactive, .anotherUnit:
      return Exclusion(official: id, cause: .inactive)
    case .unavailable:
      return Exclusion(official: id, cause: .onLeave(period))
    case .missingSkills(let skills):
      return Exclusion(official: id, cause: .missingSkills(skills))
    case nil:
      break
    }
    guard hours + duty.effort > capacity else { return nil }
    return Exclusion(official: id, cause: .overCapacity(hours: hours, effort: duty.effort, capacity: capacity))
  }

  /// What giving duty `id` to `lead` by hand overrides: leave that month, a missing skill, capacity
  /// after the change, a position that is not one of the item's lead positions. Warnings, never refusals.
  public func overrides(_ id: DutyID, lead: OfficialID) -> [RuleWarning] {
    guard let period = duties[id]?.period, let duty = instanceDuty(id), let official = instanceOfficials[lead.rawValue],
      let facts = officials[lead]
    else {
      return []
    }
    var warnings: [RuleWarning] = []
    if !facts.mayLead {
      warnings.append(.mayNotLead(lead: lead.rawValue, position: facts.positionName))
    }
    let month = Availability.month(
      period, capacity: facts.capacity, leaves: leaves[lead] ?? [], calendar: calendar)
    if month.daysOnLeave > 0 {
      warnings.append(
        .onLeave(lead: lead.rawValue, days: month.daysOnLeave, workingDays: month.workingDays, month: period))
    }
    let missing = (duty.skills ?? []).filter { !facts.skills.contains($0) }
    if !missing.isEmpty {
      warnings.append(.missingSkills(lead: lead.rawValue, skills: missing))
    }
    var leads = currentLeads
    leads[id.rawValue] = lead.rawValue
    let hours = (loads(leads)[lead.rawValue]?[period] ?? 0) + (instanceDuties[id.rawValue] == nil ? duty.effort : 0)
    let capacity = Scheduler.capacity(of: official, in: duty.period)
    if hours > capacity {
      warnings.append(.overCapacity(lead: lead.rawValue, hours: hours, month: period, capacity: capacity))
    }
    if let item = duties[id]?.planItem.flatMap({ items[$0] }), !item.leadPositions.contains(facts.position) {
      warnings.append(
        .notLeadPosition(
          lead: lead.rawValue, position: facts.positionName, item: item.id.rawValue, positions: item.leadPositions))
    }
    return warnings
  }

  /// The coordinators of duty `id` with `lead`: every active official of its unit, other than the
  /// lead, in one of the item's coordinator positions and available that month; sorted by id.
  public func coordinators(_ id: DutyID, lead: OfficialID?) -> [OfficialID] {
    guard let duty = instanceDuty(id) else { return [] }
    return instance.officials.filter { official in
      guard let facts = officials[OfficialID(rawValue: official.id)] else { return false }
      return facts.active && official.id != lead?.rawValue && official.unit == duty.unit
        && (duty.coordinate ?? []).contains(official.position) && !(official.unavailable ?? []).contains(duty.period)
    }.map { OfficialID(rawValue: $0.id) }.sorted()
  }
}
