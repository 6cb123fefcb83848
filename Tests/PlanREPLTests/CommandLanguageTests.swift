import Foundation
import PlanCommands
import PlanCore
import PlanREPL
import Testing

@Suite("The shell's words: quoting like a shell")
struct TokenizerTests {
  @Test(
    "words",
    arguments: [
      (
        #"duties create "Hội nghị đối thoại quý 3" --area 2"#,
        ["duties", "create", "Hội nghị đối thoại quý 3", "--area", "2"]
      ),
      (#"  viec   giao  DX-2026-001 "#, ["viec", "giao", "DX-2026-001"]),
      (#"a 'b c' d\ e "" x"#, ["a", "b c", "d e", "", "x"]),
      (#"say "it's" 'a "b"'"#, ["say", "it's", #"a "b""#]),
      ("", []),
    ])
  func words(line: String, expected: [String]) throws {
    #expect(try Tokenizer.words(line) == expected)
  }

  @Test("an unterminated quote is an error in both languages")
  func unterminated() {
    #expect(throws: PlanError.self) { try Tokenizer.words(#"duties create "không đóng"#) }
  }
}

@Suite("The command language resolves against the one command table")
struct CommandLanguageTests {
  let today = CivilDate(iso: "2026-11-25")!

  func resolve(_ line: String) throws -> Invocation {
    try CommandLanguage.resolve(try Tokenizer.words(line), today: today)
  }

  @Test(
    "nouns, verbs, prefixes and Vietnamese aliases name the right command",
    arguments: [
      ("duties list", "duties.list"), ("duties", "duties.list"), ("viec", "duties.list"), ("du l", "duties.list"),
      ("viec giao DX-2026-001 --lead tu-phap-1", "duties.assign"), ("viec tiendo DX-2026-001 50", "duties.progress"),
      ("viec xong DX-2026-001", "duties.complete"), ("viec huy DX-2026-001 --reason x", "duties.cancel"),
      ("canbo", "officials.list"), ("linhvuc", "areas.list"), ("kehoach --area tthc", "plan.list"),
      ("officials leave cancel 3", "officials.leave.cancel"),
      ("officials leave tu-phap-1 --from 1/12/2026 --to 2026-12-03", "officials.leave"),
      ("session whoami", "session.whoami"), ("duties mine --include-done", "duties.mine"),
      // A verb alias alone is the duty command; every alias help lists works.
      ("giao 0.5@2026-H2 --lead chu-tich", "duties.assign"), ("xong DX-2026-001", "duties.complete"),
      ("tiendo DX-2026-001 50", "duties.progress"), ("huy DX-2026-001 --reason x", "duties.cancel"),
      ("tao x --area 2 --due 1/12/2026 --effort 1", "duties.create"), ("xem DX-2026-001", "duties.get"),
      ("cua-toi", "duties.mine"), ("ds", "duties.list"), ("nhatky", "audit.list"),
      ("canbo xem chu-tich", "officials.get"),
      // Aliases typed as words, with spaces and diacritics.
      ("cán bộ", "officials.list"), ("Cán Bộ --query thich", "officials.list"), ("nhật ký", "audit.list"),
      ("kế hoạch", "plan.list"), ("lĩnh vực", "areas.list"), ("việc của tôi", "duties.mine"),
      ("viec tiến độ DX-2026-001 50", "duties.progress"), ("tiến độ DX-2026-001 50", "duties.progress"),
    ])
  func names(line: String, method: String) throws {
    #expect(try resolve(line).command.name == method)
  }

  @Test("arguments bind by position and by option, typed by the published schema")
  func binding() throws {
    let progress = try resolve("viec tiendo DX-2026-001 50 --note 'Đã gửi giấy mời'")
    #expect(
      progress.params
        == .object([("id", .string("DX-2026-001")), ("percent", .integer(50)), ("note", .string("Đã gửi giấy mời"))]))
    let create = try resolve(
      #"duties create "Hội nghị" --area 2 --due 25/9/2026 --effort 6 --coordinators ttpvhcc-1,van-phong-1"#)
    #expect(create.params["due"] == .string("2026-09-25"))
    #expect(create.params["area"] == .integer(2))
    #expect(create.params["coordinators"] == .array([.string("ttpvhcc-1"), .string("van-phong-1")]))
    #expect(try resolve("duties create x --area tthc --due hom-nay --effort 1").params["due"] == .string("2026-11-25"))
    #expect(try resolve("duties list --overdue").params["overdue"] == .bool(true))
    #expect(
      try resolve("duties list --overdue false --plan-item 2.2").params
        == .object([("overdue", .bool(false)), ("planItem", .string("2.2"))]))
    #expect(try resolve("duties assign X --lead a --no-pin").params["pin"] == .bool(false))
  }

  @Test(
    "dates: dd/mm/yyyy, ISO, hom-nay, and periods standing for their last day (first for --from)",
    arguments: [
      ("25/9/2026", "2026-09-25"), ("2026-09-25", "2026-09-25"), ("hom-nay", "2026-11-25"), ("Hôm-nay", "2026-11-25"),
      ("today", "2026-11-25"), ("Q3", "2026-09-30"), ("q1/2027", "2027-03-31"), ("2027-Q4", "2027-12-31"),
      ("2027", "2027-12-31"),
    ])
  func dates(typed: String, iso: String) throws {
    #expect(try resolve("duties create x --area 2 --effort 1 --due \(typed)").params["due"] == .string(iso))
  }

  @Test("a period given as --from stands for its first day")
  func fromPeriod() throws {
    let invocation = try resolve("audit list --from Q2 --to 2026")
    #expect(invocation.params["from"] == .string("2026-04-01") && invocation.params["to"] == .string("2026-12-31"))
  }

  @Test("global options anywhere on the line")
  func globals() throws {
    let invocation = try resolve("duties --as tu-phap-1 mine --format json --lang en")
    #expect(invocation.command.name == "duties.mine")
    #expect(
      invocation.options.actingAs == "tu-phap-1" && invocation.options.format == .json
        && invocation.options.language == .en)
  }

  @Test("mistakes are named, with the nearest command")
  func mistakes() throws {
    do {
      _ = try resolve("dutys")
      Issue.record("dutys resolved")
    } catch let error as PlanError {
      #expect(error.vi == "Không có lệnh `dutys`. Có phải ý bạn là `duties`?")
      #expect(error.en == "There is no command `dutys`. Did you mean `duties`?")
    }
    #expect(throws: PlanError.self) { try resolve("duties progress DX-1 năm-mươi") }
    #expect(throws: PlanError.self) { try resolve("duties list --bogus 1") }
    #expect(throws: PlanError.self) { try resolve("duties create x --due 31/2/2026 --area 2 --effort 1") }
    #expect(try resolve("o").command.name == "officials.list")  // the only noun starting with o
    #expect(throws: PlanError.self) { try resolve("a") }  // areas or audit
  }
}

@Suite("The shell bounds a line's length")
struct LineBoundTests {
  @Test("a script's lines are read with a bound: a long line is skipped by its length, the next is read")
  func scriptLines() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    let long = [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_000)
    let input = Array("một\r\n".utf8) + long + Array("\nhai\n\nba".utf8)
    let (reading, writing) = (fds[0], fds[1])
    let writer = Thread {
      input.withUnsafeBytes { _ = write(writing, $0.baseAddress, $0.count) }
      close(writing)
    }
    writer.start()
    let lines = Array(ScriptLines(descriptor: reading, limit: 100))
    close(reading)
    #expect(lines == [.text("một"), .tooLong(bytes: 1_000_000), .text("hai"), .text(""), .text("ba")])
  }

  @Test("a line over the bound is refused in both languages, with its length and the bound")
  func tooLongLine() {
    let error = Shell.tooLong(bytes: 104_857_600)
    #expect(error.en == "The line is 104857600 bytes long, over the limit of 65536 bytes; it was skipped.")
    #expect(error.vi == "Dòng lệnh dài 104857600 byte, quá giới hạn 65536 byte; dòng này bị bỏ qua.")
    #expect(Shell.maxLineBytes == 65_536)
  }
}

@Suite("The shell's own refusals: flags given twice, --today out of range")
struct ShellRefusalTests {
  static func resolve(_ line: String) throws -> Invocation {
    try CommandLanguage.resolve(try Tokenizer.words(line), today: CivilDate(iso: "2026-11-25")!)
  }

  @Test(
    "a flag given twice is refused, not taken last-wins",
    arguments: [
      "duties assign X --lead a --pin --no-pin", "duties assign X --lead a --no-pin --no-pin",
      "duties list --overdue --overdue false", "duties mine --include-done --include-done",
      "schedule run --dry-run true --dry-run",
    ])
  func flagTwice(line: String) {
    let error = #expect(throws: PlanError.self) { try Self.resolve(line) }
    #expect(error?.en.hasSuffix("' is given twice.") == true, "\(String(describing: error))")
  }

  @Test(
    "--today outside 2000-01-01…2099-12-31 is refused, naming the range",
    arguments: ["0001-01-01", "1999-12-31", "2100-01-01", "9999-12-31"])
  func todayOutOfRange(text: String) {
    let error = #expect(throws: PlanError.self) { try Identity.parseToday(text) }
    #expect(error?.en == "--today \(text) is outside 01/01/2000…31/12/2099.")
    #expect(error?.vi == "--today \(text) nằm ngoài 01/01/2000…31/12/2099.")
  }

  @Test("--today on the range's first and last days is taken")
  func todayBounds() throws {
    #expect(try Identity.parseToday("2000-01-01")?.iso == "2000-01-01")
    #expect(try Identity.parseToday("2099-12-31")?.iso == "2099-12-31")
  }
}
