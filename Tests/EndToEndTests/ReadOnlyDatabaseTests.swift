import Foundation
import Testing

@Suite("A read-only database answers reads, refuses writes as read-only, and leaves nothing beside it")
struct ReadOnlyDatabaseTests {
  /// Reads, a write and the answers a read-only database gives them, as `run` returns the lines.
  static let readOnlyLines = [
    request("areas.list", id: 1), request("duties.list", ["limit": 5], id: 2),
    request("duties.create", newDuty("Không ghi được"), id: 3),
  ]

  /// Checks the answers to `readOnlyLines`.
  static func expectReadOnlyAnswers(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    try #require(lines.count == 3, "\(lines)", sourceLocation: sourceLocation)
    let areas = try expectResult(try object(lines[0]), id: 1, sourceLocation: sourceLocation)
    #expect((areas["items"] as? [Any])?.count == 7, sourceLocation: sourceLocation)
    try expectResult(try object(lines[1]), id: 2, sourceLocation: sourceLocation)
    let refused = try object(lines[2])
    expectError(refused, code: -32006, kind: "read-only", id: 3, sourceLocation: sourceLocation)
    expectWords(refused, vi: "chỉ đọc", en: "read-only", sourceLocation: sourceLocation)
  }

  @Test("a database of mode 444 answers reads and refuses writes as read-only, leaving nothing beside it (root too)")
  func modeReadOnly() throws {
    let rpc = try RPCSandbox()
    let audits = try rpc.count("audit")
    try #require(chmod(rpc.db, 0o444) == 0)
    try Self.expectReadOnlyAnswers(try rpc.run(Self.readOnlyLines, as: "chu-tich"))
    let shell = try rpc.sandbox.cchc(
      [
        "duties", "create", "Không ghi", "--area", "1", "--due", "2026-12-20", "--effort", "1", "--db", rpc.db, "--as",
        "chu-tich",
      ])
    #expect(shell.status == 1 && shell.stderr.contains("chỉ đọc"), "\(shell.stderr)")
    #expect(rpc.sandbox.siblings(of: rpc.db) == ["cchc.sqlite"], "no -wal or -shm left")
    #expect(try rpc.count("audit") == audits)
  }

  @Test(
    "another account (uid 65534) reads a database it may not write: reads work, writes say read-only, nothing is left")
  func otherAccount() throws {
    let rpc = try RPCSandbox()
    try #require(chmod(rpc.sandbox.root.path, 0o755) == 0 && chmod(rpc.db, 0o644) == 0)
    let audits = try rpc.count("audit")
    let (setpriv, json) = try asUser(65534, ["--json", "--db", rpc.db, "--as", "chu-tich", "--today", "2026-12-01"])
    let result = try runPiped(rpc.sandbox, setpriv, json, input: Self.readOnlyLines.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    try Self.expectReadOnlyAnswers(result.stdout.split(separator: "\n").map(String.init))
    let (_, list) = try asUser(65534, ["areas", "list", "--db", rpc.db])
    let shell = try runPiped(rpc.sandbox, setpriv, list, input: "")
    #expect(shell.status == 0 && shell.stdout.contains("tthc"), "\(shell.stderr)")
    #expect(rpc.sandbox.siblings(of: rpc.db) == ["cchc.sqlite"], "no -wal or -shm left")
    #expect(try rpc.count("audit") == audits)
  }
}
