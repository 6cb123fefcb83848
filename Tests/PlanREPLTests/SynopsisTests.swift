import PlanCommands
import PlanCore
import Testing

@testable import PlanREPL

@Suite("Synopses are generated from the parameters, and help shows exactly them")
struct SynopsisTests {
  @Test("each command's help starts with the synopsis generated from its declaration, naming every parameter once")
  func helpIsTheGeneratedSynopsis() throws {
    for entry in CommandTable.all {
      let generated = synopsis(name: entry.name, parameters: entry.parameters)
      #expect(entry.synopsis == generated, "\(entry.name)")
      for language in Language.allCases {
        let help = try Help.text(for: entry.name.split(separator: ".").map(String.init), language: language)
        #expect(
          help.split(separator: "\n").first.map(String.init) == Help.synopsis(entry, language),
          "\(entry.name) \(language)")
      }
      // English shows the generated synopsis itself; Vietnamese the same words with its placeholders
      // in Vietnamese, options and values unchanged.
      #expect(Help.synopsis(entry, .en) == generated)
      let vietnamese = Help.synopsis(entry, .vi).split(separator: " ")
      #expect(vietnamese.count == generated.split(separator: " ").count, "\(entry.name)")
      for (vi, en) in zip(vietnamese, generated.split(separator: " ")) where en.contains("--") || en.contains("|") {
        #expect(vi == en, "\(entry.name): options and values stay as typed")
      }
      // Every option is in the synopsis once; the positional placeholders come first, in order.
      let words = generated.split(separator: " ").map(String.init)
      for parameter in entry.parameters where !parameter.positional {
        let spelled = parameter.defaultValue == .bool(true) ? "--no-" + parameter.option.dropFirst(2) : parameter.option
        #expect(
          words.filter { $0.trimmingCharacters(in: ["[", "]"]) == spelled }.count == 1, "\(entry.name) \(spelled)")
      }
      let nameWords = entry.name.split(separator: ".").count
      // An optional positional word is bracketed, like an optional option.
      let placeholders = entry.parameters.filter(\.positional).compactMap { parameter in
        parameter.placeholder.map { parameter.required ? $0 : "[\($0)]" }
      }
      #expect(Array(words.dropFirst(nameWords).prefix(placeholders.count)) == placeholders, "\(entry.name)")
    }
  }

  @Test("the positional words of a line bind to the declared positional parameters, in order")
  func positionalBinding() throws {
    let today = try #require(CivilDate(iso: "2026-12-01"))
    let invocation = try CommandLanguage.resolve(
      ["duties", "progress", "DX-2026-001", "40", "--note", "x"], today: today)
    #expect(invocation.command.name == "duties.progress")
    #expect(invocation.params["id"] == .string("DX-2026-001") && invocation.params["percent"] == .integer(40))
    #expect(throws: PlanError.self) {
      try CommandLanguage.resolve(["duties", "get", "DX-2026-001", "extra"], today: today)
    }
  }
}
