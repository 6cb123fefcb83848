import Foundation
import PlanCore
@testable import PlanStore
import Testing

@Suite("Every text the store writes follows PlanCore's one rule; refusal rows are bounded")
struct StoreTextTests {
  static let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
  static let today = CivilDate(iso: "2026-11-25")!

  /// A loaded in-memory database.
  static func database() throws -> PlanDatabase {
    let database = try PlanDatabase.inMemory()
    _ = try database.load(try embeddedBundle(), by: actor, replace: false)
    return database
  }

  /// `body` must be refused with −32004 naming `field`, and must write nothing.
  static func refused(
    _ database: PlanDatabase, _ field: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
  ) throws {
    let before = try database.counts()
    let error = #expect(throws: PlanError.self, sourceLocation: sourceLocation) { try body() }
    #expect(error?.code == -32004, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.en.hasPrefix(field) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
    #expect(try database.counts() == before, "nothing written", sourceLocation: sourceLocation)
  }

  @Test("a NUL inside a name is refused, not cut: 'Phạm Văn Thích\\0 x' never becomes the chair's name")
  func nulInName() throws {
    let database = try Self.database()
    try Self.refused(database, "name") {
      _ = try database.addOfficial(
        NewOfficial(
          id: nil, name: "Phạm Văn Thích\u{0} x", position: "van-phong", legacyTitle: nil, kind: .congChuc,
          role: .official, skills: [], capacity: 16), by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "legacyTitle") {
      _ = try database.addOfficial(
        NewOfficial(
          id: nil, name: "Lê Văn Mới", position: "van-phong", legacyTitle: "\u{1B}]0;x\u{07}", kind: .congChuc,
          role: .official, skills: [], capacity: 16), by: Self.chair, today: Self.today)
    }
    var change = OfficialChange()
    change.name = "\u{200B}\u{200B}"
    try Self.refused(database, "name") {
      _ = try database.updateOfficial("tu-phap-1", change, version: nil, by: Self.chair, today: Self.today)
    }
  }

  @Test("titles, notes, results, evidence, reasons and leave reasons: control characters and invisible titles refused")
  func dutyTexts() throws {
    let database = try Self.database()
    func duty(title: String = "Việc thử", note: String? = nil) throws -> DutyView {
      try database.createDuty(
        NewDuty(
          title: title, area: 2, due: CivilDate(iso: "2026-12-15")!, effort: 1, lead: "tu-phap-1", coordinators: [],
          note: note), by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "title") { _ = try duty(title: "Họp\u{1B}[2J") }
    try Self.refused(database, "title") { _ = try duty(title: "\u{FEFF}\u{200E}\u{0301}") }
    try Self.refused(database, "note") { _ = try duty(note: "a\u{0}b") }
    let created = try duty(note: "dòng một\r\ndòng hai\rba\tcột")
    #expect(created.note == "dòng một\ndòng hai\nba\tcột")
    try Self.refused(database, "note") {
      _ = try database.reportProgress(
        created.id, percent: 10, note: "\u{07}", version: nil, by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "result") {
      _ = try database.completeDuty(
        created.id, result: "x\u{9B}y", evidence: nil, version: nil, by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "evidence") {
      _ = try database.completeDuty(
        created.id, result: nil, evidence: "\u{7F}", version: nil, by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "reason") {
      _ = try database.cancelDuty(created.id, reason: "\u{1B}c", version: nil, by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "reason") {
      _ = try database.addLeave(
        official: "tu-phap-1", from: CivilDate(iso: "2026-12-01")!, to: CivilDate(iso: "2026-12-02")!,
        reason: "ốm\u{0}", by: Self.chair, today: Self.today)
    }
    try Self.refused(database, "title") { _ = try duty(title: String(repeating: "a", count: TextBounds.name + 1)) }
  }

  @Test("a refusal's row holds the id cut to 64 characters and never the request")
  func refusalRowIsBounded() throws {
    let database = try Self.database()
    let viewer = AuditActor(officialID: nil, osUser: "test", role: .viewer)
    let error = PlanError.forbidden("Không được.", "Not allowed.")
    database.recordRefusal(
      viewer, method: "duties.cancel", entityID: String(repeating: "X", count: 1_000_000), error: error)
    let row = try #require(
      database.listAudit(duty: nil, official: nil, from: nil, to: nil, limit: 1, offset: 0).items.first)
    #expect(row.action == "refused" && row.entity == "duties.cancel")
    #expect(row.entityId == String(repeating: "X", count: TextBounds.id))
    #expect((row.after ?? "").utf8.count < 200, "\(row.after ?? "")")
  }
}

@Suite("A session writes at most 20 refusal rows a second and counts the rest")
struct RefusalBudgetTests {
  /// A budget of 3 a second, its writes recorded as the counts they carried.
  final class Recorder: @unchecked Sendable {
    let budget = RefusalBudget(perSecond: 3)
    private let lock = NSLock()
    private var counts: [Int] = []
    var written: [Int] { lock.withLock { counts } }

    func refuse(at seconds: Double, fails: Bool = false) {
      budget.record(now: UInt64(seconds * 1e9)) { [self] unrecorded in
        if fails { return false }
        lock.withLock { counts.append(unrecorded) }
        return true
      }
    }
  }

  @Test("past the budget refusals are counted; the next row written carries the count; rows + counts = refusals")
  func countsTheRest() {
    let recorder = Recorder()
    for index in 0..<10 { recorder.refuse(at: 10 + Double(index) * 0.01) }
    #expect(recorder.written == [0, 0, 0])
    recorder.refuse(at: 10.5)
    #expect(recorder.written == [0, 0, 0], "still within the same second")
    recorder.refuse(at: 11.001)
    #expect(recorder.written == [0, 0, 0, 8])
    #expect(recorder.written.count + recorder.written.reduce(0, +) == 12)
  }

  @Test("the last refusal not written is written at the end, with the count before it")
  func flushAtTheEnd() {
    let recorder = Recorder()
    for index in 0..<7 { recorder.refuse(at: 5 + Double(index) * 0.001) }
    recorder.budget.flush()
    #expect(recorder.written == [0, 0, 0, 3])
    recorder.budget.flush()
    #expect(recorder.written == [0, 0, 0, 3], "nothing left to write")
  }

  @Test("a row that could not be written is counted into the next one")
  func failedWrite() {
    let recorder = Recorder()
    recorder.refuse(at: 1, fails: true)
    recorder.refuse(at: 1.1)
    #expect(recorder.written == [1])
  }

  @Test("the budget is 20 rows a second")
  func budget() { #expect(RefusalBudget.perSecond == 20) }
}
