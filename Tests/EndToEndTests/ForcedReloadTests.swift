import Foundation
import Testing

@Suite("init --force on a damaged file or a full disk keeps the old data whole and never leaves an empty backup")
struct ForcedReloadTests {
  /// A database at `path` with the plan scheduled over the five years (about 1 MB).
  static func scheduled(_ sandbox: Sandbox, _ path: String) throws {
    try #require(try sandbox.cchc(["init", "--db", path]).status == 0)
    let run = try sandbox.cchc(["schedule", "run", "--db", path, "--as", "chu-tich", "--today", "2026-01-01"])
    try #require(run.status == 0, "\(run.stderr)")
  }

  /// `init --force` on `path`, under a file-size limit of `limit` bytes when given (a full disk).
  static func forceInit(_ sandbox: Sandbox, _ path: String, limit: Int? = nil) throws -> RunResult {
    guard let limit else { return try sandbox.cchc(["init", "--force", "--db", path, "--lang", "en"]) }
    return try RunningProcess(
      URL(fileURLWithPath: "/usr/bin/prlimit"),
      ["--fsize=\(limit)", try cchcBinary().path, "init", "--force", "--db", path, "--lang", "en"],
      environment: sandbox.environment(),
      in: sandbox.root
    ).wait()
  }

  /// The backups beside `path`, oldest first.
  static func backups(_ sandbox: Sandbox, of path: String) -> [String] {
    let name = URL(fileURLWithPath: path).lastPathComponent
    return sandbox.siblings(of: path).filter { $0.hasPrefix(name + ".bak-") }.map(sandbox.path)
  }

  /// No partial copy is left beside `path`, and no backup (or its WAL) is empty.
  static func expectNoEmptyBackup(_ sandbox: Sandbox, _ path: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    for name in sandbox.siblings(of: path) {
      #expect(!name.hasSuffix(".partial"), "\(name)", sourceLocation: sourceLocation)
      if name.contains(".bak-") {
        #expect(bytes(sandbox.path(name))?.isEmpty == false, "\(name) is empty", sourceLocation: sourceLocation)
      }
    }
  }

  @Test("one corrupted page: the file is moved aside whole, said so, and a new database loaded; again, no name clash")
  func corruptedPage() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    try Self.scheduled(sandbox, db)
    let page = try #require(
      Int(
        try sandbox.sqlite(db, "SELECT pageno FROM dbstat WHERE name = 'duties' AND pagetype = 'leaf' LIMIT 1 OFFSET 3")
      ))
    let file = try #require(FileHandle(forUpdatingAtPath: db))
    try file.seek(toOffset: UInt64((page - 1) * 4096))
    try file.write(contentsOf: Data(repeating: 0xFF, count: 4096))
    try file.close()
    let damaged = try #require(bytes(db))
    let first = try Self.forceInit(sandbox, db)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(
      first.stdout.contains("moved aside unchanged") && first.stdout.contains("chuyển nguyên tệp"), "\(first.stdout)")
    let moved = try #require(Self.backups(sandbox, of: db).first)
    #expect(bytes(moved) == damaged, "every byte of the damaged file is kept")
    #expect(try sandbox.count(db, "officials") == 21 && sandbox.count(db, "duties") == 0)
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
    // The same second, a second reload: a copy this time, under a name of its own.
    let second = try Self.forceInit(sandbox, db)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Backed up the old file"), "\(second.stdout)")
    #expect(Self.backups(sandbox, of: db).count == 2)
    for result in [first, second] { #expect(!result.stderr.contains("same name"), "\(result.stderr)") }
    Self.expectNoEmptyBackup(sandbox, db)
  }

  @Test(
    "a full disk (a file-size limit) during the copy: moved aside whole and reloaded; with no room at all, a clear error"
  )
  func fullDisk() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    try Self.scheduled(sandbox, db)
    let original = try #require(bytes(db))
    try #require(original.count > 800_000, "the copy must pass the limit below (\(original.count) bytes)")
    let limited = try Self.forceInit(sandbox, db, limit: 600_000)
    #expect(limited.status == 0, "\(limited.stderr)")
    #expect(limited.stdout.contains("moved aside unchanged"), "\(limited.stdout)")
    #expect(bytes(try #require(Self.backups(sandbox, of: db).first)) == original)
    #expect(try sandbox.count(db, "officials") == 21 && sandbox.count(db, "duties") == 0)
    // No room even for a new database: the old one is kept whole, and cchc says why it stopped.
    let fresh = try #require(bytes(db))
    let starved = try Self.forceInit(sandbox, db, limit: 100_000)
    #expect(starved.status == 1)
    #expect(starved.stderr.contains("Cannot write to the disk"), "\(starved.stderr)")
    #expect(!starved.stderr.contains("same name"))
    #expect(Self.backups(sandbox, of: db).contains { bytes($0) == fresh })
    Self.expectNoEmptyBackup(sandbox, db)
    // Once there is room, the next command completes the new database.
    #expect(try sandbox.cchc(["status", "--db", db]).status == 0)
    #expect(try sandbox.count(db, "officials") == 21)
  }
}
