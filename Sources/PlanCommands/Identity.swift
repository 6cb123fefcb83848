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
        "--as \(name) chỉ nhiều người: \(list). Hãy dùng mã.",
        "--as \(name) matches several officials: \(list). Use the id.")
    }
  }

  /// The years `--today` may fall in (an ad-hoc duty's id carries the year: `DX-YYYY-NNN`).
  public static let todayYears = 2000...2099

  /// `--today`, checked: a real date `YYYY-MM-DD` from 2000-01-01 to 2099-12-31; nil when not given.
  public static func parseToday(_ text: String?) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(iso: text) else {
      throw PlanError.invalidParams(
        "--today \(text) không phải ngày YYYY-MM-DD.", "--today \(text) is not a date YYYY-MM-DD.")
    }
    guard todayYears.contains(date.year) else {
      throw PlanError.invalidParams(
        "--today \(text) nằm ngoài 2000-01-01…2099-12-31.", "--today \(text) is outside 2000-01-01…2099-12-31.")
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
