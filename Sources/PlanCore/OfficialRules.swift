/// What the rules need to know about an official, whoever stores it.
public struct OfficialFacts: Sendable, Equatable {
  /// Slug.
  public var id: OfficialID
  /// The administrative unit (commune).
  public var unit: String
  /// Position id.
  public var position: String
  /// The position's name, for messages.
  public var positionName: String
  /// Whether the position may lead committee duties (false for Party and mass posts).
  public var canLead: Bool
  /// Whether the official still works (a vacant or departed post does not).
  public var active: Bool
  /// viewer, official, chair.
  public var role: Role
  /// Skill ids.
  public var skills: [String]
  /// Monthly hours.
  public var capacity: Int
  /// Row version.
  public var version: Int

  /// Creates the facts.
  public init(
    id: OfficialID, unit: String, position: String, positionName: String, canLead: Bool, active: Bool, role: Role,
    skills: [String], capacity: Int, version: Int
  ) {
    self.id = id
    self.unit = unit
    self.position = position
    self.positionName = positionName
    self.canLead = canLead
    self.active = active
    self.role = role
    self.skills = skills
    self.capacity = capacity
    self.version = version
  }

  /// May lead a committee duty: active, in a position that may lead. The one definition.
  public var mayLead: Bool { active && canLead }

  /// What the official may do now: its role while active, viewer once deactivated.
  public var effectiveRole: Role { active ? role : .viewer }
}

/// What leaving its duties does to one open duty.
public struct DutyRelease: Sendable, Equatable {
  /// The duty before.
  public var before: DutyFacts
  /// The duty after: without the official as lead (and unpinned) or as coordinator.
  public var after: DutyFacts
  /// Whether the official led it (the duty now has no lead).
  public var wasLead: Bool
  /// Whether the chair had pinned it to the official (the pin is gone: the chair should look again).
  public var wasPinned: Bool
}

/// The rules about officials: who may lead, the last chair, leaving duties.
public enum OfficialRules {
  /// Why `official` may not lead a committee duty (the message names `field`), or nil when it may.
  /// Inactive, or a Party or mass-organisation post: the only reasons a lead is refused.
  public static func leadRefusal(_ official: OfficialFacts, field: String) -> PlanError? {
    if !official.active {
      return PlanError.validation(
        "\(field): cán bộ '\(official.id)' không còn hoạt động.", "\(field): official '\(official.id)' is not active.")
    }
    if !official.canLead {
      return PlanError.validation(
        "\(field): \(official.id) (\(official.positionName)) chỉ phối hợp, không chủ trì việc của UBND.",
        "\(field): \(official.id) (\(official.positionName)) may only coordinate, not lead the committee's duties.")
    }
    return nil
  }

  /// Why a coordinator cannot be named (inactive), or nil.
  public static func coordinatorRefusal(_ official: OfficialFacts, field: String) -> PlanError? {
    official.active
      ? nil
      : PlanError.validation(
        "\(field): cán bộ '\(official.id)' không còn hoạt động.", "\(field): official '\(official.id)' is not active.")
  }

  /// The commune always keeps one active chair: refuses a change that would leave none.
  /// - Parameter otherActiveChairs: active chairs other than this official.
  public static func lastChairRefusal(before: OfficialFacts, after: OfficialFacts, otherActiveChairs: Int) -> PlanError?
  {
    let was = before.active && before.role == .chair
    let stays = after.active && after.role == .chair
    guard was && !stays && otherActiveChairs == 0 else { return nil }
    return PlanError.conflict(
      "Không thể bỏ vai trò chủ tịch của người chủ tịch cuối cùng còn hoạt động.",
      "Cannot deactivate or demote the last active chair.")
  }

  /// Whether a change makes the official leave its open duties: it could lead before and cannot
  /// now (deactivated, or moved to a post that may not lead).
  public static func leavesDuties(before: OfficialFacts, after: OfficialFacts) -> Bool {
    before.mayLead && !after.mayLead || before.active && !after.active
  }

  /// The official leaves every open duty: as lead (pinned ones included; they lose their pin) and
  /// as coordinator. Returns one release per duty that changes, in the order given.
  public static func release(_ official: OfficialID, from duties: [DutyFacts]) -> [DutyRelease] {
    duties.compactMap { duty in
      guard duty.status.isOpen, duty.lead == official || duty.coordinators.contains(official) else { return nil }
      var after = duty
      let wasLead = duty.lead == official
      if wasLead {
        after.lead = nil
        after.pinned = false
      }
      after.coordinators.removeAll { $0 == official }
      return DutyRelease(before: duty, after: after, wasLead: wasLead, wasPinned: wasLead && duty.pinned)
    }
  }
}
