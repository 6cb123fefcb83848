import PlanCore
import Testing

@Suite("Editing a duty: what may change on which kind of duty, and the period that follows the due date")
struct DutyEditTests {
  static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

  @Test("an ad-hoc duty takes every member; the period is the new due date's month, else the old one")
  func adHoc() throws {
    let duty = facts("DX-2026-001", period: "2026-12", planItem: nil)
    let all = DutyEdit(title: "Mới", due: Self.date("2027-01-08"), effort: 8, area: 6, note: "")
    #expect(all.given == ["title", "due", "effort", "area", "note"])
    #expect(try DutyRules.edit(duty, all) == month("2027-01"))
    #expect(try DutyRules.edit(duty, DutyEdit(effort: 2)) == month("2026-12"), "no new due date: the period stays")
  }

  @Test(
    "a plan duty takes only its due date and hours; each other member is refused by name",
    arguments: [
      DutyEdit(title: "x"), DutyEdit(due: CivilDate(iso: "2027-01-06")!, area: 2), DutyEdit(effort: 3, note: "x"),
    ])
  func planDuty(edit: DutyEdit) throws {
    let duty = facts("2.2@2026-Q4", period: "2026-12")
    #expect(try DutyRules.edit(duty, DutyEdit(due: Self.date("2027-01-06"), effort: 6)) == month("2027-01"))
    let field = try #require(edit.given.first { $0 != "due" && $0 != "effort" })
    let error = #expect(throws: PlanError.self) { try DutyRules.edit(duty, edit) }
    #expect(
      error?.kind == .validation && error?.vi.hasPrefix("\(field): chỉ sửa được") == true,
      "\(String(describing: error))")
    #expect(error?.en.hasPrefix("\(field): only an ad-hoc duty's") == true)
  }

  @Test("bounds, an empty edit and a closed duty are refused")
  func refusals() {
    let duty = facts("DX-2026-001", planItem: nil)
    for (edit, kind, word) in [
      (DutyEdit(), PlanError.Kind.validation, "title, due, effort"),
      (DutyEdit(due: Self.date("2031-01-01")), .validation, "due:"),
      (DutyEdit(due: Self.date("2025-12-31")), .validation, "due:"),
      (DutyEdit(effort: PlanBounds.monthHours + 1), .validation, "effort:"),
      (DutyEdit(effort: -1), .validation, "effort:"),
    ] {
      let error = #expect(throws: PlanError.self) { try DutyRules.edit(duty, edit) }
      #expect(error?.kind == kind && error?.en.contains(word) == true, "\(edit): \(String(describing: error))")
    }
    for status in [DutyStatus.done, .cancelled] {
      let error = #expect(throws: PlanError.self) {
        try DutyRules.edit(facts("DX-2026-001", status: status, planItem: nil), DutyEdit(effort: 2))
      }
      #expect(error?.kind == .conflict)
    }
    #expect(throws: Never.self) { try DutyRules.edit(duty, DutyEdit(due: Self.date("2030-12-31"), effort: 744)) }
  }
}
