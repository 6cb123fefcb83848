import Foundation
import PlanCommands
import Testing

@Suite("cchc --help and cchc help: the shell's help from the command line; scripts name their failing line")
struct HelpCommandTests {
  @Test("cchc --help lists the table's commands in the session language, touches no database, exits 0")
  func processHelp() throws {
    let sandbox = try Sandbox()
    let vi = try sandbox.cchc(["--help"])
    #expect(vi.status == 0 && vi.stderr.isEmpty, "\(vi.stderr)")
    #expect(vi.stdout.hasPrefix("cchc — kế hoạch cải cách hành chính 2026–2030 của xã\n"), "\(vi.stdout)")
    #expect(vi.stdout.contains("\nTùy chọn:\n") && vi.stdout.contains("  --db TỆP"))
    #expect(!vi.stdout.contains("OVERVIEW") && !vi.stdout.contains("Usage"), "the shell's help, not the parser's")
    for command in CommandTable.all where !["rpc.discover", "schedule.solve"].contains(command.name) {
      #expect(
        vi.stdout.contains("\n  " + command.name.replacingOccurrences(of: ".", with: " ") + " "), "\(command.name)")
    }
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("home/.local/share/cchc/cchc.sqlite")))
    let en = try sandbox.cchc(["-h", "--lang", "en"])
    #expect(en.status == 0 && en.stdout.hasPrefix("cchc — the commune's administrative-reform plan"), "\(en.stdout)")
    #expect(en.stdout.contains("\nOptions:\n") && en.stdout.contains("Commands you can run (role: viewer)"))
    let environment = try sandbox.cchc(["help"], environment: ["CCHC_LANG": "en"])
    #expect(environment.status == 0 && environment.stdout.hasPrefix("cchc — the commune's"), "\(environment.stdout)")
    let all = try sandbox.cchc(["--help", "--all"])
    #expect(all.stdout.contains("  rpc discover ") && all.stdout.contains("  schedule solve "))
  }

  @Test("cchc NOUN VERB --help and cchc help NOUN VERB show that command; aliases work; init keeps its own help")
  func commandHelp() throws {
    let sandbox = try Sandbox()
    let assign = try sandbox.cchc(["duties", "assign", "--help"])
    #expect(assign.status == 0 && assign.stdout.hasPrefix("duties assign MÃ-VIỆC [--lead MÃ]"), "\(assign.stdout)")
    #expect(assign.stdout.contains("Vai trò tối thiểu: Chủ tịch") && assign.stdout.contains("Ví dụ: duties assign"))
    let alias = try sandbox.cchc(["viec", "giao", "-h", "--lang", "en"])
    #expect(alias.status == 0 && alias.stdout.hasPrefix("duties assign DUTY [--lead ID]"), "\(alias.stdout)")
    let run = try sandbox.cchc(["help", "schedule", "run"])
    #expect(run.status == 0 && run.stdout.hasPrefix("schedule run [--from NGÀY] [--to NGÀY]"), "\(run.stdout)")
    let noun = try sandbox.cchc(["help", "cán", "bộ", "--lang", "en"])
    #expect(noun.stdout.hasPrefix("The officials commands (alias: `canbo`)"), "\(noun.stdout)")
    let initHelp = try sandbox.cchc(["init", "--help"])
    #expect(initHelp.status == 0 && initHelp.stdout.contains("--force"), "\(initHelp.stdout)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("home/.local/share/cchc/cchc.sqlite")))
  }

  @Test("cchc help WORD for a word that is no command says so, with the nearest command, and exits 1")
  func unknownWord() throws {
    let sandbox = try Sandbox()
    let vi = try sandbox.cchc(["help", "xyz"])
    #expect(vi.status == 1 && vi.stdout.isEmpty && vi.stderr == "Lỗi: Không có lệnh `xyz`.\n", "\(vi.stderr)")
    let en = try sandbox.cchc(["help", "dutis", "--lang", "en"])
    #expect(
      en.status == 1 && en.stderr == "Error: There is no command `dutis`. Did you mean `duties`?\n", "\(en.stderr)")
    let option = try sandbox.cchc(["dutis", "--help"])
    #expect(option.status == 1 && option.stderr.contains("Có phải ý bạn là `duties`?"), "\(option.stderr)")
  }

  @Test("a mistake on cchc's own command line is explained in Vietnamese only, or the parser's English with --lang en")
  func usageError() throws {
    let sandbox = try Sandbox()
    let vi = try sandbox.cchc(["--bogus"])
    #expect(vi.status == 64, "\(vi.stderr)")
    #expect(
      vi.stderr == "Lỗi: câu lệnh không đúng cú pháp ('--bogus'); gõ `cchc --help` để xem hướng dẫn.\n", "\(vi.stderr)")
    let en = try sandbox.cchc(["--bogus", "--lang", "en"])
    #expect(en.status == 64 && en.stderr.contains("Unknown option '--bogus'") && !en.stderr.contains("Lỗi"))
  }

  @Test("a script's error names its line (a byte-order mark and CR LF as Notepad saves them); one-shot errors do not")
  func scriptLineNumbers() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    try #require(try sandbox.cchc(["init", "--db", db]).status == 0)
    let script = "\u{FEFF}whoami\r\n# a comment\r\nduties xyz\r\nwhoami\r\n"
    let stopped = try ShellLanguageTests.piped(sandbox, ["--db", db], script)
    #expect(stopped.status == 1)
    #expect(stopped.stderr == "Lỗi (dòng 3): Không có lệnh `xyz`.\n", "\(stopped.stderr)")
    #expect(stopped.stdout.components(separatedBy: "khách · người xem").count == 2, "the BOM is not part of whoami")
    let going = try ShellLanguageTests.piped(sandbox, ["--db", db, "--keep-going", "--lang", "en"], script + "xyz\n")
    #expect(
      going.stderr == "Error (line 3): There is no command `xyz`.\nError (line 5): There is no command `xyz`.\n",
      "\(going.stderr)")
    #expect(going.stdout.components(separatedBy: "guest · viewer").count == 3)
    let oneShot = try sandbox.cchc(["duties", "xyz", "--db", db])
    #expect(oneShot.status == 1 && oneShot.stderr == "Lỗi: Không có lệnh `xyz`.\n", "\(oneShot.stderr)")
  }
}
