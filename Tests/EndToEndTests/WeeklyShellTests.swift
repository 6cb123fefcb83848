import Foundation
import Testing

@Suite("The week's commands through the real binary: warnings in words, dry runs that write nothing, Tab")
struct WeeklyShellTests {
  /// A plan duty of December 2026 after a schedule run, and an active official who may lead but
  /// holds none of its item's lead positions.
  static func planDutyAndOutsider(_ sandbox: Sandbox, _ db: String) throws -> (duty: String, outsider: String) {
    _ = try sandbox.cchc(["init", "--db", db])
    let run = try sandbox.cchc([
      "schedule", "run", "--from", "1/12/2026", "--to", "31/12/2026", "--as", "chu-tich", "--db", db, "--today",
      "2026-11-25",
    ])
    try #require(run.status == 0, "\(run.stderr)")
    let duty = try sandbox.sqlite(
      db, "SELECT id FROM duties WHERE plan_item_id IS NOT NULL AND period = '2026-12' ORDER BY id LIMIT 1")
    let outsider = try sandbox.sqlite(
      db,
      """
      SELECT o.id FROM officials o JOIN positions p ON p.id = o.position_id
      WHERE o.active = 1 AND p.can_lead = 1 AND o.position_id NOT IN (SELECT position_id FROM plan_item_positions
        WHERE role = 'lead' AND item_id = (SELECT plan_item_id FROM duties WHERE id = '\(duty)'))
      ORDER BY o.id LIMIT 1
      """)
    try #require(!duty.isEmpty && !outsider.isEmpty)
    return (duty, outsider)
  }

  @Test("a plan duty given by hand outside its lead positions warns in words; --dry-run writes and audits nothing")
  func notLeadPosition() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let (duty, outsider) = try Self.planDutyAndOutsider(sandbox, db)
    let arguments = ["duties", "assign", duty, "--lead", outsider, "--as", "chu-tich", "--db", db]
    let before = try ["duties", "duty_coordinators", "audit"].map { try sandbox.dump(db, $0) }
    let preview = try sandbox.cchc(arguments + ["--dry-run"])
    #expect(preview.status == 0, "\(preview.stderr)")
    #expect(preview.stdout.hasPrefix("Chạy thử: chưa ghi gì."), "\(preview.stdout)")
    #expect(preview.stdout.contains("không giữ vị trí chủ trì của nhiệm vụ"), "\(preview.stdout)")
    #expect(try ["duties", "duty_coordinators", "audit"].map { try sandbox.dump(db, $0) } == before)
    let english = try sandbox.cchc(arguments + ["--dry-run", "--lang", "en"])
    #expect(english.stdout.contains("does not hold a lead position of item"), "\(english.stdout)")
    #expect(!english.stdout.contains("không"), "\(english.stdout)")
    let applied = try sandbox.cchc(arguments)
    #expect(applied.status == 0 && applied.stdout.contains("Đã giao, nhưng cần lưu ý:"), "\(applied.stdout)")
    #expect(try sandbox.sqlite(db, "SELECT lead_id FROM duties WHERE id = '\(duty)'") == outsider)
    #expect(try sandbox.count(db, "audit", where: "action = 'duties.assign'") == 1)
  }

  @Test("JSON-RPC takes ids only: a name for lead is an unknown official (−32004), as before")
  func rpcTakesIds() throws {
    let rpc = try RPCSandbox()
    let chair = try rpc.session(as: "chu-tich")
    let created = try chair.result("duties.create", ["title": "Họp", "area": 2, "due": "2026-12-20", "effort": 1])
    let id = try #require(created["id"] as? String)
    let refused = try chair.failure("duties.assign", ["id": id, "lead": "thich"], code: -32004, kind: "validation")
    let data = (refused["error"] as? [String: Any])?["data"] as? [String: Any]
    #expect(data?["en"] as? String == "lead: there is no official 'thich'.")
    let (status, _, stderr) = try chair.finish()
    #expect(status == 0, "\(stderr)")
  }

  /// Tab on the new words: the alias of a verb, an option's alias, the Markdown format.
  static let tabScript = #"""
    import os, sys, pexpect
    cchc, db = sys.argv[1], sys.argv[2]
    env = dict(os.environ, HOME=os.path.dirname(db), CCHC_HISTORY=db + ".history", TERM="xterm")
    env.pop("CCHC_LANG", None)
    child = pexpect.spawn(cchc, ["--db", db, "--today", "2026-11-25"], env=env, encoding="utf-8", timeout=15,
                          dimensions=(40, 200))
    def prompt():
        child.expect(r"cchc \(khách\)> ")
        return child.before
    prompt()
    child.send("canbo ng\t")                       # the Vietnamese verb of officials leaves
    child.expect("nghi ")
    child.send("--th\t")                           # the Vietnamese option of --month
    child.expect("--thang ")
    child.sendline("12/2026")
    assert "Không có lần nghỉ nào." in prompt()
    child.send("viec qua\t")
    child.expect("qua-han ")
    child.send("--format m\t")
    child.expect("md ")
    child.sendline("")
    assert "Không có việc nào quá hạn ngày 25/11/2026." in prompt()
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    print("ok")
    """#

  @Test("Tab completes canbo nghi, --thang and --format md")
  func tab() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    _ = try sandbox.cchc(["init", "--db", db])
    let driver = sandbox.path("tab.py")
    try Data(Self.tabScript.utf8).write(to: URL(fileURLWithPath: driver))
    let result = try RunningProcess(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", driver, try cchcBinary().path, db],
      environment: ProcessInfo.processInfo.environment, in: sandbox.root
    ).wait(timeout: 120)
    #expect(result.status == 0 && result.stdout.contains("ok"), "\(result.stdout)\n\(result.stderr)")
  }
}
