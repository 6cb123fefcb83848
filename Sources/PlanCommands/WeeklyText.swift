import PlanCore

extension OfficialView: TextRendering {
  /// `id · name · position · load/capacity h`, then its current and coming leaves, and after a
  /// deactivation the duties it no longer leads or coordinates, in words.
  public func renderText(_ language: Language) -> String {
    var lines = [
      "\(id.rawValue.visible) · \(name.visible) · \(position.visible) · \(loadThisMonth)/\(capacityThisMonth) h"
        + (active ? "" : Bilingual(" (không hoạt động)", " (inactive)").text(language))
    ]
    if let leaves, !leaves.isEmpty {
      lines.append(Bilingual("Lần nghỉ đang diễn ra và sắp tới:", "Leaves under way and coming:").text(language))
      lines += leaves.map { "  " + $0.summary(language) }
    }
    lines += releasedDuties(language)
    return lines.joined(separator: "\n")
  }

  /// After a deactivation (or a move to a post that may not lead): the duties it no longer leads,
  /// one a line, those that were pinned marked for the chair; then the ones it no longer coordinates.
  func releasedDuties(_ language: Language) -> [String] {
    var lines: [String] = []
    if let unassigned, !unassigned.isEmpty {
      let count = unassigned.count
      lines.append(
        Bilingual(
          "Không còn chủ trì \(count) việc (nay chưa có người chủ trì):",
          "No longer leads \(count) \(count == 1 ? "duty" : "duties") (now without a lead):"
        ).text(language))
      for duty in unassigned {
        let pinned =
          unpinned?.contains(duty.id) == true
          ? Bilingual(" — đã bỏ ghim, cần giao lại", " — was pinned: assign it again").text(language) : ""
        lines.append("  \(duty.id.rawValue.visible) · \(duty.due.shown) · \(duty.title.visible)\(pinned)")
      }
    }
    if let uncoordinated, !uncoordinated.isEmpty {
      let count = uncoordinated.count
      let ids = uncoordinated.map(\.rawValue.visible).joined(separator: ", ")
      lines.append(
        Bilingual(
          "Không còn phối hợp \(count) việc: \(ids)",
          "No longer coordinates \(count) \(count == 1 ? "duty" : "duties"): \(ids)"
        ).text(language))
    }
    return lines
  }
}

extension LeaveState {
  /// The state in `language`.
  public func word(_ language: Language) -> String { language == .vi ? words.vi : words.en }
}

extension LeaveView {
  /// `#1 01/12/2026–03/12/2026 · 3 ngày làm việc · sắp tới · reason`.
  func summary(_ language: Language) -> String {
    var parts = ["#\(id) \(from.shown)–\(to.shown)"]
    if let workingDays {
      parts.append(
        Bilingual(
          "\(workingDays) ngày làm việc", "\(workingDays) working \(workingDays == 1 ? "day" : "days")"
        ).text(language))
    }
    if let state { parts.append(state.word(language)) }
    if let reason, !reason.isEmpty { parts.append(reason.visible) }
    return parts.joined(separator: " · ")
  }
}

extension AssignOutcome: TextRendering {
  /// The duty, then the warnings of the assignment in words; a dry run says first that nothing was written.
  public func renderText(_ language: Language) -> String {
    var plain = duty
    plain.warnings = nil
    var lines: [String] = []
    if dryRun {
      lines.append(
        Bilingual(
          "Chạy thử: chưa ghi gì. Nếu giao như vậy, việc sẽ là:",
          "Dry run: nothing was written. Assigned so, the duty would be:"
        ).text(language))
    }
    lines.append(plain.renderText(language))
    let warnings = duty.warnings ?? []
    if !warnings.isEmpty {
      lines.append(
        (dryRun
          ? Bilingual("Cần lưu ý:", "Note:")
          : Bilingual("Đã giao, nhưng cần lưu ý:", "Assigned, but note:")).text(language))
      lines += warnings.map { "  - " + (language == .vi ? $0.vi : $0.en).visible }
    }
    return lines.joined(separator: "\n")
  }
}

extension FollowUpItem: TextRendering {
  /// `id · due · 5 ngày trễ · lead · title`.
  public func renderText(_ language: Language) -> String {
    [
      duty.id.rawValue.visible, duty.due.shown, days(language), (duty.lead?.rawValue ?? "—").visible,
      duty.title.visible,
    ].joined(separator: " · ")
  }

  /// `5 ngày trễ` / `5 days late`, or `còn 3 ngày` / `3 days left` (`hôm nay` / `today` for 0).
  public func days(_ language: Language) -> String {
    if let daysLate {
      return Bilingual("trễ \(daysLate) ngày", "\(daysLate) \(daysLate == 1 ? "day" : "days") late").text(language)
    }
    guard let daysLeft else { return "" }
    if daysLeft == 0 { return Bilingual("đến hạn hôm nay", "due today").text(language) }
    return Bilingual("còn \(daysLeft) ngày", "\(daysLeft) \(daysLeft == 1 ? "day" : "days") left").text(language)
  }

  /// The last report in a few words: `22/11/2026 tu-phap-1 30%: note`, or nil.
  public func lastReportText(_ language: Language) -> String? {
    guard let report = lastReport else { return nil }
    var text = "\(report.date.shown) \((report.official?.rawValue ?? "—").visible) \(report.percent)%"
    if let note = report.note, !note.isEmpty { text += ": " + note.visible }
    return text
  }
}
