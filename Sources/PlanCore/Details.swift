/// One duty in full, as `duties.get` returns it: the duty (its JSON is the duty's, with its
/// progress history and, for whoever may read the audit, its audit trail) and the names people
/// read beside the ids — which are for the text only, never in the JSON.
public struct DutyDetail: Encodable, Sendable, Equatable, JSONWritable {
  /// The duty, with `progress` and, when the reader may see it, `audit`.
  public var duty: DutyView
  /// Whether the reader may see the audit trail (else `duty.audit` is nil and the text says who may).
  public var auditVisible: Bool
  /// The names of the officials the duty, its history and its trail name, by id.
  public var officialNames: [OfficialID: String]
  /// The area's name.
  public var areaName: String?
  /// The plan item's title, for a plan duty.
  public var planItemTitle: String?

  /// Creates a value.
  public init(
    duty: DutyView, auditVisible: Bool, officialNames: [OfficialID: String] = [:], areaName: String? = nil,
    planItemTitle: String? = nil
  ) {
    self.duty = duty
    self.auditVisible = auditVisible
    self.officialNames = officialNames
    self.areaName = areaName
    self.planItemTitle = planItemTitle
  }

  /// The duty's JSON.
  public func encode(to encoder: any Encoder) throws { try duty.encode(to: encoder) }

  /// The duty's JSON, keys sorted.
  public func writeJSON(into json: inout JSONBytes) { duty.writeJSON(into: &json) }
}

/// One plan item in full, as `plan.get` returns it: the item (its JSON is the item's) and the
/// names of its area, positions, skills and indicators, for the text only.
public struct PlanItemDetail: Encodable, Sendable, Equatable {
  /// The item.
  public var item: PlanItemView
  /// The area's name.
  public var areaName: String?
  /// Position names by id.
  public var positionNames: [String: String]
  /// Skill names by id.
  public var skillNames: [String: String]
  /// Indicator names by id.
  public var indicatorNames: [String: String]

  /// Creates a value.
  public init(
    item: PlanItemView, areaName: String? = nil, positionNames: [String: String] = [:],
    skillNames: [String: String] = [:], indicatorNames: [String: String] = [:]
  ) {
    self.item = item
    self.areaName = areaName
    self.positionNames = positionNames
    self.skillNames = skillNames
    self.indicatorNames = indicatorNames
  }

  /// The item's JSON.
  public func encode(to encoder: any Encoder) throws { try item.encode(to: encoder) }
}
