import PlanCore

/// An official of the province data set.
struct BenchOfficial {
  /// Id, e.g. `u042-van-phong-3` (Ba Trang's officials keep their ids).
  let id: String
  /// The commune's id.
  let unit: String
  /// Full name (NFC).
  let name: String
  /// Position id.
  let position: String
  /// Nghị định 33/2023 title.
  let legacyTitle: String
  /// `can-bo` or `cong-chuc`.
  let kind: String
  /// Skill ids.
  let skills: [String]
  /// Whether the official works (Ba Trang's vacant post does not).
  let active: Bool
  /// Whether this row is generated (Ba Trang's come from the embedded roster and are already stored).
  let generated: Bool
}

/// A commune of the province data set.
struct BenchUnit {
  /// 1 for Ba Trang, 2–100 for the generated communes.
  let number: Int
  /// `ba-trang`, or `u042`.
  let id: String
  /// Short name, e.g. `Xã mẫu 042`.
  let name: String
  /// Its officials, in insertion order.
  let officials: [BenchOfficial]

  /// The prefix of its duty ids, e.g. `P042`.
  var dutyPrefix: String { "P" + Province.threeDigits(number) }
}

/// Generates the 99 further communes and their officials from the embedded roster and a seed.
enum ProvinceRoster {
  /// Family names, common in central Vietnam.
  static let familyNames = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    "Đinh", "Trương", "Đoàn",
  ]
  /// Middle names.
  static let middleNames = ["Văn", "Thị", "Minh", "Thanh", "Đức", "Ngọc", "Hữu", "Quốc", "Thị Kim", "Công", "Xuân"]
  /// Given names.
  static let givenNames = [
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
    "Mai", "Nam", "Nga", "Phúc", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Việt", "Yến", "Vy",
  ]

  /// Ba Trang (from the bundle) and `Province.units - 1` generated communes, `Province.officials` officials in all.
  static func units(from bundle: PlanBundle, seed: UInt64) -> [BenchUnit] {
    var random = SplitMix64(seed: seed, stream: "roster")
    let home = BenchUnit(
      number: 1, id: bundle.unit.id, name: bundle.unit.name,
      officials: bundle.officials.map {
        BenchOfficial(
          id: $0.id.rawValue, unit: bundle.unit.id, name: $0.name, position: $0.position, legacyTitle: $0.legacyTitle,
          kind: $0.kind.rawValue, skills: $0.skills, active: $0.active, generated: false)
      })
    let template = bundle.officials.filter(\.active)
    let positions = bundle.positions
    let officePositions = positions.filter { $0.group == .office && $0.canLead }
    let newUnits = Province.units - 1
    let remaining = Province.officials - home.officials.count
    var units = [home]
    for index in 0..<newUnits {
      let count = remaining / newUnits + (index < remaining % newUnits ? 1 : 0)
      let number = index + 2
      let unitID = "u" + Province.threeDigits(number)
      var posts = template
      while posts.count > count {
        if let last = posts.lastIndex(where: { post in
          positions.first { $0.id == post.position }?.group == .partyAndMass
        }) {
          posts.remove(at: last)
        } else {
          posts.removeLast()
        }
      }
      while posts.count < count { posts.append(template[random.below(template.count)]) }
      var perPosition: [String: Int] = [:]
      var officials: [BenchOfficial] = []
      for post in posts {
        var position = post.position
        var legacyTitle = post.legacyTitle
        if post.kind == .congChuc && !officePositions.isEmpty && random.fraction() < 0.4 {
          let drawn = random.pick(officePositions)
          if drawn.id != position {
            position = drawn.id
            legacyTitle = drawn.legacyTitles.isEmpty ? drawn.name : random.pick(drawn.legacyTitles)
          }
        }
        let ordinal = (perPosition[position] ?? 0) + 1
        perPosition[position] = ordinal
        let name = VietnameseText.nfc(
          "\(random.pick(familyNames)) \(random.pick(middleNames)) \(random.pick(givenNames))")
        officials.append(
          BenchOfficial(
            id: "\(unitID)-\(position)-\(ordinal)", unit: unitID, name: name, position: position,
            legacyTitle: VietnameseText.nfc(legacyTitle), kind: post.kind.rawValue, skills: post.skills, active: true,
            generated: true))
      }
      units.append(
        BenchUnit(number: number, id: unitID, name: "Xã mẫu \(Province.threeDigits(number))", officials: officials))
    }
    return units
  }
}
