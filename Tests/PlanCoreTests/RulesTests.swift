import PlanCore
import Testing

/// The month of `YYYY-MM`.
func month(_ text: String) -> Month { Month(iso: text)! }

/// A duty's facts with defaults, for the rule tests.
func facts(
  _ id: DutyID = "d", lead: OfficialID? = nil, coordinators: [OfficialID] = [], status: DutyStatus = .todo,
  percent: Int = 0, pinned: Bool = false, period: String = "2027-03", effort: Int = 4, planItem: PlanItemID? = "2.2"
) -> DutyFacts {
  DutyFacts(
    id: id, unit: "u", planItem: planItem, period: month(period), effort: effort, status: status, percent: percent,
    lead: lead,
    coordinators: coordinators, pinned: pinned, version: 1)
}

/// An official's facts with defaults.
func official(
  _ id: OfficialID, position: String = "van-phong", canLead: Bool = true, active: Bool = true, role: Role = .official,
  skills: [String] = [], capacity: Int = 16
) -> OfficialFacts {
  OfficialFacts(
    id: id, unit: "u", position: position, positionName: position, canLead: canLead, active: active, role: role,
    skills: skills, capacity: capacity, version: 1)
}

@Suite("Who may do what: one rule for every role, action and relation to the duty")
struct AccessTests {
  /// What architecture.md says, written out as a table: viewer reads; official also reads its own
  /// duties, reports on duties it leads or coordinates and completes those it leads; chair all.
  static func allowed(_ role: Role, _ action: Action, relation: String?) -> Bool {
    switch (role, action) {
    case (.chair, _): return true
    case (_, .read): return true
    case (.official, .readOwn): return true
    case (.official, .reportProgress): return relation == nil || relation == "lead" || relation == "coordinator"
    case (.official, .complete): return relation == nil || relation == "lead"
    // The role only: the indicator's responsible position is IndicatorRules' (IndicatorValueTests).
    case (.official, .recordIndicator): return true
    default: return false
    }
  }

  @Test("exhaustive: 3 roles × 9 actions × no duty / lead / coordinator / neither / guest")
  func exhaustive() {
    for role in [Role.viewer, .official, .chair] {
      for action in Action.allCases {
        for relation in [nil, "lead", "coordinator", "neither"] as [String?] {
          for me in ["me", nil] as [OfficialID?] {
            let duty: DutyFacts? =
              switch relation {
              case nil: nil
              case "lead": facts(lead: "me", coordinators: ["x"])
              case "coordinator": facts(lead: "x", coordinators: ["me"])
              default: facts(lead: "x", coordinators: ["y"])
              }
            let principal = Principal(officialID: me, role: role)
            let effective = me == nil && relation != nil && relation != "neither" ? "neither" : relation
            let expected = Self.allowed(role, action, relation: effective)
            let refusal = Access.refusal(principal, action, method: "m", duty: duty)
            #expect((refusal == nil) == expected, "\(role) \(action) \(relation ?? "no duty") as \(me ?? "guest")")
            if let refusal { #expect(refusal.code == -32002 && refusal.kind == .forbidden) }
          }
        }
      }
    }
  }

  @Test("a guest is told to log in, in both languages")
  func guestHint() throws {
    let refusal = try #require(
      Access.refusal(Principal(officialID: nil, role: .viewer), .manageDuties, method: "duties.create"))
    #expect(refusal.vi.contains("--as") && refusal.en.contains("--as") && refusal.en.contains("chair"))
  }
}

@Suite("Duty rules: overdue, load, progress, completion")
struct DutyRulesTests {
  @Test("overdue: open and due before today, every status and three days")
  func overdue() throws {
    let today = try #require(CivilDate(iso: "2027-03-10"))
    for status in DutyStatus.allCases {
      for (due, before) in [("2027-03-09", true), ("2027-03-10", false), ("2027-03-11", false)] {
        let date = try #require(CivilDate(iso: due))
        #expect(
          DutyRules.isOverdue(status: status, due: date, today: today)
            == (before && (status == .todo || status == .doing)))
      }
    }
  }

  @Test("load: every not-cancelled duty of that month the official leads, plan and ad-hoc, open and done")
  func load() {
    let duties = [
      facts("a", lead: "o", status: .todo, effort: 2), facts("b", lead: "o", status: .done, effort: 3),
      facts("c", lead: "o", status: .cancelled, effort: 100),
      facts("d", lead: "o", status: .doing, effort: 5, planItem: nil),
      facts("e", lead: "p", effort: 7), facts("f", lead: "o", period: "2027-04", effort: 11),
      facts("g", coordinators: ["o"], effort: 13),
    ]
    #expect(DutyRules.load(of: "o", in: month("2027-03"), duties: duties) == 10)
    #expect(DutyRules.load(of: "o", in: month("2027-04"), duties: duties) == 11)
    #expect(DutyRules.load(of: "p", in: month("2027-03"), duties: duties) == 7)
  }

  @Test("the lead's report sets the duty's percent; a coordinator's is its own part")
  func parts() throws {
    let duty = facts(lead: "l", coordinators: ["c"], percent: 40)
    let lead = try DutyRules.progress(
      on: duty, by: Principal(officialID: "l", role: .official), percent: 60, note: nil, ownLast: nil)
    #expect(lead == ProgressOutcome(part: .lead, dutyPercent: 60, status: .doing))
    let coordinator = try DutyRules.progress(
      on: duty, by: Principal(officialID: "c", role: .official), percent: 90, note: nil, ownLast: 20)
    #expect(coordinator == ProgressOutcome(part: .coordinator, dutyPercent: 40, status: .doing))
    let chair = try DutyRules.progress(
      on: duty, by: Principal(officialID: "ch", role: .chair), percent: 50, note: nil, ownLast: nil)
    #expect(chair == ProgressOutcome(part: .chair, dutyPercent: 50, status: .doing))
  }

  @Test("lowering needs a note: the lead against the duty's percent, a coordinator against its own last report")
  func lowering() throws {
    let duty = facts(lead: "l", coordinators: ["c"], status: .doing, percent: 40)
    let lead = Principal(officialID: "l", role: .official)
    let coordinator = Principal(officialID: "c", role: .official)
    #expect(throws: PlanError.self) { try DutyRules.progress(on: duty, by: lead, percent: 30, note: nil, ownLast: nil) }
    #expect(throws: PlanError.self) {
      try DutyRules.progress(on: duty, by: lead, percent: 30, note: "  ", ownLast: nil)
    }
    #expect(
      try DutyRules.progress(on: duty, by: lead, percent: 30, note: "Làm lại dự thảo", ownLast: nil).dutyPercent == 30)
    #expect(try DutyRules.progress(on: duty, by: lead, percent: 40, note: nil, ownLast: nil).dutyPercent == 40)
    // The coordinator's 30 is lower than the duty's 40 but not than its own last 20: no note needed.
    #expect(try DutyRules.progress(on: duty, by: coordinator, percent: 30, note: nil, ownLast: 20).part == .coordinator)
    #expect(throws: PlanError.self) {
      try DutyRules.progress(on: duty, by: coordinator, percent: 10, note: nil, ownLast: 20)
    }
    do {
      _ = try DutyRules.progress(on: duty, by: lead, percent: 10, note: nil, ownLast: nil)
    } catch let error as PlanError {
      #expect(error.kind == .validation && error.en.hasPrefix("note:") && error.vi.contains("40%"))
    }
  }

  @Test("closed duties and percents outside 0–100 are refused")
  func refusals() {
    let chair = Principal(officialID: "ch", role: .chair)
    for status in [DutyStatus.done, .cancelled] {
      #expect(throws: PlanError.self) {
        try DutyRules.progress(on: facts(status: status), by: chair, percent: 1, note: nil, ownLast: nil)
      }
      #expect(throws: PlanError.self) {
        try DutyRules.complete(facts(status: status), on: CivilDate(dayNumber: 0), result: nil, evidence: nil)
      }
    }
    for percent in [-1, 101, Int.max, Int.min] {
      #expect(throws: PlanError.self) {
        try DutyRules.progress(on: facts(), by: chair, percent: percent, note: "x", ownLast: nil)
      }
    }
  }

  @Test(
    "reopening: done restarts at 0%, cancelled keeps its percent; a lead who may no longer lead is taken off with the pin"
  )
  func reopen() throws {
    let done = facts(lead: "a", status: .done, percent: 100, pinned: true)
    #expect(
      try DutyRules.reopen(done, lead: official("a")) == Reopening(status: .todo, percent: 0, lead: "a", pinned: true))
    let cancelled = facts(lead: "a", status: .cancelled, percent: 40)
    #expect(
      try DutyRules.reopen(cancelled, lead: official("a"))
        == Reopening(status: .doing, percent: 40, lead: "a", pinned: false))
    for gone in [official("a", active: false), official("a", position: "mttq", canLead: false)] {
      #expect(try DutyRules.reopen(done, lead: gone) == Reopening(status: .todo, percent: 0, lead: nil, pinned: false))
    }
    #expect(try DutyRules.reopen(facts(status: .cancelled), lead: nil).lead == nil)
    #expect(throws: PlanError.self) { try DutyRules.reopen(facts(lead: "a", status: .doing), lead: official("a")) }
  }

  @Test("completion records the call's day, the result and the evidence")
  func completion() throws {
    let day = try #require(CivilDate(iso: "2027-03-10"))
    let done = try DutyRules.complete(facts(status: .doing), on: day, result: "Xong", evidence: "Số 12/BC-UBND")
    #expect(done == Completion(on: day, result: "Xong", evidence: "Số 12/BC-UBND"))
  }
}

@Suite("Official rules: who may lead, the last chair, leaving duties")
struct OfficialRulesTests {
  @Test("may lead: active and canLead; the refusal names the field and the post")
  func mayLead() throws {
    #expect(official("a").mayLead)
    #expect(!official("a", active: false).mayLead && !official("a", canLead: false).mayLead)
    #expect(OfficialRules.leadRefusal(official("a"), field: "lead") == nil)
    let party = try #require(
      OfficialRules.leadRefusal(official("chu-tich-mttq", position: "mttq", canLead: false), field: "lead"))
    #expect(party.kind == .validation && party.vi.contains("chỉ phối hợp") && party.en.hasPrefix("lead:"))
    #expect(OfficialRules.leadRefusal(official("a", active: false), field: "lead")?.en.contains("not active") == true)
    #expect(
      OfficialRules.coordinatorRefusal(official("p", canLead: false), field: "coordinators") == nil,
      "Party posts coordinate")
  }

  @Test("the last active chair cannot be deactivated or demoted; another chair, or no change, lets it")
  func lastChair() {
    let chair = official("ch", role: .chair)
    var demoted = chair
    demoted.role = .official
    var gone = chair
    gone.active = false
    #expect(OfficialRules.lastChairRefusal(before: chair, after: demoted, otherActiveChairs: 0)?.kind == .conflict)
    #expect(OfficialRules.lastChairRefusal(before: chair, after: gone, otherActiveChairs: 0)?.kind == .conflict)
    #expect(OfficialRules.lastChairRefusal(before: chair, after: gone, otherActiveChairs: 1) == nil)
    #expect(OfficialRules.lastChairRefusal(before: chair, after: chair, otherActiveChairs: 0) == nil)
    #expect(
      OfficialRules.lastChairRefusal(before: official("o"), after: official("o", active: false), otherActiveChairs: 0)
        == nil)
  }

  @Test("deactivation and a move to a post that may not lead leave duties; other changes do not")
  func leavesDuties() {
    let a = official("a")
    #expect(OfficialRules.leavesDuties(before: a, after: official("a", active: false)))
    #expect(OfficialRules.leavesDuties(before: a, after: official("a", position: "mttq", canLead: false)))
    #expect(
      OfficialRules.leavesDuties(
        before: official("p", canLead: false), after: official("p", canLead: false, active: false)))
    #expect(!OfficialRules.leavesDuties(before: a, after: official("a", position: "kinh-te")))
    #expect(!OfficialRules.leavesDuties(before: a, after: official("a", capacity: 8)))
    #expect(!OfficialRules.leavesDuties(before: official("a", active: false), after: official("a", active: false)))
  }

  @Test("leaving: every open duty as lead (pinned ones lose their pin) and as coordinator; closed duties untouched")
  func release() {
    let duties = [
      facts("led", lead: "a", coordinators: ["b"]), facts("pinned", lead: "a", pinned: true),
      facts("coordinated", lead: "b", coordinators: ["a", "c"], pinned: true), facts("done", lead: "a", status: .done),
      facts("cancelled", lead: "a", coordinators: ["a"], status: .cancelled), facts("other", lead: "b"),
    ]
    let releases = OfficialRules.release("a", from: duties)
    #expect(releases.map(\.after.id) == ["led", "pinned", "coordinated"])
    #expect(
      releases[0].after.lead == nil && releases[0].after.coordinators == ["b"] && releases[0].wasLead
        && !releases[0].wasPinned)
    #expect(releases[1].after.lead == nil && !releases[1].after.pinned && releases[1].wasPinned)
    #expect(
      releases[2].after.lead == "b" && releases[2].after.pinned && releases[2].after.coordinators == ["c"]
        && !releases[2].wasLead)
  }
}

@Suite("Leave → availability and capacity")
struct AvailabilityTests {
  static let calendar = WorkingCalendar(
    from: CivilDate(iso: "2027-01-01")!, to: CivilDate(iso: "2027-12-31")!, weekend: [.saturday, .sunday], rule: nil,
    days: [
      CalendarDay(
        date: CivilDate(iso: "2027-03-08")!, kind: .holiday, code: "x", name: "x", projected: false, note: nil)
    ])

  static func leave(_ from: String, _ to: String) -> ClosedRange<CivilDate> {
    CivilDate(iso: from)!...CivilDate(iso: to)!
  }

  @Test(
    "March 2027 has 23 weekdays less one holiday: 22; five days off lower 16 h to 16 × 17 / 22 = 12 h, rounded down")
  func proportional() {
    let month = Availability.month(
      month("2027-03"), capacity: 16, leaves: [Self.leave("2027-03-01", "2027-03-07")], calendar: Self.calendar)
    #expect(month.workingDays == 22 && month.daysOnLeave == 5 && !month.unavailable && month.capacity == 12)
  }

  @Test("half the working days or more makes the month unavailable; overlapping leaves count each day once")
  func half() {
    let eleven = Availability.month(
      month("2027-03"), capacity: 16, leaves: [Self.leave("2027-03-15", "2027-03-31")], calendar: Self.calendar)
    #expect(eleven.daysOnLeave == 13 && eleven.unavailable && eleven.capacity == 0)
    let overlapping = Availability.month(
      month("2027-03"), capacity: 16,
      leaves: [Self.leave("2027-03-01", "2027-03-05"), Self.leave("2027-03-03", "2027-03-09")],
      calendar: Self.calendar)
    #expect(overlapping.daysOnLeave == 6, "1–5 and 3–9 March: 1, 2, 3, 4, 5, 9 (8 is a holiday)")
    let none = Availability.instanceFields(
      periods: [month("2027-03"), month("2027-04")], capacity: 16, leaves: [], calendar: Self.calendar)
    #expect(none.unavailable.isEmpty && none.capacityByPeriod.isEmpty)
    let fields = Availability.instanceFields(
      periods: [month("2027-03"), month("2027-04")], capacity: 16, leaves: [Self.leave("2027-03-15", "2027-04-02")],
      calendar: Self.calendar)
    #expect(fields.unavailable == ["2027-03"] && fields.capacityByPeriod == ["2027-04": 16 * 20 / 22])
  }
}

@Suite("The product's instance and explain: the solver's own arithmetic")
struct ScheduleModelTests {
  static let calendar = AvailabilityTests.calendar

  static func item(_ id: PlanItemID, lead: [String], coordinate: [String] = [], skills: [String] = []) -> PlanItem {
    PlanItem(
      id: id, kind: .task, title: id.rawValue, text: id.rawValue,
      source: SourceQuote(sentence: nil, lines: nil, reference: "x"),
      recurrence: Recurrence(every: .quarter, month: nil, day: nil, quarters: nil, due: nil, basis: nil), effort: 4,
      leadPositions: lead, coordinatorPositions: coordinate, skills: skills, indicators: [], note: nil)
  }

  @Test(
    "Party posts and inactive officials enter inactive; pinned, done and ad-hoc duties with a lead enter pinned; an ad-hoc duty without one is listed"
  )
  func instance() {
    let model = ScheduleModel(
      officials: [official("a"), official("mttq", position: "mttq", canLead: false), official("gone", active: false)],
      leaves: [:], calendar: Self.calendar,
      duties: [
        facts("free", lead: "a"), facts("pin", lead: "a", pinned: true), facts("done", lead: "mttq", status: .done),
        facts("adhoc", lead: "a", planItem: nil), facts("adhoc-open", planItem: nil),
        facts("gone", lead: "a", status: .cancelled),
        facts("done-nobody", status: .done),
      ],
      items: ["2.2": Self.item("2.2", lead: ["van-phong"])])
    #expect(model.instance.officials.map { $0.active } == [true, false, false])
    let duties = Dictionary(uniqueKeysWithValues: model.instance.duties.map { ($0.id, $0) })
    #expect(Set(duties.keys) == ["free", "pin", "done", "adhoc"])
    #expect(duties["free"]?.pinned == nil && duties["free"]?.current == "a")
    #expect(duties["pin"]?.pinned == "a" && duties["done"]?.pinned == "mttq" && duties["adhoc"]?.pinned == "a")
    #expect(model.unplaced.map(\.duty) == ["adhoc-open"])
    #expect(model.loads(model.currentLeads)["a"]?[month("2027-03")] == 12)
  }

  @Test("an open duty led by someone who may not lead (pinned or not, plan or ad-hoc) loses that lead in the instance")
  func strayLeads() {
    let model = ScheduleModel(
      officials: [official("a"), official("mttq", position: "mttq", canLead: false), official("gone", active: false)],
      leaves: [:], calendar: Self.calendar,
      duties: [
        facts("pinned-party", lead: "mttq", pinned: true), facts("free-gone", lead: "gone"),
        facts("adhoc-gone", lead: "gone", planItem: nil), facts("done-party", lead: "mttq", status: .done),
      ],
      items: ["2.2": Self.item("2.2", lead: ["van-phong"])])
    let duties = Dictionary(uniqueKeysWithValues: model.instance.duties.map { ($0.id, $0) })
    #expect(duties["pinned-party"]?.pinned == nil && duties["pinned-party"]?.current == nil, "free for the solver")
    #expect(duties["free-gone"]?.pinned == nil && duties["free-gone"]?.current == nil)
    #expect(duties["adhoc-gone"] == nil && model.released == ["adhoc-gone"])
    #expect(model.unplaced.map(\.reason) == [ScheduleModel.strayReason])
    #expect(duties["done-party"]?.pinned == "mttq", "a done duty keeps its history and its hours")
    #expect(model.overrides("pinned-party", lead: "mttq").first?.kind == "may-not-lead")
  }

  @Test("a duty whose only eligible official lacks the hours is 'at capacity', not 'no eligible official'")
  func atCapacityReason() {
    let instance = SchedulingInstance(
      officials: [
        InstanceOfficial(
          id: "a", unit: nil, position: "p", skills: ["x"], capacity: 8, capacityByPeriod: nil, unavailable: nil,
          active: true),
        InstanceOfficial(
          id: "b", unit: nil, position: "p", skills: [], capacity: 40, capacityByPeriod: nil, unavailable: nil,
          active: true),
      ],
      duties: [
        InstanceDuty(
          id: "d", unit: nil, period: "2027-03", effort: 12, skills: ["x"], lead: ["p"], coordinate: nil, current: nil,
          pinned: nil)
      ])
    let solution = Scheduler.solve(instance)
    #expect(solution.unassigned.map(\.reason) == ["every eligible official is at capacity"])
    #expect(ScheduleModel.unassignedReason(solution.unassigned[0]).vi.contains("không còn đủ giờ"))
  }

  @Test(
    "300 seeded instances: every placed duty's lead is a candidate whose total is the objective with the duty minus without it"
  )
  func explainIsTheObjective() throws {
    var random = SeededRandom(seed: 8)
    let positions = ["van-phong", "kinh-te", "van-hoa", "mttq"]
    for round in 0..<300 {
      let officials = (0..<Int.random(in: 2...5, using: &random)).map { n in
        let position = positions.randomElement(using: &random)!
        return official(
          "o\(n)", position: position, canLead: position != "mttq", active: Int.random(in: 0..<8, using: &random) > 0,
          skills: Bool.random(using: &random) ? ["cntt"] : [], capacity: [8, 12, 16].randomElement(using: &random)!)
      }
      let items: [PlanItemID: PlanItem] = Dictionary(
        uniqueKeysWithValues: (0..<3).map { n in
          (
            "i\(n)",
            Self.item(
              "i\(n)", lead: [positions.randomElement(using: &random)!],
              coordinate: [positions.randomElement(using: &random)!],
              skills: Int.random(in: 0..<4, using: &random) == 0 ? ["cntt"] : [])
          )
        })
      let duties = (0..<Int.random(in: 1...7, using: &random)).map { n in
        facts(
          "d\(n)", lead: Bool.random(using: &random) ? officials.randomElement(using: &random)!.id : nil,
          status: [DutyStatus.todo, .doing, .done, .cancelled].randomElement(using: &random)!,
          pinned: Int.random(in: 0..<5, using: &random) == 0,
          period: ["2027-03", "2027-04"].randomElement(using: &random)!,
          effort: [1, 2, 4, 8].randomElement(using: &random)!,
          planItem: Int.random(in: 0..<6, using: &random) == 0 ? nil : "i\(Int.random(in: 0..<3, using: &random))")
      }
      let leaves: [OfficialID: [ClosedRange<CivilDate>]] =
        Bool.random(using: &random) ? ["o0": [AvailabilityTests.leave("2027-03-01", "2027-03-19")]] : [:]
      let before = ScheduleModel(
        officials: officials, leaves: leaves, calendar: Self.calendar, duties: duties, items: items)
      let solution = Scheduler.solve(before.instance, partBudget: 5)
      #expect(solution.optimal)
      // Apply the solution as the store would, and explain each duty the solver placed.
      var applied = duties
      for index in applied.indices
      where before.instance.duties.contains(where: { $0.id == applied[index].id.rawValue && $0.pinned == nil }) {
        applied[index].lead = solution.assignments.first { $0.duty == applied[index].id.rawValue }
          .map { OfficialID(rawValue: $0.lead) }
      }
      let after = ScheduleModel(
        officials: officials, leaves: leaves, calendar: Self.calendar, duties: applied, items: items)
      let leads = after.currentLeads
      for placed in before.instance.duties where placed.pinned == nil {
        guard let lead = leads[placed.id] else { continue }
        let why = try #require(after.explain(DutyID(rawValue: placed.id)))
        let candidate = try #require(
          why.candidates.first { $0.official.rawValue == lead }, "round \(round) \(placed.id): \(why)")
        var without = after.instance
        without.duties.removeAll { $0.id == placed.id }
        var others = leads
        others[placed.id] = nil
        #expect(
          candidate.total
            == Scheduler.objective(of: after.instance, leads: leads) - Scheduler.objective(of: without, leads: others),
          "round \(round) \(placed.id)")
        #expect(why.candidates.allSatisfy { after.officials[$0.official]?.mayLead == true }, "nobody who may not lead")
        #expect(why.candidates.first.map { $0.total } == why.candidates.map(\.total).min())
      }
    }
  }

  @Test("a pin overrides leave, skill, capacity and position as warnings; explain shows them for a pinned duty")
  func overrides() throws {
    let model = ScheduleModel(
      officials: [official("a", position: "kinh-te", capacity: 4), official("b")],
      leaves: ["a": [AvailabilityTests.leave("2027-03-01", "2027-03-05")]], calendar: Self.calendar,
      duties: [facts("d", lead: "a", pinned: true, effort: 4), facts("e", lead: "a", pinned: true, effort: 2)],
      items: ["2.2": Self.item("2.2", lead: ["van-phong"], skills: ["cntt"])])
    let kinds = model.overrides("d", lead: "a").map(\.kind)
    #expect(kinds == ["on-leave", "missing-skill", "over-capacity", "not-lead-position"])
    #expect(model.overrides("d", lead: "b").map(\.kind) == ["missing-skill"])
    let why = try #require(model.explain("d"))
    #expect(why.pinned && why.warnings.map(\.kind) == kinds)
    #expect(why.excluded.map(\.kind) == ["missing-skill", "missing-skill"])
  }

  @Test(
    "coordinators: active holders of the coordinator positions, not the lead, not on leave that month — Party posts included"
  )
  func coordinators() {
    let model = ScheduleModel(
      officials: [
        official("a"), official("b"), official("c", active: false), official("m", position: "mttq", canLead: false),
        official("k", position: "kinh-te"),
      ],
      leaves: ["b": [AvailabilityTests.leave("2027-03-01", "2027-03-31")]], calendar: Self.calendar,
      duties: [facts("d", lead: "a")],
      items: ["2.2": Self.item("2.2", lead: ["kinh-te"], coordinate: ["van-phong", "mttq"])])
    #expect(model.coordinators("d", lead: "a") == ["m"])
    #expect(model.coordinators("d", lead: "k") == ["a", "m"])
  }
}
