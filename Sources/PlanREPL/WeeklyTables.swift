import PlanCommands
import PlanCore

/// The tables of the week's lists: leaves, workload over a month or a quarter, and the follow-up
/// lists (overdue, coming due) — grouped by lead on screen, one row a duty in CSV.
enum WeeklyTables {
  /// The flat table of a result (for the screen and for CSV), or nil when it is none of these.
  static func table(for result: any Encodable, _ language: Language) -> Table? {
    if let list = result as? FollowUpList { return followUp(list.items, language) }
    if let page = result as? Page<LeaveView> { return leaves(page.items, language) }
    if let page = result as? Page<OfficialView>, let period = page.items.first?.workload {
      return workload(page.items, months: period.months.map(\.month), language)
    }
    return nil
  }

  /// What the screen shows for a result, when it is more than a table; nil otherwise.
  static func screen(for result: any Encodable, _ language: Language, width: Int?) -> String? {
    if let list = result as? FollowUpList { return grouped(list, language, width: width) }
    if let page = result as? Page<OfficialView>, let first = page.items.first?.workload {
      let table = workload(page.items, months: first.months.map(\.month), language)
      return caption(first, language) + "\n" + table.render(language, width: width)
    }
    return nil
  }

  // MARK: Follow-up

  /// The days column's header: late for overdue duties, left for coming ones.
  static func daysHeader(_ items: [FollowUpItem]) -> Bilingual {
    guard let first = items.first else { return Bilingual("Số ngày", "Days") }
    return first.daysLate != nil ? Bilingual("Trễ (ngày)", "Days late") : Bilingual("Còn (ngày)", "Days left")
  }

  /// The number in the days column.
  static func days(_ item: FollowUpItem) -> String { "\(item.daysLate ?? item.daysLeft ?? 0)" }

  /// One row a duty, its lead first (for Excel).
  static func followUp(_ items: [FollowUpItem], _ language: Language) -> Table {
    Table(
      columns: [
        .init(header: Bilingual("Chủ trì", "Lead")), .init(header: Bilingual("Họ tên người chủ trì", "Lead's name")),
        .init(header: Bilingual("Mã việc", "Duty id")), .init(header: Bilingual("Việc", "Duty")),
        .init(header: Bilingual("Hạn", "Due")), .init(header: daysHeader(items), right: true),
        .init(header: Bilingual("Trạng thái", "Status")), .init(header: Bilingual("%", "%"), right: true),
        .init(header: Bilingual("Ngày ghi chú", "Note date")),
        .init(header: Bilingual("Người ghi", "Noted by")),
        .init(header: Bilingual("Ghi chú gần nhất", "Last note")),
      ],
      rows: items.map { item in
        let report = item.lastReport
        return [
          item.duty.lead?.rawValue ?? "", item.leadName ?? "", item.duty.id.rawValue, item.duty.title,
          item.duty.due.shown, days(item), item.duty.status.word(language), "\(item.duty.percent)",
          report?.date.shown ?? "", report?.official?.rawValue ?? "", report?.note ?? "",
        ]
      }, empty: Bilingual("Không có việc nào.", "No duty."))
  }

  /// The list's title, then a heading and a table per lead; the duties without a lead last.
  static func grouped(_ list: FollowUpList, _ language: Language, width: Int?) -> String {
    guard !list.items.isEmpty else { return list.empty(language) }
    let items = list.items
    var blocks = [list.heading(language)]
    for group in FollowUpGroup.groups(items) {
      let table = Table(
        columns: [
          .init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Hạn", "Due")),
          .init(header: daysHeader(items), right: true), .init(header: Bilingual("Trạng thái", "Status")),
          .init(header: Bilingual("%", "%"), right: true), .init(header: Bilingual("Việc", "Duty")),
          .init(header: Bilingual("Ghi chú gần nhất", "Last note")),
        ],
        rows: group.items.map { item in
          [
            item.duty.id.rawValue, item.duty.due.shown, days(item), item.duty.status.word(language),
            "\(item.duty.percent)", item.duty.title, item.lastReportText(language) ?? "—",
          ]
        })
      blocks.append(group.heading(language) + "\n" + table.render(language, width: width))
    }
    return blocks.joined(separator: "\n\n")
  }

  // MARK: Leaves

  /// One row a leave: who, when, how many working days, where it stands, why.
  static func leaves(_ items: [LeaveView], _ language: Language) -> Table {
    Table(
      columns: [
        .init(header: Bilingual("Số", "No.")), .init(header: Bilingual("Cán bộ", "Official")),
        .init(header: Bilingual("Họ tên", "Name")), .init(header: Bilingual("Từ ngày", "From")),
        .init(header: Bilingual("Đến ngày", "To")),
        .init(header: Bilingual("Ngày làm việc", "Working days"), right: true),
        .init(header: Bilingual("Tình trạng", "State")), .init(header: Bilingual("Lý do", "Reason")),
      ],
      rows: items.map { leave in
        [
          "#\(leave.id)", leave.official.rawValue, leave.name ?? "", leave.from.shown, leave.to.shown,
          leave.workingDays.map(String.init) ?? "", leave.state?.word(language) ?? "", leave.reason ?? "",
        ]
      }, empty: Bilingual("Không có lần nghỉ nào.", "No leave."))
  }

  // MARK: Workload

  /// `Tháng 03/2027: …` / `Quý 1/2027 (01/2027–03/2027): …` — what the numbers mean.
  static func caption(_ workload: Workload, _ language: Language) -> String {
    let months = workload.months.map(\.month)
    let period =
      months.count == 1
      ? Bilingual("Tháng \(months[0].shown)", months[0].shown)
      : Bilingual(
        "Quý \(Quarter(months[0]).quarter)/\(months[0].year) (\(months[0].shown)–\(months[months.count - 1].shown))",
        "Q\(Quarter(months[0]).quarter) \(months[0].year) (\(months[0].shown)–\(months[months.count - 1].shown))")
    return period.text(language)
      + Bilingual(
        ": giờ chủ trì / giờ làm được (đã trừ ngày nghỉ); số việc phối hợp.",
        ": lead hours / hours available (after leave); duties coordinated."
      ).text(language)
  }

  /// One row an official: hours led against hours available, month by month and over a quarter,
  /// the duties coordinated, and what to look at (over capacity, leave, inactive).
  static func workload(_ officials: [OfficialView], months: [Month], _ language: Language) -> Table {
    var columns: [Table.Column] = [.init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Họ tên", "Name"))]
    columns += months.map { .init(header: Bilingual($0.shown, $0.shown), right: true) }
    if months.count > 1 { columns.append(.init(header: Bilingual("Cả quý", "Quarter"), right: true)) }
    columns += [
      .init(header: Bilingual("Phối hợp (việc)", "Coordinated"), right: true),
      .init(header: Bilingual("Lưu ý", "Notes")),
    ]
    let rows = officials.compactMap { official -> [String]? in
      guard let workload = official.workload else { return nil }
      var row = [official.id.rawValue, official.name]
      row += workload.months.map { "\($0.leadHours)/\($0.capacity)" }
      if months.count > 1 { row.append("\(workload.leadHours)/\(workload.capacity)") }
      row += ["\(workload.coordinated)", notes(official, workload, language)]
      return row
    }
    return Table(columns: columns, rows: rows, empty: Bilingual("Không có cán bộ nào khớp.", "No official matches."))
  }

  /// `quá giờ tháng 02/2027; nghỉ 5 ngày tháng 03/2027`, `không hoạt động`, or empty.
  static func notes(_ official: OfficialView, _ workload: Workload, _ language: Language) -> String {
    if !official.active { return Bilingual("không hoạt động", "inactive").text(language) }
    var notes: [String] = []
    for month in workload.months {
      if month.overCapacity {
        notes.append(
          Bilingual("quá số giờ tháng \(month.month.shown)", "over capacity in \(month.month.shown)").text(language))
      }
      if month.daysOnLeave > 0 {
        notes.append(
          Bilingual(
            "nghỉ \(month.daysOnLeave) ngày tháng \(month.month.shown)",
            "\(month.daysOnLeave) \(month.daysOnLeave == 1 ? "day" : "days") on leave in \(month.month.shown)"
          ).text(language))
      }
    }
    return notes.joined(separator: "; ")
  }
}
