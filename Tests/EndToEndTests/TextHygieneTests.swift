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

  @Test("text stored before the rule prints escaped in get, list, CSV and errors; JSON stays JSON; tables align")
  func escapedOutput() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let created = try sandbox.cchc([
      "duties", "create", "Họp", "--area", "tthc", "--due", "15/12/2026", "--effort", "2", "--lead", "tu-phap-1",
      "--as", "chu-tich", "--db", db, "--today", "2026-11-25",
    ])
    try #require(created.status == 0, "\(created.stderr)")
    // Rows an older release wrote, before control characters were refused.
    _ = try sandbox.sqlite(
      db,
      """
      UPDATE duties SET title = 'Họp' || char(27) || '[2J' || char(10) || 'giả', status = 'doing', percent = 10;
      INSERT INTO duty_progress (duty_id, at, day, part, official_id, status, percent, note)
        VALUES ('DX-2026-001', '2026-11-25T00:00:00Z', '2026-11-25', 'lead', 'tu-phap-1', 'doing', 10,
          char(27) || ']0;Chủ tịch' || char(7) || char(13) || 'x');
      """)
    let script = """
      duties get DX-2026-001
      duties list
      duties list --format csv
      duties get "DX\u{1B}[2J"
      duties list --format json
      """
    let result = try ShellLanguageTests.piped(
      sandbox, ["--db", db, "--today", "2026-11-25", "--keep-going", "--lang", "en"], script + "\n")
    let text = result.stdout.components(separatedBy: "{\"items\"")[0] + result.stderr
    // CSV's records end in CR LF; nothing else may reach the terminal raw.
    let raw = text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter {
      $0 != "\n" && $0.properties.generalCategory == .control
    }
    #expect(raw.isEmpty, "raw control characters: \(raw.map(\.value))")
    #expect(result.stdout.contains(#"Duty DX-2026-001 — Họp\u{1B}[2J\ngiả"#))
    #expect(result.stdout.contains(#"25/11/2026  tu-phap-1  lead  doing   10  \u{1B}]0;Chủ tịch\u{7}\rx"#))
    #expect(result.stdout.contains(#"DX-2026-001,"=""15/12/2026""",doing,10,tu-phap-1,Họp\u{1B}[2J\ngiả"#))
    // An id with a control character is refused at the door, naming the character, never echoing it.
    #expect(
      result.stderr == "Error (line 4): id: holds the control character U+001B; only tab and line feed are allowed.\n")
    let lines = result.stdout.components(separatedBy: "\n")
    let header = try #require(lines.firstIndex { $0.hasPrefix("Id ") })
    let column = { (line: String) in line.distance(from: line.startIndex, to: line.range(of: "  Duty")!.lowerBound) }
    #expect(lines[header + 2].hasSuffix(#"Họp\u{1B}[2J\ngiả"#))
    #expect(
      lines[header + 2].distance(
        from: lines[header + 2].startIndex, to: lines[header + 2].range(of: "  Họp")!.lowerBound)
        == column(lines[header]))
    let json = try #require(result.stdout.range(of: "{\"items\""))
    let page = try #require(try parse(String(result.stdout[json.lowerBound...])) as? [String: Any])
    let items = try #require(page["items"] as? [[String: Any]])
    #expect(items.first?["title"] as? String == "Họp\u{1B}[2J\ngiả", "JSON carries the text, escaped by JSON")
  }

  @Test("a script line over 64 KiB is refused with its length, the script goes on with --keep-going, stops without")
  func longScriptLine() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    _ = try sandbox.cchc(["init", "--db", db])
    let script = "session whoami\n" + String(repeating: "x", count: 10_000_000) + "\nareas list --format json\n"
    let going = try ShellLanguageTests.piped(sandbox, ["--db", db, "--keep-going", "--lang", "en"], script)
    #expect(going.status == 1)
    #expect(
      going.stderr
        == "Error (line 2): The line is 10000000 bytes long, over the limit of 65536 bytes; it was skipped.\n",
      "\(going.stderr.prefix(300))")
    #expect(going.stdout.contains("guest") && going.stdout.contains(#""code":"tthc""#))
    let stopped = try ShellLanguageTests.piped(sandbox, ["--db", db], script)
    #expect(stopped.status == 1 && !stopped.stdout.contains(#""code":"tthc""#))
    #expect(stopped.stderr.hasPrefix("Lỗi (dòng 2): Dòng lệnh dài 10000000 byte, quá giới hạn 65536 byte"))
  }

  @Test("--today outside 2000–2099 on the command line is a usage error (64) in every mode")
  func todayOutOfRange() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    _ = try sandbox.cchc(["init", "--db", db])
    let oneShot = try sandbox.cchc(["session", "whoami", "--db", db, "--today", "0001-01-01", "--lang", "en"])
    #expect(oneShot.status == 64 && oneShot.stderr.contains("--today 0001-01-01 is outside 01/01/2000…31/12/2099."))
    let json = try ShellLanguageTests.piped(sandbox, ["--json", "--db", db, "--today", "2100-01-01"], "")
    #expect(json.status == 64 && json.stderr.contains("nằm ngoài 01/01/2000…31/12/2099"), "\(json.stderr)")
    let script = try ShellLanguageTests.piped(sandbox, ["--db", db, "--today", "1999-12-31"], "session whoami\n")
    #expect(script.status == 64 && script.stdout.isEmpty, "\(script.stderr)")
    let fine = try sandbox.cchc(["session", "whoami", "--db", db, "--today", "2099-12-31"])
    #expect(fine.status == 0 && fine.stdout.contains("31/12/2099"), "\(fine.stderr)")
  }
}
