import Foundation
import Testing

@Suite("cchc never harms a file it does not own, and a killed init loses nothing")
struct RobustnessTests {
  /// Makes another program's SQLite database at `path`.
  static func makeForeignDatabase(_ sandbox: Sandbox, _ path: String) throws {
    _ = try sandbox.sqlite(
      path, "CREATE TABLE ho_khau (id INTEGER PRIMARY KEY, ten TEXT); INSERT INTO ho_khau VALUES (1, 'Hộ A');")
  }

  @Test("status and init refuse another program's database and leave it byte for byte")
  func foreignDatabaseRefused() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("khac.sqlite")
    try Self.makeForeignDatabase(sandbox, db)
    let before = try #require(bytes(db))
    for arguments in [["status", "--db", db], ["init", "--db", db]] {
      let result = try sandbox.cchc(arguments)
      #expect(result.status == 1, "\(arguments)")
      // One language at a time: Vietnamese by default.
      #expect(result.stderr.contains("chương trình khác"), "\(result.stderr)")
      #expect(!result.stderr.contains("another program's database"))
    }
    #expect(bytes(db) == before)
    #expect(sandbox.siblings(of: db) == ["khac.sqlite"], "no -wal, -shm or backup left")
  }

  @Test("init --force on another program's database backs it up unchanged, then starts a cchc database")
  func foreignDatabaseForced() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("khac.sqlite")
    try Self.makeForeignDatabase(sandbox, db)
    let result = try sandbox.cchc(["init", "--db", db, "--force"])
    #expect(result.status == 0, "\(result.stderr)")
    let backup = try #require(sandbox.siblings(of: db).first { $0.hasPrefix("khac.sqlite.bak-") })
    #expect(try sandbox.sqlite(sandbox.path(backup), "SELECT ten FROM ho_khau") == "Hộ A")
    #expect(try sandbox.count(sandbox.path(backup), "sqlite_master", where: "name = 'officials'") == 0)
    #expect(try sandbox.count(db, "officials") == 21)
    #expect(try sandbox.count(db, "sqlite_master", where: "name = 'ho_khau'") == 0)
  }

  @Test("a file that is not a database is reported in both languages, not overwritten")
  func garbageFile() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("rac.sqlite")
    try Data("không phải cơ sở dữ liệu\n".utf8).write(to: URL(fileURLWithPath: db))
    let result = try sandbox.cchc(["status", "--db", db])
    #expect(result.status == 1)
    let english = try sandbox.cchc(["status", "--db", db, "--lang", "en"])
    #expect(english.stderr.contains("is not a SQLite database") && !english.stderr.contains("SQLite:"))
    #expect(
      result.stderr.contains("không phải là cơ sở dữ liệu SQLite")
        && !result.stderr.contains("is not a SQLite database")
    )
    #expect(bytes(db) == Data("không phải cơ sở dữ liệu\n".utf8))
  }

  @Test("init killed at any moment leaves either nothing or everything; the next run completes it")
  func killedDuringInit() throws {
    let sandbox = try Sandbox()
    // Fixed delays from 0 to about 60 ms, across the whole of a load (about 50 ms here).
    for (round, delay) in stride(from: 0, through: 60_000, by: 4_000).enumerated() {
      let db = sandbox.path("kill-\(round).sqlite")
      let running = try sandbox.start(["init", "--db", db])
      usleep(useconds_t(delay))
      running.kill()
      _ = try running.wait()
      if exists(db) {
        let officials =
          try sandbox.count(db, "sqlite_master", where: "name = 'officials'") == 1
          ? try sandbox.count(db, "officials") : 0
        #expect([0, 21].contains(officials), "round \(round): half a load (\(officials) officials)")
        let audits = officials == 0 ? 0 : try sandbox.count(db, "audit")
        #expect(audits == (officials == 21 ? 1 : 0), "round \(round): data without its audit row")
        #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
      }
      let next = try sandbox.cchc(["status", "--db", db])
      #expect(next.status == 0, "round \(round): \(next.stderr)")
      #expect(try sandbox.count(db, "officials") == 21)
      #expect(try sandbox.count(db, "audit", where: "action = 'init'") == 1)
    }
  }
}
