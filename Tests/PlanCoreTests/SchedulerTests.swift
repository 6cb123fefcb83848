import PlanCore
import Testing

/// Small random instances as scheduler.md describes, and the exhaustive optimum to compare with.
enum SmallInstances {
  static func make(_ random: inout SeededRandom) -> SchedulingInstance {
    let units = ["u1", "u2"]
    let positions = ["p1", "p2", "p3"]
    let skills = ["s1", "s2", "s3"]
    let periods = ["2027-01", "2027-02"]
    var officials: [InstanceOfficial] = []
    for n in 0..<Int.random(in: 1...4, using: &random) {
      officials.append(
        InstanceOfficial(
          id: "o\(n)", unit: units.randomElement(using: &random), position: positions.randomElement(using: &random)!,
          skills: Array(skills.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random))),
          capacity: [4, 8, 12].randomElement(using: &random)!,
          capacityByPeriod: Bool.random(using: &random) ? [periods.randomElement(using: &random)!: 4] : nil,
          unavailable: Int.random(in: 0..<4, using: &random) == 0 ? [periods.randomElement(using: &random)!] : nil,
          active: Int.random(in: 0..<8, using: &random) != 0))
    }
    var duties: [InstanceDuty] = []
    for n in 0..<Int.random(in: 1...8, using: &random) {
      let unit = units.randomElement(using: &random)
      let sameUnit = officials.filter { $0.unit == unit }
      duties.append(
        InstanceDuty(
          id: "d\(n)", unit: unit, period: periods.randomElement(using: &random)!,
          effort: [1, 2, 4, 6].randomElement(using: &random)!,
          skills: Array(skills.shuffled(using: &random).prefix(Int.random(in: 0...1, using: &random))),
          lead: [positions.randomElement(using: &random)!], coordinate: [positions.randomElement(using: &random)!],
          current: Int.random(in: 0..<3, using: &random) == 0 ? officials.randomElement(using: &random)?.id : nil,
          pinned: Int.random(in: 0..<10, using: &random) == 0 ? sameUnit.randomElement(using: &random)?.id : nil))
    }
    return SchedulingInstance(officials: officials, duties: duties)
  }

  /// The best objective over every assignment of the unpinned duties (eligible lead or none) that
  /// keeps every capacity (raised to the pinned load where pinned duties exceed it).
  static func exhaustive(_ instance: SchedulingInstance) -> Int {
    let officials = instance.officials
    var pinnedLoad: [String: Int] = [:]
    var leads: [String: String] = [:]
    for duty in instance.duties {
      if let pinned = duty.pinned {
        leads[duty.id] = pinned
        pinnedLoad["\(pinned)\u{1}\(duty.period)", default: 0] += duty.effort
      }
    }
    func capacity(_ o: InstanceOfficial, _ period: String) -> Int {
      max(o.capacityByPeriod?[period] ?? o.capacity, pinnedLoad["\(o.id)\u{1}\(period)"] ?? 0)
    }
    let free = instance.duties.filter { $0.pinned == nil }
    var best = Int.max
    var load = pinnedLoad
    func go(_ index: Int) {
      if index == free.count {
        best = min(best, Scheduler.objective(of: instance, leads: leads))
        return
      }
      let duty = free[index]
      for official in officials where Scheduler.exclusion(duty, official) == nil {
        let key = "\(official.id)\u{1}\(duty.period)"
        if (load[key] ?? 0) + duty.effort > capacity(official, duty.period) { continue }
        load[key, default: 0] += duty.effort
        leads[duty.id] = official.id
        go(index + 1)
        leads[duty.id] = nil
        load[key, default: 0] -= duty.effort
      }
      go(index + 1)
    }
    go(0)
    return best
  }
}

@Suite("The scheduler's exact solver")
struct SchedulerTests {
  @Test(
    "1 000 seeded random instances: the solver's objective equals the exhaustive optimum, the result is feasible, optimal is true"
  )
  func againstExhaustiveEnumeration() {
    var random = SeededRandom(seed: 5)
    for round in 0..<1000 {
      let instance = SmallInstances.make(&random)
      #expect(Scheduler.problems(in: instance).isEmpty)
      let solution = Scheduler.solve(instance)
      let leads = Dictionary(solution.assignments.map { ($0.duty, $0.lead) }) { a, _ in a }
      let recomputed = Scheduler.objective(of: instance, leads: leads)
      let optimum = SmallInstances.exhaustive(instance)
      #expect(solution.objective == recomputed, "round \(round): objective is not the formula")
      #expect(solution.objective == optimum, "round \(round): \(solution.objective) vs exhaustive \(optimum)")
      #expect(solution.optimal && solution.lowerBound == solution.objective, "round \(round)")
      // Feasible: every lead eligible (or pinned), every capacity kept (raised only for pinned hours).
      let officials = Dictionary(instance.officials.map { ($0.id, $0) }) { a, _ in a }
      var load: [String: Int] = [:]
      var pinned: [String: Int] = [:]
      for duty in instance.duties {
        guard let lead = leads[duty.id], let official = officials[lead] else { continue }
        load["\(lead)\u{1}\(duty.period)", default: 0] += duty.effort
        if duty.pinned != nil {
          pinned["\(lead)\u{1}\(duty.period)", default: 0] += duty.effort
        } else {
          #expect(Scheduler.exclusion(duty, official) == nil, "round \(round): \(duty.id) led by an ineligible \(lead)")
        }
      }
      for (key, hours) in load {
        let parts = key.split(separator: "\u{1}").map(String.init)
        guard let official = officials[parts[0]] else { continue }
        let capacity = max(official.capacityByPeriod?[parts[1]] ?? official.capacity, pinned[key] ?? 0)
        #expect(hours <= capacity, "round \(round): \(key) \(hours) h over \(capacity) h")
      }
      #expect(solution.assignments.count + solution.unassigned.count == instance.duties.count)
    }
  }

  static func official(_ id: String, _ position: String, capacity: Int = 16, skills: [String] = []) -> InstanceOfficial
  {
    InstanceOfficial(
      id: id, unit: nil, position: position, skills: skills, capacity: capacity, capacityByPeriod: nil,
      unavailable: nil,
      active: true)
  }

  static func duty(
    _ id: String, effort: Int = 4, lead: [String] = ["vp"], skills: [String] = [], current: String? = nil,
    pinned: String? = nil
  )
    -> InstanceDuty
  {
    InstanceDuty(
      id: id, unit: nil, period: "2027-03", effort: effort, skills: skills, lead: lead, coordinate: ["tp"],
      current: current,
      pinned: pinned)
  }

  @Test(
    "a part that runs out of time returns at least the greedy answer: nobody left with room for an unassigned duty, the objective that of what it returns"
  )
  func budgetExhausted() {
    var random = SeededRandom(seed: 12)
    let officials = (0..<20).map { Self.official("o\($0)", ["vp", "kt", "vh"][$0 % 3], capacity: 744) }
    let duties = (0..<12_000).map { n in
      Self.duty("d\(n)", effort: [1, 2, 4, 8].randomElement(using: &random)!, lead: ["vp"])
    }
    let instance = SchedulingInstance(officials: officials, duties: duties)
    let solution = Scheduler.solve(instance, partBudget: 0.001)
    #expect(!solution.optimal)
    var leads: [String: String] = [:]
    var load: [String: Int] = [:]
    let effort = Dictionary(uniqueKeysWithValues: duties.map { ($0.id, $0.effort) })
    for assignment in solution.assignments {
      leads[assignment.duty] = assignment.lead
      load[assignment.lead, default: 0] += effort[assignment.duty] ?? 0
    }
    #expect(solution.assignments.count >= 1_860, "the 8-hour duties fill every capacity first")
    #expect(load.values.allSatisfy { $0 <= 744 })
    for duty in solution.unassigned {
      let hours = effort[duty.duty] ?? 0
      #expect(officials.allSatisfy { (load[$0.id] ?? 0) + hours > 744 }, "\(duty.duty) had room somewhere")
    }
    #expect(solution.objective == Scheduler.objective(of: instance, leads: leads))
    #expect(solution.lowerBound <= solution.objective)
  }

  @Test("pinned duties over capacity keep their lead, raise the capacity and warn")
  func pinnedOverCapacity() {
    let instance = SchedulingInstance(
      officials: [Self.official("a", "vp", capacity: 4)],
      duties: [
        Self.duty("d1", effort: 4, pinned: "a"), Self.duty("d2", effort: 4, pinned: "a"), Self.duty("d3", effort: 2),
      ])
    let solution = Scheduler.solve(instance)
    #expect(solution.assignments.map(\.lead) == ["a", "a"])
    #expect(solution.unassigned.map(\.duty) == ["d3"] && solution.unassigned[0].reason.contains("capacity"))
    #expect(solution.warnings.count == 1 && solution.warnings[0].contains("raised"))
    #expect(solution.objective == 64 + Scheduler.unassignedCost)
  }

  @Test("nobody eligible: the duty is unassigned with the reason")
  func nobodyEligible() {
    let instance = SchedulingInstance(
      officials: [Self.official("a", "vp", skills: ["cntt"])], duties: [Self.duty("d1", skills: ["so-hoa"])])
    let solution = Scheduler.solve(instance)
    #expect(solution.unassigned.first?.reason == "no eligible official: missing skill so-hoa")
    #expect(solution.objective == Scheduler.unassignedCost && solution.optimal)
  }

  @Test("today's lead is kept when the position is equal (5 000 outweighs the load term)")
  func currentStability() {
    let instance = SchedulingInstance(
      officials: [Self.official("a", "vp"), Self.official("b", "vp")],
      duties: [Self.duty("d1", effort: 4, current: "b"), Self.duty("d2", effort: 4, current: "b")])
    let solution = Scheduler.solve(instance)
    #expect(solution.assignments.map(\.lead) == ["b", "b"])
    #expect(solution.objective == 64)
  }

  @Test("ties go to the official with the smaller id; the load spreads among equals")
  func ties() {
    let tie = Scheduler.solve(
      SchedulingInstance(officials: [Self.official("b", "vp"), Self.official("a", "vp")], duties: [Self.duty("d1")]))
    #expect(tie.assignments.map(\.lead) == ["a"])
    let spread = Scheduler.solve(
      SchedulingInstance(
        officials: [Self.official("a", "vp"), Self.official("b", "vp")], duties: [Self.duty("d1"), Self.duty("d2")]))
    #expect(Set(spread.assignments.map(\.lead)) == ["a", "b"] && spread.objective == 32)
  }

  @Test("malformed instances are named by field and id")
  func malformed() {
    let instance = SchedulingInstance(
      officials: [Self.official("a", "vp"), Self.official("a", "tp")],
      duties: [
        InstanceDuty(
          id: "d1", unit: nil, period: "2027-13", effort: -1, skills: nil, lead: ["vp"], coordinate: nil, current: nil,
          pinned: "zz")
      ])
    let problems = Scheduler.problems(in: instance)
    #expect(problems.contains("officials[id=a].id: duplicate id"))
    #expect(problems.contains("duties[id=d1].period: '2027-13' is not YYYY-MM"))
    #expect(problems.contains("duties[id=d1].effort: must be between 0 and 744"))
    #expect(problems.contains("duties[id=d1].pinned: unknown official 'zz'"))
  }

  @Test("hours past a month's 744 and a pin to another unit are malformed, never overflowed")
  func bounds() {
    let huge = SchedulingInstance(
      officials: [
        InstanceOfficial(
          id: "a", unit: "u1", position: "vp", skills: nil, capacity: Int.max, capacityByPeriod: ["2027-01": 745],
          unavailable: nil, active: true),
        InstanceOfficial(
          id: "b", unit: "u2", position: "vp", skills: nil, capacity: 8, capacityByPeriod: nil, unavailable: nil,
          active: true),
      ],
      duties: [
        InstanceDuty(
          id: "d1", unit: "u1", period: "2027-01", effort: 4_294_967_296, skills: nil, lead: ["vp"], coordinate: nil,
          current: nil, pinned: nil),
        InstanceDuty(
          id: "d2", unit: "u1", period: "2027-01", effort: 1, skills: nil, lead: ["vp"], coordinate: nil, current: nil,
          pinned: "b"),
      ])
    #expect(
      Scheduler.problems(in: huge) == [
        "officials[id=a].capacity: must be between 0 and 744",
        "officials[id=a].capacityByPeriod[2027-01]: must be between 0 and 744",
        "duties[id=d1].effort: must be between 0 and 744", "duties[id=d2].pinned: official 'b' is of another unit",
      ])
  }
}
