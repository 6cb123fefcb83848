import Foundation
import PlanCore
import PlanStore
import Testing

@Suite("Every text the store writes follows PlanCore's one rule")
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
}
