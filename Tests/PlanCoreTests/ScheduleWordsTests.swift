import Foundation
import PlanCore
import Testing

@Suite("The scheduler's reasons, one language at a time")
struct ScheduleWordsTests {
  static let march = Month(iso: "2027-03")!

  /// Every change reason, exclusion, rule warning, ineligibility and instance problem, as (vi, en).
  static let texts: [(vi: String, en: String)] = {
    let month = march
    let reasons: [ChangeReason] = [
      .noLead, .pinRemoved(lead: "tu-phap-1", position: "Đảng ủy xã"), .inactive(lead: "tu-phap-1"),
      .mayNotLead(lead: "tu-phap-1", position: "Đảng ủy xã"), .onLeave(lead: "tu-phap-1", month: month),
      .missingSkills(lead: "tu-phap-1", skills: ["cntt"]),
      .overCapacity(lead: "tu-phap-1", month: month, hours: 20, capacity: 16, leave: false),
      .overCapacity(lead: "tu-phap-1", month: month, hours: 12, capacity: 8, leave: true),
      .leadPosition(lead: "van-phong-1", position: "Văn phòng"), .rebalanced,
      .coordinatorOnLeave(official: "ttpvhcc-1", month: month), .coordinatorInactive(official: "ttpvhcc-1"),
      .coordinatorPositions,
    ]
    let causes: [ScheduleExplanation.Exclusion.Cause] = [
      .inactive, .mayNotLead(position: "Đảng ủy xã"), .onLeave(month), .missingSkills(["cntt"]),
      .overCapacity(hours: 10, effort: 12, capacity: 16),
    ]
    let warnings: [RuleWarning] = [
      .mayNotLead(lead: "a", position: "Đảng ủy xã"), .onLeave(lead: "a", days: 3, workingDays: 21, month: month),
      .missingSkills(lead: "a", skills: ["cntt"]), .overCapacity(lead: "a", hours: 20, month: month, capacity: 16),
      .pinnedOverCapacity(official: "a", month: month, hours: 20, capacity: 16),
      .notLeadPosition(lead: "a", position: "Văn phòng", item: "2.2", positions: ["ttpvhcc"]), .adHoc,
    ]
    let ineligible: [Ineligibility] = [.anotherUnit, .inactive, .unavailable("2027-03"), .missingSkills(["cntt"])]
    let problems: [InstanceProblem] = [
      .init("duties[id=d].id", .duplicateID), .init("duties[id=d].effort", .hours),
      .init("duties[id=d].period", .notMonth("2027-13")), .init("duties[id=d].pinned", .unknownOfficial("zz")),
      .init("duties[id=d].pinned", .anotherUnit("b")),
    ]
    let unassigned = [
      ScheduleSolution.Unassigned(duty: "d", reason: Scheduler.atCapacity),
      ScheduleSolution.Unassigned(duty: "d", reason: "no eligible official in the unit"),
      ScheduleSolution.Unassigned(
        duty: "d", reason: "no eligible official: …", causes: [.unavailable("2027-03"), .missingSkills(["so-hoa"])]),
    ]
    return reasons.map { ($0.vi, $0.en) } + causes.map { ($0.vi, $0.en) } + warnings.map { ($0.vi, $0.en) }
      + ineligible.map { ($0.vi, $0.en) } + problems.map { ($0.vi, $0.en) }
      + unassigned.map { ($0.vi, $0.reason) }
  }()

  /// English words of the status, role and reason vocabularies that Vietnamese text must not contain.
  static let english: Set<String> = [
    "lead", "leads", "coordinator", "coordinators", "leave", "capacity", "skill", "missing", "over", "unavailable",
    "inactive", "active", "not", "rebalanced", "pin", "pinned", "removed", "eligible", "official", "duplicate",
    "unknown", "must", "between", "is", "the", "in", "of", "and", "or", "todo", "done", "chair",
  ]

  /// The words of `text`: runs of letters, ids (with digits and hyphens) left out.
  static func words(_ text: String) -> [String] {
    text.split { !$0.isLetter && $0 != "-" }.map(String.init).filter { !$0.contains("-") }
  }

  @Test("Vietnamese text holds no English word; English text no Vietnamese outside the names it quotes")
  func oneLanguage() {
    let names = ["Đảng ủy xã", "Văn phòng"]
    for (vi, en) in Self.texts {
      // Field names stay as the instance spells them ("duties[id=d].pinned: …").
      let text = vi.hasPrefix("duties[") ? String(vi.drop { $0 != ":" }) : vi
      let stray = Self.words(text.lowercased()).filter { Self.english.contains($0) }
      #expect(stray.isEmpty, "\(vi): \(stray)")
      var plain = en
      for name in names { plain = plain.replacingOccurrences(of: name, with: "") }
      #expect(plain.unicodeScalars.allSatisfy { $0.isASCII || "→—…".unicodeScalars.contains($0) }, "\(en)")
    }
  }

  @Test("months read as people write them: 03/2027 in both languages, never 2027-03")
  func months() {
    for (vi, en) in Self.texts where !vi.contains("2027-13") {
      #expect(!vi.contains("2027-03"), "\(vi)")
      // Instance mode's own English keeps the instance's YYYY-MM (scheduler.md's contract).
      if !en.hasPrefix("unavailable in") { #expect(!en.contains("2027-03"), "\(en)") }
    }
  }
}
