import PlanCommands
import PlanCore
import PlanREPL
import Testing

@Suite("Vietnamese aliases for editing and completing: viec sua, --ket-qua, --minh-chung")
struct DetailAliasTests {
  static let today = CivilDate(iso: "2026-11-25")!

  static func resolve(_ line: String) throws -> Invocation {
    try CommandLanguage.resolve(try Tokenizer.words(line), today: today)
  }

  @Test("`sua` is update; --ket-qua and --minh-chung (with or without diacritics) are --result and --evidence")
  func aliases() throws {
    let edit = try Self.resolve("viec sua DX-2026-001 --due 8/1/2027 --effort 8 --note ''")
    #expect(edit.command.name == "duties.update")
    #expect(
      edit.params
        == .object([
          ("id", .string("DX-2026-001")), ("due", .string("2027-01-08")), ("effort", .integer(8)),
          ("note", .string("")),
        ]))
    #expect(try Self.resolve("canbo sua tu-phap-1 --capacity 8").command.name == "officials.update")
    for line in [
      "viec xong DX-2026-001 --ket-qua 'Đã họp' --minh-chung 'BB số 3'",
      "duties complete DX-2026-001 --kết-quả 'Đã họp' --Minh-Chứng 'BB số 3'",
      "duties complete DX-2026-001 --result 'Đã họp' --evidence 'BB số 3'",
    ] {
      #expect(
        try Self.resolve(line).params
          == .object([("id", .string("DX-2026-001")), ("result", .string("Đã họp")), ("evidence", .string("BB số 3"))]),
        "\(line)")
    }
  }

  @Test("an alias counts as its option: given twice is refused; on a command without it, it is unknown")
  func aliasMistakes() {
    #expect(throws: PlanError.self) { try Self.resolve("duties complete X --result a --ket-qua b") }
    let error = #expect(throws: PlanError.self) { try Self.resolve("duties progress X 50 --ket-qua b") }
    #expect(error?.vi.contains("--ket-qua") == true, "\(String(describing: error))")
  }

  @Test("help lists each alias beside its option, in both languages")
  func help() throws {
    for language in Language.allCases {
      let text = try Help.text(for: ["duties", "complete"], language: language)
      #expect(text.contains("--result, --ket-qua") && text.contains("--evidence, --minh-chung"), "\(text)")
    }
    #expect(try Help.text(for: ["viec", "sua"], language: .en).hasPrefix("duties update DUTY"))
  }
}
