import Testing

@testable import PlanCommands

@Suite("A duty's audit rows in words: the action and what changed")
struct DutyTrailTests {
  static let before = #"""
    {"id":"2.2@2026-Q4","title":"Cập nhật","area":2,"due":"2026-12-14","period":"2026-12","effort":4,
     "status":"todo","percent":0,"lead":null,"coordinators":[],"pinned":false,"note":null,"version":1}
    """#
  static let after = #"""
    {"id":"2.2@2026-Q4","title":"Cập nhật","area":2,"due":"2027-01-06","period":"2027-01","effort":4,
     "status":"todo","percent":0,"lead":"ttpvhcc-1","coordinators":["tu-phap-1","van-phong-1"],"pinned":true,
     "note":null,"version":2,"warnings":[]}
    """#

  @Test("each changed member once, in order, with dates and words as people read them; the version is not a change")
  func changes() {
    #expect(
      DutyTrail.changes(action: "duties.assign", before: Self.before, after: Self.after, .vi)
        == "Hạn: 14/12/2026 → 06/01/2027; Tháng tính giờ: 12/2026 → 01/2027; Chủ trì: — → ttpvhcc-1; "
        + "Phối hợp: — → tu-phap-1, van-phong-1; Ghim: không → có")
    #expect(
      DutyTrail.changes(action: "schedule.run", before: Self.before, after: Self.after, .en)
        == "Due: 14/12/2026 → 06/01/2027; Hours count in: 12/2026 → 01/2027; Lead: — → ttpvhcc-1; "
        + "Coordinators: — → tu-phap-1, van-phong-1; Pinned: no → yes")
  }

  @Test("a new duty shows what it started with; an unchanged duty says where a report is, else a dash")
  func newAndUnchanged() {
    #expect(
      DutyTrail.changes(action: "schedule.run", before: nil, after: Self.after, .vi)
        == "Hạn: 06/01/2027; Số giờ: 4; Chủ trì: ttpvhcc-1; Phối hợp: tu-phap-1, van-phong-1")
    #expect(
      DutyTrail.changes(action: "duties.progress", before: Self.after, after: Self.after, .en)
        == "the duty is unchanged; the report is under Progress")
    #expect(DutyTrail.changes(action: "duties.assign", before: Self.after, after: Self.after, .vi) == "—")
    #expect(DutyTrail.changes(action: "duties.assign", before: Self.before, after: "not json", .vi) == "—")
  }

  @Test("actions in words; one the trail does not know stays as it is")
  func actions() {
    #expect(DutyTrail.action("schedule.run", .vi) == "lập lịch tự động")
    #expect(DutyTrail.action("duties.update", .en) == "edited")
    #expect(DutyTrail.action("reports.write", .vi) == "reports.write")
  }
}
