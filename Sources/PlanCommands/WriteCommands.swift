import PlanCore
import PlanStore

let versionParameter = Parameter(
  "version", .integer(minimum: 1),
  Bilingual("Phiên bản đã đọc; nếu đã bị sửa thì từ chối", "The version you read; refused if it changed since"))
let dutyParameter = Parameter("id", .string(), required: true, positional: "DUTY", Bilingual("Mã việc", "Duty id"))

/// `duties.create`: an ad-hoc duty (giao việc đột xuất).
public enum DutiesCreate: PlanCommand {
  /// The new duty.
  public struct Params: Decodable, Sendable {
    var title: String
    var area: AreaReference
    var due: CivilDate
    var effort: Int
    var lead: String?
    var coordinators: [String]?
    var note: String?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.create"
  /// One line in each language.
  public static let summary = Bilingual(
    "Giao một việc đột xuất (mã DX-NĂM-SỐ)", "Create an ad-hoc duty (id DX-YEAR-NNN)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters = [
    Parameter("title", .string(), required: true, positional: "TITLE", Bilingual("Tên việc", "Title")),
    Parameter("area", areaSchema, required: true, Bilingual("Lĩnh vực (số hoặc mã)", "Area (number or code)")),
    Parameter("due", .date, required: true, Bilingual("Hạn, trong 2026–2030", "Due date, within 2026–2030")),
    Parameter(
      "effort", .integer(minimum: 0, maximum: PlanBounds.monthHours), required: true, placeholder: "HOURS",
      Bilingual("Số giờ", "Hours")),
    Parameter(
      "lead", .string(), placeholder: "ID", Bilingual("Người chủ trì (việc được ghim)", "Lead (the duty is pinned)")),
    Parameter("coordinators", .array(.string()), Bilingual("Người phối hợp", "Coordinators")),
    Parameter("note", .string(), placeholder: "TEXT", Bilingual("Ghi chú", "Note")),
  ]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyView {
    let new = NewDuty(
      title: params.title, area: try params.area.resolve(context), due: params.due, effort: params.effort,
      lead: params.lead, coordinators: params.coordinators ?? [], note: params.note)
    return try context.database.createDuty(new, by: context.actor, today: context.today)
  }
}

/// `duties.assign`: set the lead and/or the coordinators.
public enum DutiesAssign: PlanCommand {
  /// The change.
  public struct Params: Decodable, Sendable {
    var id: String
    var lead: String?
    var coordinators: [String]?
    var pin: Bool?
    var version: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.assign"
  /// One line in each language.
  public static let summary = Bilingual(
    "Giao người chủ trì và/hoặc người phối hợp; việc được ghim trừ khi pin: false",
    "Set the lead and/or coordinators; pins the duty unless pin: false")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters = [
    dutyParameter, Parameter("lead", .string(), placeholder: "ID", Bilingual("Người chủ trì", "Lead")),
    Parameter(
      "coordinators", .array(.string()),
      Bilingual("Người phối hợp (thay danh sách cũ)", "Coordinators (replacing the list)")),
    Parameter(
      "pin", .boolean, defaultValue: .bool(true),
      Bilingual(
        "Ghim để việc xếp lịch tự động không đổi (mặc định true)", "Pin against automatic scheduling (default true)")),
    versionParameter,
  ]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyView {
    try context.database.assignDuty(
      params.id, lead: params.lead, coordinators: params.coordinators, pin: params.pin ?? true,
      version: params.version, by: context.actor, today: context.today)
  }
}

/// A duty id and an optional version.
public struct DutyVersionParams: Decodable, Sendable {
  var id: String
  var version: Int?
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
  public static let parameters = [dutyParameter, versionParameter]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: DutyVersionParams, in context: CommandContext) throws -> DutyView {
    try context.database.unassignDuty(params.id, version: params.version, by: context.actor, today: context.today)
  }
}

/// `duties.progress`: report progress.
public enum DutiesProgress: PlanCommand {
  /// The report.
  public struct Params: Decodable, Sendable {
    var id: String
    var percent: Int
    var note: String?
    var version: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.progress"
  /// One line in each language.
  public static let summary = Bilingual(
    "Báo cáo tiến độ (0–100%) việc mình chủ trì (tiến độ của việc) hoặc phối hợp (phần của mình)",
    "Report progress (0–100%) on a duty you lead (the duty's percent) or coordinate (your own part)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.reportProgress
  /// Its parameters.
  public static let parameters = [
    dutyParameter,
    Parameter(
      "percent", .integer(minimum: 0, maximum: 100), required: true, positional: "PERCENT",
      Bilingual("Phần trăm", "Percent")),
    Parameter(
      "note", .string(), placeholder: "TEXT",
      Bilingual("Đã làm được gì (bắt buộc khi hạ tiến độ)", "What was done (needed to lower the percent)")),
    versionParameter,
  ]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyView {
    try context.database.reportProgress(
      params.id, percent: params.percent, note: params.note, version: params.version, by: context.actor,
      today: context.today)
  }
}

/// `duties.complete`: mark done.
public enum DutiesComplete: PlanCommand {
  /// The result and its evidence.
  public struct Params: Decodable, Sendable {
    var id: String
    var result: String?
    var evidence: String?
    var version: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.complete"
  /// One line in each language.
  public static let summary = Bilingual(
    "Hoàn thành việc mình chủ trì (ghi kết quả, tài liệu kiểm chứng)",
    "Complete a duty you lead (result, evidence reference)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.complete
  /// Its parameters.
  public static let parameters = [
    dutyParameter,
    Parameter("result", .string(), placeholder: "TEXT", Bilingual("Kết quả đạt được", "What came of it")),
    Parameter(
      "evidence", .string(), placeholder: "REF",
      Bilingual("Tài liệu kiểm chứng: số văn bản, tệp", "Evidence: document number, file")),
    versionParameter,
  ]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyView {
    try context.database.completeDuty(
      params.id, result: params.result, evidence: params.evidence, version: params.version, by: context.actor,
      today: context.today)
  }
}

/// `duties.cancel`: cancel with a reason.
public enum DutiesCancel: PlanCommand {
  /// The reason.
  public struct Params: Decodable, Sendable {
    var id: String
    var reason: String
    var version: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.cancel"
  /// One line in each language.
  public static let summary = Bilingual("Hủy một việc, nêu lý do", "Cancel a duty, with a reason")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageDuties
  /// Its parameters.
  public static let parameters = [
    dutyParameter, Parameter("reason", .string(), required: true, placeholder: "TEXT", Bilingual("Lý do", "Reason")),
    versionParameter,
  ]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyView {
    try context.database.cancelDuty(
      params.id, reason: params.reason, version: params.version, by: context.actor, today: context.today)
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
  public static let parameters = [dutyParameter, versionParameter]
  /// The schema of its result.
  public static let result = Shapes.duty

  /// Runs the command in the call's context.
  public static func run(_ params: DutyVersionParams, in context: CommandContext) throws -> DutyView {
    try context.database.reopenDuty(params.id, version: params.version, by: context.actor, today: context.today)
  }
}

/// `officials.add`: a new official.
public enum OfficialsAdd: PlanCommand {
  /// The new official.
  public struct Params: Decodable, Sendable {
    var id: String?
    var name: String
    var position: String
    var legacyTitle: String?
    var kind: StaffKind?
    var role: Role?
    var skills: [String]?
    var capacity: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "officials.add"
  /// One line in each language.
  public static let summary = Bilingual("Thêm cán bộ, công chức", "Add an official")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters = [
    Parameter(
      "id", .string(), placeholder: "ID", Bilingual("Mã (mặc định: vị trí-số)", "Id (default: position-number)")),
    Parameter("name", .string(), required: true, positional: "NAME", Bilingual("Họ tên", "Name")),
    Parameter("position", .string(), required: true, placeholder: "POSITION", Bilingual("Vị trí", "Position")),
    Parameter(
      "legacyTitle", .string(), placeholder: "TITLE",
      Bilingual("Chức danh theo NĐ 33/2023", "Title under Decree 33/2023")),
    Parameter(
      "kind", .string(values: ["can-bo", "cong-chuc"]),
      Bilingual("Cán bộ hay công chức (mặc định công chức)", "Cán bộ or công chức (default công chức)")),
    Parameter(
      "role", .string(values: ["viewer", "official", "chair"]),
      Bilingual("Vai trò (mặc định official)", "Role (default official)")),
    Parameter("skills", .array(.string()), Bilingual("Kỹ năng", "Skills")),
    Parameter(
      "capacity", .integer(minimum: 0, maximum: PlanBounds.monthHours), placeholder: "HOURS",
      Bilingual("Số giờ CCHC mỗi tháng (mặc định 16)", "CCHC hours a month (default 16)")),
  ]
  /// The schema of its result.
  public static let result = Shapes.official

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> OfficialView {
    try context.database.addOfficial(
      NewOfficial(
        id: params.id, name: params.name, position: params.position, legacyTitle: params.legacyTitle,
        kind: params.kind ?? .congChuc, role: params.role ?? .official, skills: params.skills ?? [],
        capacity: params.capacity ?? 16), by: context.actor, today: context.today)
  }
}

/// `officials.update`: change an official; deactivation takes it off every open duty.
public enum OfficialsUpdate: PlanCommand {
  /// The change.
  public struct Params: Decodable, Sendable {
    var id: String
    var name: String?
    var position: String?
    var legacyTitle: String?
    var role: Role?
    var skills: [String]?
    var capacity: Int?
    var active: Bool?
    var version: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "officials.update"
  /// One line in each language.
  public static let summary = Bilingual(
    "Sửa thông tin cán bộ; ngừng hoạt động (hoặc chuyển sang vị trí không được chủ trì) thì rút khỏi mọi việc đang mở",
    "Change an official; deactivating it (or moving it to a post that may not lead) takes it off every open duty")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters = [
    Parameter("id", .string(), required: true, positional: "OFFICIAL", Bilingual("Mã cán bộ", "Official id")),
    Parameter("name", .string(), placeholder: "NAME", Bilingual("Họ tên", "Name")),
    Parameter("position", .string(), placeholder: "POSITION", Bilingual("Vị trí", "Position")),
    Parameter(
      "legacyTitle", .string(), placeholder: "TITLE",
      Bilingual("Chức danh theo NĐ 33/2023", "Title under Decree 33/2023")),
    Parameter("role", .string(values: ["viewer", "official", "chair"]), Bilingual("Vai trò", "Role")),
    Parameter("skills", .array(.string()), Bilingual("Kỹ năng (thay danh sách cũ)", "Skills (replacing the list)")),
    Parameter(
      "capacity", .integer(minimum: 0, maximum: PlanBounds.monthHours), placeholder: "HOURS",
      Bilingual("Số giờ mỗi tháng", "Hours a month")),
    Parameter("active", .boolean, placeholder: "true|false", Bilingual("Đang hoạt động", "Active")), versionParameter,
  ]
  /// The schema of its result.
  public static let result = Shapes.official

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> OfficialView {
    var change = OfficialChange()
    change.name = params.name
    change.position = params.position
    change.legacyTitle = params.legacyTitle
    change.role = params.role
    change.skills = params.skills
    change.capacity = params.capacity
    change.active = params.active
    return try context.database.updateOfficial(
      params.id, change, version: params.version, by: context.actor, today: context.today)
  }
}

/// `officials.leave`: record a leave.
public enum OfficialsLeave: PlanCommand {
  /// The leave.
  public struct Params: Decodable, Sendable {
    var official: String
    var from: CivilDate
    var to: CivilDate
    var reason: String?
  }

  /// The JSON-RPC method name.
  public static let name = "officials.leave"
  /// One line in each language.
  public static let summary = Bilingual(
    "Ghi một lần nghỉ (phép, ốm, học tập)", "Record a leave (holiday, illness, training)")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters = [
    Parameter("official", .string(), required: true, positional: "OFFICIAL", Bilingual("Mã cán bộ", "Official id")),
    Parameter("from", .date, required: true, Bilingual("Từ ngày", "First day")),
    Parameter("to", .date, required: true, Bilingual("Đến ngày", "Last day")),
    Parameter("reason", .string(), placeholder: "TEXT", Bilingual("Lý do", "Reason")),
  ]
  /// The schema of its result.
  public static let result = Shapes.leave

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> LeaveView {
    try context.database.addLeave(
      official: params.official, from: params.from, to: params.to, reason: params.reason, by: context.actor,
      today: context.today)
  }
}

/// `officials.leave.cancel`: cancel a leave.
public enum OfficialsLeaveCancel: PlanCommand {
  /// The leave.
  public struct Params: Decodable, Sendable {
    var id: Int
    var version: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "officials.leave.cancel"
  /// One line in each language.
  public static let summary = Bilingual("Hủy một lần nghỉ đã ghi", "Cancel a recorded leave")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.manageOfficials
  /// Its parameters.
  public static let parameters = [
    Parameter(
      "id", .integer(minimum: 1), required: true, positional: "LEAVE", Bilingual("Số của lần nghỉ", "Leave number")),
    versionParameter,
  ]
  /// The schema of its result.
  public static let result = Shapes.leave

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> LeaveView {
    try context.database.cancelLeave(params.id, version: params.version, by: context.actor)
  }
}
