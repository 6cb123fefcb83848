import PlanCore

/// A generated duty row with its coordinators.
struct BenchDuty {
  /// Id, e.g. `P042-2.2@2027-Q3`.
  let id: String
  /// The commune's id.
  let unit: String
  /// The plan item and its dated instance.
  let instance: DutyInstance
  /// `todo`, `doing` or `done`.
  let status: String
  /// 0–100 (100 when done).
  let percent: Int
  /// An active official of the same commune.
  let lead: String
  /// 0–2 officials of the same commune, sorted.
  let coordinators: [String]
  /// Creation time.
  let createdAt: String
  /// Last change.
  let updatedAt: String
}

/// Picks each commune's duties among the plan's instances and gives them leads, coordinators and progress.
enum ProvinceDuties {
  /// `Province.duties` duties spread evenly over `units`, drawn from `instances` with the seed.
  static func generate(
    units: [BenchUnit], instances: [DutyInstance], positions: [Position], seed: UInt64
  ) -> [BenchDuty] {
    var random = SplitMix64(seed: seed, stream: "duties")
    let leadingPositions = positions.filter(\.canLead).map(\.id)
    var duties: [BenchDuty] = []
    duties.reserveCapacity(Province.duties)
    for (index, unit) in units.enumerated() {
      let count = Province.duties / units.count + (index < Province.duties % units.count ? 1 : 0)
      let chosen = random.sample(Array(instances.indices), count: count).sorted()
      let active = unit.officials.filter(\.active)
      /// Active officials of this commune holding one of `wanted`, in roster order.
      func holders(_ wanted: [String]) -> [BenchOfficial] { active.filter { wanted.contains($0.position) } }
      for instanceIndex in chosen {
        let instance = instances[instanceIndex]
        var leads = holders(instance.item.leadPositions)
        if leads.isEmpty { leads = holders(leadingPositions) }
        let lead = random.pick(leads).id
        let candidates = holders(instance.item.coordinatorPositions).filter { $0.id != lead }.map(\.id)
        let coordinators = random.sample(candidates, count: random.below(3)).sorted()
        let (status, percent, updated) = progress(due: instance.due, &random)
        let createdAt = Province.timestamp(Province.createdAt, minute: 90)
        duties.append(
          BenchDuty(
            id: "\(unit.dutyPrefix)-\(instance.item.id)@\(instance.suffix)", unit: unit.id, instance: instance,
            status: status, percent: percent, lead: lead, coordinators: coordinators, createdAt: createdAt,
            updatedAt: updated.map { Province.timestamp($0, minute: 60 + random.below(9 * 60)) } ?? createdAt))
      }
    }
    return duties
  }

  /// Status, percent and day of the last change of a duty due on `due`, seen from `Province.today`.
  static func progress(due: CivilDate, _ random: inout SplitMix64) -> (String, Int, CivilDate?) {
    // Past duties mostly done, the next three months partly started, later ones mostly to do.
    let today = Province.today
    let draw = random.fraction()
    let (doneShare, doingShare): (Double, Double) =
      due < today ? (0.80, 0.12) : due.dayNumber <= today.dayNumber + 90 ? (0.05, 0.25) : (0.0, 0.03)
    /// A day between the creation and `last`, or the creation day when `last` is before it.
    func dayUpTo(_ last: CivilDate, _ random: inout SplitMix64) -> CivilDate {
      let span = last.dayNumber - Province.createdAt.dayNumber
      return span <= 0 ? Province.createdAt : Province.createdAt.adding(days: 1 + random.below(span))
    }
    if draw < doneShare {
      return ("done", 100, dayUpTo(min(due, today), &random))
    }
    if draw < doneShare + doingShare {
      return ("doing", 10 * (1 + random.below(9)), dayUpTo(today, &random))
    }
    return ("todo", 0, nil)
  }
}
