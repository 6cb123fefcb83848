import Foundation
import Testing

@Suite("The audit names the OS account by uid, never by $USER, and where each call came from")
struct AuditTrailTests {
  @Test("an account without a name (uid 4242) with USER=root: every row records uid 4242 and its channel, never root")
  func spoofedUser() throws {
    let sandbox = try Sandbox()
    try #require(chmod(sandbox.root.path, 0o755) == 0)
    let folder = sandbox.path("u4242")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    try #require(chown(folder, 4242, 4242) == 0)
    let db = folder + "/c.sqlite"
    let spoof = ["USER": "root", "LOGNAME": "root"]
    let (setpriv, initialise) = try asUser(4242, ["init", "--db", db])
    let loaded = try runPiped(sandbox, setpriv, initialise, input: "", environment: spoof)
    #expect(loaded.status == 0, "\(loaded.stderr)")
    let (_, json) = try asUser(4242, ["--json", "--db", db, "--as", "chu-tich", "--today", "2026-12-01"])
    let created = try runPiped(
      sandbox, setpriv, json, input: request("duties.create", newDuty("Giả danh"), id: 1) + "\n", environment: spoof)
    #expect(created.stdout.contains(#""result""#), "\(created.stdout) \(created.stderr)")
    let (_, shell) = try asUser(
      4242,
      ["duties", "cancel", "DX-2026-001", "--reason", "Thử", "--db", db, "--as", "chu-tich", "--today", "2026-12-02"])
    let cancelled = try runPiped(sandbox, setpriv, shell, input: "", environment: spoof)
    #expect(cancelled.status == 0, "\(cancelled.stderr)")
    let rows = try sandbox.sqlite(
      db,
      "SELECT action || ' ' || os_user || ' ' || os_uid || ' ' || channel || ' [' || remote_addr || ']' FROM audit ORDER BY id"
    )
    let name = accountName(4242) ?? "uid 4242"
    #expect(
      rows == "init \(name) 4242 shell []\nduties.create \(name) 4242 json []\nduties.cancel \(name) 4242 shell []")
    #expect(!rows.contains("root"))
  }

  @Test("audit.list shows the uid, the channel and the (empty) remote address")
  func auditListShowsChannel() throws {
    let rpc = try RPCSandbox()
    let session = try rpc.session(as: "chu-tich")
    _ = try session.result("duties.create", newDuty("Xem nhật ký"))
    let page = try session.result("audit.list", ["duty": "DX-2026-001"])
    let entry = try #require((page["items"] as? [[String: Any]])?.first)
    #expect(entry["channel"] as? String == "json")
    #expect(entry["osUid"] as? Int == Int(geteuid()))
    #expect(entry["osUser"] as? String == accountName(geteuid()) ?? "uid \(geteuid())")
    #expect(entry["remoteAddr"] as? String == "")
  }

  @Test(
    "a database the previous release (schema v2) wrote upgrades to v3: every row kept, old audit rows unchanged, new rows name their channel and uid, the audit stays append-only"
  )
  func upgradeFromV2() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("v2.sqlite")
    // The file the previous release wrote, kept as its SQL dump (Fixtures/make-v2-release.sh), restored as it was.
    let dump = packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/v2-release.sql").path
    _ = try sandbox.sqlite(db, ".read '\(dump)'")
    let migrations = "SELECT group_concat(identifier) FROM grdb_migrations"
    #expect(try sandbox.sqlite(db, migrations) == "v1-plan-roster-duties-audit,v2-domain-dates-results")
    let tables = try sandbox.sqlite(
      db,
      "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit', 'grdb_migrations')"
    ).split(separator: ",").map(String.init)
    let columns = try tables.map { try sandbox.columns(db, $0) }
    let rows = try zip(tables, columns).map { try sandbox.dump(db, $0, columns: $1) }
    let auditColumns = "id, at, official_id, os_user, action, entity, entity_id, before, after"
    let audit = try sandbox.sqlite(db, "SELECT \(auditColumns) FROM audit ORDER BY id", options: ["-json"])
    let oldRows = try sandbox.count(db, "audit")
    try #require(try oldRows > 30 && sandbox.count(db, "duty_progress") == 5)

    let read = try sandbox.cchc(["duties", "get", "DX-2026-001", "--db", db, "--format", "json"])
    #expect(read.status == 0, "\(read.stderr)")
    #expect(read.stdout.contains(#""completedOn":"2026-11-28""#))
    #expect(
      try sandbox.sqlite(db, migrations)
        == "v1-plan-roster-duties-audit,v2-domain-dates-results,v3-audit-channel-uid,v4-indicator-values-recipients")
    #expect(
      try zip(tables, columns).map { try sandbox.dump(db, $0, columns: $1) } == rows, "every row of every table kept")
    #expect(try sandbox.sqlite(db, "SELECT \(auditColumns) FROM audit ORDER BY id", options: ["-json"]) == audit)
    #expect(
      try sandbox.count(db, "audit", where: "channel IS NULL AND os_uid IS NULL AND remote_addr = ''") == oldRows,
      "what v2 did not record stays unknown")

    let json = try runPiped(
      sandbox, try cchcBinary().path, ["--json", "--db", db, "--as", "chu-tich", "--today", "2026-12-01"],
      input: request("duties.create", newDuty("Sau nâng cấp"), id: 1) + "\n")
    #expect(json.stdout.contains(#""result""#), "\(json.stdout) \(json.stderr)")
    let shell = try sandbox.cchc(
      ["duties", "progress", "DX-2026-002", "60", "--db", db, "--as", "van-phong-1", "--today", "2026-12-02"])
    #expect(shell.status == 0, "\(shell.stderr)")
    let me = "\(accountName(geteuid()) ?? "uid \(geteuid())") \(geteuid())"
    #expect(
      try sandbox.sqlite(
        db,
        "SELECT action || ' ' || os_user || ' ' || os_uid || ' ' || channel FROM audit WHERE id > \(oldRows) ORDER BY id"
      )
        == "duties.create \(me) json\nduties.progress \(me) shell")

    // Still append-only, and a row that does not say where it came from is refused.
    #expect(throws: HarnessError.self) { try sandbox.sqlite(db, "UPDATE audit SET channel = 'http' WHERE id = 1") }
    #expect(throws: HarnessError.self) { try sandbox.sqlite(db, "DELETE FROM audit WHERE id = 1") }
    #expect(throws: HarnessError.self) {
      try sandbox.sqlite(db, "INSERT INTO audit (at, os_user, action, entity) VALUES ('x', 'y', 'z', 'w')")
    }
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
  }
}
