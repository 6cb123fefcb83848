import Foundation
import Testing

/// Domain events are dated by the call's "today", and a database the previous release wrote upgrades.
@Suite("Domain dates and the upgrade of a v1 database")
struct DomainDatesTests {
  /// Runs `cchc` and returns the parsed `--format json` result, requiring success.
  static func json(_ sandbox: Sandbox, _ arguments: [String]) throws -> [String: Any] {
    let run = try sandbox.cchc(arguments + ["--format", "json"])
    try #require(run.status == 0, "\(arguments): \(run.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  @Test(
    "a duty completed with --today 2027-03-10 reports completedOn 2027-03-10; its progress rows carry their own days")
  func completedOn() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("d.sqlite")
    _ = try Self.json(
      sandbox,
      [
        "duties", "create", "Báo cáo CCHC quý I", "--area", "chi-dao", "--due", "14/03/2027", "--effort", "4", "--lead",
        "van-phong-1", "--db", db, "--as", "chu-tich", "--today", "2026-12-01",
      ])
    _ = try Self.json(
      sandbox, ["duties", "progress", "DX-2026-001", "40", "--db", db, "--as", "van-phong-1", "--today", "2027-02-20"])
    let done = try Self.json(
      sandbox,
      [
        "duties", "complete", "DX-2026-001", "--result", "Đã gửi báo cáo", "--evidence", "Báo cáo số 15/BC-UBND",
        "--db", db,
        "--as", "van-phong-1", "--today", "2027-03-10",
      ])
    #expect(done["completedOn"] as? String == "2027-03-10")
    #expect(done["result"] as? String == "Đã gửi báo cáo" && done["evidence"] as? String == "Báo cáo số 15/BC-UBND")
    let got = try Self.json(sandbox, ["duties", "get", "DX-2026-001", "--db", db])
    #expect(got["completedOn"] as? String == "2027-03-10")
    let days = (got["progress"] as? [[String: Any]])?.map { "\($0["date"] ?? "") \($0["part"] ?? "")" }
    #expect(days == ["2027-02-20 lead", "2027-03-10 lead"])
    // Cancelling on a given day records that day and the reason, and keeps the note.
    _ = try Self.json(
      sandbox,
      [
        "duties", "create", "Việc sẽ hủy", "--area", "1", "--due", "20/12/2026", "--effort", "1", "--note",
        "Ghi chú gốc",
        "--db", db, "--as", "chu-tich", "--today", "2026-12-01",
      ])
    let cancelled = try Self.json(
      sandbox,
      [
        "duties", "cancel", "DX-2026-002", "--reason", "Không còn cần", "--db", db, "--as", "chu-tich", "--today",
        "2026-12-05",
      ])
    #expect(
      cancelled["cancelledOn"] as? String == "2026-12-05" && cancelled["cancelReason"] as? String == "Không còn cần")
    #expect(cancelled["note"] as? String == "Ghi chú gốc")
  }

  @Test(
    "a database the previous release (schema v1) wrote upgrades: results and reasons move to their fields, nothing is lost, the scheduler then fixes a Party lead"
  )
  func upgradeFromV1() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("v1.sqlite")
    // The file the previous release wrote, kept as its SQL dump (`sqlite3 FILE .dump`), restored as it was.
    let dump = packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/v1-release.sql").path
    _ = try sandbox.sqlite(db, ".read '\(dump)'")
    try #require(FileManager.default.fileExists(atPath: db))
    #expect(
      try sandbox.sqlite(db, "SELECT group_concat(identifier) FROM grdb_migrations") == "v1-plan-roster-duties-audit")
    let counts =
      "SELECT (SELECT count(*) FROM duties) || ' ' || (SELECT count(*) FROM audit) || ' ' || (SELECT count(*) FROM duty_progress)"
    let before = try sandbox.sqlite(db, counts)
    #expect(
      try sandbox.sqlite(db, "SELECT count(*) FROM duties WHERE lead_id = 'chu-tich-mttq'") == "1",
      "the v1 scheduler's defect")
    let done = try Self.json(sandbox, ["duties", "get", "DX-2026-001", "--db", db])
    #expect(
      try sandbox.sqlite(db, "SELECT group_concat(identifier) FROM grdb_migrations")
        == "v1-plan-roster-duties-audit,v2-domain-dates-results,v3-audit-channel-uid,v4-indicator-values-recipients")
    #expect(try sandbox.sqlite(db, counts) == before, "no row lost or added by the upgrade")
    // v1 dated events by the machine's clock (the fixture was written on 29/11/2026 with --today 2026-11-20):
    // the upgrade keeps the day it recorded.
    #expect(done["status"] as? String == "done" && done["completedOn"] as? String == "2026-11-29")
    #expect(done["result"] as? String == "Biên bản số 12/BB-UBND" && done["note"] is NSNull)
    let parts = (done["progress"] as? [[String: Any]])?.map {
      "\($0["official"] ?? "") \($0["part"] ?? "") \($0["date"] ?? "")"
    }
    #expect(parts == ["tu-phap-1 lead 2026-11-29", "ttpvhcc-1 coordinator 2026-11-29", "tu-phap-1 lead 2026-11-29"])
    let cancelled = try Self.json(sandbox, ["duties", "get", "DX-2026-002", "--db", db])
    #expect(cancelled["cancelReason"] as? String == "Trùng với nhiệm vụ 2.1a" && cancelled["note"] is NSNull)
    #expect(cancelled["cancelledOn"] is String)
    // The upgraded database works: a schedule run takes the committee duty away from the Party post.
    let run = try sandbox.cchc(
      [
        "schedule", "run", "--from", "2026-11-01", "--to", "2027-03-31", "--db", db, "--as", "chu-tich", "--today",
        "2026-11-29",
      ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      try sandbox.sqlite(
        db,
        "SELECT count(*) FROM duties d JOIN officials o ON o.id = d.lead_id JOIN positions p ON p.id = o.position_id WHERE p.can_lead = 0 AND d.status IN ('todo', 'doing')"
      )
        == "0")
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
  }
}
