/// What the rules need to know about a duty, whoever stores it.
public struct DutyFacts: Sendable, Equatable {
  /// `2.2@2027-Q3` or `DX-2026-001`.
  public var id: DutyID
  /// The administrative unit (commune).
  public var unit: String
  /// The plan item it comes from, or nil for an ad-hoc duty.
  public var planItem: PlanItemID?
  /// The month its effort counts in.
  public var period: Month
  /// Hours.
  public var effort: Int
  /// todo, doing, done, cancelled.
  public var status: DutyStatus
  /// The duty's percent (the lead's last report).
  public var percent: Int
  /// The lead official, or nil.
  public var lead: OfficialID?
  /// Coordinator ids.
  public var coordinators: [OfficialID]
  /// Whether the chair fixed the lead by hand.
  public var pinned: Bool
  /// Row version.
  public var version: Int

  /// Creates the facts.
  public init(
    id: DutyID, unit: String, planItem: PlanItemID?, period: Month, effort: Int, status: DutyStatus, percent: Int,
    lead: OfficialID?, coordinators: [OfficialID], pinned: Bool, version: Int
  ) {
    self.id = id
    self.unit = unit
    self.planItem = planItem
    self.period = period
    self.effort = effort
    self.status = status
    self.percent = percent
    self.lead = lead
    self.coordinators = coordinators
    self.pinned = pinned
    self.version = version
  }
}

extension DutyStatus {
  /// Whether work on the duty is still expected (`todo` or `doing`).
  @inlinable public var isOpen: Bool { self == .todo || self == .doing }

  /// The status from its UTF-8 bytes (as SQLite hands a column over), or nil.
  @inlinable public init?<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) {
    if bytes.elementsEqual("todo".utf8) {
      self = .todo
    } else if bytes.elementsEqual("doing".utf8) {
      self = .doing
    } else if bytes.elementsEqual("done".utf8) {
      self = .done
    } else if bytes.elementsEqual("cancelled".utf8) {
      self = .cancelled
    } else {
      return nil
    }
  }
}

/// Whose part a progress report is: the lead's sets the duty's percent, a coordinator's is its own.
public enum ProgressPart: String, DataVocabulary {
  /// The lead (chủ trì): the report sets the duty's percent.
  case lead
  /// A coordinator (phối hợp): the report is its own part, kept in the history.
  case coordinator
  /// The chair, neither lead nor coordinator, reporting for the committee: sets the duty's percent.
  case chair
}

/// What a progress report does to a duty.
public struct ProgressOutcome: Sendable, Equatable {
  /// Whose part it is.
  public var part: ProgressPart
  /// The duty's percent after the report.
  public var dutyPercent: Int
  /// The duty's status after the report (`doing`).
  public var status: DutyStatus

  /// Creates an outcome.
  public init(part: ProgressPart, dutyPercent: Int, status: DutyStatus) {
    self.part = part
    self.dutyPercent = dutyPercent
    self.status = status
  }
}

/// What completing a duty records.
public struct Completion: Sendable, Equatable {
  /// The day it was done (the call's today).
  public var on: CivilDate
  /// What came of it, or nil.
  public var result: String?
  /// The evidence: document number, file, link — or nil.
  public var evidence: String?

  /// Creates a completion.
  public init(on: CivilDate, result: String?, evidence: String?) {
    self.on = on
    self.result = result
    self.evidence = evidence
  }
}

/// What reopening a duty does to it.
public struct Reopening: Sendable, Equatable {
  /// `todo`, or `doing` when it keeps some progress.
  public var status: DutyStatus
  /// The percent it keeps: 0 for a done duty (its work starts again), the last for a cancelled one.
  public var percent: Int
  /// The lead it keeps: nil when the lead may no longer lead (deactivated, or moved to a Party post).
  public var lead: OfficialID?
  /// Whether it stays pinned (never to a lead who may not lead).
  public var pinned: Bool

  /// Creates a value.
  public init(status: DutyStatus, percent: Int, lead: OfficialID?, pinned: Bool) {
    self.status = status
    self.percent = percent
    self.lead = lead
    self.pinned = pinned
  }
}

/// The rules about one duty: open, overdue, load, progress, completion. Pure; "today" is a parameter.
public enum DutyRules {
  /// The percents a progress report may give.
  public static let percents = 0...100

  /// The SQL condition "open" on a duty row's `status` column (the twin of `DutyStatus.isOpen`).
  public static func openSQL(status: String) -> String { "\(status) IN ('todo', 'doing')" }

  /// Overdue: open and due before today. The one definition of overdue.
  @inlinable public static func isOverdue<Due: Sequence<UInt8>, Today: Sequence<UInt8>>(
    status: DutyStatus, dueISO: Due, todayISO: Today
  ) -> Bool {
    // ISO dates order as their bytes do.
    status.isOpen && dueISO.lexicographicallyPrecedes(todayISO)
  }

  /// Overdue, for dates as values.
  public static func isOverdue(status: DutyStatus, due: CivilDate, today: CivilDate) -> Bool {
    isOverdue(status: status, dueISO: due.iso.utf8, todayISO: today.iso.utf8)
  }

  /// The SQL twin of `isOverdue` on a row's `status` and `due` columns; it takes one `?`, today (ISO).
  /// A test holds the two equal on seeded data.
  public static func overdueSQL(status: String, due: String) -> String {
    "(\(openSQL(status: status)) AND \(due) < ?)"
  }

  /// Whether a duty's hours count toward its lead's load: every duty but a cancelled one.
  @inlinable public static func countsTowardLoad(_ status: DutyStatus) -> Bool { status != .cancelled }

  /// An official's load in a month (scheduler.md's one definition): the summed effort of every
  /// not-cancelled duty of that month it leads — plan and ad-hoc, open and done.
  public static func load<S: Sequence<DutyFacts>>(of official: OfficialID, in period: Month, duties: S) -> Int {
    var hours = 0
    for duty in duties where duty.lead == official && duty.period == period && countsTowardLoad(duty.status) {
      hours += duty.effort
    }
    return hours
  }

  /// The SQL twin of `load`: a scalar subquery over `duties` for the official and the month given as
  /// SQL expressions (a column or a parameter, the month as `YYYY-MM` text). A test holds the two
  /// equal on seeded data.
  public static func loadSQL(official: String, period: String) -> String {
    """
    (SELECT coalesce(sum(x.effort), 0) FROM duties x WHERE x.lead_id = \(official) AND x.period = \(period) \
    AND x.status <> 'cancelled')
    """
  }

  /// Refuses a change to a duty that is done or cancelled; asked to do again what is done already
  /// (complete a done duty, cancel a cancelled one), it says so: "Việc … đã hoàn thành rồi."
  public static func requireOpen(_ duty: DutyFacts, to verb: (vi: String, en: String)) throws {
    guard !duty.status.isOpen else { return }
    let done = duty.status == .done
    let state = done ? ("đã hoàn thành", "done") : ("đã bị hủy", "cancelled")
    if verb.en == (done ? "complete" : "cancel") {
      throw PlanError.conflict("Việc \(duty.id) \(state.0) rồi.", "Duty \(duty.id) is \(state.1) already.")
    }
    throw PlanError.conflict(
      "Việc \(duty.id) \(state.0), không thể \(verb.vi) nữa.", "Duty \(duty.id) is \(state.1); cannot \(verb.en) it.")
  }

  /// A progress report: the lead's (or the chair's, for the committee) sets the duty's percent; a
  /// coordinator's is its own part and leaves the duty's percent alone. Lowering a percent — the
  /// duty's for the lead, one's own last report for a coordinator — needs a note saying why.
  /// - Parameter ownLast: the reporter's own last percent on this duty, if it reported before.
  /// - Precondition: `Access` allowed the report.
  public static func progress(
    on duty: DutyFacts, by principal: Principal, percent: Int, note: String?, ownLast: Int?
  ) throws -> ProgressOutcome {
    try requireOpen(duty, to: ("báo cáo tiến độ", "report progress on"))
    guard percents.contains(percent) else {
      throw PlanError.validation(
        "percent: phải từ 0 đến 100 (nhận \(percent)).", "percent: must be 0–100 (got \(percent)).")
    }
    let part: ProgressPart =
      if let me = principal.officialID, duty.lead == me {
        .lead
      } else if let me = principal.officialID, duty.coordinators.contains(me) {
        .coordinator
      } else {
        .chair
      }
    let previous = part == .coordinator ? ownLast ?? 0 : duty.percent
    let hasNote = !(note ?? "").allSatisfy(\.isWhitespace)
    if percent < previous && !hasNote {
      throw PlanError.validation(
        "note: hạ tiến độ từ \(previous)% xuống \(percent)% cần ghi lý do (--note).",
        "note: lowering the progress from \(previous)% to \(percent)% needs a note saying why (--note).")
    }
    return ProgressOutcome(part: part, dutyPercent: part == .coordinator ? duty.percent : percent, status: .doing)
  }

  /// Reopening a done or cancelled duty: a done one restarts at 0%, a cancelled one keeps its
  /// percent; a lead who may no longer lead is taken off (and the pin with it), so no open duty is
  /// ever led by someone who may not lead.
  /// - Parameter lead: the facts of the duty's lead, if it has one.
  public static func reopen(_ duty: DutyFacts, lead: OfficialFacts?) throws -> Reopening {
    guard !duty.status.isOpen else {
      throw PlanError.conflict("Việc \(duty.id) đang mở, không cần mở lại.", "Duty \(duty.id) is open already.")
    }
    let percent = duty.status == .done ? 0 : duty.percent
    let keeps = lead?.mayLead ?? false
    return Reopening(
      status: percent > 0 ? .doing : .todo, percent: percent, lead: keeps ? duty.lead : nil,
      pinned: keeps && duty.pinned)
  }

  /// Completing a duty: it must be open; it records the day and the result and evidence given.
  /// - Precondition: `Access` allowed it (the lead, or the chair).
  public static func complete(_ duty: DutyFacts, on today: CivilDate, result: String?, evidence: String?) throws
    -> Completion
  {
    try requireOpen(duty, to: ("hoàn thành", "complete"))
    return Completion(on: today, result: result, evidence: evidence)
  }
}
