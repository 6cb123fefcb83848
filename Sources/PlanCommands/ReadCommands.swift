import PlanCore
import PlanStore

/// Paging shared by the list commands: at most `limit` rows (1–1000, default 50) after `offset`.
enum Paging {
  /// Rows at most.
  static let limit = Param<Int>(
    "limit", .integer(1...1000), default: 50, Bilingual("Số dòng tối đa (mặc định 50)", "Rows at most (default 50)"))
  /// Rows to skip.
  static let offset = Param<Int>(
    "offset", .integer(minimum: 0), default: 0, Bilingual("Bỏ qua bao nhiêu dòng", "Rows to skip"))
  /// Both, in the order the synopsis lists them.
  static let parameters: [any ParameterDeclaration] = [limit, offset]
}

/// The shared declaration of an `area` filter.
let areaFilter = Param<AreaReference?>("area", Bilingual("Lĩnh vực (số hoặc mã)", "Area (number or code)"))

/// `session.whoami`: the acting official and role.
public enum WhoAmI: PlanCommand {
  /// Who is acting, with the day the session takes as today.
  public struct Output: Encodable, Sendable {
    /// Official id, or nil for a viewer.
    public var official: OfficialID?
    /// Name, or nil.
    public var name: String?
    /// Role.
    public var role: Role
    /// The OS account.
    public var osUser: String
    /// Today.
    public var today: CivilDate

    enum CodingKeys: String, CodingKey {
      case official, name, role, osUser, today
    }

    /// Encodes absent values as null.
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(official, forKey: .official)
      try c.encode(name, forKey: .name)
      try c.encode(role, forKey: .role)
      try c.encode(osUser, forKey: .osUser)
      try c.encode(today, forKey: .today)
    }
  }

  /// The JSON-RPC method name.
  public static let name = "session.whoami"
  /// One line in each language.
  public static let summary = Bilingual("Ai đang làm việc, với vai trò gì", "Who is acting, and in which role")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = []
  /// The schema of its result.
  public static let result = Shapes.whoami

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Output {
    let name = try context.actor.officialID.flatMap { try context.database.official($0, today: context.today)?.name }
    return Output(
      official: context.actor.officialID, name: name, role: context.actor.role, osUser: context.actor.osUser,
      today: context.today)
  }
}

/// `areas.list`: area 0 and the six reform areas with counts.
public enum AreasList: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "areas.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Các lĩnh vực, số nhiệm vụ và số việc đã lên kế hoạch, đã xong, quá hạn",
    "The areas with plan items and duties planned, done and overdue")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = []
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.area)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Page<AreaView> {
    try context.database.listAreas(today: context.today)
  }
}

/// `plan.list`: plan items, filtered.
public enum PlanList: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "plan.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Các nhiệm vụ, giải pháp của kế hoạch 2026–2030", "The tasks and solutions of the 2026–2030 plan")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [areaFilter, kind, query]
  /// Tasks or solutions.
  static let kind = Param<PlanItemKind?>("kind", Bilingual("Nhiệm vụ hay giải pháp", "Task or solution"))
  /// Words to find.
  static let query = Param<String?>(
    "query", .text(TextBounds.query), placeholder: "WORDS",
    Bilingual("Từ cần tìm, gõ không dấu cũng được", "Words to find; diacritics optional")
  )
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.planItem)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Page<PlanItemView> {
    try context.database.listPlanItems(
      area: try arguments[areaFilter]?.resolve(context), kind: try arguments[kind], query: try arguments[query])
  }
}

/// `plan.get`: one plan item.
public enum PlanGet: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "plan.get"
  /// One line in each language.
  public static let summary = Bilingual(
    "Một nhiệm vụ của kế hoạch, với câu gốc trong báo cáo", "One plan item, with its sentence in the report")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [id]
  /// The item.
  static let id = Param<PlanItemID>(
    "id", positional: "ITEM", Bilingual("Mã nhiệm vụ, ví dụ 2.2", "Plan item id, e.g. 2.2"))
  /// The schema of its result.
  public static let result = Shapes.planItem

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> PlanItemDetail {
    let id = try arguments[Self.id]
    guard let item = try context.database.planItemDetail(id) else {
      throw PlanError.notFound("Không có nhiệm vụ \(id).", "There is no plan item \(id).")
    }
    return item
  }
}

/// `officials.list`: the roster.
public enum OfficialsList: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Danh sách cán bộ, công chức; số giờ chủ trì và số việc phối hợp tháng này, hoặc của một tháng, một quý",
    "The roster; lead hours and duties coordinated this month, or in a given month or quarter")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [query, active, position, Weekly.month, Weekly.quarter]
  /// Name or id.
  static let query = Param<String?>(
    "query", .text(TextBounds.query), placeholder: "WORDS",
    Bilingual("Tên hoặc mã, gõ không dấu cũng được", "Name or id; diacritics optional"))
  /// Active or not.
  static let active = Param<Bool?>(
    "active", placeholder: "true|false",
    Bilingual("Chỉ người đang hoặc không còn hoạt động", "Only active or inactive officials"))
  /// A position.
  static let position = Param<String?>(
    "position", .text(TextBounds.id), placeholder: "POSITION", Bilingual("Vị trí", "Position"))
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.official)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Page<OfficialView> {
    try context.database.listOfficials(
      query: try arguments[query], active: try arguments[active], position: try arguments[position],
      period: try Weekly.period(arguments), today: context.today)
  }
}

/// `officials.get`: one official.
public enum OfficialsGet: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.get"
  /// One line in each language.
  public static let summary = Bilingual(
    "Một cán bộ, công chức, với các lần nghỉ đang diễn ra và sắp tới",
    "One official, with its current and coming leaves")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [officialParameter]
  /// The schema of its result.
  public static let result = Shapes.official

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> OfficialView {
    let id = try arguments[officialParameter]
    guard var official = try context.database.official(id, today: context.today) else {
      throw PlanError.notFound("Không có cán bộ \(id).", "There is no official \(id).")
    }
    // Its current and coming leaves, as `officials.leaves` lists them.
    official.leaves = try context.database.listLeaves(
      official: id, month: nil, includePast: false, includeCancelled: false, today: context.today
    ).items.map { leave in
      var leave = leave
      leave.name = nil
      return leave
    }
    return official
  }
}

/// `duties.list`: duties, filtered and paged.
public enum DutiesList: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.list"
  /// One line in each language.
  public static let summary = Bilingual("Các việc, lọc và phân trang", "Duties, filtered and paged")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] =
    [official, areaFilter, planItem, year, status, overdue, query] + DutyListFilters.parameters + Paging.parameters
  /// Duties an official leads or coordinates.
  static let official = Param<OfficialID?>(
    "official", placeholder: "ID",
    Bilingual("Việc người này chủ trì hoặc phối hợp", "Duties this official leads or coordinates"))
  /// Duties of a plan item.
  static let planItem = Param<PlanItemID?>(
    "planItem", placeholder: "ITEM", Bilingual("Mã nhiệm vụ kế hoạch", "Plan item id"))
  /// The due date's year.
  static let year = Param<Int?>(
    "year", .integer(PlanBounds.years), placeholder: "YYYY", Bilingual("Năm của hạn", "Year of the due date"))
  /// A status.
  static let status = Param<DutyStatus?>("status", Bilingual("Trạng thái", "Status"))
  /// Overdue or not.
  static let overdue = Param<Bool?>(
    "overdue",
    Bilingual("Chỉ việc quá hạn (true) hoặc không quá hạn (false)", "Only overdue (true) or not overdue (false)"))
  /// Words of the title.
  static let query = Param<String?>(
    "query", .text(TextBounds.query), placeholder: "WORDS",
    Bilingual("Từ trong tên việc, gõ không dấu cũng được", "Words of the title; diacritics optional"))
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.duty)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyPageJSON {
    var filter = DutyFilter()
    filter.official = try arguments[official]
    filter.area = try arguments[areaFilter]?.resolve(context)
    filter.planItem = try arguments[planItem]
    filter.year = try arguments[year]
    filter.status = try arguments[status]
    filter.overdue = try arguments[overdue]
    filter.query = try arguments[query]
    filter.due = try DutyListFilters.due(arguments)
    filter.leadOnly = try arguments[DutyListFilters.leadOnly]
    filter.sort = try arguments[DutyListFilters.sort]
    if filter.leadOnly && filter.official == nil {
      throw PlanError.validation(
        "leadOnly: hãy cho biết cán bộ nào (--official) để chỉ lấy những việc người đó chủ trì.",
        "leadOnly: say which official (--official) to list only the duties it leads.")
    }
    filter.limit = try arguments[Paging.limit]
    filter.offset = try arguments[Paging.offset]
    return try context.database.listDutiesJSON(filter, today: context.today)
  }
}

/// `duties.mine`: the acting official's open duties.
public enum DutiesMine: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.mine"
  /// One line in each language.
  public static let summary = Bilingual(
    "Việc của tôi (chủ trì hoặc phối hợp), hạn gần nhất trước", "My duties (lead or coordinator), soonest due first")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.readOwn
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] =
    [includeDone] + DutyListFilters.parameters + Paging.parameters
  /// Done duties too.
  static let includeDone = Param<Bool>(
    "includeDone", default: false, Bilingual("Kể cả việc đã xong", "Include done duties"))
  /// The schema of its result.
  public static let result = Shapes.myPage

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyPageJSON {
    guard let me = context.actor.officialID else {
      throw PlanError.forbidden("Hãy đăng nhập bằng --as trước.", "Log in with --as first.")
    }
    var filter = MyDutiesFilter()
    filter.includeDone = try arguments[includeDone]
    filter.due = try DutyListFilters.due(arguments)
    filter.leadOnly = try arguments[DutyListFilters.leadOnly]
    filter.sort = try arguments[DutyListFilters.sort]
    filter.limit = try arguments[Paging.limit]
    filter.offset = try arguments[Paging.offset]
    return try context.database.myDuties(me, filter, today: context.today)
  }
}

/// `duties.get`: one duty with its history.
public enum DutiesGet: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.get"
  /// One line in each language.
  public static let summary = Bilingual(
    "Một việc đầy đủ: người chủ trì, người phối hợp, kết quả, lịch sử tiến độ và nhật ký thay đổi",
    "One duty in full: lead, coordinators, result, progress history and audit trail")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter]
  /// The schema of its result.
  public static let result = Shapes.dutyWithHistory

  /// Runs the command in the call's context: the audit trail comes only to whoever may read the audit.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> DutyDetail {
    let id = try arguments[dutyParameter]
    let mayReadAudit = Access.refusal(context.actor.principal, .readAudit, method: AuditList.name) == nil
    guard let duty = try context.database.dutyDetail(id, today: context.today, withAudit: mayReadAudit) else {
      throw PlanError.notFound("Không có việc \(id).", "There is no duty \(id).")
    }
    return duty
  }
}

/// `audit.list`: who changed what.
public enum AuditList: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "audit.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Nhật ký: ai đã thay đổi gì, mới nhất trước", "The audit log: who changed what, newest first")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.readAudit
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [duty, official, from, to] + Paging.parameters
  /// One duty's rows.
  static let duty = Param<DutyID?>("duty", placeholder: "ID", Bilingual("Mã việc", "Duty id"))
  /// One official's rows.
  static let official = Param<OfficialID?>(
    "official", placeholder: "ID", Bilingual("Người thực hiện hoặc cán bộ bị thay đổi", "Acting or changed official"))
  /// From this day.
  static let from = Param<CivilDate?>("from", Bilingual("Từ ngày", "From date"))
  /// Up to this day.
  static let to = Param<CivilDate?>("to", Bilingual("Đến ngày", "To date"))
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.audit)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Page<AuditEntry> {
    try context.database.listAudit(
      duty: try arguments[duty], official: try arguments[official], from: try arguments[from], to: try arguments[to],
      limit: try arguments[Paging.limit], offset: try arguments[Paging.offset])
  }
}
