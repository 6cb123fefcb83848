import Foundation
import GRDB
import PlanCore
import PlanData
@testable import PlanStore
import Testing

/// A database file in a fresh temporary folder, removed when the test ends.
final class TemporaryDatabase {
  let folder: URL
  let path: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("cchc.sqlite").path
  }

  deinit { try? FileManager.default.removeItem(at: folder) }
}

/// The embedded plan and seed data.
func embeddedBundle() throws -> PlanBundle {
  try #require(PlanBundle.load(files: EmbeddedData.files).bundle)
}

let actor = AuditActor(officialID: nil, osUser: "tester")

/// Tables holding the plan and the roster.
let planAndRosterTables = [
  "unit", "skills", "positions", "officials", "official_skills", "areas", "plan_items", "plan_item_positions",
  "plan_item_skills", "plan_item_indicators", "indicators", "indicator_baselines", "indicator_targets",
  "baseline_figures", "calendar", "calendar_days",
]

@Suite("PlanStore: loading the plan and the commune")
struct LoadTests {
  @Test("a load writes every row, in one transaction with one audit row")
  func load() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    #expect(try database.isInitialised() == false)
    let summary = try database.load(try embeddedBundle(), by: actor, replace: false)
    #expect(summary.officials == 21 && summary.planItems == 44 && summary.areas == 7)
    let counts = try database.counts()
    #expect(counts["officials"] == 21 && counts["plan_items"] == 44 && counts["areas"] == 7)
    #expect(counts["audit"] == 1)
    #expect(try database.auditCount(action: "init") == 1)
    #expect(try database.integrityCheck() == "ok")
    #expect(try database.unitName() == "xã Ba Trang")
  }

  @Test("a second load without replace is refused and changes nothing")
  func refusedWithoutReplace() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let before = try planAndRosterTables.map { try database.dump(table: $0) }
    #expect(throws: StoreError.alreadyInitialised(path: file.path)) {
      try database.load(try embeddedBundle(), by: actor, replace: false)
    }
    #expect(try planAndRosterTables.map { try database.dump(table: $0) } == before)
    #expect(try database.counts()["audit"] == 1)
  }

  @Test("loading with replace twice gives identical plan and roster rows")
  func replaceIsIdempotent() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let first = try planAndRosterTables.map { try database.dump(table: $0) }
    try database.load(try embeddedBundle(), by: actor, replace: true)
    try database.load(try embeddedBundle(), by: actor, replace: true)
    let third = try planAndRosterTables.map { try database.dump(table: $0) }
    #expect(first == third)
    #expect(first.allSatisfy { !$0.isEmpty })
    #expect(try database.auditCount(action: "init.force") == 2)
  }

  @Test("a load that breaks a database rule writes nothing at all")
  func failedLoadWritesNothing() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    var bundle = try embeddedBundle()
    // Bypass the file checks: the database's own CHECK must still refuse a Party post that leads.
    bundle.positions[bundle.positions.count - 1].canLead = true
    // A constraint the rules missed is an internal fault, and says nothing of the SQL.
    let error = #expect(throws: PlanError.self) { try database.load(bundle, by: actor, replace: false) }
    #expect(error?.kind == .internal && error?.detail?.contains("CHECK constraint failed") == true)
    #expect(error.map { !$0.vi.contains("CHECK") && !$0.en.contains("CHECK") } == true)
    #expect(try database.isInitialised() == false)
    let counts = try database.counts()
    #expect(counts.values.allSatisfy { $0 == 0 }, "\(counts)")
  }

  @Test("text is stored in NFC even when the files use NFD")
  func storedNFC() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    var bundle = try embeddedBundle()
    bundle.unit.name = "Ba Trang mới".decomposedStringWithCanonicalMapping
    try database.load(bundle, by: actor, replace: false)
    let queue = try DatabaseQueue(path: file.path)
    let name = try queue.read { try String.fetchOne($0, sql: "SELECT name FROM unit") }
    #expect(name.map { Array($0.unicodeScalars) } == Array("Ba Trang mới".unicodeScalars))
  }

  @Test("several processes' worth of connections initialise an empty database exactly once")
  func concurrentInitialisation() async throws {
    let file = try TemporaryDatabase()
    let bundle = try embeddedBundle()
    let path = file.path
    let loads = try await withThrowingTaskGroup(of: Bool.self) { group in
      for _ in 0..<6 {
        group.addTask {
          let database = try PlanDatabase(path: path)
          return try database.initialiseIfEmpty(with: { bundle }, by: actor) != nil
        }
      }
      return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
    }
    #expect(loads == 1)
    #expect(try PlanDatabase(path: path).auditCount(action: "init") == 1)
  }

  @Test("a file that is not a database is reported, not crashed on")
  func notADatabase() throws {
    let file = try TemporaryDatabase()
    try Data("không phải SQLite, chỉ là chữ\n".utf8).write(to: URL(fileURLWithPath: file.path))
    #expect {
      _ = try PlanDatabase(path: file.path)
    } throws: { error in
      guard case StoreError.notADatabase = error else { return false }
      return true
    }
  }

  @Test("another program's SQLite database is refused and left byte for byte as it was")
  func foreignDatabaseUntouched() throws {
    let file = try TemporaryDatabase()
    let other = try DatabaseQueue(path: file.path)
    try other.write {
      try $0.execute(
        sql: "CREATE TABLE ho_khau (id INTEGER PRIMARY KEY, ten TEXT); INSERT INTO ho_khau VALUES (1, 'Hộ A')")
    }
    try other.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: file.path))
    #expect(throws: StoreError.foreignDatabase(path: file.path)) { _ = try PlanDatabase(path: file.path) }
    let copy = file.folder.appendingPathComponent("copy.sqlite").path
    try PlanDatabase.backup(path: file.path, to: copy)
    #expect(try Data(contentsOf: URL(fileURLWithPath: file.path)) == before)
    #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    let copied = try DatabaseQueue(path: copy).read { try String.fetchOne($0, sql: "SELECT ten FROM ho_khau") }
    #expect(copied == "Hộ A")
  }

  @Test("backup writes a consistent copy holding the same rows")
  func backup() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let copyPath = file.folder.appendingPathComponent("copy.sqlite").path
    try PlanDatabase.backup(path: file.path, to: copyPath)
    let copy = try PlanDatabase(path: copyPath)
    #expect(
      try planAndRosterTables.map { try copy.dump(table: $0) }
        == planAndRosterTables.map { try database.dump(table: $0) })
  }
}

@Suite("PlanStore: search ignores case and diacritics")
struct SearchTests {
  static let database: PlanDatabase? = {
    guard let file = try? TemporaryDatabase(), let bundle = PlanBundle.load(files: EmbeddedData.files).bundle,
      let database = try? PlanDatabase(path: file.path)
    else { return nil }
    _ = try? database.load(bundle, by: actor, replace: false)
    leaked.append(file)  // Keep the folder for the life of the test process.
    return database
  }()
  nonisolated(unsafe) static var leaked: [TemporaryDatabase] = []

  @Test("'cai cach' finds 'Cải cách': area 0 and the five reform areas named so, and plan items")
  func caiCach() throws {
    let database = try #require(Self.database)
    #expect(try database.searchAreas("cai cach").map(\.id) == [0, 1, 2, 3, 4, 5])
    #expect(try database.searchAreas("CẢI CÁCH").map(\.id) == [0, 1, 2, 3, 4, 5])
    let items = try database.searchPlanItems("cai cach hanh chinh").map(\.id)
    #expect(items.contains("0.3"))
    #expect(try database.searchPlanItems("Cải cách hành chính").map(\.id) == items)
  }

  @Test("'so hoa' finds both spellings 'số hóa' and 'số hoá'")
  func soHoa() throws {
    let database = try #require(Self.database)
    let items = try database.searchPlanItems("so hoa")
    #expect(items.contains { $0.text.contains("số hóa") })
    #expect(items.contains { $0.text.contains("số hoá") })
    #expect(Set(items.map(\.id)).isSuperset(of: ["1.5", "6.4"]))
  }

  @Test("đ folds to d; names typed without diacritics find officials")
  func dStrokeAndNames() throws {
    let database = try #require(Self.database)
    #expect(try database.searchPlanItems("de an 06").map(\.id) == ["6.5"])
    #expect(try database.searchOfficials("pham van thich").map(\.id) == ["chu-tich"])
    #expect(try database.searchOfficials("tu phap").map(\.id).contains("tu-phap-1"))
  }

  @Test("LIKE wildcards in a query are taken literally")
  func wildcardsAreLiteral() throws {
    let database = try #require(Self.database)
    #expect(try database.searchPlanItems("%").map(\.id) == ["6.6"])  // Only 6.6 says "100%".
    #expect(try database.searchPlanItems("_").isEmpty)
    #expect(try database.searchPlanItems("khong co gi nhu the nay").isEmpty)
  }
}

@Suite("PlanStore: the database keeps its own rules")
struct ConstraintTests {
  static func loaded() throws -> (TemporaryDatabase, DatabaseQueue) {
    let file = try TemporaryDatabase()
    try PlanDatabase(path: file.path).load(try embeddedBundle(), by: actor, replace: false)
    var config = Configuration()
    config.foreignKeysEnabled = true
    return (file, try DatabaseQueue(path: file.path, configuration: config))
  }

  static let duty = """
    INSERT INTO duties (id, unit_id, plan_item_id, area_id, title, due, period, effort, status, percent, lead_id,
      created_at, updated_at, search_key)
    VALUES (?, 'ba-trang', '2.2', 2, 'Cập nhật TTHC', ?, ?, 4, ?, ?, ?, '2026-01-01', '2026-01-01', 'cap nhat tthc')
    """

  @Test("a well-formed duty with one lead is accepted")
  func goodDuty() throws {
    let (_, queue) = try Self.loaded()
    try queue.write { db in
      try db.execute(sql: Self.duty, arguments: ["2.2@2026-Q3", "2026-09-14", "2026-09", "todo", 0, "ttpvhcc-1"])
    }
    #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM duties") } == 1)
  }

  @Test(
    "bad duties are refused by SQLite itself",
    arguments: [
      ["2.2@x", "2026-09-14", "2026-09", "finished", "0", "ttpvhcc-1"],  // unknown status
      ["2.2@x", "2026-02-30", "2026-02", "todo", "0", "ttpvhcc-1"],  // impossible date
      ["2.2@x", "2026-09-14", "2026-9", "todo", "0", "ttpvhcc-1"],  // malformed period
      ["2.2@x", "2026-09-14", "2026-09", "doing", "150", "ttpvhcc-1"],  // percent over 100
      ["2.2@x", "2026-09-14", "2026-09", "done", "50", "ttpvhcc-1"],  // done but not 100 %
      ["2.2@x", "2026-09-14", "2026-09", "todo", "0", "khong-co-ai"],  // unknown lead
    ] as [[String]])
  func badDuties(row: [String]) throws {
    let (_, queue) = try Self.loaded()
    let percent = try #require(Int(row[4]))
    let arguments: StatementArguments = [row[0], row[1], row[2], row[3], percent, row[5]]
    #expect(throws: DatabaseError.self) {
      try queue.write { db in try db.execute(sql: Self.duty, arguments: arguments) }
    }
  }

  @Test("the audit log cannot be edited or deleted")
  func auditIsAppendOnly() throws {
    let (_, queue) = try Self.loaded()
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE audit SET os_user = 'x'") } }
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM audit") } }
  }

  @Test("a plan item whose text is not part of its sentence is refused")
  func textMustBeInSentence() throws {
    let (_, queue) = try Self.loaded()
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "UPDATE plan_items SET text = 'không có trong câu' WHERE id = '2.2'") }
    }
  }

  @Test("WAL, foreign keys, and FULL sync on the connection that writes (a commit survives a power cut)")
  func pragmas() throws {
    let file = try TemporaryDatabase()
    let database = try PlanDatabase(path: file.path)
    let queue = try DatabaseQueue(path: file.path)
    #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    let (synchronous, foreignKeys) = try database.writer.writeWithoutTransaction { db in
      (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
    }
    #expect(synchronous == 2, "2 is FULL; GRDB's WAL set-up leaves NORMAL (1)")
    #expect(foreignKeys == 1)
  }
}

@Suite("PlanStore on an in-memory database")
struct InMemoryTests {
  @Test("load, create, assign, progress, complete and explain, with no file at all")
  func inMemory() throws {
    let database = try PlanDatabase.inMemory()
    #expect(database.path == ":memory:")
    try database.load(try embeddedBundle(), by: actor, replace: false)
    let chair = AuditActor(officialID: "chu-tich", osUser: "test", role: .chair)
    let lead = AuditActor(officialID: "van-phong-1", osUser: "test", role: .official)
    let today = try #require(CivilDate(iso: "2026-12-01"))
    let duty = try database.createDuty(
      NewDuty(
        title: "Hội nghị", area: 2, due: try #require(CivilDate(iso: "2026-12-15")), effort: 4, lead: "van-phong-1",
        coordinators: [], note: nil), by: chair, today: today)
    _ = try database.reportProgress(duty.id, percent: 50, note: nil, version: nil, by: lead, today: today)
    let done = try database.completeDuty(
      duty.id, result: "Xong", evidence: "Số 1", version: nil, by: lead, today: today)
    #expect(done.status == .done && done.completedOn?.iso == "2026-12-01")
    #expect(try database.explainDuty(duty.id).lead == "van-phong-1")
    #expect(try database.counts()["duties"] == 1)
    // Another in-memory database is another database.
    #expect(try PlanDatabase.inMemory().isInitialised() == false)
  }
}
