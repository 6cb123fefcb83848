/// What `duties.update` asks to change on a duty; a nil member is left as it is.
public struct DutyEdit: Sendable, Equatable {
  /// A new title (ad-hoc duties only).
  public var title: String?
  /// A new due date; the duty's period (the month its hours count in) follows it.
  public var due: CivilDate?
  /// New hours.
  public var effort: Int?
  /// A new area id (ad-hoc duties only).
  public var area: Int?
  /// A new note, or `""` to clear it (ad-hoc duties only).
  public var note: String?

  /// Creates an edit.
  public init(title: String? = nil, due: CivilDate? = nil, effort: Int? = nil, area: Int? = nil, note: String? = nil) {
    self.title = title
    self.due = due
    self.effort = effort
    self.area = area
    self.note = note
  }

  /// The members given, by their parameter names, in the order the command declares them.
  public var given: [String] {
    [
      ("title", title != nil), ("due", due != nil), ("effort", effort != nil), ("area", area != nil),
      ("note", note != nil),
    ]
    .filter(\.1).map(\.0)
  }
}

extension DutyRules {
  /// What the chair may edit on a plan duty: its title, area and note are the plan item's.
  public static let planEditable = ["due", "effort"]

  /// Editing an open duty (the chair's `duties.update`): at least one member; an ad-hoc duty takes
  /// a new title, due date, effort, area and note, a plan duty only a new due date and effort; the
  /// due date stays within the plan's years and the hours within their bounds. The duty keeps its
  /// id, and its period follows the due date.
  /// - Returns: the duty's period after the edit.
  /// - Throws: `PlanError.validation` naming the member at fault, `.conflict` for a closed duty.
  public static func edit(_ duty: DutyFacts, _ edit: DutyEdit) throws -> Month {
    guard !edit.given.isEmpty else {
      throw PlanError.validation(
        "Cần ít nhất một thay đổi: title, due, effort, area hoặc note.",
        "Give at least one change: title, due, effort, area or note.")
    }
    try requireOpen(duty, to: ("sửa", "edit"))
    if let item = duty.planItem, let field = edit.given.first(where: { !planEditable.contains($0) }) {
      let word = ["title": ("tên", "title"), "area": ("lĩnh vực", "area"), "note": ("ghi chú", "note")][field]
      throw PlanError.validation(
        "\(field): chỉ sửa được \(word?.0 ?? field) của việc đột xuất; việc \(duty.id) theo nhiệm vụ \(item) của kế hoạch chỉ sửa được hạn (due) và số giờ (effort).",
        "\(field): only an ad-hoc duty's \(word?.1 ?? field) can be edited; duty \(duty.id) comes from plan item \(item), so only its due date (due) and hours (effort) can."
      )
    }
    if let due = edit.due { try PlanBounds.requireInPlan(due, field: "due") }
    if let effort = edit.effort { try PlanBounds.requireHours(effort, field: "effort") }
    return edit.due?.period ?? duty.period
  }
}
