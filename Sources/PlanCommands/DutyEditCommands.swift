import PlanCore
import PlanStore

/// `duties.update`: edit a duty — an ad-hoc duty's title, due date, hours, area and note, a plan
/// duty's due date and hours (PlanCore's `DutyRules.edit`).
public enum DutiesUpdate: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.update"
  /// One line in each language.
  public static let summary = Bilingual(
    "Sửa việc: tên, hạn, số giờ, lĩnh vực, ghi chú của việc đột xuất; hạn và số giờ của việc theo kế hoạch",
    "Edit a duty: an ad-hoc duty's title, due date, hours, area and note; a plan duty's due date and hours")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [
    dutyParameter, title, due, effort, area, note, versionParameter,
  ]
  /// A new title.
  static let title = Param<String?>(
    "title", .text(TextBounds.name), placeholder: "TEXT",
    Bilingual("Tên việc mới (việc đột xuất)", "New title (ad-hoc duty)"))
  /// A new due date.
  static let due = Param<CivilDate?>(
    "due",
    Bilingual(
      "Hạn mới, trong 2026–2030; giờ của việc tính vào tháng của hạn",
      "New due date, within 2026–2030; the hours count in its month"))
  /// New hours.
  static let effort = Param<Int?>(
    "effort", .integer(PlanBounds.hours), placeholder: "HOURS", Bilingual("Số giờ mới", "New hours"))
  /// A new area.
  static let area = Param<AreaReference?>(
    "area", Bilingual("Lĩnh vực mới, số hoặc mã (việc đột xuất)", "New area, number or code (ad-hoc duty)"))
  /// A new note.
  static let note = Param<String?>(
    "note", .text(TextBounds.freeText), placeholder: "TEXT",
    Bilingual("Ghi chú mới, \"\" để xóa (việc đột xuất)", "New note, \"\" to clear it (ad-hoc duty)"))
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    let edit = DutyEdit(
      title: try arguments[title], due: try arguments[due], effort: try arguments[effort],
      area: try arguments[area]?.resolve(context), note: try arguments[note])
    return try context.database.updateDuty(
      try arguments[dutyParameter], edit, version: try arguments[versionParameter], by: context.actor,
      today: context.today)
  }
}
