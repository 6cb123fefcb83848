import PlanCore
import PlanStore

/// The filters and order shared by the lists of duties (`duties.list`, `duties.mine`): a due-date
/// range or a quarter, only the duties one leads, and the order.
enum DutyListFilters {
  /// Due on or after this day.
  static let from = Param<CivilDate?>("from", Bilingual("Hạn từ ngày này trở đi", "Due on or after this day"))
  /// Due on or before this day.
  static let to = Param<CivilDate?>("to", Bilingual("Hạn đến hết ngày này", "Due on or before this day"))
  /// Due in this quarter.
  static let quarter = Param<Quarter?>(
    "quarter", placeholder: "QUARTER",
    Bilingual("Hạn trong quý này, ví dụ Q1/2027", "Due in this quarter, e.g. Q1/2027"))
  /// Only the duties one leads.
  static let leadOnly = Param<Bool>(
    "leadOnly", default: false,
    Bilingual("Chỉ việc chủ trì, không kể việc phối hợp", "Only duties led, not coordinated"))
  /// The order of the rows.
  static let sort = Param<DutySort>(
    "sort", default: .due,
    Bilingual(
      "Thứ tự: `due` (theo hạn, mặc định), `area` (theo lĩnh vực) hoặc `lead` (theo người chủ trì)",
      "Order: `due` (by due date, the default), `area` (by area) or `lead` (by lead)"))
  /// All of them, in the order the synopsis lists them.
  static let parameters: [any ParameterDeclaration] = [from, to, quarter, leadOnly, sort]

  /// The due dates the arguments keep (PlanCore's rule for a range and a quarter), or nil for every date.
  static func due(_ arguments: Arguments) throws -> DueRange? {
    try DueRange.of(from: try arguments[from], to: try arguments[to], quarter: try arguments[quarter])
  }
}

extension DutySort: ParameterValue {}
