import Foundation
import PlanCore

/// `schedule.solve`: instance mode (scheduler.md) — solves one instance, touches no database.
public enum ScheduleSolve: PlanCommand {
  /// The instance and the time budget per part.
  public struct Params: Decodable, Sendable {
    var instance: SchedulingInstance
    var partBudget: Int?
  }

  public static let name = "schedule.solve"
  public static let synopsis = "schedule solve --instance FILE [--part-budget MS]"
  public static let summary = Bilingual(
    "Giải một bài toán phân công (instance), không đụng tới cơ sở dữ liệu",
    "Solve one assignment instance; touches no database")
  public static let role = Role.viewer
  public static let parameters = [
    Parameter("instance", .anyObject, required: true, Bilingual("Bài toán: officials và duties (tệp JSON trong shell)", "The instance: officials and duties (a JSON file in the shell)")),
    Parameter("partBudget", .integer(minimum: 1, maximum: 600_000), Bilingual("Thời gian tối đa cho mỗi phần, mili giây (mặc định 1000)", "Time budget per part in milliseconds (default 1000)")),
  ]
  public static let result: Schema = {
    typealias P = Schema.Property
    return .object(
      [
        P("objective", .integer()), P("optimal", .boolean), P("lowerBound", .integer()),
        P("assignments", .array(.object([P("duty", .string()), P("lead", .string())], required: ["duty", "lead"]))),
        P("unassigned", .array(.object([P("duty", .string()), P("reason", .string())], required: ["duty", "reason"]))),
        P("warnings", .array(.string())),
        P(
          "stats",
          .object(
            [P("parts", .integer(minimum: 0)), P("partsProvenOptimal", .integer(minimum: 0)), P("milliseconds", .integer(minimum: 0))],
            required: ["parts", "partsProvenOptimal", "milliseconds"])),
      ], required: ["objective", "optimal", "lowerBound", "assignments", "unassigned", "warnings", "stats"])
  }()

  public static func run(_ params: Params, in context: CommandContext) throws -> ScheduleSolution {
    let problems = Scheduler.problems(in: params.instance)
    guard problems.isEmpty else {
      throw PlanError.invalidParams(
        "Bài toán không hợp lệ: " + problems.joined(separator: "; "), "Invalid instance: " + problems.joined(separator: "; "))
    }
    return Scheduler.solve(params.instance, partBudget: Double(params.partBudget ?? 1000) / 1000)
  }
}

extension ScheduleSolution: TextRendering {
  /// The summary and each assignment.
  public func renderText(_ language: Language) -> String {
    var lines = [
      Bilingual(
        "Mục tiêu \(objective) (\(optimal ? "tối ưu, đã chứng minh" : "cận dưới \(lowerBound)")), \(assignments.count) việc được giao, \(unassigned.count) chưa giao, \(stats.partsProvenOptimal)/\(stats.parts) phần tối ưu, \(stats.milliseconds) ms",
        "Objective \(objective) (\(optimal ? "proven optimal" : "lower bound \(lowerBound)")), \(assignments.count) assigned, \(unassigned.count) unassigned, \(stats.partsProvenOptimal)/\(stats.parts) parts optimal, \(stats.milliseconds) ms"
      ).text(language)
    ]
    lines += assignments.map { "  \($0.duty) → \($0.lead)" }
    lines += unassigned.map { "  \($0.duty): \($0.reason)" }
    lines += warnings.map { "  ! \($0)" }
    return lines.joined(separator: "\n")
  }
}
