import PlanCore
import PlanStore

/// No parameters.
public struct NoParams: Decodable, Sendable {}

/// Paging shared by the list commands.
let pagingParameters = [
  Parameter(
    "limit", .integer(minimum: 1, maximum: 1000), Bilingual("Số dòng tối đa (mặc định 50)", "Rows at most (default 50)")
  ),
  Parameter("offset", .integer(minimum: 0), Bilingual("Bỏ qua bao nhiêu dòng", "Rows to skip")),
]

/// Checks `limit` (1–1000, default 50) and `offset` (≥ 0, default 0).
func paging(_ limit: Int?, _ offset: Int?) throws -> (limit: Int, offset: Int) {
  let limit = limit ?? 50
  let offset = offset ?? 0
  guard (1...1000).contains(limit) else {
    throw PlanError.validation("limit: phải từ 1 đến 1000.", "limit: must be between 1 and 1000.")
  }
  guard offset >= 0 else { throw PlanError.validation("offset: không được âm.", "offset: must not be negative.") }
  return (limit, offset)
}

/// `session.whoami`: the acting official and role.
public enum WhoAmI: PlanCommand {
  /// Who is acting, with the day the session takes as today.
  public struct Output: Encodable, Sendable {
    /// Official id, or nil for a viewer.
    public var official: String?
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
  public static let parameters: [Parameter] = []
  /// The schema of its result.
  public static let result = Shapes.whoami

  /// Runs the command in the call's context.
  public static func run(_ params: NoParams, in context: CommandContext) throws -> Output {
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
  public static let parameters: [Parameter] = []
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.area)

  /// Runs the command in the call's context.
  public static func run(_ params: NoParams, in context: CommandContext) throws -> Page<AreaView> {
    try context.database.listAreas(today: context.today)
  }
}

/// `plan.list`: plan items, filtered.
public enum PlanList: PlanCommand {
  /// Filters.
  public struct Params: Decodable, Sendable {
    var area: AreaReference?
    var kind: PlanItemKind?
    var query: String?
  }

  /// The JSON-RPC method name.
  public static let name = "plan.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Các nhiệm vụ, giải pháp của kế hoạch 2026–2030", "The tasks and solutions of the 2026–2030 plan")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters = [
    Parameter("area", areaSchema, Bilingual("Lĩnh vực (số hoặc mã)", "Area (number or code)")),
    Parameter("kind", .string(values: ["task", "solution"]), Bilingual("Nhiệm vụ hay giải pháp", "Task or solution")),
    Parameter(
      "query", .string(), placeholder: "WORDS",
      Bilingual("Từ cần tìm, gõ không dấu cũng được", "Words to find; diacritics optional")),
  ]
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.planItem)

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> Page<PlanItemView> {
    try context.database.listPlanItems(area: try params.area?.resolve(context), kind: params.kind, query: params.query)
  }
}

/// `plan.get`: one plan item.
public enum PlanGet: PlanCommand {
  /// The item.
  public struct Params: Decodable, Sendable {
    var id: String
  }

  /// The JSON-RPC method name.
  public static let name = "plan.get"
  /// One line in each language.
  public static let summary = Bilingual(
    "Một nhiệm vụ của kế hoạch, với câu gốc trong báo cáo", "One plan item, with its sentence in the report")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters = [
    Parameter(
      "id", .string(), required: true, positional: "ITEM", Bilingual("Mã nhiệm vụ, ví dụ 2.2", "Plan item id, e.g. 2.2")
    )
  ]
  /// The schema of its result.
  public static let result = Shapes.planItem

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> PlanItemView {
    guard let item = try context.database.planItem(params.id) else {
      throw PlanError.notFound("Không có nhiệm vụ \(params.id).", "There is no plan item \(params.id).")
    }
    return item
  }
}

/// `officials.list`: the roster.
public enum OfficialsList: PlanCommand {
  /// Filters.
  public struct Params: Decodable, Sendable {
    var query: String?
    var active: Bool?
    var position: String?
  }

  /// The JSON-RPC method name.
  public static let name = "officials.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Danh sách cán bộ, công chức và số giờ chủ trì tháng này", "The roster, with this month's lead hours")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters = [
    Parameter(
      "query", .string(), placeholder: "WORDS",
      Bilingual("Tên hoặc mã, gõ không dấu cũng được", "Name or id; diacritics optional")),
    Parameter(
      "active", .boolean, placeholder: "true|false",
      Bilingual("Chỉ người đang hoặc không còn hoạt động", "Only active or inactive officials")),
    Parameter("position", .string(), placeholder: "POSITION", Bilingual("Vị trí", "Position")),
  ]
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.official)

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> Page<OfficialView> {
    try context.database.listOfficials(
      query: params.query, active: params.active, position: params.position, today: context.today)
  }
}

/// `officials.get`: one official.
public enum OfficialsGet: PlanCommand {
  /// The official.
  public struct Params: Decodable, Sendable {
    var id: String
  }

  /// The JSON-RPC method name.
  public static let name = "officials.get"
  /// One line in each language.
  public static let summary = Bilingual("Một cán bộ, công chức", "One official")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters = [
    Parameter("id", .string(), required: true, positional: "OFFICIAL", Bilingual("Mã cán bộ", "Official id"))
  ]
  /// The schema of its result.
  public static let result = Shapes.official

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> OfficialView {
    guard let official = try context.database.official(params.id, today: context.today) else {
      throw PlanError.notFound("Không có cán bộ \(params.id).", "There is no official \(params.id).")
    }
    return official
  }
}

/// `duties.list`: duties, filtered and paged.
public enum DutiesList: PlanCommand {
  /// Filters and paging.
  public struct Params: Decodable, Sendable {
    var official: String?
    var area: AreaReference?
    var planItem: String?
    var year: Int?
    var status: DutyStatus?
    var overdue: Bool?
    var query: String?
    var limit: Int?
    var offset: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.list"
  /// One line in each language.
  public static let summary = Bilingual("Các việc, lọc và phân trang", "Duties, filtered and paged")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters =
    [
      Parameter(
        "official", .string(), placeholder: "ID",
        Bilingual("Việc người này chủ trì hoặc phối hợp", "Duties this official leads or coordinates")),
      Parameter("area", areaSchema, Bilingual("Lĩnh vực (số hoặc mã)", "Area (number or code)")),
      Parameter("planItem", .string(), placeholder: "ITEM", Bilingual("Mã nhiệm vụ kế hoạch", "Plan item id")),
      Parameter(
        "year", .integer(minimum: 2026, maximum: 2030), placeholder: "YYYY",
        Bilingual("Năm của hạn", "Year of the due date")),
      Parameter("status", .string(values: Shapes.statuses), Bilingual("Trạng thái", "Status")),
      Parameter(
        "overdue", .boolean,
        Bilingual("Chỉ việc quá hạn (true) hoặc không quá hạn (false)", "Only overdue (true) or not overdue (false)")),
      Parameter(
        "query", .string(), placeholder: "WORDS",
        Bilingual("Từ trong tên việc, gõ không dấu cũng được", "Words of the title; diacritics optional")),
    ] + pagingParameters
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.duty)

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyPageJSON {
    var filter = DutyFilter()
    filter.official = params.official
    filter.area = try params.area?.resolve(context)
    filter.planItem = params.planItem
    if let year = params.year, !PlanBounds.years.contains(year) {
      throw PlanError.validation("year: phải từ 2026 đến 2030.", "year: must be between 2026 and 2030.")
    }
    filter.year = params.year
    filter.status = params.status
    filter.overdue = params.overdue
    filter.query = params.query
    (filter.limit, filter.offset) = try paging(params.limit, params.offset)
    return try context.database.listDutiesJSON(filter, today: context.today)
  }
}

/// `duties.mine`: the acting official's open duties.
public enum DutiesMine: PlanCommand {
  /// Options and paging.
  public struct Params: Decodable, Sendable {
    var includeDone: Bool?
    var limit: Int?
    var offset: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "duties.mine"
  /// One line in each language.
  public static let summary = Bilingual(
    "Việc của tôi (chủ trì hoặc phối hợp), hạn gần nhất trước", "My duties (lead or coordinator), soonest due first")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.readOwn
  /// Its parameters.
  public static let parameters =
    [Parameter("includeDone", .boolean, Bilingual("Kể cả việc đã xong", "Include done duties"))] + pagingParameters
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.myDuty)

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyPageJSON {
    guard let me = context.actor.officialID else {
      throw PlanError.forbidden("Hãy đăng nhập bằng --as trước.", "Log in with --as first.")
    }
    let (limit, offset) = try paging(params.limit, params.offset)
    return try context.database.myDuties(
      me, includeDone: params.includeDone ?? false, limit: limit, offset: offset, today: context.today)
  }
}

/// `duties.get`: one duty with its history.
public enum DutiesGet: PlanCommand {
  /// The duty.
  public struct Params: Decodable, Sendable {
    var id: String
  }

  /// The JSON-RPC method name.
  public static let name = "duties.get"
  /// One line in each language.
  public static let summary = Bilingual(
    "Một việc, người chủ trì, người phối hợp và tiến độ", "One duty with its lead, coordinators and progress")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters = [
    Parameter("id", .string(), required: true, positional: "DUTY", Bilingual("Mã việc", "Duty id"))
  ]
  /// The schema of its result.
  public static let result = Shapes.dutyWithHistory

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> DutyView {
    guard let duty = try context.database.duty(params.id, today: context.today) else {
      throw PlanError.notFound("Không có việc \(params.id).", "There is no duty \(params.id).")
    }
    return duty
  }
}

/// `audit.list`: who changed what.
public enum AuditList: PlanCommand {
  /// Filters and paging.
  public struct Params: Decodable, Sendable {
    var duty: String?
    var official: String?
    var from: CivilDate?
    var to: CivilDate?
    var limit: Int?
    var offset: Int?
  }

  /// The JSON-RPC method name.
  public static let name = "audit.list"
  /// One line in each language.
  public static let summary = Bilingual(
    "Nhật ký: ai đã thay đổi gì, mới nhất trước", "The audit log: who changed what, newest first")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.readAudit
  /// Its parameters.
  public static let parameters =
    [
      Parameter("duty", .string(), placeholder: "ID", Bilingual("Mã việc", "Duty id")),
      Parameter(
        "official", .string(), placeholder: "ID",
        Bilingual("Người thực hiện hoặc cán bộ bị thay đổi", "Acting or changed official")),
      Parameter("from", .date, Bilingual("Từ ngày", "From date")),
      Parameter("to", .date, Bilingual("Đến ngày", "To date")),
    ] + pagingParameters
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.audit)

  /// Runs the command in the call's context.
  public static func run(_ params: Params, in context: CommandContext) throws -> Page<AuditEntry> {
    let (limit, offset) = try paging(params.limit, params.offset)
    return try context.database.listAudit(
      duty: params.duty, official: params.official, from: params.from, to: params.to, limit: limit, offset: offset)
  }
}
