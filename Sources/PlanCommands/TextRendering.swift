import Foundation
import PlanCore
import PlanStore

/// The language of messages and labels.
public enum Language: String, Sendable, CaseIterable {
  /// Tiếng Việt (the default).
  case vi
  /// English.
  case en
}

/// A result that can show itself as plain text for a person (the shell's tables build on it).
public protocol TextRendering {
  /// The result as lines of text in `language`.
  func renderText(_ language: Language) -> String
}

extension Bilingual {
  /// The text in `language`.
  public func text(_ language: Language) -> String { language == .vi ? vi : en }
}

extension CivilDate {
  /// The date as people read it, `dd/mm/yyyy`, in either language (JSON keeps ISO).
  public func text(_ language: Language) -> String { shown }
}

extension Page: TextRendering where Item: TextRendering {
  /// One line per item, then the count.
  public func renderText(_ language: Language) -> String {
    let footer = Bilingual("\(items.count)/\(total) dòng", "\(items.count) of \(total) rows").text(language)
    return (items.map { $0.renderText(language) } + [footer]).joined(separator: "\n")
  }
}

extension DutyPageJSON: TextRendering {
  /// The decoded page, one duty a line.
  public func renderText(_ language: Language) -> String {
    do {
      return try page().renderText(language)
    } catch let error as PlanError {
      return language == .vi ? error.vi : error.en
    } catch {
      return "\(error)"
    }
  }
}

extension DutyStatus {
  /// The status in the reader's words: chưa làm, đang làm, xong, đã hủy / to do, doing, done, cancelled.
  public func word(_ language: Language) -> String {
    switch self {
    case .todo: Bilingual("chưa làm", "to do").text(language)
    case .doing: Bilingual("đang làm", "doing").text(language)
    case .done: Bilingual("xong", "done").text(language)
    case .cancelled: Bilingual("đã hủy", "cancelled").text(language)
    }
  }
}

extension DutyView: TextRendering {
  /// `id · due · status percent% · lead · title`.
  public func renderText(_ language: Language) -> String {
    let state = overdue ? Bilingual("QUÁ HẠN", "OVERDUE").text(language) : status.word(language)
    var line =
      "\(id.rawValue.visible) · \(due.text(language)) · \(state) \(percent)% · \((lead?.rawValue ?? "—").visible) · \(title.visible)"
    if let myRole { line += " [\(myRole)]" }
    if let completedOn = completedOn?.text(language) {
      line += "\n  " + Bilingual("Hoàn thành ngày \(completedOn)", "Completed on \(completedOn)").text(language)
      if let result { line += "\n  " + Bilingual("Kết quả: ", "Result: ").text(language) + result.visible }
      if let evidence { line += "\n  " + Bilingual("Minh chứng: ", "Evidence: ").text(language) + evidence.visible }
    }
    if let cancelledOn = cancelledOn?.text(language) {
      line += "\n  " + Bilingual("Đã hủy ngày \(cancelledOn)", "Cancelled on \(cancelledOn)").text(language)
      if let cancelReason { line += ": " + cancelReason.visible }
    }
    for entry in progress ?? [] {
      let part = entry.part == .coordinator ? Bilingual(" (phối hợp)", " (coordinator)").text(language) : ""
      line +=
        "\n  \(entry.date.text(language)) \((entry.official?.rawValue ?? "—").visible)\(part) \(entry.status.word(language)) \(entry.percent)% \((entry.note ?? "").visible)"
    }
    for warning in warnings ?? [] { line += "\n  ! " + (language == .vi ? warning.vi : warning.en).visible }
    return line
  }
}

extension AreaView: TextRendering {
  /// `id code · name · planned/done/overdue`.
  public func renderText(_ language: Language) -> String {
    let counts = Bilingual(
      "\(items) nhiệm vụ, \(planned) việc, \(done) xong, \(overdue) quá hạn",
      "\(items) items, \(planned) duties, \(done) done, \(overdue) overdue")
    return "\(id) \(code.visible) · \((language == .vi ? localName : name).visible) · \(counts.text(language))"
  }
}

extension PlanItemView: TextRendering {
  /// `id · title`, then the text.
  public func renderText(_ language: Language) -> String {
    "\(item.id.rawValue.visible) · \(item.title.visible)\n  \(item.text.visible)"
  }
}

extension AuditEntry: TextRendering {
  /// `at · official · action · entity id`.
  public func renderText(_ language: Language) -> String {
    "\(VietnamTime.shown(at).visible) · \((official?.rawValue ?? "—").visible) (\(osUser.visible)) · \(action.visible) · \(entity.visible) \((entityId ?? "").visible)"
  }
}

extension LeaveView: TextRendering {
  /// `#id official from–to reason`.
  public func renderText(_ language: Language) -> String {
    let state = cancelled ? Bilingual(" (đã hủy)", " (cancelled)").text(language) : ""
    return
      "#\(id) \(official.rawValue.visible) \(from.text(language))–\(to.text(language)) \((reason ?? "").visible)\(state)"
  }
}

/// Clock times as people in the commune read them: Vietnam time (UTC+7, no summer time).
public enum VietnamTime {
  /// `2026-11-30T01:47:05.123Z` (as stored, UTC) shown as `30/11/2026 08:47:05`; text that is not
  /// such a timestamp is returned as it is.
  public static func shown(_ timestamp: String) -> String {
    let plain = ISO8601DateFormatter()
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions.insert(.withFractionalSeconds)
    guard let instant = fractional.date(from: timestamp) ?? plain.date(from: timestamp) else { return timestamp }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
    guard let date = CivilDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) else {
      return timestamp
    }
    func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    return "\(date.shown) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
  }
}

extension JSONValue: TextRendering {
  /// The value as compact JSON.
  public func renderText(_ language: Language) -> String {
    String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self)
  }
}

extension WhoAmI.Output: TextRendering {
  /// `official (name), role`.
  public func renderText(_ language: Language) -> String {
    let who =
      official.map { "\($0.rawValue.visible) (\((name ?? "").visible))" } ?? Bilingual("khách", "guest").text(language)
    return "\(who) · \(language == .vi ? role.vietnamese : role.rawValue) · \(osUser.visible) · \(today.shown)"
  }
}
