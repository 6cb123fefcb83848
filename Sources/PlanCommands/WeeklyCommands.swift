import PlanCore
import PlanStore

/// The parameters the week's commands share.
enum Weekly {
  /// Duties an official leads or coordinates.
  static let official = Param<OfficialID?>(
    "official", placeholder: "ID",
    Bilingual("Việc người này chủ trì hoặc phối hợp", "Duties this official leads or coordinates"))
  /// A month.
  static let month = Param<Month?>(
    "month", Bilingual("Tháng, ví dụ 3/2027 hoặc 2027-03", "Month, e.g. 3/2027 or 2027-03"))
  /// A quarter.
  static let quarter = Param<Quarter?>(
    "quarter", Bilingual("Quý, ví dụ Q1/2027 hoặc 2027-Q1", "Quarter, e.g. Q1/2027 or 2027-Q1"))

  /// The period asked for: a month or a quarter, not both; nil when neither.
  static func period(_ arguments: Arguments) throws -> WorkPeriod? {
    switch (try arguments[month], try arguments[quarter]) {
    case (let month?, nil): return .month(month)
    case (nil, let quarter?): return .quarter(quarter)
    case (nil, nil): return nil
    case (_?, _?):
      throw PlanError.validation(
        "quarter: chỉ chọn một tháng (month) hoặc một quý (quarter), không chọn cả hai.",
        "quarter: give a month or a quarter, not both.")
    }
  }
}

/// `officials.leaves`: the leaves, current and coming (or of a month), per official.
public enum OfficialsLeaves: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "officials.leaves"
  /// One line in each language.
  public static let summary = Bilingual(
    "Các lần nghỉ đang diễn ra và sắp tới (hoặc trong một tháng), theo cán bộ",
    "Leaves under way and coming (or in a month), by official")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [official, Weekly.month, includePast, includeCancelled]
  /// One official's leaves.
  static let official = Param<OfficialID?>(
    "official", positional: "OFFICIAL", Bilingual("Chỉ lần nghỉ của cán bộ này", "Only this official's leaves"))
  /// Past leaves too.
  static let includePast = Param<Bool>(
    "includePast", default: false, Bilingual("Kể cả lần nghỉ đã qua", "Include past leaves"))
  /// Cancelled leaves too.
  static let includeCancelled = Param<Bool>(
    "includeCancelled", default: false, Bilingual("Kể cả lần nghỉ đã hủy", "Include cancelled leaves"))
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.listedLeave)

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> Page<LeaveView> {
    try context.database.listLeaves(
      official: try arguments[official], month: try arguments[Weekly.month],
      includePast: try arguments[includePast], includeCancelled: try arguments[includeCancelled],
      today: context.today)
  }
}

/// The filters the follow-up lists share.
enum FollowUpParameters {
  /// Both, in the order the synopsis lists them.
  static let all: [any ParameterDeclaration] = [Weekly.official, areaFilter]

  /// The filter the arguments give.
  static func filter(_ arguments: Arguments, _ context: CommandContext) throws -> FollowUpFilter {
    FollowUpFilter(official: try arguments[Weekly.official], area: try arguments[areaFilter]?.resolve(context))
  }
}

/// `duties.overdue`: the overdue duties, by lead, with the days late and the last report.
public enum DutiesOverdue: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.overdue"
  /// One line in each language.
  public static let summary = Bilingual(
    "Việc quá hạn theo người chủ trì: trễ bao nhiêu ngày, ghi chú tiến độ gần nhất",
    "Overdue duties by lead: days late and the last progress note")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = FollowUpParameters.all
  /// A table to read, JSON, CSV for Excel, Markdown for a message.
  public static let formats: [OutputFormat] = [.table, .json, .csv, .md]
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.followUp(days: "daysLate"))

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> FollowUpList {
    try context.database.overdueDuties(try FollowUpParameters.filter(arguments, context), today: context.today)
  }
}

/// `duties.upcoming`: the duties due in the next days, by lead.
public enum DutiesUpcoming: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "duties.upcoming"
  /// One line in each language.
  public static let summary = Bilingual(
    "Việc sắp đến hạn trong N ngày tới (mặc định 14), theo người chủ trì",
    "Duties due in the next N days (default 14), by lead")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [within] + FollowUpParameters.all
  /// How many days ahead.
  static let within = Param<Int>(
    "within", .integer(0...366), placeholder: "DAYS", default: 14,
    Bilingual("Trong bao nhiêu ngày tới (0–366, mặc định 14)", "Within how many days (0–366, default 14)"))
  /// A table to read, JSON, CSV for Excel, Markdown for a message.
  public static let formats: [OutputFormat] = [.table, .json, .csv, .md]
  /// The schema of its result.
  public static let result = Shapes.page(Shapes.followUp(days: "daysLeft"))

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> FollowUpList {
    try context.database.upcomingDuties(
      try FollowUpParameters.filter(arguments, context), within: try arguments[within], today: context.today)
  }
}

/// What `duties.assign` returns: the duty as stored (or, in a dry run, as it would be), with the
/// warnings of the assignment; a dry run says so (`"dryRun": true`).
public struct AssignOutcome: Encodable, Sendable, JSONWritable {
  /// The duty.
  public var duty: DutyView
  /// Whether nothing was written.
  public var dryRun: Bool

  /// The duty's members, and `dryRun` when true.
  public func encode(to encoder: any Encoder) throws {
    try duty.encode(to: encoder)
    if dryRun {
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(true, forKey: .dryRun)
    }
  }

  enum Key: String, CodingKey { case dryRun }

  /// The duty's JSON, with `"dryRun":true` added in a dry run.
  public func writeJSON(into json: inout JSONBytes) {
    var inner = JSONBytes()
    duty.writeJSON(into: &inner)
    var bytes = inner.bytes
    if dryRun, bytes.last == UInt8(ascii: "}") {
      bytes.removeLast()
      bytes += Array(#","dryRun":true}"#.utf8)
    }
    json.append(bytes)
  }
}
