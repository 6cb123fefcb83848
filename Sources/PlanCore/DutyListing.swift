import Foundation

/// The due dates a list keeps, both ends included; either end may be open.
public struct DueRange: Sendable, Equatable {
  /// The first due date kept, or nil for no lower end.
  public var from: CivilDate?
  /// The last due date kept, or nil for no upper end.
  public var to: CivilDate?

  /// A range of due dates.
  public init(from: CivilDate?, to: CivilDate?) {
    self.from = from
    self.to = to
  }

  /// The range that `from`, `to` and `quarter` give together (a quarter narrows the dates to its
  /// first and last day; given with dates, only what both keep is kept); nil when none is given.
  /// - Throws: `PlanError.validation` naming `to` when `to` comes before `from`.
  public static func of(from: CivilDate?, to: CivilDate?, quarter: Quarter?) throws -> DueRange? {
    if let from, let to, to < from {
      throw PlanError.validation(
        "to: ngày kết thúc \(to.shown) sớm hơn ngày bắt đầu \(from.shown) (from).",
        "to: the end date \(to.shown) is before the start date \(from.shown) (from).")
    }
    guard from != nil || to != nil || quarter != nil else { return nil }
    var range = DueRange(from: from, to: to)
    if let quarter {
      range.from = max(from ?? quarter.firstDay, quarter.firstDay)
      range.to = min(to ?? quarter.lastDay, quarter.lastDay)
    }
    return range
  }

  /// Whether a duty due on `due` is in the range.
  public func contains(_ due: CivilDate) -> Bool {
    (from.map { $0 <= due } ?? true) && (to.map { due <= $0 } ?? true)
  }
}

/// The orders a list of duties can take; every order ends with the due date, then the id.
public enum DutySort: String, DataVocabulary {
  /// Soonest due first (the default).
  case due
  /// By area (0–6), then soonest due first.
  case area
  /// By the lead's id, duties without a lead last, then soonest due first.
  case lead
}

/// Where a duty sits on its official's own list (`duties mine`): overdue first, then the done
/// duties of earlier months, this month's, and later ones. Lists are ordered by this group first.
public enum MyDutyGroup: String, DataVocabulary {
  /// Open and due before today (the one rule of overdue).
  case overdue
  /// Not overdue (so done) and due before this month.
  case earlier
  /// Not overdue and due this month.
  case thisMonth
  /// Due after this month.
  case later

  /// The group of a duty with `status` due on `due`, seen on `today`.
  public static func of(status: DutyStatus, due: CivilDate, today: CivilDate) -> MyDutyGroup {
    if DutyRules.isOverdue(status: status, due: due, today: today) { return .overdue }
    let month = today.period
    if due.period < month { return .earlier }
    return due.period == month ? .thisMonth : .later
  }

  /// Its place in the order of a list, 0 first.
  public var rank: Int {
    switch self {
    case .overdue: 0
    case .earlier: 1
    case .thisMonth: 2
    case .later: 3
    }
  }

  /// The SQL twin of `of`: an expression giving the group's `rank`, on a row's `status` and `due`
  /// columns, with today, the first and the last day of today's month as SQL expressions (ISO text).
  /// A test holds the two equal on seeded data.
  public static func rankSQL(status: String, due: String, today: String, monthStart: String, monthEnd: String)
    -> String
  {
    """
    (CASE WHEN \(DutyRules.openSQL(status: status)) AND \(due) < \(today) THEN 0 \
    WHEN \(due) < \(monthStart) THEN 1 WHEN \(due) <= \(monthEnd) THEN 2 ELSE 3 END)
    """
  }
}

/// Which duties are an official's in a list: the ones it leads and, unless only the lead's are
/// asked for, the ones it coordinates.
public enum DutyInvolvement {
  /// Whether a duty led by `lead` with `coordinators` is `official`'s.
  public static func concerns(
    lead: OfficialID?, coordinators: [OfficialID], official: OfficialID, leadOnly: Bool
  ) -> Bool {
    lead == official || (!leadOnly && coordinators.contains(official))
  }

  /// The SQL twin of `concerns` on a duty row aliased `d`, with the official as the SQL expression
  /// `official` (used once or twice). A test holds the two equal on seeded data.
  public static func concernsSQL(official: String, leadOnly: Bool) -> String {
    leadOnly
      ? "d.lead_id = \(official)"
      : "(d.lead_id = \(official) OR d.id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = \(official)))"
  }
}

/// A page of an official's own duties, with how many of all its duties (every page) are in each group.
public struct MyDutyPage: Sendable {
  /// The duties of this page.
  public var page: Page<DutyView>
  /// Each group's count over every row the list keeps.
  public var groups: [MyDutyGroup: Int]
}

extension DutyPageJSON {
  /// The page with its group counts, as `duties.mine` writes it.
  /// - Throws: `PlanError.internal` when the bytes are not such a page (never silently empty).
  public func myPage() throws -> MyDutyPage {
    struct Decoded: Decodable {
      var groups: [String: Int]
      var items: [DutyView]
      var total: Int
    }
    let decoded: Decoded
    do {
      decoded = try JSONDecoder().decode(Decoded.self, from: Data(bytes))
    } catch {
      throw PlanError.internal("duty page: \(error)")
    }
    var counts: [MyDutyGroup: Int] = [:]
    for (key, count) in decoded.groups {
      guard let group = MyDutyGroup(rawValue: key) else { throw PlanError.internal("duty page group \(key)") }
      counts[group] = count
    }
    return MyDutyPage(page: Page(items: decoded.items, total: decoded.total), groups: counts)
  }
}
