import Foundation
import Testing

@Suite("The shell's language outside the shell: one-shot commands and scripts on stdin")
struct ShellLanguageTests {
  /// Runs `cchc` with `stdin` text piped in.
  static func piped(_ sandbox: Sandbox, _ arguments: [String], _ stdin: String) throws -> RunResult {
    let script = sandbox.path("script-\(UUID().uuidString).txt")
    try Data(stdin.utf8).write(to: URL(fileURLWithPath: script))
    let quoted = ([try cchcBinary().path] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }
    return try RunningProcess(
      URL(fileURLWithPath: "/bin/sh"), ["-c", quoted.joined(separator: " ") + " < '\(script)'"],
      environment: sandbox.environment(), in: sandbox.root
    ).wait()
  }

  @Test("cchc duties mine --as tu-phap-1 --format json prints exactly the JSON-RPC result")
  func oneShotJSONIsTheRPCResult() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let created = try sandbox.cchc(
      [
        "duties", "create", "Họp giao ban CCHC", "--area", "tthc", "--due", "15/12/2026", "--effort", "2",
        "--lead", "tu-phap-1", "--as", "chu-tich", "--db", db, "--today", "2026-11-25",
      ])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("DX-2026-001 · 15/12/2026"))
    let oneShot = try sandbox.cchc([
      "duties", "mine", "--as", "tu-phap-1", "--format", "json", "--db", db, "--today", "2026-11-25",
    ])
    #expect(oneShot.status == 0, "\(oneShot.stderr)")
    let rpc = try Self.piped(
      sandbox, ["--json", "--db", db, "--as", "tu-phap-1", "--today", "2026-11-25"],
      #"{"jsonrpc":"2.0","id":1,"method":"duties.mine"}"# + "\n")
    let envelope = try #require(try JSONSerialization.jsonObject(with: Data(rpc.stdout.utf8)) as? [String: Any])
    let result = try JSONSerialization.data(withJSONObject: try #require(envelope["result"]), options: [.sortedKeys])
    let printed = try JSONSerialization.data(
      withJSONObject: try JSONSerialization.jsonObject(with: Data(oneShot.stdout.utf8)), options: [.sortedKeys])
    #expect(result == printed)
    #expect(oneShot.stdout.contains(#""myRole":"lead""#))
  }

  @Test(
    "a script on stdin stops at the first failing line, named by its number, with a non-zero exit; --keep-going goes on"
  )
  func scriptStopsAtFirstError() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let script = """
      duties create "Rà soát TTHC" --area 2 --due 2026-12-10 --effort 3 --lead tu-phap-1
      viec giao DX-2026-001 --lead khong-co-ai
      duties create "Không chạy tới" --area 2 --due 2026-12-11 --effort 1

      """
    let stopped = try Self.piped(sandbox, ["--db", db, "--as", "chu-tich", "--today", "2026-11-25"], script)
    #expect(stopped.status == 1)
    // (After the message that the database was created.)
    #expect(stopped.stderr.hasSuffix("\nLỗi (dòng 2): lead: không có cán bộ 'khong-co-ai'.\n"), "\(stopped.stderr)")
    #expect(try sandbox.count(db, "duties") == 1, "nothing after the failing line ran")
    let going = try Self.piped(
      sandbox, ["--db", db, "--as", "chu-tich", "--today", "2026-11-25", "--keep-going", "--lang", "en"], script)
    #expect(going.status == 1)
    #expect(going.stderr == "Error (line 2): lead: there is no official 'khong-co-ai'.\n", "\(going.stderr)")
    #expect(try sandbox.count(db, "duties") == 3)
  }

  @Test("an unknown word suggests the nearest command, in Vietnamese by default and English with --lang en")
  func didYouMean() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let vi = try sandbox.cchc(["dutys", "--db", db])
    #expect(vi.status == 1 && vi.stderr.contains("Không có lệnh `dutys`. Có phải ý bạn là `duties`?"), "\(vi.stderr)")
    let en = try sandbox.cchc(["dutys", "--db", db, "--lang", "en"])
    #expect(en.stderr.contains("There is no command `dutys`. Did you mean `duties`?"), "\(en.stderr)")
    let env = try sandbox.cchc(["dutys", "--db", db], environment: ["CCHC_LANG": "en", "LANG": "vi_VN.UTF-8"])
    #expect(env.stderr.contains("Did you mean"), "\(env.stderr)")
  }

  @Test("cchc schedule solve --instance FILE prints one JSON object; a malformed instance names field and id, exit 1")
  func scheduleSolve() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let good = sandbox.path("instance.json")
    try Data(
      #"""
      {"officials": [{"id": "van-phong-1", "unit": "ba-trang", "position": "van-phong", "skills": ["cntt", "van-ban"],
        "capacity": 24, "capacityByPeriod": {"2026-03": 8}, "unavailable": ["2026-07"], "active": true}],
       "duties": [{"id": "2.2@2026-03", "unit": "ba-trang", "period": "2026-03", "effort": 8, "skills": ["cntt"],
        "lead": ["van-phong"], "coordinate": ["tu-phap"], "current": "van-phong-1", "pinned": null}]}
      """#.utf8
    ).write(to: URL(fileURLWithPath: good))
    let solved = try sandbox.cchc(["schedule", "solve", "--instance", good, "--db", db])
    #expect(solved.status == 0, "\(solved.stderr)")
    let result = try #require(try JSONSerialization.jsonObject(with: Data(solved.stdout.utf8)) as? [String: Any])
    #expect(
      result["objective"] as? Int == 64 && result["optimal"] as? Bool == true && result["lowerBound"] as? Int == 64)
    let bad = sandbox.path("bad.json")
    try Data(
      #"{"officials": [{"id": "a", "position": "p", "capacity": 8}], "duties": [{"id": "d", "period": "2026-3", "effort": -2, "lead": ["p"], "pinned": "zz"}]}"#
        .utf8
    )
    .write(to: URL(fileURLWithPath: bad))
    let refused = try sandbox.cchc(["schedule", "solve", "--instance", bad, "--db", db, "--lang", "en"])
    #expect(refused.status == 1 && refused.stdout.isEmpty)
    for text in ["duties[id=d].period", "duties[id=d].effort", "duties[id=d].pinned: unknown official 'zz'"] {
      #expect(refused.stderr.contains(text), "\(refused.stderr)")
    }
    // A file is read as strictly as a JSON-RPC line: a member named twice, or 24.0 for an integer, is refused.
    let twice = sandbox.path("twice.json")
    try Data(#"{"officials": [{"id": "a", "id": "b", "position": "p", "capacity": 8}], "duties": []}"#.utf8)
      .write(to: URL(fileURLWithPath: twice))
    let duplicate = try sandbox.cchc(["schedule", "solve", "--instance", twice, "--db", db, "--lang", "en"])
    #expect(duplicate.status == 1 && duplicate.stderr.contains("is not valid JSON"), "\(duplicate.stderr)")
    let fraction = sandbox.path("fraction.json")
    try Data(#"{"officials": [{"id": "a", "position": "p", "capacity": 24.0}], "duties": []}"#.utf8)
      .write(to: URL(fileURLWithPath: fraction))
    let whole = try sandbox.cchc(["schedule", "solve", "--instance", fraction, "--db", db, "--lang", "en"])
    #expect(
      whole.status == 1 && whole.stderr.contains("'instance.officials[0].capacity' must be an integer"),
      "\(whole.stderr)")
  }
}
