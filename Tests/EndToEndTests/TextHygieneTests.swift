import Foundation
import Testing

@Suite("Text through the real binary: bounded, checked, audited sparingly, shown escaped")
struct TextHygieneTests {
  @Test("long text, control characters, invisible titles and other words are −32004 naming the member; nothing changes")
  func jsonRefusals() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let duty = try #require(
      try chair.result("duties.create", ["title": "Việc thử", "area": 2, "due": "2026-12-20", "effort": 1])["id"]
        as? String)
    let huge = String(repeating: "a%_", count: 20_000)
    let create = { (title: String) -> [String: Any] in ["title": title, "area": 2, "due": "2026-12-20", "effort": 1] }
    let cases: [(method: String, params: [String: Any], member: String)] = [
      ("plan.list", ["query": huge], "query"), ("officials.list", ["query": huge], "query"),
      ("duties.list", ["query": huge], "query"), ("duties.list", ["status": "xong"], "status"),
      ("duties.get", ["id": String(repeating: "D", count: 65)], "id"),
      ("duties.create", create(String(repeating: "ệ", count: 201)), "title"),
      ("duties.create", create("Họp\u{1B}[2J\u{1B}]0;giả\u{07}"), "title"),
      ("duties.create", create("\u{200B}\u{FEFF}\u{200F}"), "title"),
      ("duties.create", create("\u{0301}"), "title"),
      ("duties.progress", ["id": duty, "percent": 10, "note": "a\u{0}b"], "note"),
      ("duties.cancel", ["id": duty, "reason": String(repeating: "x", count: 2_001)], "reason"),
      ("officials.add", ["name": "Phạm Văn Thích\u{0} x", "position": "van-phong"], "name"),
      (
        "officials.add", ["name": "A", "position": "van-phong", "skills": [String(repeating: "s", count: 65)]], "skills"
      ),
    ]
    let before = try rpc.snapshot()
    for item in cases {
      let response = try chair.failure(item.method, item.params, code: -32004, kind: "validation")
      let data = (response["error"] as? [String: Any])?["data"] as? [String: Any]
      #expect((data?["en"] as? String)?.hasPrefix(item.member) == true, "\(item.method) \(item.member): \(data ?? [:])")
    }
    #expect(try rpc.snapshot() == before, "no refused text changed anything")
    let stored = try chair.result(
      "duties.progress", ["id": duty, "percent": 20, "note": "dòng một\r\ndòng hai\rba"])
    #expect(stored["percent"] as? Int == 20)
    #expect(try rpc.sqlite("SELECT note FROM duty_progress ORDER BY id DESC LIMIT 1") == "dòng một\ndòng hai\nba")
    let (status, rest, stderr) = try chair.finish()
    #expect(status == 0 && rest.isEmpty, "\(stderr)")
  }

  @Test(
    "a flood of refused notifications with huge ids: ids cut to 64, at most 20 rows a second, every refusal counted")
  func refusalFlood() throws {
    let rpc = try RPCSandbox()
    _ = try rpc.sqlite("PRAGMA wal_checkpoint(TRUNCATE)")
    let size = { Int(try rpc.sqlite("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")) ?? 0 }
    let before = try size()
    let viewer = try rpc.session()
    let started = Date()
    let big = (0..<10).map { _ in
      notification("duties.cancel", ["id": String(repeating: "X", count: 1_000_000), "reason": "r"])
    }
    let small = (0..<300).map { _ in notification("duties.cancel", ["id": String(repeating: "Y", count: 1_000)]) }
    viewer.sendInBackground(big + small)
    let (status, lines, stderr) = try viewer.finish()
    let seconds = Date().timeIntervalSince(started)
    #expect(status == 0 && lines.isEmpty, "\(stderr)")
    _ = try rpc.sqlite("PRAGMA wal_checkpoint(TRUNCATE)")
    let rows = try rpc.count("audit", where: "action = 'refused'")
    let counted = try rpc.sqlite(
      "SELECT count(*) + sum(coalesce(json_extract(after, '$.unrecorded'), 0)) FROM audit WHERE action = 'refused'")
    #expect(counted == "310", "every refusal is a row or counted in one")
    #expect(rows <= 20 * Int(seconds.rounded(.up) + 1) + 1, "\(rows) rows in \(seconds) s")
    #expect(try rpc.sqlite("SELECT max(length(entity_id)) FROM audit") == "64")
    #expect(try rpc.sqlite("SELECT max(length(after)) FROM audit WHERE action = 'refused'").count <= 3)
    let growth = try size() - before
    #expect(growth <= 64 * 1024, "the database grew \(growth) bytes")
  }
}
