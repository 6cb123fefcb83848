/// A duty to follow up: overdue (with the days late) or coming due (with the days left), with its
/// lead's name and the last thing reported on it.
public struct FollowUpItem: Encodable, Sendable, Equatable {
  /// The duty.
  public var duty: DutyView
  /// Its lead's name, or nil when it has no lead.
  public var leadName: String?
  /// Overdue: days since the due date (1 the day after).
  public var daysLate: Int?
  /// Coming due: days until the due date (0 on the day).
  public var daysLeft: Int?
  /// The last report with a note (else the last report), or nil when nobody reported.
  public var lastReport: ProgressEntry?

  /// Creates an item.
  public init(duty: DutyView, leadName: String?, daysLate: Int? = nil, daysLeft: Int? = nil, lastReport: ProgressEntry?)
  {
    self.duty = duty
    self.leadName = leadName
    self.daysLate = daysLate
    self.daysLeft = daysLeft
    self.lastReport = lastReport
  }

  enum CodingKeys: String, CodingKey { case duty, leadName, daysLate, daysLeft, lastReport }

  /// Encodes the name and the report as null when absent; the days as the list gives them.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(duty, forKey: .duty)
    try c.encode(leadName, forKey: .leadName)
    try c.encodeIfPresent(daysLate, forKey: .daysLate)
    try c.encodeIfPresent(daysLeft, forKey: .daysLeft)
    try c.encode(lastReport, forKey: .lastReport)
  }
}

/// Following up duties: how late, what is coming, what was said last, in which order. Pure.
public enum FollowUp {
  /// The days a duty due `due` is late on `today` (1 the day after the due date; 0 or less: not late).
  public static func daysLate(due: CivilDate, today: CivilDate) -> Int { today.dayNumber - due.dayNumber }

  /// The days left until `due` on `today` (0 on the day itself).
  public static func daysLeft(due: CivilDate, today: CivilDate) -> Int { due.dayNumber - today.dayNumber }

  /// The bounds of "due in the next `within` days": today to today + `within` (both included).
  public static func upcomingWindow(today: CivilDate, within: Int) -> ClosedRange<CivilDate> {
    today...today.adding(days: max(0, within))
  }

  /// Whether a duty is coming due: open, and due within the window (so not overdue).
  public static func isUpcoming(status: DutyStatus, due: CivilDate, today: CivilDate, within: Int) -> Bool {
    status.isOpen && upcomingWindow(today: today, within: within).contains(due)
  }

  /// What to show as the last word on a duty: the latest report with a note, else the latest report.
  public static func lastReport(_ history: [ProgressEntry]) -> ProgressEntry? {
    history.last { !($0.note ?? "").allSatisfy(\.isWhitespace) } ?? history.last
  }

  /// The order of a follow-up list: by lead (duties without a lead last), then soonest due, then id.
  public static func ordered(_ items: [FollowUpItem]) -> [FollowUpItem] {
    items.sorted { a, b in
      let leads = (a.duty.lead?.rawValue, b.duty.lead?.rawValue)
      if leads.0 != leads.1 {
        guard let left = leads.0 else { return false }
        guard let right = leads.1 else { return true }
        return left < right
      }
      if a.duty.due != b.duty.due { return a.duty.due < b.duty.due }
      return a.duty.id.rawValue < b.duty.id.rawValue
    }
  }
}

/// A follow-up list: which one (overdue, or coming due within some days), on which day, and its
/// duties in `FollowUp.ordered` order. Encoded as a list, `{"items": [...], "total": N}`.
public struct FollowUpList: Encodable, Sendable, Equatable {
  /// Which list.
  public enum Kind: Sendable, Equatable {
    /// Open duties due before today.
    case overdue
    /// Open duties due from today to `within` days from now.
    case upcoming(within: Int)
  }

  /// Which list.
  public var kind: Kind
  /// The day it was drawn up.
  public var today: CivilDate
  /// Its duties.
  public var items: [FollowUpItem]
  /// How many.
  public var total: Int { items.count }

  /// Creates a list, putting `items` in the follow-up order.
  public init(kind: Kind, today: CivilDate, items: [FollowUpItem]) {
    self.kind = kind
    self.today = today
    self.items = FollowUp.ordered(items)
  }

  enum CodingKeys: String, CodingKey { case items, total }

  /// `{"items": [...], "total": N}`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(items, forKey: .items)
    try c.encode(total, forKey: .total)
  }
}
