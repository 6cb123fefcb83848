import PlanCore

/// A result that prints as Markdown (`--format md`), for pasting into a message.
public protocol MarkdownRendering {
  /// The result as Markdown in `language`.
  func renderMarkdown(_ language: Language) -> String
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

extension FollowUpList: MarkdownRendering, TextRendering {
  /// What the list is, with its day or its days: `Việc quá hạn, ngày 25/11/2026`,
  /// `Việc đến hạn trong 14 ngày tới (25/11/2026–09/12/2026)`, `Việc đến hạn hôm nay, 25/11/2026`.
  public func title(_ language: Language) -> String {
    switch kind {
    case .overdue:
      return Bilingual("Việc quá hạn, ngày \(today.shown)", "Overdue duties, \(today.shown)").text(language)
    case .upcoming(let within) where within == 0:
      return Bilingual("Việc đến hạn hôm nay, \(today.shown)", "Duties due today, \(today.shown)").text(language)
    case .upcoming(let within):
      let last = FollowUp.upcomingWindow(today: today, within: within).upperBound.shown
      return Bilingual(
        "Việc đến hạn trong \(within) ngày tới (\(today.shown)–\(last))",
        "Duties due in the next \(within) \(within == 1 ? "day" : "days") (\(today.shown)–\(last))"
      ).text(language)
    }
  }

  /// What an empty list says, with its day or its days.
  public func empty(_ language: Language) -> String {
    switch kind {
    case .overdue:
      return Bilingual("Không có việc nào quá hạn ngày \(today.shown).", "No duty is overdue on \(today.shown).")
        .text(language)
    case .upcoming(let within) where within == 0:
      return Bilingual("Không có việc nào đến hạn hôm nay, \(today.shown).", "No duty is due today, \(today.shown).")
        .text(language)
    case .upcoming(let within):
      let last = FollowUp.upcomingWindow(today: today, within: within).upperBound.shown
      return Bilingual(
        "Không có việc nào đến hạn trong \(within) ngày tới (\(today.shown)–\(last)).",
        "No duty is due in the next \(within) \(within == 1 ? "day" : "days") (\(today.shown)–\(last))."
      ).text(language)
    }
  }

  /// `Việc quá hạn, ngày 25/11/2026: 4 việc`.
  public func heading(_ language: Language) -> String {
    title(language) + ": " + Bilingual("\(total) việc", "\(total) \(total == 1 ? "duty" : "duties")").text(language)
  }

  /// The title, then one line a duty.
  public func renderText(_ language: Language) -> String {
    guard !items.isEmpty else { return empty(language) }
    return ([heading(language)] + items.map { $0.renderText(language) }).joined(separator: "\n")
  }

  /// A bold title with the day, a heading per lead, a list item per duty and its last note under it.
  public func renderMarkdown(_ language: Language) -> String {
    guard !items.isEmpty else { return Self.escaped(empty(language)) }
    var lines = ["**\(Self.escaped(heading(language)))**"]
    for group in FollowUpGroup.groups(items) {
      lines += ["", "### " + Self.escaped(group.heading(language))]
      for item in group.items {
        let state = "\(item.duty.status.word(language)) \(item.duty.percent)%"
        let due = Bilingual("hạn \(item.duty.due.shown)", "due \(item.duty.due.shown)").text(language)
        lines.append(
          "- **\(Self.escaped(item.duty.id.rawValue))** \(Self.escaped(item.duty.title)) — \(due), \(item.days(language)), \(state)"
        )
        if let note = item.lastReportText(language) {
          lines.append("  - " + Bilingual("Ghi chú gần nhất: ", "Last note: ").text(language) + Self.escaped(note))
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Text with Markdown's marks escaped, so that a title shows as typed.
  static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
