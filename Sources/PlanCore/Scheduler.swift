import Dispatch
import Foundation

/// An official as the scheduler sees it (scheduler.md, "Instance mode").
public struct InstanceOfficial: Codable, Sendable, Equatable {
  /// Official id.
  public var id: String
  /// The administrative unit (commune); absent means one shared unit.
  public var unit: String?
  /// Position id.
  public var position: String
  /// Skill ids.
  public var skills: [String]?
  /// Monthly hours.
  public var capacity: Int
  /// Hours for particular months (`YYYY-MM`), overriding `capacity`.
  public var capacityByPeriod: [String: Int]?
  /// Months (`YYYY-MM`) the official cannot lead anything.
  public var unavailable: [String]?
  /// Default true.
  public var active: Bool?

  /// Creates an official.
  public init(
    id: String, unit: String?, position: String, skills: [String]?, capacity: Int, capacityByPeriod: [String: Int]?,
    unavailable: [String]?, active: Bool?
  ) {
    self.id = id
    self.unit = unit
    self.position = position
    self.skills = skills
    self.capacity = capacity
    self.capacityByPeriod = capacityByPeriod
    self.unavailable = unavailable
    self.active = active
  }
}

/// A duty as the scheduler sees it.
public struct InstanceDuty: Codable, Sendable, Equatable {
  /// Duty id.
  public var id: String
  /// The administrative unit; absent means one shared unit.
  public var unit: String?
  /// Month `YYYY-MM` its effort counts in.
  public var period: String
  /// Hours.
  public var effort: Int
  /// Skills the lead needs.
  public var skills: [String]?
  /// Positions that should lead it.
  public var lead: [String]
  /// Positions that coordinate it.
  public var coordinate: [String]?
  /// Today's lead, for stability.
  public var current: String?
  /// The official the chair fixed it to, or nil.
  public var pinned: String?

  /// Creates a duty.
  public init(
    id: String, unit: String?, period: String, effort: Int, skills: [String]?, lead: [String], coordinate: [String]?,
    current: String?, pinned: String?
  ) {
    self.id = id
    self.unit = unit
    self.period = period
    self.effort = effort
    self.skills = skills
    self.lead = lead
    self.coordinate = coordinate
    self.current = current
    self.pinned = pinned
  }
}

/// One instance: officials and duties.
public struct SchedulingInstance: Codable, Sendable, Equatable {
  /// The officials.
  public var officials: [InstanceOfficial]
  /// The duties.
  public var duties: [InstanceDuty]

  /// Creates an instance.
  public init(officials: [InstanceOfficial], duties: [InstanceDuty]) {
    self.officials = officials
    self.duties = duties
  }
}

/// The solver's answer (scheduler.md, "Output").
public struct ScheduleSolution: Codable, Sendable, Equatable {
  /// A duty and its lead.
  public struct Assignment: Codable, Sendable, Equatable {
    /// Duty id.
    public var duty: String
    /// Official id.
    public var lead: String
  }

  /// A duty nobody could lead, and why.
  public struct Unassigned: Codable, Sendable, Equatable {
    /// Duty id.
    public var duty: String
    /// Why.
    public var reason: String
    /// Why, as values (not in the output): what keeps each official out, empty when some eligible
    /// official exists but all are at capacity.
    public var causes: [Ineligibility] = []

    /// Creates an entry.
    public init(duty: String, reason: String, causes: [Ineligibility] = []) {
      self.duty = duty
      self.reason = reason
      self.causes = causes
    }

    enum CodingKeys: String, CodingKey { case duty, reason }

    /// Why, in Vietnamese (`reason` is the English of the output).
    public var vi: String {
      if !causes.isEmpty { return "không ai đủ điều kiện chủ trì: " + causes.map(\.vi).joined(separator: "; ") }
      return reason == Scheduler.atCapacity
        ? "mọi người đủ điều kiện đều không còn đủ giờ trong tháng" : "đơn vị không có cán bộ nào chủ trì được"
    }
  }

  /// Counts and time.
  public struct Stats: Codable, Sendable, Equatable {
    /// Parts (unit, period).
    public var parts: Int
    /// Parts whose optimum was proven.
    public var partsProvenOptimal: Int
    /// Wall time.
    public var milliseconds: Int
  }

  /// The formula applied to `assignments`.
  public var objective: Int
  /// True only when every part was proven optimal.
  public var optimal: Bool
  /// A proven lower bound on the optimum.
  public var lowerBound: Int
  /// Every assigned duty (pinned ones included), by duty id.
  public var assignments: [Assignment]
  /// Duties left without a lead.
  public var unassigned: [Unassigned]
  /// Remarks (a capacity raised to fit pinned duties …).
  public var warnings: [String]
  /// Counts and time.
  public var stats: Stats
  /// The capacities raised to fit pinned duties, as values that word themselves (not in the output;
  /// `warnings` words them in English).
  public var capacityRaised: [RuleWarning] = []

  enum CodingKeys: String, CodingKey {
    case objective, optimal, lowerBound, assignments, unassigned, warnings, stats
  }
}

/// The scheduler's second stage: one lead per duty, exactly optimal per (unit, period).
public enum Scheduler {
  /// Cost of a lead outside the duty's lead positions but in its coordinator positions.
  public static let coordinatorPositionCost = 10_000
  /// Cost of a lead in neither.
  public static let otherPositionCost = 20_000
  /// Cost of changing today's lead.
  public static let changeCost = 5_000
  /// Cost of leaving a duty without a lead.
  public static let unassignedCost = 1_000_000_000
  /// Why a duty that some eligible official could lead has no lead.
  public static let atCapacity = "every eligible official is at capacity"

  /// Checks an instance: ids unique, periods `YYYY-MM`, hours ≥ 0, pinned officials known.
  /// - Returns: the problems in English, each naming the field and the id (empty when the instance is good).
  public static func problems(in instance: SchedulingInstance) -> [String] {
    issues(in: instance).map(\.en)
  }

  /// The same checks as values that word themselves in Vietnamese and English.
  /// - Returns: the problems, each naming the field and the id (empty when the instance is good).
  public static func issues(in instance: SchedulingInstance) -> [InstanceProblem] {
    var problems: [InstanceProblem] = []
    var officialIDs = Set<String>()
    for official in instance.officials {
      let field = "officials[id=\(official.id)]"
      if !officialIDs.insert(official.id).inserted { problems.append(.init(field + ".id", .duplicateID)) }
      if !PlanBounds.hours.contains(official.capacity) { problems.append(.init(field + ".capacity", .hours)) }
      for (period, hours) in official.capacityByPeriod ?? [:] {
        if !isPeriod(period) { problems.append(.init(field + ".capacityByPeriod", .notMonth(period))) }
        if !PlanBounds.hours.contains(hours) {
          problems.append(.init(field + ".capacityByPeriod[\(period)]", .hours))
        }
      }
      for period in official.unavailable ?? [] where !isPeriod(period) {
        problems.append(.init(field + ".unavailable", .notMonth(period)))
      }
    }
    let unitOf = Dictionary(instance.officials.map { ($0.id, $0.unit) }) { first, _ in first }
    var dutyIDs = Set<String>()
    for duty in instance.duties {
      let field = "duties[id=\(duty.id)]"
      if !dutyIDs.insert(duty.id).inserted { problems.append(.init(field + ".id", .duplicateID)) }
      if !isPeriod(duty.period) { problems.append(.init(field + ".period", .notMonth(duty.period))) }
      if !PlanBounds.hours.contains(duty.effort) { problems.append(.init(field + ".effort", .hours)) }
      if let pinned = duty.pinned, !officialIDs.contains(pinned) {
        problems.append(.init(field + ".pinned", .unknownOfficial(pinned)))
      } else if let pinned = duty.pinned, let unit = unitOf[pinned], unit != duty.unit {
        problems.append(.init(field + ".pinned", .anotherUnit(pinned)))
      }
    }
    return problems
  }

  /// `YYYY-MM` with a real month.
  static func isPeriod(_ text: String) -> Bool {
    Month(iso: text) != nil
  }

  /// Solves the instance, parts in parallel, each within `partBudget` seconds.
  /// - Precondition: `problems(in:)` is empty.
  public static func solve(_ instance: SchedulingInstance, partBudget: Double = 1.0) -> ScheduleSolution {
    let started = DispatchTime.now()
    // Parts: (unit, period) of every duty.
    var partKeys: [MonthKey] = []
    var dutiesByPart: [MonthKey: [InstanceDuty]] = [:]
    for duty in instance.duties {
      let key = MonthKey(owner: duty.unit ?? "", period: duty.period)
      if dutiesByPart[key] == nil { partKeys.append(key) }
      dutiesByPart[key, default: []].append(duty)
    }
    partKeys.sort()
    let keys = partKeys
    let byPart = dutiesByPart
    let officialsByUnit = Dictionary(grouping: instance.officials) { $0.unit ?? "" }
    let allOfficials = Dictionary(instance.officials.map { ($0.id, $0) }) { first, _ in first }
    let slots = ResultSlots(count: keys.count)
    // Parts are independent: solve them on every core; each writes only its own slot.
    DispatchQueue.concurrentPerform(iterations: keys.count) { index in
      let key = keys[index]
      let duties = byPart[key] ?? []
      let part = Part(
        period: key.period, officials: (officialsByUnit[key.owner] ?? []).sorted { $0.id < $1.id }, duties: duties,
        allOfficials: allOfficials)
      slots.store(part.solve(budget: partBudget), at: index)
    }
    let results = slots.all()
    var solution = ScheduleSolution(
      objective: 0, optimal: true, lowerBound: 0, assignments: [], unassigned: [], warnings: [],
      stats: .init(parts: partKeys.count, partsProvenOptimal: 0, milliseconds: 0))
    for result in results {
      solution.objective += result.objective
      solution.lowerBound += result.lowerBound
      solution.assignments += result.assignments
      solution.unassigned += result.unassigned
      solution.warnings += result.warnings
      solution.capacityRaised += result.capacityRaised
      if result.optimal { solution.stats.partsProvenOptimal += 1 } else { solution.optimal = false }
    }
    solution.assignments.sort { $0.duty < $1.duty }
    solution.unassigned.sort { $0.duty < $1.duty }
    solution.stats.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
    return solution
  }

  /// The formula of scheduler.md applied to a set of assignments (tests recompute with it).
  public static func objective(of instance: SchedulingInstance, leads: [String: String]) -> Int {
    let officials = Dictionary(instance.officials.map { ($0.id, $0) }) { first, _ in first }
    var total = 0
    var load: [MonthKey: Int] = [:]
    for duty in instance.duties {
      guard let lead = leads[duty.id], let official = officials[lead] else {
        total += unassignedCost
        continue
      }
      total += cost(duty, official)
      load[MonthKey(owner: lead, period: duty.period), default: 0] += duty.effort
    }
    return total + load.values.reduce(0) { $0 + $1 * $1 }
  }

  /// The assignment cost of giving `duty` to `official`: its position term plus its stability term.
  public static func cost(_ duty: InstanceDuty, _ official: InstanceOfficial) -> Int {
    positionCost(duty, official) + changeCost(duty, official)
  }

  /// `0` if the official holds one of the duty's lead positions, else `10 000` in a coordinator
  /// position, else `20 000`.
  public static func positionCost(_ duty: InstanceDuty, _ official: InstanceOfficial) -> Int {
    if duty.lead.contains(official.position) { return 0 }
    return (duty.coordinate ?? []).contains(official.position) ? coordinatorPositionCost : otherPositionCost
  }

  /// `5 000` when the duty has another lead today, else `0`.
  public static func changeCost(_ duty: InstanceDuty, _ official: InstanceOfficial) -> Int {
    if let current = duty.current, current != official.id { return changeCost }
    return 0
  }

  /// What a lead's load adds to the objective when it takes `effort` more hours on top of `load`:
  /// (load + effort)² − load².
  public static func loadCost(load: Int, effort: Int) -> Int { (2 * load + effort) * effort }

  /// The capacity of `official` in `period`: `capacityByPeriod` or `capacity`, raised to the hours of
  /// its pinned duties that month when those alone exceed it.
  public static func capacity(of official: InstanceOfficial, in period: String, pinnedHours: Int = 0) -> Int {
    max(official.capacityByPeriod?[period] ?? official.capacity, pinnedHours)
  }

  /// Why `official` may not lead `duty` in instance terms, or nil when it is eligible.
  public static func ineligibility(_ duty: InstanceDuty, _ official: InstanceOfficial) -> Ineligibility? {
    if official.unit != duty.unit { return .anotherUnit }
    if official.active == false { return .inactive }
    if (official.unavailable ?? []).contains(duty.period) { return .unavailable(duty.period) }
    let missing = (duty.skills ?? []).filter { !(official.skills ?? []).contains($0) }
    if !missing.isEmpty { return .missingSkills(missing) }
    return nil
  }

  /// Why `official` may not lead `duty`, in words, or nil when it may.
  public static func exclusion(_ duty: InstanceDuty, _ official: InstanceOfficial) -> String? {
    ineligibility(duty, official)?.en
  }
}

/// Why an official of an instance may not lead a duty (scheduler.md, "Eligible").
public enum Ineligibility: Sendable, Equatable, Hashable {
  /// The official belongs to another unit.
  case anotherUnit
  /// `active: false`.
  case inactive
  /// The duty's month is in the official's `unavailable`.
  case unavailable(String)
  /// The official lacks these skills.
  case missingSkills([String])

  /// In Vietnamese.
  public var vi: String {
    switch self {
    case .anotherUnit: "thuộc đơn vị khác"
    case .inactive: "không còn hoạt động hoặc không được chủ trì"
    case .unavailable(let period): "nghỉ trong tháng \(Month(iso: period)?.shown ?? period)"
    case .missingSkills(let skills): "thiếu kỹ năng \(skills.joined(separator: ", "))"
    }
  }

  /// In English, as the instance-mode output gives it.
  public var en: String {
    switch self {
    case .anotherUnit: "another unit"
    case .inactive: "not active"
    case .unavailable(let period): "unavailable in \(period)"
    case .missingSkills(let skills): "missing skill \(skills.joined(separator: ", "))"
    }
  }
}

/// A month of someone — a unit (a part of the problem) or an official (a load) — as a key.
struct MonthKey: Hashable, Comparable, Sendable {
  /// The unit's or the official's id.
  let owner: String
  /// `YYYY-MM`.
  let period: String

  static func < (lhs: MonthKey, rhs: MonthKey) -> Bool {
    lhs.owner != rhs.owner ? lhs.owner < rhs.owner : lhs.period < rhs.period
  }
}

/// One result per part, written by concurrent workers, each to its own slot.
final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<PartResult>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: PartResult())
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// Stores the result of part `index` (each index is written by one worker only).
  func store(_ result: PartResult, at index: Int) { slots[index] = result }

  /// Every result, once the workers are done.
  func all() -> [PartResult] { Array(slots) }
}

/// The answer for one part.
struct PartResult: Sendable {
  var objective = 0
  var lowerBound = 0
  var optimal = true
  var assignments: [ScheduleSolution.Assignment] = []
  var unassigned: [ScheduleSolution.Unassigned] = []
  var warnings: [String] = []
  var capacityRaised: [RuleWarning] = []
}

/// One (unit, period): branch and bound over its unpinned duties, largest first.
struct Part {
  let period: String
  let officials: [InstanceOfficial]
  let duties: [InstanceDuty]
  let allOfficials: [String: InstanceOfficial]

  /// The best assignment of the part's free duties within `budget` seconds, proven optimal unless
  /// the budget ran out (then with an honest lower bound).
  func solve(budget: Double) -> PartResult {
    var result = PartResult()
    let pinned = pin(&result)
    var search = BranchAndBound(
      officials: officials, period: period, free: pinned.free, load: pinned.load, capacity: pinned.capacity,
      budget: budget)
    let base = pinned.load.reduce(0) { $0 + $1 * $1 } + pinned.constant
    let rootBound = base + search.bound(from: 0)
    // The search starts from the greedy answer, so a part that runs out of time is never returned
    // emptier than greedy fills it, and its objective is always that of what it returns.
    search.greedy(base)
    search.search(0, base)
    result.optimal = !search.stopped
    result.objective = search.bestCost
    result.lowerBound = search.stopped ? min(rootBound, result.objective) : result.objective
    for (d, duty) in search.free.enumerated() {
      if search.best[d] >= 0 {
        result.assignments.append(.init(duty: duty.id, lead: officials[search.best[d]].id))
      } else {
        result.unassigned.append(unassigned(duty))
      }
    }
    return result
  }

  /// Pinned duties keep their lead and count toward its load; where they alone pass a capacity, it
  /// is raised (with a warning). Returns the free duties, the loads, capacities and the constant cost.
  func pin(_ result: inout PartResult) -> (free: [InstanceDuty], load: [Int], capacity: [Int], constant: Int) {
    let index = Dictionary(officials.enumerated().map { ($1.id, $0) }) { first, _ in first }
    var load = [Int](repeating: 0, count: officials.count)
    var capacity = officials.map { Scheduler.capacity(of: $0, in: period) }
    var constant = 0
    var free: [InstanceDuty] = []
    for duty in duties {
      if let pinned = duty.pinned {
        result.assignments.append(.init(duty: duty.id, lead: pinned))
        if let official = allOfficials[pinned] { constant += Scheduler.cost(duty, official) }
        if let i = index[pinned] { load[i] += duty.effort } else { constant += duty.effort * duty.effort }
      } else {
        free.append(duty)
      }
    }
    for i in officials.indices where load[i] > capacity[i] {
      result.warnings.append(
        "\(officials[i].id) in \(period): pinned duties need \(load[i]) h, over the capacity \(capacity[i]) h; capacity raised"
      )
      if let month = Month(iso: period) {
        result.capacityRaised.append(
          .pinnedOverCapacity(official: officials[i].id, month: month, hours: load[i], capacity: capacity[i]))
      }
      capacity[i] = Scheduler.capacity(of: officials[i], in: period, pinnedHours: load[i])
    }
    return (free, load, capacity, constant)
  }

  /// Why `duty` has no lead: someone eligible lacks the hours, or nobody is eligible (and why not).
  func unassigned(_ duty: InstanceDuty) -> ScheduleSolution.Unassigned {
    let eligible = officials.contains { Scheduler.ineligibility(duty, $0) == nil }
    let causes = Array(Set(officials.compactMap { Scheduler.ineligibility(duty, $0) })).sorted { $0.en < $1.en }
    let reason =
      eligible
      ? Scheduler.atCapacity
      : "no eligible official" + (causes.isEmpty ? " in the unit" : ": " + causes.map(\.en).joined(separator: "; "))
    return .init(duty: duty.id, reason: reason, causes: eligible ? [] : causes)
  }
}

/// The search of one part: duties largest first, officials cheapest first at the current loads,
/// pruned by a lower bound; interchangeable officials tried once; stops at the deadline.
struct BranchAndBound {
  let officials: [InstanceOfficial]
  /// The free duties, largest first (ties by id).
  let free: [InstanceDuty]
  let efforts: [Int]
  /// Per duty, the officials who may lead it and fit, with the assignment cost, cheapest first.
  let candidates: [[(official: Int, cost: Int)]]
  /// Per official, its class of interchangeable officials.
  let classOf: [Int]
  let capacity: [Int]
  let deadline: UInt64
  var load: [Int]
  var choice: [Int]
  var best: [Int]
  var bestCost = Int.max
  var nodes = 0
  var stopped = false
  var bestOf: [Int]
  var secondOf: [Int]
  var ownerOf: [Int]

  init(
    officials: [InstanceOfficial], period: String, free: [InstanceDuty], load: [Int], capacity: [Int],
    budget: Double
  ) {
    let free = free.sorted { $0.effort != $1.effort ? $0.effort > $1.effort : $0.id < $1.id }
    self.officials = officials
    self.free = free
    self.efforts = free.map(\.effort)
    self.candidates = Self.candidates(free, officials, capacity)
    self.classOf = Self.classes(
      officials, period: period, capacity: capacity, currents: Set(free.compactMap(\.current)))
    self.capacity = capacity
    self.deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(budget, 0.001) * 1e9)
    self.load = load
    self.choice = [Int](repeating: -1, count: free.count)
    self.best = [Int](repeating: -1, count: free.count)
    self.bestOf = [Int](repeating: 0, count: free.count)
    self.secondOf = [Int](repeating: 0, count: free.count)
    self.ownerOf = [Int](repeating: -1, count: free.count)
  }

  /// Candidates per duty, cheapest first, ties by official id.
  static func candidates(_ free: [InstanceDuty], _ officials: [InstanceOfficial], _ capacity: [Int])
    -> [[(official: Int, cost: Int)]]
  {
    free.map { duty in
      var list: [(official: Int, cost: Int)] = []
      for (i, official) in officials.enumerated()
      where Scheduler.exclusion(duty, official) == nil && duty.effort <= capacity[i] {
        list.append((i, Scheduler.cost(duty, official)))
      }
      list.sort { $0.cost != $1.cost ? $0.cost < $1.cost : officials[$0.official].id < officials[$1.official].id }
      return list
    }
  }

  /// Officials that no free duty can tell apart (same position, skills, capacity and availability,
  /// and nobody's current lead) are interchangeable: at equal load, trying one of them is enough.
  static func classes(_ officials: [InstanceOfficial], period: String, capacity: [Int], currents: Set<String>) -> [Int]
  {
    var classes: [String: Int] = [:]
    return officials.enumerated().map { i, official in
      let key =
        currents.contains(official.id)
        ? "#\(official.id)"
        : "\(official.position)|\((official.skills ?? []).sorted())|\(capacity[i])|\(official.active ?? true)|"
          + "\((official.unavailable ?? []).contains(period))|\(official.unit ?? "")"
      if let known = classes[key] { return known }
      let next = classes.count
      classes[key] = next
      return next
    }
  }

  /// A lower bound on what the duties from `depth` on add, at the current loads: each duty's
  /// cheapest marginal cost (valid: the squared load is convex and loads only grow), plus, for an
  /// official more duties would pick than its hours left allow, the cheapest way to move the
  /// excess hours to the duties' second choices (a fractional knapsack, so still a lower bound).
  mutating func bound(from depth: Int) -> Int {
    var total = 0
    var wanted = [Int](repeating: 0, count: officials.count)
    for d in depth..<free.count {
      var best = Scheduler.unassignedCost
      var second = Scheduler.unassignedCost
      var owner = -1
      let e = efforts[d]
      for (i, cost) in candidates[d] where load[i] + e <= capacity[i] {
        let value = cost + Scheduler.loadCost(load: load[i], effort: e)
        if value < best {
          second = best
          best = value
          owner = i
        } else if value < second {
          second = value
        }
      }
      bestOf[d] = best
      secondOf[d] = second
      ownerOf[d] = owner
      total += best
      if owner >= 0 { wanted[owner] += e }
    }
    for i in officials.indices where wanted[i] > capacity[i] - load[i] {
      total += excessPenalty(of: i, over: wanted[i] - (capacity[i] - load[i]), from: depth)
    }
    return total
  }

  /// The cheapest way to move `over` hours of official `i`'s first choices to their second choices.
  func excessPenalty(of i: Int, over: Int, from depth: Int) -> Int {
    var over = Double(over)
    var moves: [(ratio: Double, hours: Int)] = []
    for d in depth..<free.count where ownerOf[d] == i {
      moves.append((Double(secondOf[d] - bestOf[d]) / Double(max(efforts[d], 1)), efforts[d]))
    }
    moves.sort { $0.ratio < $1.ratio }
    var penalty = 0.0
    for move in moves where over > 0 {
      let hours = min(Double(move.hours), over)
      penalty += move.ratio * hours
      over -= hours
    }
    return Int(penalty.rounded(.down))
  }

  /// Largest duty first to the cheapest eligible official with room at the loads so far (ties by
  /// id) — the search's own first dive, done without bounds — kept as the best answer yet.
  mutating func greedy(_ base: Int) {
    var load = self.load
    var cost = base
    var choice = [Int](repeating: -1, count: free.count)
    for d in free.indices {
      let e = efforts[d]
      var pick = -1
      var value = Int.max
      for (i, assignment) in candidates[d] where load[i] + e <= capacity[i] {
        let option = assignment + Scheduler.loadCost(load: load[i], effort: e)
        if option < value || (option == value && officials[i].id < officials[pick].id) {
          pick = i
          value = option
        }
      }
      if pick >= 0 {
        load[pick] += e
        choice[d] = pick
        cost += value
      } else {
        cost += Scheduler.unassignedCost
      }
    }
    best = choice
    bestCost = cost
  }

  /// Tries every option of the duty at `depth` with `cost` so far, keeping the best complete assignment.
  mutating func search(_ depth: Int, _ cost: Int) {
    if stopped { return }
    nodes += 1
    if nodes & 1023 == 0 && DispatchTime.now().uptimeNanoseconds > deadline {
      stopped = true
      return
    }
    if depth == free.count {
      if cost < bestCost {
        bestCost = cost
        best = choice
      }
      return
    }
    if cost + bound(from: depth) >= bestCost { return }
    let e = efforts[depth]
    // Try officials cheapest first at the current loads, then leaving the duty unassigned.
    var options = candidates[depth].filter { load[$0.official] + e <= capacity[$0.official] }.map {
      (official: $0.official, value: $0.cost + Scheduler.loadCost(load: load[$0.official], effort: e))
    }
    options.sort {
      $0.value != $1.value ? $0.value < $1.value : officials[$0.official].id < officials[$1.official].id
    }
    var tried = Set<Int>()
    for option in options {
      // Symmetry: an interchangeable official at the same load was tried already.
      if !tried.insert(classOf[option.official] &* 100_003 &+ load[option.official]).inserted { continue }
      load[option.official] += e
      choice[depth] = option.official
      search(depth + 1, cost + option.value)
      load[option.official] -= e
      if stopped { return }
    }
    choice[depth] = -1
    search(depth + 1, cost + Scheduler.unassignedCost)
  }
}

/// A malformed part of an instance: the field (with the id) and what is wrong, in both languages.
public struct InstanceProblem: Sendable, Equatable {
  /// What is wrong.
  public enum Kind: Sendable, Equatable {
    /// The id is used twice.
    case duplicateID
    /// Hours outside 0…744.
    case hours
    /// This text is not a month `YYYY-MM`.
    case notMonth(String)
    /// The pinned official is not in the instance.
    case unknownOfficial(String)
    /// The pinned official belongs to another unit.
    case anotherUnit(String)
  }

  /// The field, e.g. `duties[id=d1].period`.
  public var field: String
  /// What is wrong.
  public var kind: Kind

  /// Creates a problem.
  public init(_ field: String, _ kind: Kind) {
    self.field = field
    self.kind = kind
  }

  /// In Vietnamese.
  public var vi: String {
    switch kind {
    case .duplicateID: "\(field): trùng mã"
    case .hours: "\(field): phải \(PlanBounds.hoursText.vi)"
    case .notMonth(let text): "\(field): '\(text)' không phải tháng dạng YYYY-MM"
    case .unknownOfficial(let id): "\(field): không có cán bộ '\(id)'"
    case .anotherUnit(let id): "\(field): cán bộ '\(id)' thuộc đơn vị khác"
    }
  }

  /// In English, as instance mode has always worded it.
  public var en: String {
    switch kind {
    case .duplicateID: "\(field): duplicate id"
    case .hours: "\(field): must be \(PlanBounds.hoursText.en)"
    case .notMonth(let text): "\(field): '\(text)' is not YYYY-MM"
    case .unknownOfficial(let id): "\(field): unknown official '\(id)'"
    case .anotherUnit(let id): "\(field): official '\(id)' is of another unit"
    }
  }
}
