/// Who a call runs as: an official with its role, or a guest (no official, viewer).
public struct Principal: Sendable, Equatable {
  /// The acting official's id, or nil for a guest.
  public var officialID: OfficialID?
  /// What it may do.
  public var role: Role

  /// Creates a principal.
  public init(officialID: OfficialID?, role: Role) {
    self.officialID = officialID
    self.role = role
  }
}

/// What an official must hold on a duty to act on it (below the chair).
public enum DutyHolding: Sendable, Equatable {
  /// Lead or coordinator of it.
  case leadOrCoordinator
  /// Its lead.
  case lead
}

/// Everything a command can do, with the lowest role that may do it and, for an official's own
/// duties, what it must hold. Each command names its action; nothing else says who may do what.
public enum Action: String, CaseIterable, Sendable {
  /// Read the plan, the roster, duties, explanations; solve an instance.
  case read
  /// Read one's own duties.
  case readOwn
  /// Report progress on a duty one leads or coordinates.
  case reportProgress
  /// Complete a duty one leads.
  case complete
  /// Create, assign, unassign, cancel or reopen duties.
  case manageDuties
  /// Add and change officials, record and cancel leaves.
  case manageOfficials
  /// Run the scheduler on the database.
  case schedule
  /// Read the audit log.
  case readAudit
  /// Record an indicator's value (the chair, or a holder of its responsible position: `IndicatorRules`).
  case recordIndicator

  /// The lowest role that may do it.
  public var lowestRole: Role {
    switch self {
    case .read: .viewer
    case .readOwn, .reportProgress, .complete, .recordIndicator: .official
    case .manageDuties, .manageOfficials, .schedule, .readAudit: .chair
    }
  }

  /// What an official (below the chair) must hold on the duty, or nil when the role is enough.
  public var holding: DutyHolding? {
    switch self {
    case .reportProgress: .leadOrCoordinator
    case .complete: .lead
    default: nil
    }
  }
}

/// Who may do what to which duty: the one function every front-end and the store call.
public enum Access {
  /// Why `principal` may not do `action` (named `method` in messages), on `duty` when given; nil when it may.
  /// Without a duty only the role is checked; with one, also what an official must hold on it.
  public static func refusal(_ principal: Principal, _ action: Action, method: String, duty: DutyFacts? = nil)
    -> PlanError?
  {
    if principal.role < action.lowestRole {
      let hint = principal.officialID == nil
      return PlanError.forbidden(
        "Lệnh \(method) cần vai trò \(action.lowestRole.vietnamese); bạn đang là \(principal.role.vietnamese)"
          + (hint ? " (chưa đăng nhập: dùng --as)." : "."),
        "\(method) needs the role \(action.lowestRole.rawValue); you are \(principal.role.rawValue)"
          + (hint ? " (not logged in: use --as)." : "."))
    }
    guard let duty, let holding = action.holding, principal.role < .chair else { return nil }
    let me = principal.officialID
    switch holding {
    case .leadOrCoordinator:
      if let me, duty.lead == me || duty.coordinators.contains(me) { return nil }
      return PlanError.forbidden(
        "Chỉ người chủ trì, người phối hợp hoặc Chủ tịch mới báo cáo tiến độ việc \(duty.id).",
        "Only the lead, a coordinator or the chair may report progress on duty \(duty.id).")
    case .lead:
      if let me, duty.lead == me { return nil }
      return PlanError.forbidden(
        "Chỉ người chủ trì hoặc Chủ tịch mới hoàn thành việc \(duty.id).",
        "Only the lead or the chair may complete duty \(duty.id).")
    }
  }

  /// Throws `refusal` when there is one.
  public static func require(_ principal: Principal, _ action: Action, method: String, duty: DutyFacts? = nil) throws {
    if let error = refusal(principal, action, method: method, duty: duty) { throw error }
  }
}
