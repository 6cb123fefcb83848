import Foundation
import PlanCore
import PlanStore

/// Who is acting and what day it is, shared by every front-end.
public enum Identity {
  /// The principal for `--as`: an official's id, or a name typed with or without diacritics that
  /// names exactly one official. Without a name, a guest (viewer).
  /// - Throws: `PlanError` when nobody, several people or an inactive official match.
  public static func principal(named name: String?, in workspace: Workspace) throws -> Principal {
    guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      return Principal(officialID: nil, role: .viewer)
    }
    let matches = try workspace.officialsNamed(name)
    switch matches.count {
    case 0:
      throw PlanError.notFound("--as \(name): không có cán bộ nào như vậy.", "--as \(name): no such official.")
    case 1:
      let match = matches[0]
      guard match.active else {
        throw PlanError.forbidden(
          "--as \(name): \(match.id) không còn hoạt động.", "--as \(name): \(match.id) is not active.")
      }
      return Principal(officialID: match.id, role: match.role)
    default:
      let list = matches.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
      throw PlanError.validation(
        "--as \(name) khớp với nhiều người: \(list). Hãy dùng mã.",
        "--as \(name) matches several officials: \(list). Use the id.")
    }
  }

  /// The years `--today` may fall in (an ad-hoc duty's id carries the year: `DX-YYYY-NNN`).
  public static let todayYears = 2000...2099

  /// `--today`, checked: a real date (`10/01/2027`, `10-01-2027` or `2027-01-10`) from 01/01/2000
  /// to 31/12/2099; nil when not given.
  public static func parseToday(_ text: String?) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(typed: text) else {
      throw PlanError.invalidParams(
        "--today \(text) không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd).",
        "--today \(text) is not a date (dd/mm/yyyy or yyyy-mm-dd).")
    }
    guard todayYears.contains(date.year) else {
      throw PlanError.invalidParams(
        "--today \(text) nằm ngoài 01/01/2000…31/12/2099.", "--today \(text) is outside 01/01/2000…31/12/2099.")
    }
    return date
  }

  /// Today's date in Asia/Ho_Chi_Minh (UTC+7 when the zone database is missing).
  public static func todayInVietnam(_ now: Date = Date()) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CivilDate(dayNumber: Int(now.timeIntervalSince1970 / 86400))
  }
}
