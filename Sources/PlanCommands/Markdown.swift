import PlanCore

/// A result that prints as Markdown (`--format md`), for pasting into a message.
public protocol MarkdownRendering {
  /// The result as Markdown in `language`, dated `today`.
  func renderMarkdown(_ language: Language, today: CivilDate) -> String
}

/// A follow-up list's duties grouped by lead, in the list's order (duties without a lead last).
public struct FollowUpGroup: Sendable {
  /// The lead, or nil for the duties without one.
  public var lead: OfficialID?
  /// The lead's name.
  public var name: String?
  /// Its duties.
  public var items: [FollowUpItem]

  /// The groups of `items` (already ordered by lead), in order.
  public static func groups(_ items: [FollowUpItem]) -> [FollowUpGroup] {
    var groups: [FollowUpGroup] = []
    for item in items {
      if let last = groups.last, last.lead == item.duty.lead {
        groups[groups.count - 1].items.append(item)
      } else {
        groups.append(FollowUpGroup(lead: item.duty.lead, name: item.leadName, items: [item]))
      }
    }
    return groups
  }

  /// `tu-phap-1 · Công chức Tư pháp - hộ tịch · 2 việc`, or `Chưa có người chủ trì · 1 việc`.
  public func heading(_ language: Language) -> String {
    let count = items.count
    let duties = Bilingual("\(count) việc", "\(count) \(count == 1 ? "duty" : "duties")").text(language)
    guard let lead else { return Bilingual("Chưa có người chủ trì", "No lead").text(language) + " · " + duties }
    return [lead.rawValue, name].compactMap { $0?.visible }.joined(separator: " · ") + " · " + duties
  }
}

extension Page: MarkdownRendering where Item == FollowUpItem {
  /// A bold title with the day, a heading per lead, a list item per duty and its last report under it.
  public func renderMarkdown(_ language: Language, today: CivilDate) -> String {
    let overdue = items.first?.daysLate != nil
    let title =
      overdue
      ? Bilingual("Việc quá hạn, ngày \(today.shown)", "Overdue duties, \(today.shown)")
      : Bilingual("Việc sắp đến hạn, tính từ ngày \(today.shown)", "Duties coming due, from \(today.shown)")
    guard !items.isEmpty else {
      return Bilingual("Không có việc nào cần nhắc, ngày \(today.shown).", "No duty to follow up, \(today.shown).")
        .text(language)
    }
    let count = Bilingual("\(total) việc", "\(total) \(total == 1 ? "duty" : "duties")").text(language)
    var lines = ["**\(Self.escaped(title.text(language)))** — \(count)"]
    for group in FollowUpGroup.groups(items) {
      lines += ["", "### " + Self.escaped(group.heading(language))]
      for item in group.items {
        let state = "\(item.duty.status.word(language)) \(item.duty.percent)%"
        let due = Bilingual("hạn \(item.duty.due.shown)", "due \(item.duty.due.shown)").text(language)
        lines.append(
          "- **\(Self.escaped(item.duty.id.rawValue))** \(Self.escaped(item.duty.title)) — \(due), \(item.days(language)), \(state)"
        )
        if let report = item.lastReportText(language) {
          lines.append("  - " + Bilingual("Báo cáo gần nhất: ", "Last report: ").text(language) + Self.escaped(report))
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Text with Markdown's marks escaped, so that a title shows as typed.
  static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]#<>|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
