/// Where a leave stands on a given day.
public enum LeaveState: String, DataVocabulary {
  /// Under way: today is one of its days.
  case current
  /// Still to come.
  case coming
  /// Over.
  case past
  /// Cancelled (it counts for nothing).
  case cancelled

  /// The state in the reader's words.
  public var words: (vi: String, en: String) {
    switch self {
    case .current: ("đang nghỉ", "on leave now")
    case .coming: ("sắp tới", "coming")
    case .past: ("đã qua", "past")
    case .cancelled: ("đã hủy", "cancelled")
    }
  }
}

/// The rules about leaves: which overlap, where one stands, which a list shows. Pure.
public enum LeaveRules {
  /// The first leave among `leaves` (not cancelled, lowest number first) that shares a day with `from…to`.
  public static func overlapping(from: CivilDate, to: CivilDate, among leaves: [LeaveView]) -> LeaveView? {
    leaves.filter { !$0.cancelled && $0.from <= to && from <= $0.to }.min { $0.id < $1.id }
  }

  /// The refusal of a new leave of `official` from `from` to `to` that overlaps one of its recorded
  /// leaves (cancelled ones do not count), naming the other leave; nil when it overlaps none.
  public static func overlapRefusal(official: OfficialID, from: CivilDate, to: CivilDate, among leaves: [LeaveView])
    -> PlanError?
  {
    guard let other = overlapping(from: from, to: to, among: leaves.filter { $0.official == official }) else {
      return nil
    }
    return PlanError.validation(
      "Cán bộ \(official) đã có lần nghỉ #\(other.id) từ \(other.from.shown) đến \(other.to.shown) trùng với thời gian này.",
      "Official \(official) already has leave #\(other.id) from \(other.from.shown) to \(other.to.shown), which overlaps this one."
    )
  }

  /// Where `leave` stands on `today`.
  public static func state(_ leave: LeaveView, today: CivilDate) -> LeaveState {
    if leave.cancelled { return .cancelled }
    if leave.to < today { return .past }
    return leave.from <= today ? .current : .coming
  }

  /// Whether `leave` has a day in `month`.
  public static func touches(_ leave: LeaveView, _ month: Month) -> Bool {
    leave.from <= month.lastDay && month.firstDay <= leave.to
  }

  /// Whether a list of leaves shows `leave`: in `month` when one is given (past ones too), else the
  /// current and coming ones (past ones only with `includePast`); cancelled ones only with `includeCancelled`.
  public static func isListed(
    _ leave: LeaveView, today: CivilDate, month: Month?, includePast: Bool, includeCancelled: Bool
  ) -> Bool {
    if leave.cancelled && !includeCancelled { return false }
    if let month { return touches(leave, month) }
    return includePast || leave.to >= today
  }

  /// The working days from `from` to `to` (inclusive) by the working calendar.
  public static func workingDays(from: CivilDate, to: CivilDate, calendar: WorkingCalendar) -> Int {
    guard from <= to else { return 0 }
    return (0...(to.dayNumber - from.dayNumber)).filter { calendar.isWorkingDay(from.adding(days: $0)) }.count
  }
}
