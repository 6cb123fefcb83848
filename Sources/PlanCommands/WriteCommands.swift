import PlanCore
import PlanStore

/// The version a change was made against (optimistic concurrency), shared by every change.
let versionParameter = Param<Int?>(
  "version", .integer(minimum: 1),
  Bilingual("Phiên bản đã đọc; nếu đã bị sửa thì từ chối", "The version you read; refused if it changed since"))
/// The duty a command acts on.
let dutyParameter = Param<DutyID>("id", positional: "DUTY", Bilingual("Mã việc", "Duty id"))
/// The official a command acts on.
let officialParameter = Param<OfficialID>("id", positional: "OFFICIAL", Bilingual("Mã cán bộ", "Official id"))

/// `duties.create`: an ad-hoc duty (giao việc đột xuất).
public enum DutiesCreate: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.create"
  /// One line in each language.
  public static let summary = Bilingual(
    "Giao một việc đột xuất (mã DX-NĂM-SỐ)", "Create an ad-hoc duty (id DX-YEAR-NNN)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [title, area, due, effort, lead, coordinators, note]
  /// Title.
  static let title = Param<String>("title", .text(TextBounds.name), positional: "TITLE", Bilingual("Tên việc", "Title"))
  /// Area.
  static let area = Param<AreaReference>("area", Bilingual("Lĩnh vực (số hoặc mã)", "Area (number or code)"))
  /// Due date.
  static let due = Param<CivilDate>("due", Bilingual("Hạn, trong 2026–2030", "Due date, within 2026–2030"))
  /// Hours.
  static let effort = Param<Int>(
    "effort", .integer(PlanBounds.hours), placeholder: "HOURS", Bilingual("Số giờ", "Hours"))
  /// A lead, which pins the duty.
  static let lead = Param<OfficialID?>(
    "lead", placeholder: "ID", Bilingual("Người chủ trì (việc được ghim)", "Lead (the duty is pinned)"))
  /// Coordinators.
  static let coordinators = Param<[OfficialID]>(
    "coordinators", default: [], Bilingual("Người phối hợp", "Coordinators"))
  /// Note.
  static let note = Param<String?>(
    "note", .text(TextBounds.freeText), placeholder: "TEXT", Bilingual("Ghi chú", "Note"))
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    let new = NewDuty(
      title: try arguments[title], area: try arguments[area].resolve(context), due: try arguments[due],
      effort: try arguments[effort], lead: try arguments[lead], coordinators: try arguments[coordinators],
      note: try arguments[note])
    return try context.database.createDuty(new, by: context.actor, today: context.today)
  }
}

/// `duties.assign`: set the lead and/or the coordinators.
public enum DutiesAssign: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.assign"
  /// One line in each language.
  public static let summary = Bilingual(
    "Giao người chủ trì và/hoặc người phối hợp; việc được ghim trừ khi pin: false",
    "Set the lead and/or coordinators; pins the duty unless pin: false")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [
    dutyParameter, lead, coordinators, pin, dryRun, versionParameter,
  ]
  /// Only show what would change, with its warnings.
  static let dryRun = Param<Bool>(
    "dryRun", default: false,
    Bilingual("Chỉ xem trước kết quả và cảnh báo, không ghi gì", "Only preview the result and warnings; write nothing"))
  /// The new lead.
  static let lead = Param<OfficialID?>("lead", placeholder: "ID", Bilingual("Người chủ trì", "Lead"))
  /// The new coordinators.
  static let coordinators = Param<[OfficialID]?>(
    "coordinators", Bilingual("Người phối hợp (thay danh sách cũ)", "Coordinators (replacing the list)"))
  /// Whether the lead is pinned.
  static let pin = Param<Bool>(
    "pin", default: true,
    Bilingual(
      "Ghim để việc xếp lịch tự động không đổi (mặc định true)", "Pin against automatic scheduling (default true)"))
  /// The schema of its result: the duty, and `dryRun` in a dry run.
  public static let result = Shapes.assigned

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> AssignOutcome {
    let dryRun = try arguments[dryRun]
    let duty = try context.database.assignDuty(
      try arguments[dutyParameter], lead: try arguments[lead], coordinators: try arguments[coordinators],
      pin: try arguments[pin], version: try arguments[versionParameter], by: context.actor, today: context.today,
      dryRun: dryRun)
    return AssignOutcome(duty: duty, dryRun: dryRun)
  }
}

/// `duties.unassign`: clear the lead.
public enum DutiesUnassign: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.unassign"
  /// One line in each language.
  public static let summary = Bilingual("Bỏ người chủ trì của một việc", "Clear a duty's lead")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter, versionParameter]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    try context.database.unassignDuty(
      try arguments[dutyParameter], version: try arguments[versionParameter], by: context.actor, today: context.today)
  }
}

/// `duties.progress`: report progress.
public enum DutiesProgress: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.progress"
  /// One line in each language.
  public static let summary = Bilingual(
    "Báo cáo tiến độ (0–100%) việc mình chủ trì (tiến độ của việc) hoặc phối hợp (phần của mình)",
    "Report progress (0–100%) on a duty you lead (the duty's percent) or coordinate (your own part)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.reportProgress
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter, percent, note, versionParameter]
  /// The percent.
  static let percent = Param<Int>(
    "percent", .integer(DutyRules.percents), positional: "PERCENT", Bilingual("Phần trăm", "Percent"))
  /// What was done.
  static let note = Param<String?>(
    "note", .text(TextBounds.freeText), placeholder: "TEXT",
    Bilingual("Đã làm được gì (bắt buộc khi hạ tiến độ)", "What was done (needed to lower the percent)"))
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    try context.database.reportProgress(
      try arguments[dutyParameter], percent: try arguments[percent], note: try arguments[note],
      version: try arguments[versionParameter], by: context.actor, today: context.today)
  }
}

/// `duties.complete`: mark done.
public enum DutiesComplete: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.complete"
  /// One line in each language.
  public static let summary = Bilingual(
    "Hoàn thành việc mình chủ trì (ghi kết quả và minh chứng)",
    "Complete a duty you lead (result and evidence)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.complete
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter, outcome, evidence, versionParameter]
  /// What came of it (the member `result`).
  static let outcome = Param<String?>(
    "result", .text(TextBounds.freeText), placeholder: "TEXT", Bilingual("Kết quả đạt được", "What came of it"))
  /// The evidence.
  static let evidence = Param<String?>(
    "evidence", .text(TextBounds.freeText), placeholder: "REF",
    Bilingual("Minh chứng: số văn bản, tên tệp", "Evidence: document number, file name")
  )
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    try context.database.completeDuty(
      try arguments[dutyParameter], result: try arguments[outcome], evidence: try arguments[evidence],
      version: try arguments[versionParameter], by: context.actor, today: context.today)
  }
}

/// `duties.cancel`: cancel with a reason.
public enum DutiesCancel: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.cancel"
  /// One line in each language.
  public static let summary = Bilingual("Hủy một việc, nêu lý do", "Cancel a duty, with a reason")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter, reason, versionParameter]
  /// Why.
  static let reason = Param<String>(
    "reason", .text(TextBounds.freeText), placeholder: "TEXT", Bilingual("Lý do", "Reason"))
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    try context.database.cancelDuty(
      try arguments[dutyParameter], reason: try arguments[reason], version: try arguments[versionParameter],
      by: context.actor, today: context.today)
  }
}

/// `duties.reopen`: reopen a done or cancelled duty.
public enum DutiesReopen: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.reopen"
  /// One line in each language.
  public static let summary = Bilingual("Mở lại việc đã xong hoặc đã hủy", "Reopen a done or cancelled duty")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter, versionParameter]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyView {
    try context.database.reopenDuty(
      try arguments[dutyParameter], version: try arguments[versionParameter], by: context.actor, today: context.today)
  }
}

/// `officials.add`: a new official.
public enum OfficialsAdd: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.add"
  /// One line in each language.
  public static let summary = Bilingual("Thêm cán bộ, công chức", "Add an official")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [
    id, fullName, position, legacyTitle, kind, officialRole, skills, capacity,
  ]
  /// Its id (a new one: text, not an official to look up by name).
  static let id = Param<String?>(
    "id", .text(TextBounds.id), placeholder: "ID",
    Bilingual("Mã (mặc định: vị trí-số)", "Id (default: position-number)"))
  /// Its name.
  static let fullName = Param<String>("name", .text(TextBounds.name), positional: "NAME", Bilingual("Họ tên", "Name"))
  /// Its position.
  static let position = Param<String>(
    "position", .text(TextBounds.id), placeholder: "POSITION", Bilingual("Vị trí", "Position"))
  /// Its title under the old decree.
  static let legacyTitle = Param<String?>(
    "legacyTitle", .text(TextBounds.name), placeholder: "TITLE",
    Bilingual("Chức danh theo NĐ 33/2023", "Title under Decree 33/2023"))
  /// Cán bộ or công chức.
  static let kind = Param<StaffKind>(
    "kind", default: .congChuc,
    Bilingual(
      "Cán bộ (`can-bo`) hay công chức (`cong-chuc`, mặc định)",
      "Elected official (`can-bo`) or civil servant (`cong-chuc`, the default)"))
  /// Its role.
  static let officialRole = Param<Role>(
    "role", default: .official,
    Bilingual(
      "Vai trò: `viewer` người xem, `official` cán bộ (mặc định), `chair` Chủ tịch",
      "Role: `viewer`, `official` (the default) or `chair`"))
  /// Its skills.
  static let skills = Param<[String]>(
    "skills", .array(.text(TextBounds.id)), default: [], Bilingual("Kỹ năng", "Skills"))
  /// Its hours a month.
  static let capacity = Param<Int>(
    "capacity", .integer(PlanBounds.hours), placeholder: "HOURS", default: 16,
    Bilingual("Số giờ CCHC mỗi tháng (mặc định 16)", "CCHC hours a month (default 16)"))
  /// The schema of its result.
  public static let result = Shapes.official

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> OfficialView {
    try context.database.addOfficial(
      NewOfficial(
        id: try arguments[id].map(OfficialID.init(rawValue:)), name: try arguments[fullName],
        position: try arguments[position],
        legacyTitle: try arguments[legacyTitle], kind: try arguments[kind], role: try arguments[officialRole],
        skills: try arguments[skills], capacity: try arguments[capacity]), by: context.actor, today: context.today)
  }
}

/// `officials.update`: change an official; deactivation takes it off every open duty.
public enum OfficialsUpdate: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.update"
  /// One line in each language.
  public static let summary = Bilingual(
    "Sửa thông tin cán bộ; ngừng hoạt động (hoặc chuyển sang vị trí không được chủ trì) thì rút khỏi mọi việc đang mở",
    "Change an official; deactivating it (or moving it to a post that may not lead) takes it off every open duty")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [
    officialParameter, fullName, position, OfficialsAdd.legacyTitle, officialRole, skills, capacity, active,
    versionParameter,
  ]
  /// A new name.
  static let fullName = Param<String?>("name", .text(TextBounds.name), placeholder: "NAME", Bilingual("Họ tên", "Name"))
  /// A new position.
  static let position = Param<String?>(
    "position", .text(TextBounds.id), placeholder: "POSITION", Bilingual("Vị trí", "Position"))
  /// A new role.
  static let officialRole = Param<Role?>("role", Bilingual("Vai trò", "Role"))
  /// New skills.
  static let skills = Param<[String]?>(
    "skills", .array(.text(TextBounds.id)), Bilingual("Kỹ năng (thay danh sách cũ)", "Skills (replacing the list)"))
  /// New hours a month.
  static let capacity = Param<Int?>(
    "capacity", .integer(PlanBounds.hours), placeholder: "HOURS", Bilingual("Số giờ mỗi tháng", "Hours a month"))
  /// Active or not.
  static let active = Param<Bool?>("active", placeholder: "true|false", Bilingual("Đang hoạt động", "Active"))
  /// The schema of its result.
  public static let result = Shapes.official

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> OfficialView {
    var change = OfficialChange()
    change.name = try arguments[fullName]
    change.position = try arguments[position]
    change.legacyTitle = try arguments[OfficialsAdd.legacyTitle]
    change.role = try arguments[officialRole]
    change.skills = try arguments[skills]
    change.capacity = try arguments[capacity]
    change.active = try arguments[active]
    return try context.database.updateOfficial(
      try arguments[officialParameter], change, version: try arguments[versionParameter], by: context.actor,
      today: context.today)
  }
}

/// `officials.leave`: record a leave.
public enum OfficialsLeave: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.leave"
  /// One line in each language.
  public static let summary = Bilingual(
    "Ghi một lần nghỉ (phép, ốm, học tập)", "Record a leave (holiday, illness, training)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [official, from, to, reason]
  /// Who.
  static let official = Param<OfficialID>("official", positional: "OFFICIAL", Bilingual("Mã cán bộ", "Official id"))
  /// First day.
  static let from = Param<CivilDate>("from", Bilingual("Từ ngày", "First day"))
  /// Last day.
  static let to = Param<CivilDate>("to", Bilingual("Đến ngày", "Last day"))
  /// Why.
  static let reason = Param<String?>(
    "reason", .text(TextBounds.freeText), placeholder: "TEXT", Bilingual("Lý do", "Reason"))
  /// The schema of its result.
  public static let result = Shapes.leave

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> LeaveView {
    try context.database.addLeave(
      official: try arguments[official], from: try arguments[from], to: try arguments[to],
      reason: try arguments[reason], by: context.actor, today: context.today)
  }
}

/// `officials.leave.cancel`: cancel a leave.
public enum OfficialsLeaveCancel: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.leave.cancel"
  /// One line in each language.
  public static let summary = Bilingual("Hủy một lần nghỉ đã ghi", "Cancel a recorded leave")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [leave, versionParameter]
  /// The leave's number.
  static let leave = Param<Int>(
    "id", .integer(minimum: 1), positional: "LEAVE", Bilingual("Số của lần nghỉ", "Leave number"))
  /// The schema of its result.
  public static let result = Shapes.leave

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> LeaveView {
    try context.database.cancelLeave(try arguments[leave], version: try arguments[versionParameter], by: context.actor)
  }
}
