import Foundation
import PlanCommands
import PlanCore
import PlanData
import PlanStore
import Testing

/// A loaded database in a temporary folder, and contexts acting as someone on a fixed day.
final class Fixture {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-cmd-\(UUID().uuidString)")
  let database: PlanDatabase
  let today = CivilDate(iso: "2026-11-25")!

  init() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    database = try PlanDatabase(path: folder.appendingPathComponent("c.sqlite").path)
    let bundle = try #require(PlanBundle.load(files: EmbeddedData.files).bundle)
    try database.load(bundle, by: AuditActor(officialID: nil, osUser: "test"), replace: false)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// A context acting as `official` with `role` (a viewer without an official).
  func context(_ official: OfficialID?, _ role: Role) -> CommandContext {
    CommandContext(
      database: database, actor: AuditActor(officialID: official, osUser: "test", role: role), today: today)
  }

  /// Calls `method` with a JSON object literal as params.
  func call(_ method: String, _ params: String = "{}", as context: CommandContext) throws -> any Encodable & Sendable
    & TextRendering
  {
    let value = try JSONDecoder().decode(JSONValue.self, from: Data(params.utf8))
    return try CommandTable.call(method, params: value, in: context)
  }
}

@Suite("Commands run in-process, render as text, refuse what a role may not do")
struct InProcessTests {
  @Test("a duty's life: create, assign, progress, complete — each rendered in both languages")
  func dutyLife() throws {
    let fixture = try Fixture()
    let chair = fixture.context("chu-tich", .chair)
    let lead = fixture.context("van-phong-1", .official)
    _ = try fixture.call(
      "duties.create", #"{"title":"Hội nghị đối thoại","area":"tthc","due":"2026-12-15","effort":6}"#, as: chair)
    _ = try fixture.call("duties.assign", #"{"id":"DX-2026-001","lead":"van-phong-1"}"#, as: chair)
    _ = try fixture.call("duties.progress", #"{"id":"DX-2026-001","percent":40}"#, as: lead)
    let done = try fixture.call(
      "duties.complete", #"{"id":"DX-2026-001","result":"Đã tổ chức","evidence":"Biên bản số 12"}"#, as: lead)
    let text = done.renderText(.vi)
    #expect(text.contains("DX-2026-001") && text.contains("15/12/2026") && text.contains("xong 100%"))
    #expect(!text.contains("done"), "one language at a time: \(text)")
    #expect(done.renderText(.en).contains("15/12/2026") && done.renderText(.en).contains("done 100%"))
    let mine = try fixture.call("duties.mine", #"{"includeDone":true}"#, as: lead).renderText(.vi)
    #expect(mine.contains("[lead]") && mine.contains("1/1 dòng"))
    let areas = try fixture.call("areas.list", as: fixture.context(nil, .viewer))
    #expect(areas.renderText(.vi).contains("Về cải cách thủ tục hành chính · 5 nhiệm vụ, 1 việc, 1 xong, 0 quá hạn"))
    #expect(areas.renderText(.en).contains("Cải cách thủ tục hành chính · 5 items, 1 duties, 1 done, 0 overdue"))
  }

  @Test("a refusal writes its audit row and nothing else")
  func refusal() throws {
    let fixture = try Fixture()
    let before = try fixture.database.counts()
    #expect(throws: PlanError.self) {
      _ = try fixture.call(
        "duties.create", #"{"title":"x","area":2,"due":"2026-12-15","effort":1}"#,
        as: fixture.context("tu-phap-1", .official))
    }
    do {
      _ = try fixture.call("audit.list", as: fixture.context(nil, .viewer))
      Issue.record("a viewer read the audit log")
    } catch let error as PlanError {
      #expect(error.code == -32002 && error.kind == .forbidden && error.en.contains("--as"))
    }
    let after = try fixture.database.counts()
    #expect(after["duties"] == before["duties"])
    #expect(after["audit"] == (before["audit"] ?? 0) + 2)
    #expect(try fixture.database.auditCount(action: "refused") == 2)
  }

  @Test("every read command renders something in both languages")
  func rendering() throws {
    let fixture = try Fixture()
    let chair = fixture.context("chu-tich", .chair)
    for (method, params) in [
      ("session.whoami", "{}"), ("areas.list", "{}"), ("plan.list", #"{"query":"so hoa"}"#),
      ("plan.get", #"{"id":"6.4"}"#),
      ("officials.list", "{}"), ("officials.get", #"{"id":"chu-tich"}"#), ("duties.list", "{}"), ("audit.list", "{}"),
      ("rpc.discover", "{}"),
    ] {
      let result = try fixture.call(method, params, as: chair)
      #expect(!result.renderText(.vi).isEmpty && !result.renderText(.en).isEmpty, "\(method)")
    }
  }

  @Test("a 60 000-character query is refused at binding (−32004 naming it): it never reaches SQL's LIKE")
  func longQuery() throws {
    let fixture = try Fixture()
    let query = String(repeating: "a%_", count: 20_000)
    for method in ["plan.list", "officials.list", "duties.list"] {
      let error = #expect(throws: PlanError.self) {
        _ = try fixture.call(method, #"{"query":"\#(query)"}"#, as: fixture.context(nil, .viewer))
      }
      #expect(error?.code == -32004 && error?.en == "query: longer than 200 characters (got 60000).", "\(method)")
    }
    let fits = try fixture.call(
      "plan.list", #"{"query":"\#(String(repeating: "a", count: 200))"}"#, as: fixture.context(nil, .viewer))
    #expect(fits.renderText(.en).hasSuffix("0 of 0 rows"))
  }

  @Test("every read renders a stored control character escaped, never raw")
  func renderingEscapes() throws {
    var duty = DutyView(
      id: "DX-2026-001", title: "Họp\u{1B}[2J", area: 2, planItem: nil, due: CivilDate(iso: "2026-12-15")!,
      period: Month(iso: "2026-12")!, effort: 1, status: .cancelled, percent: 0, overdue: false, lead: "tu-phap-1",
      coordinators: [], pinned: false, note: nil, version: 1)
    duty.cancelledOn = CivilDate(iso: "2026-12-01")
    duty.cancelReason = "\u{07}lý do\nmới"
    duty.progress = [
      ProgressEntry(
        at: "2026-11-25T01:02:03.456Z", date: CivilDate(iso: "2026-11-25")!, part: .lead, official: "tu-phap-1",
        status: .doing, percent: 10, note: "\u{1B}]0;Chủ tịch\u{07}")
    ]
    let text = duty.renderText(.vi)
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(text)")
    #expect(text.contains(#"Họp\u{1B}[2J"#) && text.contains(#"\u{7}lý do\nmới"#))
    #expect(text.contains(#"\u{1B}]0;Chủ tịch\u{7}"#))
    #expect(text.split(separator: "\n").count == 3, "a line break inside a text makes no line of its own: \(text)")
  }
}
