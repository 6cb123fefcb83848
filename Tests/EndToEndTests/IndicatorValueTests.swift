import Foundation
import Testing

/// Indicators get values (issue 12, item 2): `indicators.record` through the real binary and a
/// real SQLite file, by the chair or a holder of the indicator's responsible position, audited in
/// the same transaction; values outside min–max, other periods and unknown indicators refused.
@Suite("Indicator values: recorded by the chair or the responsible position, audited, bounded, listed")
struct IndicatorValueTests {
  @Test("the responsible position and the chair record; the value, its note, evidence, author and day are listed")
  func recordAndList() throws {
    let rpc = try RPCSandbox()
    let ttpvhcc = try rpc.session(as: "ttpvhcc-1", today: "2027-03-10")
    let recorded = try rpc.audited(
      ttpvhcc, "indicators.record",
      [
        "indicator": "ho-so-truc-tuyen", "period": "2027-Q1", "value": 85.5, "note": "Theo Cổng DVC",
        "evidence": "Báo cáo 05/BC-TTPVHCC",
      ])
    #expect(recorded["id"] as? String == "ho-so-truc-tuyen")
    #expect(recorded["responsiblePosition"] as? String == "ttpvhcc")
    #expect(recorded["min"] as? Double == 0 && recorded["max"] as? Double == 100)
    let latest = try #require(recorded["latest"] as? [String: Any])
    #expect(latest["value"] as? Double == 85.5)
    #expect(latest["recordedOn"] as? String == "2027-03-10")
    #expect(latest["recordedBy"] as? String == "ttpvhcc-1")
    let audit = try rpc.lastAudit()
    #expect(audit["entity"] as? String == "indicator" && audit["entity_id"] as? String == "ho-so-truc-tuyen")
    #expect((audit["after"] as? String)?.contains("\"value\":85.5") == true, "\(audit)")
    _ = try ttpvhcc.finish()

    let chair = try rpc.session(as: "chu-tich", today: "2027-12-10")
    _ = try rpc.audited(chair, "indicators.record", ["indicator": "hoi-nghi-doi-thoai", "period": "2027", "value": 2])
    // Recording the same period again replaces the value; the audit keeps what it replaced.
    _ = try rpc.audited(chair, "indicators.record", ["indicator": "hoi-nghi-doi-thoai", "period": "2027", "value": 3])
    #expect((try rpc.lastAudit()["before"] as? String)?.contains("\"value\":2") == true)
    #expect(try rpc.count("indicator_values") == 2)
    let list = try chair.result("indicators.list")
    let items = try #require(list["items"] as? [[String: Any]])
    #expect(items.count == 9 && list["total"] as? Int == 9)
    let dialogue = try #require(items.first { $0["id"] as? String == "hoi-nghi-doi-thoai" })
    let values = try #require(dialogue["values"] as? [[String: Any]])
    #expect(values.count == 1 && values[0]["value"] as? Double == 3 && values[0]["period"] as? String == "2027")
    let online = try #require(items.first { $0["id"] as? String == "ho-so-truc-tuyen" })
    #expect((online["values"] as? [[String: Any]])?.first?["note"] as? String == "Theo Cổng DVC")
    #expect((online["baseline"] as? [[String: Any]])?.first?["line"] as? Int == 550)
    _ = try chair.finish()
  }

  @Test(
    "refused, writing only the refusal's audit row: another position, a guest, a value outside min–max, another period, an unknown indicator"
  )
  func refusals() throws {
    let rpc = try RPCSandbox()
    let before = try rpc.sqlite("SELECT count(*) FROM indicator_values")
    let official = try rpc.session(as: "van-hoa-1", today: "2027-03-10")
    let forbidden = try official.failure(
      "indicators.record", ["indicator": "ho-so-truc-tuyen", "period": "2027-Q1", "value": 80], code: -32002,
      kind: "forbidden")
    #expect("\(forbidden)".contains("ttpvhcc"))
    _ = try official.finish()
    let guest = try rpc.session(as: nil, today: "2027-03-10")
    try guest.failure(
      "indicators.record", ["indicator": "ho-so-truc-tuyen", "period": "2027-Q1", "value": 80], code: -32002,
      kind: "forbidden")
    _ = try guest.finish()
    let chair = try rpc.session(as: "chu-tich", today: "2027-03-10")
    let bounds = try chair.failure(
      "indicators.record", ["indicator": "ho-so-truc-tuyen", "period": "2027-Q1", "value": 100.5], code: -32004,
      kind: "validation")
    #expect("\(bounds)".contains("0–100"), "the bounds are named: \(bounds)")
    try chair.failure(
      "indicators.record", ["indicator": "hoi-nghi-doi-thoai", "period": "2027", "value": -1], code: -32004,
      kind: "validation")
    for period in ["2027-Q2", "2027-H2", "2027-Q4", "2025", "2027-q1", "Q1-2027", ""] {
      let refused = try chair.failure(
        "indicators.record", ["indicator": "ho-so-truc-tuyen", "period": period, "value": 50], code: -32004,
        kind: "validation")
      #expect("\(refused)".contains("YYYY-Q1, YYYY-H1, YYYY-Q3, YYYY"), "\(period): \(refused)")
    }
    let unknown = try chair.failure(
      "indicators.record", ["indicator": "khong-co", "period": "2027-Q1", "value": 50], code: -32004,
      kind: "validation")
    #expect("\(unknown)".contains("khong-co"))
    try chair.failure(
      "indicators.record", ["indicator": "ho-so-truc-tuyen", "period": "2027-Q1", "value": "50"], code: -32602,
      kind: "invalid-params")
    try chair.failure(
      "indicators.record", ["indicator": "ho-so-truc-tuyen", "period": "2027-Q1"], code: -32602, kind: "invalid-params")
    _ = try chair.finish()
    #expect(try rpc.sqlite("SELECT count(*) FROM indicator_values") == before)
    #expect(try rpc.count("audit", where: "action = 'indicators.record'") == 0)
  }

  @Test(
    "a database the previous release (schema v3) wrote upgrades to v4: every row kept, indicators get their position and bounds, the unit its recipients, values can be recorded"
  )
  func upgradeFromV3() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("v3.sqlite")
    // The file the previous release wrote, kept as its SQL dump (Fixtures/make-v3-release.sh), restored as it was.
    let dump = packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/v3-release.sql").path
    _ = try sandbox.sqlite(db, ".read '\(dump)'")
    let migrations = "SELECT group_concat(identifier) FROM grdb_migrations"
    let v3 = "v1-plan-roster-duties-audit,v2-domain-dates-results,v3-audit-channel-uid"
    #expect(try sandbox.sqlite(db, migrations) == v3)
    let tables = try sandbox.sqlite(
      db, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table' AND name <> 'grdb_migrations'"
    ).split(separator: ",").map(String.init)
    let columns = try tables.map { try sandbox.columns(db, $0) }
    let rows = try zip(tables, columns).map { try sandbox.dump(db, $0, columns: $1) }
    try #require(try sandbox.count(db, "audit") > 30 && sandbox.count(db, "duties") > 10)

    let list = try sandbox.cchc(["indicators", "list", "--db", db, "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(try sandbox.sqlite(db, migrations) == v3 + ",v4-indicator-values-recipients")
    #expect(try zip(tables, columns).map { try sandbox.dump(db, $0, columns: $1) } == rows, "every row kept")
    #expect(
      try sandbox.count(
        db, "indicators", where: "responsible_position IS NULL OR min_value IS NULL OR max_value IS NULL") == 0)
    #expect(
      try sandbox.sqlite(
        db,
        "SELECT responsible_position || ' ' || min_value || ' ' || max_value FROM indicators WHERE id = 'hoi-nghi-doi-thoai'"
      )
        == "van-phong 0.0 12.0")
    #expect(
      try sandbox.sqlite(db, "SELECT json_extract(report_recipients, '$[0]') FROM unit") == "UBND tỉnh (Sở Nội vụ);")
    #expect(list.stdout.contains(#""responsiblePosition":"ttpvhcc""#))

    let oldAudit = try sandbox.count(db, "audit")
    let json = try runPiped(
      sandbox, try cchcBinary().path, ["--json", "--db", db, "--as", "van-phong-1", "--today", "2027-12-12"],
      input: request("indicators.record", ["indicator": "van-ban-dien-tu", "period": "2027", "value": 98], id: 1)
        + "\n")
    #expect(json.stdout.contains(#""result""#), "\(json.stdout) \(json.stderr)")
    #expect(try sandbox.count(db, "audit") == oldAudit + 1)
    #expect(
      try sandbox.sqlite(db, "SELECT value || ' ' || recorded_by || ' ' || recorded_on FROM indicator_values")
        == "98.0 van-phong-1 2027-12-12")
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
    #expect(try sandbox.sqlite(db, "PRAGMA foreign_key_check") == "")
  }
}
