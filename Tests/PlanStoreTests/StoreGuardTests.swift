import Foundation
import PlanCore
import PlanStore
import Testing

@Suite("The store checks its rules before the schema's constraints, and refuses writes to a file that is gone")
struct StoreGuardTests {
  static let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? PlanBounds.firstDay

  /// A loaded database in memory.
  static func loaded() throws -> PlanDatabase {
    let database = try PlanDatabase.inMemory()
    try database.load(try embeddedBundle(), by: actor, replace: false)
    return database
  }

  @Test("hours outside 0–744 are −32004 from the store itself, whatever the caller (no CHECK reached)")
  func hours() throws {
    let database = try Self.loaded()
    let due = CivilDate(year: 2026, month: 12, day: 20) ?? PlanBounds.lastDay
    let duty = NewDuty(title: "A", area: 1, due: due, effort: 745, lead: nil, coordinators: [], note: nil)
    let official = NewOfficial(
      id: nil, name: "A", position: "van-phong", legacyTitle: nil, kind: .congChuc, role: .official, skills: [],
      capacity: -1)
    var change = OfficialChange()
    change.capacity = 745
    let refusals: [() throws -> Void] = [
      { _ = try database.createDuty(duty, by: Self.chair, today: Self.today) },
      { _ = try database.addOfficial(official, by: Self.chair, today: Self.today) },
      { _ = try database.updateOfficial("van-phong-1", change, version: nil, by: Self.chair, today: Self.today) },
    ]
    for refusal in refusals {
      let error = #expect(throws: PlanError.self) { try refusal() }
      #expect(
        error?.kind == .validation && error?.en.contains("must be between 0 and 744") == true,
        "\(String(describing: error))")
    }
  }

  @Test("a write after the file was deleted is refused as gone; so is any call, from the command side")
  func deletedFile() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    try database.requireSameFile()
    try FileManager.default.removeItem(atPath: file.path)
    let error = #expect(throws: PlanError.self) { try database.requireSameFile() }
    #expect(error?.kind == .gone && error?.code == -32007)
    let change = OfficialChange()
    let write = #expect(throws: PlanError.self) {
      _ = try database.updateOfficial("van-phong-1", change, version: nil, by: Self.chair, today: Self.today)
    }
    #expect(write?.kind == .gone)
  }
}
