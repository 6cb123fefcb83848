import Foundation
import PlanCore

/// `cchc-bench schedule`: the four instance families of scheduler.md, fixed seeds, timed.
enum ScheduleBench {
  /// One family: units × officials, months, duties a month, capacities and efforts to draw from.
  struct Family {
    let name: String
    let units: Int
    let officials: Int
    let months: Int
    let dutiesPerMonth: Int
    let capacities: [Int]
    let efforts: [Int]
  }

  static let families = [
    Family(
      name: "commune", units: 1, officials: 20, months: 60, dutiesPerMonth: 8, capacities: [16, 24, 32],
      efforts: [2, 4, 8]),
    Family(
      name: "tight", units: 1, officials: 8, months: 6, dutiesPerMonth: 14, capacities: [8, 12, 16],
      efforts: [2, 4, 6, 8]),
    Family(
      name: "crowded", units: 1, officials: 12, months: 3, dutiesPerMonth: 40, capacities: [16, 24, 40],
      efforts: [1, 2, 3, 4, 8]),
    Family(
      name: "province", units: 100, officials: 20, months: 60, dutiesPerMonth: 8, capacities: [16, 24, 32],
      efforts: [2, 4, 8]),
  ]

  /// The family's instance for `seed`, drawn as scheduler.md describes.
  static func instance(_ family: Family, seed: UInt64) -> SchedulingInstance {
    var random = SplitMix64(seed: seed, stream: "schedule-\(family.name)")
    /// `count` distinct elements of `list`.
    func some(_ list: [String], _ count: Int) -> [String] {
      var pool = list
      var chosen: [String] = []
      for _ in 0..<min(count, pool.count) { chosen.append(pool.remove(at: random.below(pool.count))) }
      return chosen
    }
    let positions = (1...8).map { "pos\($0)" }
    let otherPositions = Array(positions.dropFirst(2))
    let skills = (1...5).map { "skill\($0)" }
    let months = (0..<family.months).map { m in String(format: "%04d-%02d", 2026 + m / 12, m % 12 + 1) }
    var officials: [InstanceOfficial] = []
    var duties: [InstanceDuty] = []
    for u in 0..<family.units {
      let unit = String(format: "u%03d", u + 1)
      var unitOfficials: [String] = []
      for o in 0..<family.officials {
        let id = String(format: "%@-o%02d", unit, o + 1)
        unitOfficials.append(id)
        let position = o < 8 ? positions[o] : random.pick(otherPositions)
        let own = some(skills, 1 + random.below(3))
        let unavailable = (0..<random.below(3)).map { _ in random.pick(months) }
        let half = random.below(2) == 1 ? random.pick(months) : nil
        let capacity = random.pick(family.capacities)
        officials.append(
          InstanceOfficial(
            id: id, unit: unit, position: position, skills: own, capacity: capacity,
            capacityByPeriod: half.map { [$0: capacity / 2] }, unavailable: unavailable, active: true))
      }
      for month in months {
        for n in 0..<family.dutiesPerMonth {
          let lead = random.pick(otherPositions)
          let coordinate = some(otherPositions, random.below(3))
          let current = random.below(100) < 30 ? random.pick(unitOfficials) : nil
          let pinned = random.below(100) < 3 ? random.pick(unitOfficials) : nil
          duties.append(
            InstanceDuty(
              id: "\(unit)-\(month)-\(n)", unit: unit, period: month, effort: random.pick(family.efforts),
              skills: some(skills, random.below(3)), lead: [lead],
              coordinate: coordinate, current: current, pinned: pinned))
        }
      }
    }
    return SchedulingInstance(officials: officials, duties: duties)
  }

  /// Runs every family, prints time, peak memory and parts proven optimal; returns 0.
  static func run(_ options: BenchOptions) -> Int32 {
    let machine = Machine.current()
    print("cchc-bench schedule — scheduler.md's four families, seed \(options.seed)")
    print("Machine    \(machine.cores) cores, \(machine.cpu)")
    for family in families {
      let instance = instance(family, seed: options.seed)
      let started = Clock.now()
      let solution = Scheduler.solve(instance)
      let seconds = Clock.seconds(since: started)
      let leads = Dictionary(solution.assignments.map { ($0.duty, $0.lead) }) { a, _ in a }
      let recomputed = Scheduler.objective(of: instance, leads: leads)
      let target = family.name == "province" ? 2.0 : (family.name == "commune" ? 0.05 : nil)
      let verdict = target.map { seconds < $0 ? "PASS" : "FAIL" } ?? "—"
      print(
        "  \(family.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(instance.duties.count) duties, "
          + "\(String(format: "%.1f", seconds * 1000)) ms (target \(target.map { "\(Int($0 * 1000)) ms" } ?? "none"): \(verdict)), "
          + "parts proven optimal \(solution.stats.partsProvenOptimal)/\(solution.stats.parts), "
          + "objective \(solution.objective) (formula \(recomputed == solution.objective ? "agrees" : "DISAGREES")), "
          + "unassigned \(solution.unassigned.count)")
    }
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let peak =
      status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
      .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    print(
      "  peak resident memory of the whole run (VmHWM) \(String(format: "%.1f", Double(peak) / 1024)) MB (target < 500 MB)"
    )
    return 0
  }
}
