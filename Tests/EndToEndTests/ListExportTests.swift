import Foundation
import Testing

/// Lists through the real binary on a database of more rows than one page can hold (1 000): `--all`,
/// CSV and `--output` page through the command and give every row once; the file is written whole.
@Suite("Every row of a list: --all, CSV and --output page through the command, through the real binary")
struct ListExportTests {
  /// Rows inserted, more than the largest page (1 000).
  static let rows = 1_534

  /// A database with `rows` ad-hoc duties over 2026–2027, a third led by tu-phap-1, the others
  /// coordinated by it: more than 1 000 of them open.
  static func database() throws -> RPCSandbox {
    let rpc = try RPCSandbox()
    _ = try rpc.sqlite(
      """
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(rows))
      INSERT INTO duties (id, unit_id, area_id, title, due, period, effort, status, percent, lead_id, created_at,
        updated_at, search_key)
      SELECT printf('DX-T-%04d', i), (SELECT id FROM unit), i % 7, 'Việc thử ' || i,
        date('2026-01-01', '+' || (i * 7 % 700) || ' days'), strftime('%Y-%m', date('2026-01-01', '+' || (i * 7 % 700) || ' days')),
        1, CASE WHEN i % 5 = 0 THEN 'done' ELSE 'todo' END, CASE WHEN i % 5 = 0 THEN 100 ELSE 0 END,
        CASE WHEN i % 3 = 0 THEN 'tu-phap-1' WHEN i % 3 = 1 THEN 'van-phong-1' ELSE NULL END,
        '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'viec thu ' || i
      FROM n;
      INSERT INTO duty_coordinators (duty_id, official_id)
        SELECT id, 'tu-phap-1' FROM duties WHERE id LIKE 'DX-T-%' AND lead_id IS NOT 'tu-phap-1';
      """)
    return rpc
  }

  /// How many of tu-phap-1's duties are overdue on 25/11/2026.
  static let overdueOfTuPhap = """
    SELECT count(*) FROM duties WHERE status IN ('todo', 'doing') AND due < '2026-11-25' AND (lead_id = 'tu-phap-1'
      OR id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = 'tu-phap-1'))
    """

  /// Runs one `cchc` line on the database, as of 25/11/2026.
  static func run(_ rpc: RPCSandbox, _ words: [String]) throws -> RunResult {
    try rpc.sandbox.cchc(["--db", rpc.db, "--today", "2026-11-25"] + words)
  }

  /// The parsed JSON object of `text`.
  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("--all: every row once in the list's order, as JSON, CSV and a table (no footer); JSON as the pages joined")
  func all() throws {
    let rpc = try Self.database()
    let ordered = try rpc.sqlite("SELECT id FROM duties ORDER BY due, id").split(separator: "\n").map(String.init)
    #expect(ordered.count == Self.rows)
    let json = try Self.run(rpc, ["duties", "list", "--all", "--format", "json"])
    #expect(json.status == 0 && json.stderr.isEmpty, "\(json.stderr)")
    let document = try Self.object(json.stdout)
    let items = try #require(document["items"] as? [[String: Any]])
    #expect(items.compactMap { $0["id"] as? String } == ordered && document["total"] as? Int == Self.rows)
    // The same document as the two pages of 1 000 a script would ask for, joined.
    var joined: [[String: Any]] = []
    for offset in [0, 1000] {
      let page = try Self.run(rpc, ["duties", "list", "--limit", "1000", "--offset", "\(offset)", "--format", "json"])
      joined += try #require(try Self.object(page.stdout)["items"] as? [[String: Any]])
    }
    #expect(NSArray(array: joined).isEqual(to: items))
    // Where one call can hold them all, --all prints exactly that call's JSON, byte for byte.
    let quarter = ["duties", "list", "--quarter", "Q2/2026", "--format", "json"]
    let whole = try Self.run(rpc, quarter + ["--limit", "1000"]).stdout
    #expect(try Self.run(rpc, quarter + ["--all"]).stdout == whole && whole.hasSuffix("}\n"))
    let mine = ["duties", "mine", "--as", "tu-phap-1", "--to", "31/3/2026", "--include-done", "--format", "json"]
    let mineWhole = try Self.run(rpc, mine + ["--limit", "1000"]).stdout
    #expect(try Self.run(rpc, mine + ["--all"]).stdout == mineWhole && mineWhole.hasPrefix(#"{"groups":"#))
    // CSV gives every row without being asked (--all or not); the table has no footer.
    for words in [["duties", "list", "--format", "csv"], ["duties", "list", "--all", "--format", "csv"]] {
      let csv = try Self.run(rpc, words)
      let records = csv.stdout.components(separatedBy: "\r\n")
      #expect(csv.stdout.hasPrefix("\u{FEFF}Mã,Hạn,") && records.count == Self.rows + 2 && records.last == "")
      #expect(records.dropFirst().dropLast().map { String($0.prefix { $0 != "," }) } == ordered)
    }
    let table = try Self.run(rpc, ["duties", "list", "--all", "--lang", "en"]).stdout.split(separator: "\n")
    let last = try #require(ordered.last)
    #expect(table.count == Self.rows + 2 && table.last?.hasPrefix(last) == true)
    // Without --all the table says what it leaves out.
    let page = try Self.run(rpc, ["duties", "list", "--lang", "en"]).stdout.split(separator: "\n")
    #expect(page.count == 53 && page.last == "50 of \(Self.rows) duties — more: --offset 50, or --all")
  }

  @Test("duties mine --all: every duty of the official once; the headings count each group over every page")
  func mine() throws {
    let rpc = try Self.database()
    let mine = try rpc.sqlite(
      """
      SELECT count(*) FROM duties WHERE status IN ('todo', 'doing') AND (lead_id = 'tu-phap-1'
        OR id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = 'tu-phap-1'))
      """)
    let total = try #require(Int(mine))
    #expect(total > 1000)
    let json = try Self.object(
      try Self.run(rpc, ["duties", "mine", "--as", "tu-phap-1", "--all", "--format", "json"]).stdout)
    let items = try #require(json["items"] as? [[String: Any]])
    let groups = try #require(json["groups"] as? [String: Int])
    #expect(items.count == total && json["total"] as? Int == total && groups.values.reduce(0, +) == total)
    #expect(Set(items.compactMap { $0["id"] as? String }).count == total)
    let lines = try Self.run(rpc, ["duties", "mine", "--as", "tu-phap-1", "--all"]).stdout.split(
      separator: "\n", omittingEmptySubsequences: false)
    let headings = lines.filter { $0.hasPrefix("QUÁ HẠN (") || $0.hasPrefix("Sau đó (") || $0.hasPrefix("Trong tháng") }
    #expect(headings.count == groups.values.filter { $0 > 0 }.count)
    #expect(headings.first == "QUÁ HẠN (\(groups["overdue"] ?? 0))")
    let rows = lines.filter { $0.hasPrefix("DX-T-") }
    #expect(rows.count == total, "every duty is a row, none repeated")
  }

  @Test("--output FILE: the file holds exactly what the format prints, a line says so; a failure leaves the old file")
  func output() throws {
    let rpc = try Self.database()
    let csvPath = rpc.sandbox.path("viec.csv")
    let csv = try Self.run(rpc, ["duties", "list", "--output", csvPath])
    #expect(csv.status == 0 && csv.stdout == "Đã ghi \(Self.rows) việc vào \(csvPath).\n", "\(csv.stderr)")
    let printed = try Self.run(rpc, ["duties", "list", "--format", "csv"]).stdout
    #expect(try Data(contentsOf: URL(fileURLWithPath: csvPath)) == Data(printed.utf8))
    let jsonPath = rpc.sandbox.path("viec.json")
    let json = try Self.run(rpc, ["duties", "list", "--format", "json", "--output", jsonPath, "--lang", "en"])
    #expect(json.stdout == "Wrote \(Self.rows) duties to \(jsonPath).\n")
    let all = try Self.run(rpc, ["duties", "list", "--all", "--format", "json"]).stdout
    #expect(try Data(contentsOf: URL(fileURLWithPath: jsonPath)) == Data(all.utf8))
    // An existing file is replaced only with --force; without it the file stays as it was.
    try Data("cũ".utf8).write(to: URL(fileURLWithPath: csvPath))
    let kept = try Self.run(rpc, ["duties", "list", "--output", csvPath])
    #expect(kept.status == 1 && kept.stderr.contains("thêm --force để ghi đè"), "\(kept.stderr)")
    #expect(try String(contentsOfFile: csvPath, encoding: .utf8) == "cũ")
    // A command that fails writes nothing: the old file stays, and no temporary file is left beside it.
    let failed = try Self.run(rpc, ["duties", "list", "--official", "khong-co", "--output", csvPath, "--force"])
    #expect(failed.status == 1 && failed.stderr.contains("khong-co") && failed.stdout.isEmpty)
    #expect(try String(contentsOfFile: csvPath, encoding: .utf8) == "cũ")
    let left = try FileManager.default.contentsOfDirectory(atPath: rpc.sandbox.root.path).filter {
      $0.hasSuffix(".tmp")
    }
    #expect(left.isEmpty, "\(left)")
  }

  @Test(
    "mistakes are named: no folder, a table into a file, --all on a single result, --all with --limit",
    arguments: [
      (["duties", "list", "--output", "/khong/co/thu-muc/x.csv"], "không ghi được tệp '/khong/co/thu-muc/x.csv'"),
      (["duties", "list", "--output", "x.txt"], "--output ghi tệp CSV hoặc JSON"),
      (["officials", "get", "chu-tich", "--all"], "--all và --output chỉ dùng cho danh sách"),
      (["duties", "list", "--all", "--limit", "5"], "không dùng cùng --limit"),
    ])
  func mistakes(words: [String], message: String) throws {
    let rpc = try RPCSandbox()
    let result = try Self.run(rpc, words)
    #expect(result.status == 1 && result.stdout.isEmpty && result.stderr.contains(message), "\(result.stderr)")
  }
}

@Suite("Filters and order of duty lists over JSON-RPC: declared once, checked like every parameter")
struct DutyListFilterRPCTests {
  @Test("from/to/quarter/leadOnly/sort: results as asked; bad values named with the right codes")
  func filters() throws {
    let rpc = try ListExportTests.database()
    let viewer = try rpc.session(as: "tu-phap-1", today: "2026-11-25")
    let quarter = try viewer.result("duties.list", ["quarter": "2027-Q1", "limit": 1000])
    let dues = (quarter["items"] as? [[String: Any]] ?? []).compactMap { $0["due"] as? String }
    #expect(!dues.isEmpty && dues.allSatisfy { $0 >= "2027-01-01" && $0 <= "2027-03-31" } && dues == dues.sorted())
    let lead = try viewer.result(
      "duties.list", ["official": "tu-phap-1", "leadOnly": true, "from": "2027-01-01", "sort": "area", "limit": 1000])
    let led = lead["items"] as? [[String: Any]] ?? []
    #expect(!led.isEmpty && led.allSatisfy { $0["lead"] as? String == "tu-phap-1" })
    let areas = led.compactMap { $0["area"] as? Int }
    #expect(areas == areas.sorted())
    let mine = try viewer.result("duties.mine", ["limit": 1, "leadOnly": true])
    let groups = mine["groups"] as? [String: Int] ?? [:]
    #expect(groups.values.reduce(0, +) == mine["total"] as? Int && (mine["items"] as? [Any])?.count == 1)
    _ = try viewer.failure("duties.list", ["quarter": "2027-Q5"], code: -32602, kind: "invalid-params")
    let backwards = try viewer.failure(
      "duties.list", ["from": "2027-03-01", "to": "2027-01-01"], code: -32004, kind: "validation")
    #expect(
      ((backwards["error"] as? [String: Any])?["data"] as? [String: Any])?["en"] as? String
        == "to: the end date 01/01/2027 is before the start date 01/03/2027 (from).")
    _ = try viewer.failure("duties.list", ["leadOnly": true], code: -32004, kind: "validation")
    _ = try viewer.failure("duties.mine", ["sort": "title"], code: -32004, kind: "validation")
    let (status, _, stderr) = try viewer.finish()
    #expect(status == 0, "\(stderr)")
  }
}

@Suite("duties mine on an 80-column terminal: the role is a column of its own, never cut off with the title")
struct NarrowDashboardTests {
  /// Runs `cchc ARGS…` with stdout on a pseudo-terminal 80 columns wide; prints what it showed.
  static let script = #"""
    import os, pty, struct, fcntl, termios, subprocess, sys
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    child = subprocess.Popen(sys.argv[1:], stdout=slave, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    child.wait()
    sys.stdout.write(out.decode("utf-8").replace("\r\n", "\n"))
    """#

  @Test("every line fits in 80 columns; each row ends its role before the cut title; the footer is whole")
  func narrow() throws {
    let rpc = try ListExportTests.database()
    let driver = rpc.sandbox.path("narrow.py")
    try Data(Self.script.utf8).write(to: URL(fileURLWithPath: driver))
    let result = try RunningProcess(
      URL(fileURLWithPath: "/usr/bin/env"),
      [
        "python3", driver, try cchcBinary().path, "--db", rpc.db, "--today", "2026-11-25", "duties", "mine", "--as",
        "tu-phap-1", "--limit", "5", "--offset", "3",
      ], environment: rpc.sandbox.environment(), in: rpc.sandbox.root
    ).wait()
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "QUÁ HẠN (\(try rpc.sqlite(ListExportTests.overdueOfTuPhap)))", "\(result.stdout)")
    // Every character here is one column wide (NFC Vietnamese, box rules, the ellipsis).
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(result.stdout)")
    let rows = lines.filter { $0.hasPrefix("DX-T-") }
    #expect(rows.count == 5 && rows.allSatisfy { $0.contains(" chủ trì ") || $0.contains(" phối hợp ") })
    #expect(
      lines.last?.hasPrefix("4–8 / ") == true && lines.last?.hasSuffix("xem tiếp: --offset 8, hoặc --all") == true)
  }
}
