import PlanCommands
import PlanCore
import Testing

@testable import PlanREPL

@Suite("Help: a role's own commands first, every alias listed and working, unknown words named")
struct HelpTests {
  /// The command lines (`  duties list   …`) of a help text's section, from its header to the next header.
  static func commands(in text: String, section header: String) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return [] }
    let rest = lines[(start + 1)...].prefix { $0.isEmpty || $0.hasPrefix("  ") }
    return rest.filter { !$0.isEmpty }.map { line in
      let name = line.dropFirst(2).prefix(26).trimmingCharacters(in: .whitespaces)
      return name.split(separator: " ").joined(separator: ".")
    }
  }

  @Test(
    "the list starts with exactly what the role may run; programs' commands only under --all",
    arguments: [
      Role.viewer, .official, .chair,
    ])
  func roleFirst(role: Role) throws {
    for language in Language.allCases {
      let header = language == .vi ? "Lệnh bạn dùng được" : "Commands you can run"
      let text = try Help.text(for: [], language: language, role: role)
      let own = Self.commands(in: text, section: header)
      let expected = CommandTable.all.filter { $0.role <= role && !Help.forPrograms.contains($0.name) }.map(\.name)
      #expect(own == expected, "\(role) \(language)")
      for name in Help.forPrograms {
        let words = name.split(separator: ".").joined(separator: " ")
        #expect(!text.contains("  " + words + " "), "\(name) is for programs")
        #expect(try Help.text(for: ["--all"], language: language, role: role).contains("  " + words + " "))
      }
      // Every command people use is listed once, own or under the role it needs.
      for command in CommandTable.all where !Help.forPrograms.contains(command.name) {
        let words = command.name.split(separator: ".").joined(separator: " ")
        let line = "\n  " + words.padding(toLength: 26, withPad: " ", startingAt: 0)
        #expect(text.components(separatedBy: line).count == 2, "\(command.name) \(role) \(language)")
      }
    }
  }

  @Test("every alias of the command language is listed in help and names a command")
  func aliasesListedAndWorking() throws {
    let today = CivilDate(dayNumber: 20_000)
    for language in Language.allCases {
      let text = try Help.text(for: [], language: language)
      for (alias, noun) in CommandLanguage.nounAliases {
        #expect(text.contains("`\(alias)` = \(noun)"), "\(alias) \(language)")
        #expect(try CommandLanguage.commandName([alias]).words.first == noun)
      }
      for (alias, verb) in CommandLanguage.verbAliases {
        #expect(text.contains("`\(alias)` = \(verb)"), "\(alias) \(language)")
      }
    }
    // Each alias that works alone stands for its duty command, in help as on a line.
    #expect(!CommandLanguage.aloneAliases.isEmpty)
    for (alias, command) in CommandLanguage.aloneAliases {
      let invocation = try CommandLanguage.commandName([alias, "DX-2026-001"])
      #expect(invocation.words.joined(separator: " ") == command, "\(alias)")
      let help = try Help.text(for: [alias], language: .vi)
      let name = try #require(CommandTable.byName[command.replacingOccurrences(of: " ", with: ".")])
      #expect(help.hasPrefix(Help.synopsis(name, .vi)), "help \(alias)")
    }
    #expect(
      try CommandLanguage.resolve(["giao", "0.5@2026-H2", "--lead", "chu-tich"], today: today).params["lead"]
        == .string("chu-tich"))
  }

  @Test("help for a noun lists its commands; `help cán bộ` is officials, typed with a space and diacritics")
  func nounHelp() throws {
    let officials = try Help.text(for: ["cán", "bộ"], language: .vi)
    #expect(officials.hasPrefix("Các lệnh officials (bí danh: `canbo`)"), "\(officials)")
    for command in CommandTable.all where command.name.hasPrefix("officials.") {
      #expect(officials.contains("  " + command.name.split(separator: ".").joined(separator: " ") + " "))
    }
    #expect(!officials.contains("plan list"))
    let duties = try Help.text(for: ["viec"], language: .en)
    #expect(duties.hasPrefix("The duties commands (alias: `viec`)"), "\(duties)")
  }

  @Test("help for a word that is no command says so and suggests the nearest, in the session language")
  func unknownWord() throws {
    let error = #expect(throws: PlanError.self) { try Help.text(for: ["dutis"], language: .vi) }
    #expect(error?.vi == "Không có lệnh `dutis`. Có phải ý bạn là `duties`?")
    #expect(error?.en == "There is no command `dutis`. Did you mean `duties`?")
    let verb = #expect(throws: PlanError.self) { try Help.text(for: ["duties", "asign", "x"], language: .vi) }
    #expect(verb?.en == "There is no command `asign`. Did you mean `assign`?")
    #expect(throws: PlanError.self) { try Help.text(for: ["duties", "assign", "xyz"], language: .en) }
  }

  @Test("Vietnamese help names placeholders in Vietnamese; English keeps the generated synopsis")
  func placeholders() throws {
    let assign = try #require(CommandTable.byName["duties.assign"])
    #expect(Help.synopsis(assign, .vi).hasPrefix("duties assign MÃ-VIỆC [--lead MÃ]"))
    #expect(Help.synopsis(assign, .en) == assign.synopsis)
    let text = try Help.text(for: ["giao"], language: .vi)
    #expect(text.contains("Bí danh: `viec giao`, `giao`"), "\(text)")
    #expect(text.contains("Vai trò tối thiểu: Chủ tịch"))
  }
}
