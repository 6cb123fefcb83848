import Foundation
import PlanCore
import PlanStore
import Testing

@Suite("The fast JSON writer gives exactly what JSONEncoder gives")
struct JSONWriterTests {
  static let pieces = [
    "a", "Hội nghị", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "\r", "😀", "đ", " ", "x\u{7F}y", "中",
  ]

  static func text(_ random: inout SeededRandom) -> String {
    (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  /// A random text the store takes: its control characters other than tab, LF and CR removed
  /// (the store refuses them; rows written before that rule are what `sameBytes` covers).
  static func storableText(_ random: inout SeededRandom) -> String {
    String(
      String.UnicodeScalarView(
        text(&random).unicodeScalars.filter {
          $0.value >= 0x20 && $0.value != 0x7F || "\t\n\r".unicodeScalars.contains($0)
        }))
  }

  static func duty(_ random: inout SeededRandom) -> DutyView {
    func maybe<Value>(_ value: Value) -> Value? { Bool.random(using: &random) ? value : nil }
    var duty = DutyView(
      id: DutyID(rawValue: text(&random)), title: text(&random), area: Int.random(in: 0...6, using: &random),
      planItem: maybe(PlanItemID(rawValue: text(&random))), due: CivilDate(iso: "2026-09-14")!,
      period: Month(iso: "2026-09")!,
      effort: Int.random(in: 0...744, using: &random),
      status: DutyStatus.allCases.randomElement(using: &random)!, percent: Int.random(in: 0...100, using: &random),
      overdue: Bool.random(using: &random), lead: maybe(OfficialID(rawValue: text(&random))),
      coordinators: (0..<Int.random(in: 0...3, using: &random)).map { _ in OfficialID(rawValue: text(&random)) },
      pinned: Bool.random(using: &random), note: maybe(text(&random)),
      version: Int.random(in: 1...1_000_000, using: &random))
    if Bool.random(using: &random) { duty.myRole = Bool.random(using: &random) ? .lead : .coordinator }
    duty.completedOn = maybe(CivilDate(iso: "2027-03-10")!)
    duty.result = maybe(text(&random))
    duty.evidence = maybe(text(&random))
    duty.cancelledOn = maybe(CivilDate(iso: "2027-04-01")!)
    duty.cancelReason = maybe(text(&random))
    if Bool.random(using: &random) {
      duty.warnings = (0..<Int.random(in: 0...2, using: &random)).map { _ in
        RuleWarning.overCapacity(
          lead: text(&random), hours: Int.random(in: 0...744, using: &random), month: Month(iso: "2026-09")!,
          capacity: Int.random(in: 0...744, using: &random))
      }
    }
    if Bool.random(using: &random) {
      duty.progress = (0..<Int.random(in: 0...3, using: &random)).map { _ in
        ProgressEntry(
          at: "2026-11-25T01:02:03.456Z", date: CivilDate(iso: "2026-11-25")!,
          part: ProgressPart.allCases.randomElement(using: &random)!,
          official: maybe(OfficialID(rawValue: text(&random))), status: .doing,
          percent: Int.random(in: -5...100, using: &random), note: maybe(text(&random)))
      }
    }
    if Bool.random(using: &random) {
      duty.audit = (0..<Int.random(in: 0...2, using: &random)).map { _ in Self.auditEntry(&random) }
    }
    return duty
  }

  /// A random audit row: every member that may be null is, half the time.
  static func auditEntry(_ random: inout SeededRandom) -> AuditEntry {
    func maybe<Value>(_ value: Value) -> Value? { Bool.random(using: &random) ? value : nil }
    return AuditEntry(
      id: Int.random(in: 1...1_000_000, using: &random), at: "2026-11-25T01:02:03.456Z",
      official: maybe(OfficialID(rawValue: text(&random))), osUser: text(&random), action: text(&random),
      entity: text(&random), entityId: maybe(text(&random)), before: maybe(text(&random)), after: maybe(text(&random)),
      osUid: maybe(Int.random(in: 0...70_000, using: &random)), channel: maybe("shell"), remoteAddr: text(&random))
  }

  @Test("2 000 seeded random pages of audit rows (audit.list): same bytes as JSONEncoder")
  func auditSameBytes() throws {
    var random = SeededRandom(seed: 2030)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for round in 0..<2000 {
      let page = Page(
        items: (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.auditEntry(&random) }, total: round)
      var fast = JSONBytes()
      page.writeJSON(into: &fast)
      let expected = try encoder.encode(page)
      #expect(fast.bytes == Array(expected), "round \(round)")
      if fast.bytes != Array(expected) { return }
    }
  }

  @Test("2 000 seeded random pages: same bytes as JSONEncoder(.sortedKeys, .withoutEscapingSlashes)")
  func sameBytes() throws {
    var random = SeededRandom(seed: 2026)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for round in 0..<2000 {
      let page = Page(items: (0..<Int.random(in: 0...4, using: &random)).map { _ in Self.duty(&random) }, total: round)
      var fast = JSONBytes()
      page.writeJSON(into: &fast)
      let expected = try encoder.encode(page)
      let same = fast.bytes == Array(expected)
      #expect(
        same,
        "round \(round):\n\(String(decoding: fast.bytes, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
      if !same { return }
    }
  }
}

@Suite("duties.list written straight from the rows equals the page of values, encoded")
struct DutyPageJSONTests {
  @Test("300 seeded random duties, every official and several filters and pages: identical bytes")
  func sameAsValues() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
    let today = try #require(CivilDate(iso: "2027-06-15"))
    let officials: [OfficialID] = ["van-phong-1", "tu-phap-1", "ttpvhcc-1", "noi-vu-1", "tai-chinh-1", "van-hoa-1"]
    var random = SeededRandom(seed: 76)
    for n in 0..<300 {
      let due = CivilDate(
        dayNumber: (CivilDate(iso: "2026-01-01")!).dayNumber + Int.random(in: 0..<1800, using: &random))
      let lead = Bool.random(using: &random) ? officials.randomElement(using: &random) : nil
      let others = officials.filter { $0 != lead }.shuffled(using: &random).prefix(
        Int.random(in: 0...2, using: &random))
      let title = "Việc \(n) " + JSONWriterTests.storableText(&random)
      let duty = try database.createDuty(
        NewDuty(
          title: title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "x" : title, area: n % 7, due: due,
          effort: n % 9, lead: lead, coordinators: Array(others),
          note: Bool.random(using: &random) ? JSONWriterTests.storableText(&random) : nil),
        by: chair, today: today)
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        _ = try database.reportProgress(
          duty.id, percent: 30, note: "\"trích\"\n", version: nil, by: chair, today: today)
      case 1 where lead != nil:
        _ = try database.completeDuty(
          duty.id, result: Bool.random(using: &random) ? "Kết quả \(n)" : nil,
          evidence: Bool.random(using: &random) ? "Số \(n)/BC-UBND" : nil, version: nil, by: chair, today: today)
      case 2: _ = try database.cancelDuty(duty.id, reason: "lý do\t1", version: nil, by: chair, today: today)
      default: break
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var filters: [DutyFilter] = []
    for official in officials + [nil] {
      for (limit, offset) in [(100, 0), (7, 0), (7, 14), (5, 1000)] {
        var filter = DutyFilter()
        filter.official = official
        filter.limit = limit
        filter.offset = offset
        filters.append(filter)
      }
    }
    var overdue = DutyFilter()
    overdue.overdue = true
    filters.append(overdue)
    var query = DutyFilter()
    query.query = "viec 1"
    filters.append(query)
    for filter in filters {
      let values = try database.listDuties(filter, today: today)
      let fast = try database.listDutiesJSON(filter, today: today)
      #expect(fast.bytes == Array(try encoder.encode(values)), "\(filter)")
      let decoded = try fast.page()
      #expect(decoded.items == values.items && decoded.total == values.total)
    }
    #expect(try database.listDuties(filters[0], today: today).total > 0)
    // duties.mine writes the same shape, with each duty's myRole from its lead, in PlanCore's group
    // order (overdue first, …) then soonest due, and each group's count over every row.
    for official in officials {
      let mine = try database.myDuties(official, includeDone: true, limit: 1000, offset: 0, today: today)
      var filter = DutyFilter()
      filter.official = official
      filter.limit = 1000
      let group = { (duty: DutyView) in MyDutyGroup.of(status: duty.status, due: duty.due, today: today) }
      let expected = try database.listDuties(filter, today: today).items.filter { $0.status != .cancelled }.map {
        duty in
        var duty = duty
        duty.myRole = duty.lead == official ? .lead : .coordinator
        return duty
      }.sorted { (group($0).rank, $0.due, $0.id.rawValue) < (group($1).rank, $1.due, $1.id.rawValue) }
      let page = try mine.page()
      #expect(page.items == expected && page.total == expected.count, "\(official)")
      let counts = Dictionary(grouping: expected, by: group).mapValues(\.count)
      let groups = MyDutyGroup.allCases.sorted { $0.rawValue < $1.rawValue }
        .map { "\"\($0.rawValue)\":\(counts[$0] ?? 0)" }.joined(separator: ",")
      let encoded = try encoder.encode(page)
      #expect(mine.bytes == Array("{\"groups\":{\(groups)},".utf8) + encoded.dropFirst())
      // A page further on still counts every group over the whole list.
      let later = try database.myDuties(official, includeDone: true, limit: 3, offset: 2, today: today).myPage()
      #expect(later.page.items == Array(expected.dropFirst(2).prefix(3)) && later.page.total == expected.count)
      #expect(MyDutyGroup.allCases.allSatisfy { later.groups[$0] == counts[$0] ?? 0 }, "\(official)")
    }
    #expect(throws: PlanError.self) { try DutyPageJSON(bytes: Array("{\"items\":[{}]}".utf8)).page() }
  }
}
