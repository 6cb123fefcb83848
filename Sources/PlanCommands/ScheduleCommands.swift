import Foundation
import PlanCore
import PlanStore

/// `schedule.solve`: instance mode (scheduler.md) — solves one instance, touches no database.
public enum ScheduleSolve: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "schedule.solve"
  /// One line in each language.
  public static let summary = Bilingual(
    "Giải một bài toán phân công (instance), không đụng tới cơ sở dữ liệu",
    "Solve one assignment instance; touches no database")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Instance mode prints one JSON object unless asked otherwise (scheduler.md).
  public static let formats: [OutputFormat] = [.json, .table]
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [instance, partBudget]
  /// The instance.
  static let instance = Param<SchedulingInstance>(
    "instance", placeholder: "FILE",
    Bilingual(
      "Bài toán: officials và duties (tệp JSON trong shell)",
      "The instance: officials and duties (a JSON file in the shell)"))
  /// The time budget per part.
  static let partBudget = Param<Int>(
    "partBudget", .integer(1...600_000), placeholder: "MS", default: 1000,
    Bilingual(
      "Thời gian tối đa cho mỗi phần, mili giây (mặc định 1000)", "Time budget per part in milliseconds (default 1000)")
  )
  /// The schema of its result.
  public static let result: Schema = {
    typealias P = Schema.Property
    return .object(
      [
        P("objective", .integer()), P("optimal", .boolean), P("lowerBound", .integer()),
        P("assignments", .array(.object([P("duty", .string()), P("lead", .string())], required: ["duty", "lead"]))),
        P(
          "unassigned", .array(.object([P("duty", .string()), P("reason", .string())], required: ["duty", "reason"]))),
        P("warnings", .array(.string())),
        P(
          "stats",
          .object(
            [
              P("parts", .integer(minimum: 0)), P("partsProvenOptimal", .integer(minimum: 0)),
              P("milliseconds", .integer(minimum: 0)),
            ],
            required: ["parts", "partsProvenOptimal", "milliseconds"])),
      ], required: ["objective", "optimal", "lowerBound", "assignments", "unassigned", "warnings", "stats"])
  }()

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> ScheduleSolution {
    let instance = try arguments[instance]
    let problems = Scheduler.issues(in: instance)
    guard problems.isEmpty else {
      throw PlanError.invalidParams(
        "Bài toán không hợp lệ: " + problems.map(\.vi).joined(separator: "; "),
        "Invalid instance: " + problems.map(\.en).joined(separator: "; "))
    }
    return Scheduler.solve(instance, partBudget: Double(try arguments[partBudget]) / 1000)
  }
}

extension ScheduleSolution: TextRendering {
  /// The summary and each assignment, then the unassigned duties and the capacities raised, in `language`.
  public func renderText(_ language: Language) -> String {
    var lines = [
      Bilingual(
        "Mục tiêu \(objective) (\(optimal ? "đã chứng minh là tối ưu" : "chưa chứng minh được là tối ưu; cận dưới \(lowerBound)")); \(assignments.count) việc được giao, \(unassigned.count) việc chưa giao; \(stats.partsProvenOptimal)/\(stats.parts) phần đã chứng minh là tối ưu; \(stats.milliseconds) ms",
        "Objective \(objective) (\(optimal ? "proven optimal" : "not proven optimal; lower bound \(lowerBound)")); \(assignments.count) assigned, \(unassigned.count) unassigned; \(stats.partsProvenOptimal)/\(stats.parts) parts proven optimal; \(stats.milliseconds) ms"
      ).text(language)
    ]
    lines += assignments.map { "  \($0.duty) → \($0.lead)" }
    lines += unassigned.map { "  \($0.duty): \(language == .vi ? $0.vi : $0.reason)" }
    for warning in capacityRaised {
      guard case .pinnedOverCapacity(_, _, let hours, _) = warning else { continue }
      lines.append(
        "  ! "
          + Bilingual("\(warning.vi) Đã nâng mức lên \(hours) giờ.", "\(warning.en) Capacity raised to \(hours) h.")
          .text(language))
    }
    return lines.joined(separator: "\n")
  }
}

/// `schedule.run`: expand the plan, give every open duty one lead, set coordinators, apply.
public enum ScheduleRun: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "schedule.run"
  /// One line in each language.
  public static let summary = Bilingual(
    "Lập lịch: sinh các việc từ kế hoạch, giao mỗi việc cho một người chủ trì theo cách tối ưu, thêm người phối hợp",
    "Schedule: expand the plan into duties, give each one an optimal lead, add coordinators")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.schedule
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [from, to, dryRun, partBudget]
  /// First day.
  static let from = Param<CivilDate?>("from", Bilingual("Từ ngày (mặc định hôm nay)", "From (default today)"))
  /// Last day.
  static let to = Param<CivilDate>(
    "to", default: PlanBounds.lastDay, Bilingual("Đến ngày (mặc định 31/12/2030)", "To (default 31/12/2030)"))
  /// Compute only.
  static let dryRun = Param<Bool>(
    "dryRun", default: false, Bilingual("Chỉ tính, không ghi", "Compute only, write nothing"))
  /// The time budget per part.
  static let partBudget = Param<Int>(
    "partBudget", .integer(1...600_000), placeholder: "MS", default: 1000,
    Bilingual("Thời gian tối đa mỗi phần, mili giây", "Time budget per part, milliseconds"))
  /// The schema of its result.
  public static let result: Schema = {
    typealias P = Schema.Property
    return .object(
      [
        P("from", .date), P("to", .date), P("dryRun", .boolean), P("created", .integer(minimum: 0)),
        P("assigned", .integer(minimum: 0)), P("changed", .integer(minimum: 0)),
        P("coordinatorsChanged", .integer(minimum: 0)),
        P(
          "unassigned",
          .array(
            .object(
              [P("duty", .string()), P("reason", .string()), P("vi", .string())], required: ["duty", "reason", "vi"]))),
        P(
          "loads",
          .array(
            .object(
              [
                P("official", .string()), P("busiestMonth", .string()), P("hours", .integer(minimum: 0)),
                P("capacity", .integer(minimum: 0)),
              ],
              required: ["official", "hours", "capacity"]))),
        P("objective", .integer()), P("optimal", .boolean), P("lowerBound", .integer()),
        P("warnings", .array(.string())),
        P(
          "capacityWarnings",
          .array(
            .object([P("kind", .string()), P("vi", .string()), P("en", .string())], required: ["kind", "vi", "en"]))),
        P("changes", .array(changeSchema)),
        P(
          "createdByLead",
          .array(
            .object(
              [P("official", .string()), P("duties", .integer(minimum: 0)), P("hours", .integer(minimum: 0))],
              required: ["official", "duties", "hours"]))),
      ],
      required: [
        "from", "to", "dryRun", "created", "assigned", "changed", "coordinatorsChanged", "unassigned", "loads",
        "objective",
        "optimal", "lowerBound", "warnings", "capacityWarnings", "changes", "createdByLead",
      ])
  }()

  /// One change to a duty that existed: before and after, and why.
  static let changeSchema: Schema = {
    typealias P = Schema.Property
    let side = Schema.object(
      [P("lead", .nullable(.string())), P("coordinators", .array(.string())), P("pinned", .boolean)],
      required: ["lead", "coordinators", "pinned"])
    return .object(
      [
        P("duty", .string()), P("title", .string()), P("period", .string()), P("effort", .integer(minimum: 0)),
        P("before", side), P("after", side),
        P(
          "reason",
          .object(
            [P("kind", .string(values: ChangeReason.kinds)), P("vi", .string()), P("en", .string())],
            required: ["kind", "vi", "en"])),
      ], required: ["duty", "title", "period", "effort", "before", "after", "reason"])
  }()

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> ScheduleRunSummary {
    let from = try arguments[from] ?? context.today
    let to = try arguments[to]
    guard from <= to else {
      throw PlanError.validation("from: ngày bắt đầu sau ngày kết thúc.", "from: the first day is after the last.")
    }
    for (name, day) in [("from", from), ("to", to)] where !PlanBounds.years.contains(day.year) {
      throw PlanError.validation(
        "\(name): ngày \(day.shown) nằm ngoài kế hoạch 2026–2030.",
        "\(name): \(day.shown) is outside the 2026–2030 plan.")
    }
    return try context.database.runSchedule(
      from: from, to: to, dryRun: try arguments[dryRun], partBudget: Double(try arguments[partBudget]) / 1000,
      by: context.actor, today: context.today)
  }
}

/// `schedule.explain`: why a duty has its lead.
public enum ScheduleExplain: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "schedule.explain"
  /// One line in each language.
  public static let summary = Bilingual(
    "Vì sao việc này do người này chủ trì: các ứng viên với từng khoản chi phí, và ai bị loại, vì sao",
    "Why a duty has its lead: the candidates with each cost term, and who is excluded and why")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = [dutyParameter]
  /// The schema of its result.
  public static let result: Schema = {
    typealias P = Schema.Property
    let warning = Schema.object(
      [P("kind", .string()), P("vi", .string()), P("en", .string())], required: ["kind", "vi", "en"])
    let candidate = Schema.object(
      [
        P("official", .string()), P("position", .string()), P("positionCost", .integer(minimum: 0)),
        P("changeCost", .integer(minimum: 0)), P("load", .integer(minimum: 0)), P("capacity", .integer(minimum: 0)),
        P("capacityLeft", .integer()), P("loadCost", .integer(minimum: 0)), P("total", .integer(minimum: 0)),
      ],
      required: [
        "official", "position", "positionCost", "changeCost", "load", "capacity", "capacityLeft", "loadCost", "total",
      ])
    return .object(
      [
        P("duty", .string()), P("title", .string()), P("lead", .nullable(.string())), P("pinned", .boolean),
        P("period", .string()),
        P("effort", .integer(minimum: 0)), P("candidates", .array(candidate)),
        P(
          "excluded",
          .array(
            .object(
              [
                P("official", .string()),
                P("kind", .string(values: ["may-not-lead", "inactive", "on-leave", "missing-skill", "over-capacity"])),
                P("reason", .string()), P("vi", .string()),
              ], required: ["official", "kind", "reason", "vi"]))),
        P("warnings", .array(warning)),
      ], required: ["duty", "lead", "pinned", "period", "effort", "candidates", "excluded", "warnings"])
  }()

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> ScheduleExplanation {
    try context.database.explainDuty(try arguments[dutyParameter])
  }
}
