import Foundation
import PlanCore
import PlanStore
import Testing

/// SplitMix64: a small seeded generator, so the property test is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("The fast JSON writer gives exactly what JSONEncoder gives")
struct JSONWriterTests {
  static let pieces = ["a", "Hội nghị", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "\r", "😀", "đ", " ", "x\u{7F}y", "中"]

  static func text(_ random: inout SeededGenerator) -> String {
    (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  static func duty(_ random: inout SeededGenerator) -> DutyView {
    func maybe(_ value: String) -> String? { Bool.random(using: &random) ? value : nil }
    var duty = DutyView(
      id: text(&random), title: text(&random), area: Int.random(in: 0...6, using: &random),
      planItem: maybe(text(&random)), due: "2026-09-14", period: "2026-09", effort: Int.random(in: 0...744, using: &random),
      status: DutyStatus.allCases.randomElement(using: &random)!, percent: Int.random(in: 0...100, using: &random),
      overdue: Bool.random(using: &random), lead: maybe(text(&random)),
      coordinators: (0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) },
      pinned: Bool.random(using: &random), note: maybe(text(&random)), version: Int.random(in: 1...1_000_000, using: &random))
    if Bool.random(using: &random) { duty.myRole = Bool.random(using: &random) ? "lead" : "coordinator" }
    if Bool.random(using: &random) {
      duty.progress = (0..<Int.random(in: 0...3, using: &random)).map { _ in
        ProgressEntry(
          at: "2026-11-25T01:02:03.456Z", official: maybe(text(&random)), status: .doing,
          percent: Int.random(in: -5...100, using: &random), note: maybe(text(&random)))
      }
    }
    return duty
  }

  @Test("2 000 seeded random pages: same bytes as JSONEncoder(.sortedKeys, .withoutEscapingSlashes)")
  func sameBytes() throws {
    var random = SeededGenerator(state: 2026)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for round in 0..<2000 {
      let page = Page(items: (0..<Int.random(in: 0...4, using: &random)).map { _ in Self.duty(&random) }, total: round)
      var fast = JSONBytes()
      page.writeJSON(into: &fast)
      let expected = try encoder.encode(page)
      let same = fast.bytes == Array(expected)
      #expect(same, "round \(round):\n\(String(decoding: fast.bytes, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
      if !same { return }
    }
  }
}
