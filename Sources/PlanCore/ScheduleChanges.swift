extension ScheduleRunSummary {
  /// A duty's lead, coordinators and pin, before or after a run.
  public struct Assignment: Encodable, Sendable, Equatable {
    /// The lead, or nil.
    public var lead: OfficialID?
    /// Coordinator ids, sorted.
    public var coordinators: [OfficialID]
    /// Whether the chair fixed the lead by hand.
    public var pinned: Bool

    /// Creates a value.
    public init(lead: OfficialID?, coordinators: [OfficialID], pinned: Bool) {
      self.lead = lead
      self.coordinators = coordinators
      self.pinned = pinned
    }

    enum CodingKeys: String, CodingKey { case lead, coordinators, pinned }

    /// Encodes `lead` as null when absent.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(lead, forKey: .lead)
      try c.encode(coordinators, forKey: .coordinators)
      try c.encode(pinned, forKey: .pinned)
    }
  }

  /// A duty that existed before the run and whose lead, coordinators or pin the run changes, and why.
  public struct Change: Encodable, Sendable, Equatable {
    /// Duty id.
    public var duty: DutyID
    /// Its title.
    public var title: String
    /// The month its hours count in.
    public var period: Month
    /// Hours.
    public var effort: Int
    /// As it was.
    public var before: Assignment
    /// As the run leaves it.
    public var after: Assignment
    /// Why (PlanCore's rule), in both languages.
    public var reason: ChangeReason

    /// Creates a value.
    public init(
      duty: DutyID, title: String, period: Month, effort: Int, before: Assignment, after: Assignment,
      reason: ChangeReason
    ) {
      self.duty = duty
      self.title = title
      self.period = period
      self.effort = effort
      self.before = before
      self.after = after
      self.reason = reason
    }

    /// Whether the lead changes (else only the coordinators or the pin).
    public var leadChanged: Bool { before.lead != after.lead }
  }

  /// What the duties a run created give one official to lead.
  public struct NewLeads: Codable, Sendable, Equatable {
    /// Official id.
    public var official: OfficialID
    /// New duties it leads.
    public var duties: Int
    /// Their hours, all months together.
    public var hours: Int

    /// Creates a value.
    public init(official: OfficialID, duties: Int, hours: Int) {
      self.official = official
      self.duties = duties
      self.hours = hours
    }
  }
}

extension ScheduleModel {
  /// The change a run makes to duty `id`, which existed before it, when its lead becomes `lead` and
  /// its coordinators `coordinators` (nil: kept), or nil when nothing changes. `loads` are every
  /// official's hours by month after the run (`loads(_:)` of the new leads).
  public func change(
    _ id: DutyID, title: String, lead: OfficialID?, coordinators: [OfficialID]?, loads: [String: [Month: Int]]
  ) -> ScheduleRunSummary.Change? {
    guard let facts = duties[id] else { return nil }
    let before = ScheduleRunSummary.Assignment(
      lead: facts.lead, coordinators: facts.coordinators.sorted(), pinned: facts.pinned)
    let after = ScheduleRunSummary.Assignment(
      lead: lead, coordinators: (coordinators ?? facts.coordinators).sorted(), pinned: false)
    guard before != after else { return nil }
    let reason =
      before.lead != after.lead
      ? leadChangeReason(facts, lead: lead, loads: loads) : coordinatorChangeReason(facts, after.coordinators)
    return .init(
      duty: id, title: title, period: facts.period, effort: facts.effort, before: before, after: after, reason: reason)
  }

  /// Why duty `facts` leaves its lead for `lead`: the first rule that keeps the old lead out (may
  /// not lead, on leave, missing skill, over capacity at the new loads), else the new lead's
  /// position, else rebalancing.
  func leadChangeReason(_ facts: DutyFacts, lead: OfficialID?, loads: [String: [Month: Int]]) -> ChangeReason {
    guard let old = facts.lead else { return .noLead }
    if let official = officials[old], !official.mayLead {
      if facts.pinned { return .pinRemoved(lead: old.rawValue, position: official.positionName) }
      return official.active
        ? .mayNotLead(lead: old.rawValue, position: official.positionName) : .inactive(lead: old.rawValue)
    }
    guard let duty = instanceDuty(facts.id), let official = instanceOfficials[old.rawValue] else { return .rebalanced }
    switch Scheduler.ineligibility(duty, official) {
    case .unavailable: return .onLeave(lead: old.rawValue, month: facts.period)
    case .missingSkills(let skills): return .missingSkills(lead: old.rawValue, skills: skills)
    case .inactive, .anotherUnit: return .inactive(lead: old.rawValue)
    case nil: break
    }
    let hours = (loads[old.rawValue]?[facts.period] ?? 0) + duty.effort
    let capacity = Scheduler.capacity(
      of: official, in: duty.period, pinnedHours: pinnedHours(in: facts.period)[old.rawValue] ?? 0)
    if hours > capacity {
      let leave = official.capacityByPeriod?[duty.period].map { $0 < official.capacity } ?? false
      return .overCapacity(lead: old.rawValue, month: facts.period, hours: hours, capacity: capacity, leave: leave)
    }
    if let lead, let new = instanceOfficials[lead.rawValue],
      Scheduler.positionCost(duty, new) < Scheduler.positionCost(duty, official)
    {
      return .leadPosition(lead: lead.rawValue, position: officials[lead]?.positionName ?? new.position)
    }
    return .rebalanced
  }

  /// Why duty `facts` keeps its lead but gets `coordinators`: a coordinator dropped for leave or
  /// inactivity, else the rule that names them.
  func coordinatorChangeReason(_ facts: DutyFacts, _ coordinators: [OfficialID]) -> ChangeReason {
    for removed in Set(facts.coordinators).subtracting(coordinators).sorted() {
      if let official = officials[removed], !official.active {
        return .coordinatorInactive(official: removed.rawValue)
      }
      if instanceOfficials[removed.rawValue]?.unavailable?.contains(facts.period.iso) == true {
        return .coordinatorOnLeave(official: removed.rawValue, month: facts.period)
      }
    }
    return .coordinatorPositions
  }

  /// What the `created` duties give each official to lead under `leads` (by duty id), by official id.
  public func newLeads(_ created: [DutyID], leads: [String: String]) -> [ScheduleRunSummary.NewLeads] {
    var byOfficial: [String: ScheduleRunSummary.NewLeads] = [:]
    for id in created {
      guard let lead = leads[id.rawValue], let effort = duties[id]?.effort else { continue }
      byOfficial[lead, default: .init(official: OfficialID(rawValue: lead), duties: 0, hours: 0)].duties += 1
      byOfficial[lead]?.hours += effort
    }
    return byOfficial.values.sorted { $0.official < $1.official }
  }
}
