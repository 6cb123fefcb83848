extension ScheduleExplanation.Exclusion {
  /// Why an official cannot lead a duty (explain's words; the solver's own are `Ineligibility`).
  public enum Cause: Sendable, Equatable {
    /// The official is no longer active.
    case inactive
    /// The official's post (named `position`) only coordinates the committee's duties.
    case mayNotLead(position: String)
    /// The official is on leave for at least half the working days of `month`.
    case onLeave(Month)
    /// The official lacks these skills.
    case missingSkills([String])
    /// The `hours` the official already leads that month plus the duty's `effort` pass its `capacity`.
    case overCapacity(hours: Int, effort: Int, capacity: Int)

    /// The stable word: `inactive`, `may-not-lead`, `on-leave`, `missing-skill`, `over-capacity`.
    public var kind: String {
      switch self {
      case .inactive: "inactive"
      case .mayNotLead: "may-not-lead"
      case .onLeave: "on-leave"
      case .missingSkills: "missing-skill"
      case .overCapacity: "over-capacity"
      }
    }

    /// In Vietnamese.
    public var vi: String {
      switch self {
      case .inactive: "không còn hoạt động"
      case .mayNotLead(let position): "\(position) chỉ phối hợp, không chủ trì việc của UBND"
      case .onLeave(let month): "nghỉ trong tháng \(month.shown)"
      case .missingSkills(let skills): Ineligibility.missingSkills(skills).vi
      case .overCapacity(let hours, let effort, let capacity):
        "không đủ giờ: đã chủ trì \(hours) giờ trong tháng, thêm \(effort) giờ sẽ vượt định mức \(capacity) giờ"
      }
    }

    /// In English.
    public var en: String {
      switch self {
      case .inactive: "not active"
      case .mayNotLead(let position): "\(position) only coordinates, never leads the committee's duties"
      case .onLeave(let month): "on leave in \(month.shown)"
      case .missingSkills(let skills): Ineligibility.missingSkills(skills).en
      case .overCapacity(let hours, let effort, let capacity):
        "not enough hours: leads \(hours) h that month, \(effort) h more would pass its capacity of \(capacity) h"
      }
    }
  }
}

/// A remark on an assignment the rules allow but the chair should know about (a pin overriding
/// leave, capacity, skill or position): its stable word and its text in both languages come from
/// the case. Encoded as `{"kind", "vi", "en"}`.
public enum RuleWarning: Sendable, Equatable, Hashable {
  /// `lead` (in post `position`, by name) may no longer lead committee duties.
  case mayNotLead(lead: String, position: String)
  /// `lead` is on leave `days` of the `workingDays` working days of `month`.
  case onLeave(lead: String, days: Int, workingDays: Int, month: Month)
  /// `lead` lacks these skills.
  case missingSkills(lead: String, skills: [String])
  /// `lead` would lead `hours` in `month`, over its `capacity`.
  case overCapacity(lead: String, hours: Int, month: Month, capacity: Int)
  /// The duties pinned to `official` in `month` alone need `hours`, over its `capacity`.
  case pinnedOverCapacity(official: String, month: Month, hours: Int, capacity: Int)
  /// `lead` (in post `position`, by name) holds none of item `item`'s lead `positions`.
  case notLeadPosition(lead: String, position: String, item: String, positions: [String])
  /// An ad-hoc duty without a lead: the scheduler leaves it to the chair.
  case adHoc

  /// Stable word: `may-not-lead`, `on-leave`, `missing-skill`, `over-capacity`, `not-lead-position`, `ad-hoc`.
  public var kind: String {
    switch self {
    case .mayNotLead: "may-not-lead"
    case .onLeave: "on-leave"
    case .missingSkills: "missing-skill"
    case .overCapacity, .pinnedOverCapacity: "over-capacity"
    case .notLeadPosition: "not-lead-position"
    case .adHoc: "ad-hoc"
    }
  }

  /// Vietnamese.
  public var vi: String {
    switch self {
    case .mayNotLead(let lead, let position):
      "\(lead) (\(position)) không còn được chủ trì việc của UBND; lần lập lịch tới sẽ bỏ người chủ trì này."
    case .onLeave(let lead, let days, let workingDays, let month):
      "\(lead) nghỉ \(days)/\(workingDays) ngày làm việc của tháng \(month.shown)."
    case .missingSkills(let lead, let skills): "\(lead) thiếu kỹ năng \(skills.joined(separator: ", "))."
    case .overCapacity(let lead, let hours, let month, let capacity):
      "\(lead) sẽ chủ trì \(hours) giờ trong tháng \(month.shown), quá \(capacity) giờ."
    case .pinnedOverCapacity(let official, let month, let hours, let capacity):
      "\(official) trong tháng \(month.shown): các việc đã ghim cần \(hours) giờ, quá \(capacity) giờ."
    case .notLeadPosition(let lead, let position, let item, let positions):
      "\(lead) (\(position)) không giữ vị trí chủ trì của nhiệm vụ \(item) (\(positions.joined(separator: ", ")))."
    case .adHoc: "Việc đột xuất: lập lịch không tự giao; hãy giao người chủ trì bằng duties assign."
    }
  }

  /// English.
  public var en: String {
    switch self {
    case .mayNotLead(let lead, let position):
      "\(lead) (\(position)) may no longer lead committee duties; the next schedule run takes it off."
    case .onLeave(let lead, let days, let workingDays, let month):
      "\(lead) is on leave \(days) of the \(workingDays) working days of \(month.shown)."
    case .missingSkills(let lead, let skills): "\(lead) lacks the skill \(skills.joined(separator: ", "))."
    case .overCapacity(let lead, let hours, let month, let capacity):
      "\(lead) would lead \(hours) h in \(month.shown), over its \(capacity) h."
    case .pinnedOverCapacity(let official, let month, let hours, let capacity):
      "\(official) in \(month.shown): pinned duties need \(hours) h, over the capacity \(capacity) h."
    case .notLeadPosition(let lead, let position, let item, let positions):
      "\(lead) (\(position)) does not hold a lead position of item \(item) (\(positions.joined(separator: ", ")))."
    case .adHoc: "An ad-hoc duty: the scheduler does not place it; assign a lead with duties assign."
    }
  }
}

extension RuleWarning: Encodable {
  enum CodingKeys: String, CodingKey { case kind, vi, en }

  /// Encodes the word and the text in both languages.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(vi, forKey: .vi)
    try c.encode(en, forKey: .en)
  }
}

extension ScheduleModel {
  /// An open duty the solver is not given, and why.
  public struct Unplaced: Sendable, Equatable {
    /// Why an open duty is left out of the instance.
    public enum Cause: Sendable, Equatable {
      /// An ad-hoc duty without a lead: the scheduler leads only plan duties.
      case adHoc
      /// An ad-hoc duty whose lead may no longer lead: the lead is taken off.
      case strayLead
    }

    /// Duty id.
    public var duty: DutyID
    /// Why.
    public var cause: Cause
    /// Why, in English.
    public var reason: String { cause == .adHoc ? ScheduleModel.adHocReason : ScheduleModel.strayReason }
    /// Why, in Vietnamese.
    public var vi: String { cause == .adHoc ? ScheduleModel.adHocReasonVi : ScheduleModel.strayReasonVi }
  }
}

/// Why `schedule run` changes a duty that already existed: the rule that moved its lead (on leave,
/// over capacity, may no longer lead, pin removed …), else "rebalanced"; for a duty whose lead
/// stays, why its coordinators change. Its stable word and its text in both languages come from
/// the case. Encoded as `{"kind", "vi", "en"}`.
public enum ChangeReason: Sendable, Equatable, Hashable {
  /// The duty had no lead.
  case noLead
  /// The duty was pinned to `lead` (in post `position`, by name), who may no longer lead: the pin goes with it.
  case pinRemoved(lead: String, position: String)
  /// `lead` is no longer active.
  case inactive(lead: String)
  /// `lead` (in post `position`, by name) may no longer lead committee duties.
  case mayNotLead(lead: String, position: String)
  /// `lead` is on leave for at least half the working days of `month`.
  case onLeave(lead: String, month: Month)
  /// `lead` lacks these skills.
  case missingSkills(lead: String, skills: [String])
  /// Keeping `lead` would make it lead `hours` in `month`, over its `capacity` (lowered by leave when `leave`).
  case overCapacity(lead: String, month: Month, hours: Int, capacity: Int, leave: Bool)
  /// The new `lead` holds one of the item's lead positions (`position`, by name) and the old one did not.
  case leadPosition(lead: String, position: String)
  /// None of the above: the hours of the month are spread more evenly.
  case rebalanced
  /// Coordinator `official` is on leave in `month`.
  case coordinatorOnLeave(official: String, month: Month)
  /// Coordinator `official` is no longer active.
  case coordinatorInactive(official: String)
  /// The coordinators are the holders of the item's coordinator positions, not on leave that month.
  case coordinatorPositions

  /// Stable word: `no-lead`, `pin-removed`, `inactive`, `may-not-lead`, `on-leave`, `missing-skill`,
  /// `over-capacity`, `lead-position`, `rebalanced`, `coordinator-on-leave`, `coordinator-inactive`,
  /// `coordinator-positions`.
  public var kind: String {
    switch self {
    case .noLead: "no-lead"
    case .pinRemoved: "pin-removed"
    case .inactive: "inactive"
    case .mayNotLead: "may-not-lead"
    case .onLeave: "on-leave"
    case .missingSkills: "missing-skill"
    case .overCapacity: "over-capacity"
    case .leadPosition: "lead-position"
    case .rebalanced: "rebalanced"
    case .coordinatorOnLeave: "coordinator-on-leave"
    case .coordinatorInactive: "coordinator-inactive"
    case .coordinatorPositions: "coordinator-positions"
    }
  }

  /// Every stable word, for the result schema.
  public static let kinds = [
    "no-lead", "pin-removed", "inactive", "may-not-lead", "on-leave", "missing-skill", "over-capacity",
    "lead-position", "rebalanced", "coordinator-on-leave", "coordinator-inactive", "coordinator-positions",
  ]

  /// Vietnamese.
  public var vi: String {
    switch self {
    case .noLead: "việc chưa có người chủ trì"
    case .pinRemoved(let lead, let position):
      "bỏ ghim: \(lead) (\(position)) không còn được chủ trì việc của UBND"
    case .inactive(let lead): "\(lead) không còn hoạt động"
    case .mayNotLead(let lead, let position): "\(lead) (\(position)) không còn được chủ trì việc của UBND"
    case .onLeave(let lead, let month): "\(lead) nghỉ trong tháng \(month.shown)"
    case .missingSkills(let lead, let skills): "\(lead) thiếu kỹ năng \(skills.joined(separator: ", "))"
    case .overCapacity(let lead, let month, let hours, let capacity, let leave):
      "nếu giữ, \(lead) phải chủ trì \(hours) giờ trong tháng \(month.shown), vượt định mức \(capacity) giờ"
        + (leave ? " sau khi trừ ngày nghỉ" : "")
    case .leadPosition(let lead, let position): "\(lead) giữ đúng vị trí chủ trì của nhiệm vụ (\(position))"
    case .rebalanced: "cân đối lại giờ làm"
    case .coordinatorOnLeave(let official, let month): "người phối hợp \(official) nghỉ trong tháng \(month.shown)"
    case .coordinatorInactive(let official): "người phối hợp \(official) không còn hoạt động"
    case .coordinatorPositions:
      "người phối hợp là những người giữ vị trí phối hợp của nhiệm vụ và không nghỉ trong tháng"
    }
  }

  /// English.
  public var en: String {
    switch self {
    case .noLead: "the duty had no lead"
    case .pinRemoved(let lead, let position): "pin removed: \(lead) (\(position)) may no longer lead committee duties"
    case .inactive(let lead): "\(lead) is no longer active"
    case .mayNotLead(let lead, let position): "\(lead) (\(position)) may no longer lead committee duties"
    case .onLeave(let lead, let month): "\(lead) is on leave in \(month.shown)"
    case .missingSkills(let lead, let skills): "\(lead) lacks the skill \(skills.joined(separator: ", "))"
    case .overCapacity(let lead, let month, let hours, let capacity, let leave):
      "keeping \(lead) would make it lead \(hours) h in \(month.shown), over its capacity of \(capacity) h"
        + (leave ? " after leave" : "")
    case .leadPosition(let lead, let position): "\(lead) holds the item's lead position (\(position))"
    case .rebalanced: "working hours rebalanced"
    case .coordinatorOnLeave(let official, let month): "coordinator \(official) is on leave in \(month.shown)"
    case .coordinatorInactive(let official): "coordinator \(official) is no longer active"
    case .coordinatorPositions:
      "the coordinators are the holders of the item's coordinator positions who are not on leave that month"
    }
  }
}

extension ChangeReason: Encodable {
  enum CodingKeys: String, CodingKey { case kind, vi, en }

  /// Encodes the word and the text in both languages.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    try c.encode(vi, forKey: .vi)
    try c.encode(en, forKey: .en)
  }
}
