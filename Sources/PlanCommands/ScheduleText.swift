import PlanCore

/// Columns of text aligned by display width (Vietnamese, wide characters), with a rule under the
/// header like the shell's tables: for the schedule's reports, which are not lists.
struct TextGrid {
  /// The column headers.
  var headers: [String]
  /// Columns aligned right (numbers).
  var right: Set<Int> = []
  /// The cells, row by row.
  var rows: [[String]]

  /// The header, the rule and the rows, each line starting with `indent`.
  func lines(indent: String = "") -> [String] {
    var widths = headers.map(VietnameseText.displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], VietnameseText.displayWidth(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        let pad = String(repeating: " ", count: max(0, widths[index] - VietnameseText.displayWidth(cell)))
        if right.contains(index) { return pad + cell }
        return index == cells.count - 1 ? cell : cell + pad
      }.joined(separator: "  ")
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return ([line(headers), rule] + rows.map(line)).map { indent + $0 }
  }
}

extension ScheduleRunSummary: TextRendering {
  /// What the run did (or would do): the counts, each change to an existing duty grouped by its
  /// lead before the run, with why; each official's new duties and busiest month; the duties left
  /// without a lead and the pins past capacity.
  public func renderText(_ language: Language) -> String {
    var blocks = [headline(language)]
    if !changes.isEmpty { blocks.append(changeLines(language).joined(separator: "\n")) }
    blocks.append(loadLines(language).joined(separator: "\n"))
    if !unassigned.isEmpty {
      let title = Bilingual("Chưa giao được (\(unassigned.count) việc):", "Left without a lead (\(unassigned.count)):")
      blocks.append(
        ([title.text(language)] + unassigned.map { "  \($0.duty): \(language == .vi ? $0.vi : $0.reason)" })
          .joined(separator: "\n"))
    }
    if !capacityWarnings.isEmpty {
      blocks.append(
        ([Bilingual("Lưu ý:", "Note:").text(language)]
          + capacityWarnings.map { "  ! \(language == .vi ? $0.vi : $0.en)" })
          .joined(separator: "\n"))
    }
    if dryRun {
      blocks.append(
        Bilingual(
          "Chưa ghi gì: chạy lại không có --dry-run để áp dụng.",
          "Nothing was written: run again without --dry-run to apply."
        ).text(language))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// The range, the proof, and the counts of new and changed duties.
  func headline(_ language: Language) -> String {
    let range = Bilingual("từ \(from.shown) đến \(to.shown)", "from \(from.shown) to \(to.shown)").text(language)
    let proof =
      optimal
      ? Bilingual("đã chứng minh là tối ưu", "proven optimal")
      : Bilingual(
        "chưa chứng minh được là tối ưu (mục tiêu \(objective), cận dưới \(lowerBound))",
        "not proven optimal (objective \(objective), lower bound \(lowerBound))")
    let first =
      dryRun
      ? Bilingual("Chạy thử, chưa ghi gì: lập lịch \(range)", "Dry run, nothing written: scheduling \(range)")
      : Bilingual("Đã lập lịch \(range)", "Scheduled \(range)")
    let led = createdByLead.reduce(0) { $0 + $1.duties }
    let new: Bilingual
    if created == 0 {
      new = Bilingual("Không có việc mới.", "No new duties.")
    } else if led == created {
      new = Bilingual("Việc mới: \(created), đều đã có người chủ trì.", "New duties: \(created), all with a lead.")
    } else {
      new = Bilingual(
        "Việc mới: \(created), \(led) việc đã có người chủ trì, \(created - led) việc chưa giao được.",
        "New duties: \(created), \(led) with a lead, \(created - led) left without one.")
    }
    let leads = changes.filter(\.leadChanged).count
    let others = changes.count - leads
    var parts: [Bilingual] = []
    if leads > 0 { parts.append(Bilingual("\(leads) đổi người chủ trì", "\(leads) with another lead")) }
    if others > 0 {
      parts.append(Bilingual("\(others) chỉ đổi người phối hợp", "\(others) only in their coordinators"))
    }
    let old =
      changes.isEmpty
      ? Bilingual("Các việc đã có: không thay đổi.", "Existing duties: no change.")
      : Bilingual(
        "Các việc đã có: \(changes.count) việc thay đổi (\(parts.map(\.vi).joined(separator: ", "))).",
        "Existing duties: \(changes.count) changed (\(parts.map(\.en).joined(separator: ", "))).")
    return [
      first.text(language) + "; " + proof.text(language) + ".", new.text(language), old.text(language),
    ].joined(separator: "\n")
  }

  /// The official a change is about: the lead before for a new lead, else the first coordinator
  /// removed (or added); nil for a duty that had no lead.
  static func subject(_ change: Change) -> OfficialID? {
    if change.leadChanged { return change.before.lead }
    let removed = change.before.coordinators.filter { !change.after.coordinators.contains($0) }
    let added = change.after.coordinators.filter { !change.before.coordinators.contains($0) }
    return removed.first ?? added.first ?? change.before.lead
  }

  /// The changes grouped by the official they are about (duties without a lead last): new leads in
  /// full with why, then the coordinator changes, one line each under their reason.
  func changeLines(_ language: Language) -> [String] {
    var lines = [Bilingual("Thay đổi, theo cán bộ:", "Changes, by official:").text(language)]
    let groups = Dictionary(grouping: changes, by: Self.subject)
    let keys = groups.keys.sorted { ($0?.rawValue ?? "\u{10FFFF}") < ($1?.rawValue ?? "\u{10FFFF}") }
    for key in keys {
      let group = (groups[key] ?? []).sorted { $0.period != $1.period ? $0.period < $1.period : $0.duty < $1.duty }
      lines.append(key.map { "\($0):" } ?? Bilingual("Chưa có người chủ trì:", "Without a lead:").text(language))
      for change in group where change.leadChanged { lines += Self.leadLines(change, language) }
      let others = group.filter { !$0.leadChanged }
      var reasons: [ChangeReason] = []
      for change in others where !reasons.contains(change.reason) { reasons.append(change.reason) }
      for reason in reasons {
        lines.append(
          "  "
            + Bilingual("Đổi người phối hợp (lý do: \(reason.vi)):", "Coordinators changed (reason: \(reason.en)):")
            .text(language))
        lines += others.filter { $0.reason == reason }.map {
          "    \($0.duty) · \($0.title): " + Self.coordinatorWords($0, language)
        }
      }
    }
    return lines
  }

  /// A change of lead: the duty, then the lead before → after with why, then the coordinators added and removed.
  static func leadLines(_ change: Change, _ language: Language) -> [String] {
    let reason = Bilingual("lý do: \(change.reason.vi)", "reason: \(change.reason.en)").text(language)
    let before = change.before.lead?.rawValue ?? "—"
    let after = change.after.lead?.rawValue ?? "—"
    var lines = [
      "  \(change.duty) · " + Bilingual("\(change.effort) giờ", "\(change.effort) h").text(language)
        + " · \(change.title)",
      "    " + Bilingual("chủ trì", "lead").text(language) + ": \(before) → \(after) (\(reason))",
    ]
    let words = coordinatorWords(change, language)
    if !words.isEmpty { lines.append("    " + Bilingual("phối hợp", "coordinators").text(language) + ": " + words) }
    return lines
  }

  /// The coordinators a change adds and removes, in words ("thêm a; bỏ b"), or "" when they stay.
  static func coordinatorWords(_ change: Change, _ language: Language) -> String {
    let added = change.after.coordinators.filter { !change.before.coordinators.contains($0) }.map(\.rawValue)
    let removed = change.before.coordinators.filter { !change.after.coordinators.contains($0) }.map(\.rawValue)
    var words: [String] = []
    if !added.isEmpty { words.append(Bilingual("thêm ", "added ").text(language) + added.joined(separator: ", ")) }
    if !removed.isEmpty {
      words.append(Bilingual("bỏ ", "removed ").text(language) + removed.joined(separator: ", "))
    }
    return words.joined(separator: "; ")
  }

  /// Each official who may lead: the new duties it leads and their hours, and its busiest month.
  func loadLines(_ language: Language) -> [String] {
    let new = Dictionary(createdByLead.map { ($0.official, $0) }) { first, _ in first }
    let withNew = created > 0
    var headers = [Bilingual("Cán bộ", "Official")]
    if withNew { headers += [Bilingual("Việc mới", "New duties"), Bilingual("Giờ việc mới", "New hours")] }
    headers += [Bilingual("Tháng nhiều giờ nhất", "Busiest month"), Bilingual("Giờ / định mức", "Hours / capacity")]
    let rows = loads.map { load -> [String] in
      var row = [load.official.rawValue]
      if withNew { row += ["\(new[load.official]?.duties ?? 0)", "\(new[load.official]?.hours ?? 0)"] }
      row += [load.busiestMonth?.shown ?? "—", load.busiestMonth == nil ? "—" : "\(load.hours)/\(load.capacity)"]
      return row
    }
    let grid = TextGrid(
      headers: headers.map { $0.text(language) }, right: withNew ? [1, 2, 4] : [2], rows: rows)
    return [Bilingual("Giờ chủ trì của từng cán bộ:", "Hours each official leads:").text(language)] + grid.lines()
  }
}

extension ScheduleExplanation: TextRendering {
  /// The duty, its month, hours and lead; the candidates in words with their score; who cannot lead and why.
  public func renderText(_ language: Language) -> String {
    let pin = pinned ? Bilingual("đã ghim", "pinned") : Bilingual("không ghim", "not pinned")
    var lines = [
      Bilingual("Việc: ", "Duty: ").text(language) + duty.rawValue + (title.map { " · \($0)" } ?? ""),
      Bilingual(
        "Tháng tính giờ: \(period.shown) · \(effort) giờ", "Month its hours count in: \(period.shown) · \(effort) h"
      ).text(language),
      Bilingual("Người chủ trì: ", "Lead: ").text(language)
        + (lead.map { "\($0) (\(pin.text(language)))" } ?? Bilingual("chưa có", "none").text(language)),
      "",
    ]
    lines += candidateLines(language)
    if !excluded.isEmpty {
      lines += ["", Bilingual("Không đủ điều kiện chủ trì:", "Not eligible to lead:").text(language)]
      var order: [String] = []
      var who: [String: [String]] = [:]
      for exclusion in excluded {
        let reason = language == .vi ? exclusion.vi : exclusion.reason
        if who[reason] == nil { order.append(reason) }
        who[reason, default: []].append(exclusion.official.rawValue)
      }
      lines += order.map { "  \((who[$0] ?? []).joined(separator: ", ")): \($0)" }
    }
    if !warnings.isEmpty {
      lines += ["", Bilingual("Lưu ý:", "Note:").text(language)]
      lines += warnings.map { "  ! \(language == .vi ? $0.vi : $0.en)" }
    }
    return lines.joined(separator: "\n")
  }

  /// The candidates as a table in words, then how the score is made.
  func candidateLines(_ language: Language) -> [String] {
    guard !candidates.isEmpty else {
      return [Bilingual("Không có ứng viên nào.", "No candidate.").text(language)]
    }
    let rows = candidates.map { candidate -> [String] in
      let place =
        candidate.positionCost == 0
        ? Bilingual("đúng vị trí chủ trì", "lead position")
        : candidate.positionCost == Scheduler.coordinatorPositionCost
          ? Bilingual("vị trí phối hợp", "coordinator position") : Bilingual("khác", "other")
      let keeps =
        lead == nil
        ? "—" : (candidate.official == lead ? Bilingual("có", "yes") : Bilingual("không", "no")).text(language)
      let after = candidate.load + effort
      return [
        candidate.official.rawValue, "\(place.text(language)) (\(candidate.position))", keeps,
        "\(candidate.load) → \(after) / \(candidate.capacity)", "\(candidate.capacityLeft)", "\(candidate.total)",
      ]
    }
    let headers = [
      Bilingual("Cán bộ", "Official"), Bilingual("Vị trí", "Position"), Bilingual("Giữ người cũ", "Keeps today's lead"),
      Bilingual("Giờ trong tháng: trước → sau / định mức", "Hours that month: before → after / capacity"),
      Bilingual("Còn trống", "Left"), Bilingual("Điểm", "Score"),
    ]
    return [Bilingual("Ứng viên:", "Candidates:").text(language)]
      + TextGrid(headers: headers.map { $0.text(language) }, right: [4, 5], rows: rows).lines()
      + [
        Bilingual(
          "Điểm = vị trí (0 nếu đúng vị trí chủ trì, 10000 nếu vị trí phối hợp, 20000 nếu khác) + 5000 nếu đổi người chủ trì + phần tăng của bình phương số giờ trong tháng; lập lịch chọn người có điểm thấp nhất\(pinned ? ", trừ khi việc đã ghim" : "").",
          "Score = position (0 in a lead position, 10000 in a coordinator position, 20000 otherwise) + 5000 for changing the lead + the growth of the month's squared hours; the scheduler picks the lowest\(pinned ? ", unless the duty is pinned" : "")."
        ).text(language)
      ]
  }
}
