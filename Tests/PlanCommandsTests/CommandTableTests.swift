import Foundation
@testable import PlanCommands
import PlanCore
import Testing

@Suite("The command table")
struct CommandTableTests {
  static let readme =
    (try? String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

  @Test("the README's method table is the one generated from the table")
  func readmeTable() {
    #expect(
      Self.readme.contains(CommandTable.markdownTable), "paste this into the README:\n\(CommandTable.markdownTable)")
  }

  @Test("every method of protocol.md is in the table, once")
  func methods() {
    let expected: Set = [
      "rpc.discover", "session.whoami", "areas.list", "plan.list", "plan.get", "officials.list", "officials.get",
      "officials.add", "officials.update", "officials.leave", "officials.leave.cancel", "duties.list", "duties.mine",
      "duties.get", "duties.create", "duties.update", "duties.assign", "duties.unassign", "duties.progress",
      "duties.complete", "duties.cancel", "duties.reopen", "audit.list", "schedule.run", "schedule.explain",
      "schedule.solve", "officials.leaves", "duties.overdue", "duties.upcoming", "indicators.list",
      "indicators.record", "reports.generate",
    ]
    #expect(Set(CommandTable.all.map(\.name)) == expected)
    #expect(CommandTable.all.count == expected.count)
  }

  @Test("roles follow protocol.md")
  func roles() throws {
    let chair = [
      "officials.add", "officials.update", "officials.leave", "officials.leave.cancel", "duties.create",
      "duties.update", "duties.assign", "duties.unassign", "duties.cancel", "duties.reopen", "audit.list",
      "schedule.run",
    ]
    // indicators.record: an official, then the indicator's responsible position (IndicatorRules).
    let official = ["duties.mine", "duties.progress", "duties.complete", "indicators.record"]
    for entry in CommandTable.all {
      let expected: Role = chair.contains(entry.name) ? .chair : official.contains(entry.name) ? .official : .viewer
      #expect(entry.role == expected, "\(entry.name)")
    }
  }

  @Test("every command has a synopsis, both summaries, documented parameters and a result schema")
  func metadata() {
    for entry in CommandTable.all {
      #expect(!entry.synopsis.isEmpty && !entry.summary.vi.isEmpty && !entry.summary.en.isEmpty, "\(entry.name)")
      #expect(entry.summary.vi != entry.summary.en, "\(entry.name)")
      for parameter in entry.parameters {
        #expect(!parameter.summary.vi.isEmpty && !parameter.summary.en.isEmpty, "\(entry.name).\(parameter.name)")
      }
      #expect(Set(entry.parameters.map(\.name)).count == entry.parameters.count, "\(entry.name): duplicate parameter")
    }
  }
}

@Suite("Each command's parameters are bound and bounded by their one declaration")
struct ParameterDeclarationTests {
  /// A valid value of `schema`.
  static func sample(_ schema: Schema) -> JSONValue {
    switch schema {
    case .string(format: "date", _, _): .string("2026-12-01")
    case .string(format: "month", _, _): .string("2027-03")
    case .string(format: "quarter", _, _): .string("2027-Q1")
    case .string(_, let values?, _): .string(values[0])
    case .string: .string("x")
    case .integer(let minimum, _): .integer(minimum ?? 1)
    case .number: .number(1.5)
    case .boolean: .bool(true)
    case .array(let items): .array([sample(items)])
    case .anyOf(let schemas): sample(schemas[0])
    case .nullable(let inner): sample(inner)
    case .anyObject, .object: .object([("officials", .array([])), ("duties", .array([]))])
    }
  }

  /// Every command's parameters with a sample value each.
  static func samples(_ entry: CommandEntry) -> [(String, JSONValue)] {
    entry.parameters.map { ($0.name, sample($0.schema)) }
  }

  @Test("a sample of every declared parameter binds, and leaving out each required one names it")
  func requiredMembers() throws {
    for entry in CommandTable.all {
      _ = try Arguments.bind(.object(Self.samples(entry)), to: entry.parameters)
      for parameter in entry.parameters where parameter.required {
        let without = Self.samples(entry).filter { $0.0 != parameter.name }
        let error = #expect(throws: PlanError.self) { try Arguments.bind(.object(without), to: entry.parameters) }
        #expect(error?.code == -32602 && error?.vi == "Thiếu tham số bắt buộc '\(parameter.name)'.", "\(entry.name)")
      }
    }
  }

  @Test("every integer bound of every command refuses the value one past it (−32004, naming it) and takes the bound")
  func integerBounds() throws {
    var checked = 0
    for entry in CommandTable.all {
      for parameter in entry.parameters {
        guard case .integer(let minimum, let maximum) = parameter.schema else { continue }
        for (bound, outside) in [(minimum, minimum.map { $0 - 1 }), (maximum, maximum.map { $0 + 1 })] {
          guard let bound, let outside else { continue }
          var members = Self.samples(entry).filter { $0.0 != parameter.name }
          _ = try Arguments.bind(.object(members + [(parameter.name, .integer(bound))]), to: entry.parameters)
          members.append((parameter.name, .integer(outside)))
          let error = #expect(throws: PlanError.self) { try Arguments.bind(.object(members), to: entry.parameters) }
          #expect(error?.code == -32004, "\(entry.name).\(parameter.name)")
          #expect(error?.vi.hasPrefix("\(parameter.name): phải từ") == true, "\(String(describing: error?.vi))")
          #expect(error?.en.contains("(got \(outside))") == true, "\(String(describing: error?.en))")
          checked += 1
        }
      }
    }
    #expect(checked >= 20)
  }

  @Test("every word list of every command refuses another word (−32004 validation, listing the words)")
  func wordLists() throws {
    var checked = 0
    for entry in CommandTable.all {
      for parameter in entry.parameters {
        guard case .string(_, let values?, _) = parameter.schema else { continue }
        let members = Self.samples(entry).filter { $0.0 != parameter.name } + [(parameter.name, .string("khac"))]
        let error = #expect(throws: PlanError.self) { try Arguments.bind(.object(members), to: entry.parameters) }
        #expect(error?.code == -32004 && error?.kind == .validation, "\(entry.name).\(parameter.name)")
        #expect(error?.en == "\(parameter.name): invalid value 'khac'; allowed: \(values.joined(separator: ", "))")
        checked += 1
      }
    }
    #expect(checked >= 5)
  }

  @Test("a string over its declared length is refused naming it; an absent default reads as declared")
  func lengthAndDefaults() throws {
    let short = Param<String>("title", .string(maxLength: 3), Bilingual("t", "t"))
    let limit = Param<Int>("limit", .integer(1...10), default: 5, Bilingual("l", "l"))
    let note = Param<String?>("note", Bilingual("n", "n"))
    let declarations = [short.declaration, limit.declaration, note.declaration]
    let error = #expect(throws: PlanError.self) {
      try Arguments.bind(.object([("title", .string("bốn ký"))]), to: declarations)
    }
    #expect(error?.code == -32004 && error?.en == "title: longer than 3 characters (got 6).")
    let arguments = try Arguments.bind(.object([("title", .string("ba"))]), to: declarations)
    #expect(try arguments[short] == "ba" && arguments[limit] == 5 && arguments[note] == nil)
    #expect(!limit.declaration.required && short.declaration.required && !note.declaration.required)
  }

  @Test("reading a parameter the command did not declare is an internal error, not a crash")
  func undeclared() throws {
    let declared = Param<Int?>("a", Bilingual("a", "a"))
    let stray = Param<Int?>("b", Bilingual("b", "b"))
    let arguments = try Arguments.bind(nil, to: [declared.declaration])
    #expect(try arguments[declared] == nil)
    let error = #expect(throws: PlanError.self) { try arguments[stray] }
    #expect(error?.code == -32603)
  }
}

@Suite("Every text parameter has a length bound, published, refused past it (−32004 naming it)")
struct TextBoundTests {
  /// The string schemas inside `schema` that bound nothing: no length, no word list, no format.
  static func unbounded(_ schema: Schema) -> Bool {
    switch schema {
    case .string(let format, let values, let maxLength): format == nil && values == nil && maxLength == nil
    case .array(let items), .nullable(let items): unbounded(items)
    case .anyOf(let schemas): schemas.contains(where: unbounded)
    default: false
    }
  }

  @Test("no string parameter of any command lacks a bound, and every bound is in the published schema")
  func everyStringIsBounded() throws {
    var bounded = 0
    for entry in CommandTable.all {
      for parameter in entry.parameters {
        #expect(!Self.unbounded(parameter.schema), "\(entry.name).\(parameter.name) has no length bound")
        guard let maxLength = parameter.schema.maxLength else { continue }
        #expect(
          [TextBounds.id, TextBounds.name, TextBounds.query, TextBounds.freeText].contains(maxLength),
          "\(entry.name).\(parameter.name): \(maxLength) is not one of the named bounds")
        let published = canonical(parameter.schema.json)
        #expect(published.contains("\"maxLength\":\(maxLength)"), "\(entry.name).\(parameter.name): \(published)")
        bounded += 1
      }
    }
    #expect(bounded >= 40)
    let discovered = canonical(Discover.document)
    #expect(discovered.contains("\"maxLength\":2000") && discovered.contains("\"maxLength\":64"))
  }

  @Test("every string bound of every command takes its length and refuses one more character (−32004, naming it)")
  func stringBounds() throws {
    var checked = 0
    for entry in CommandTable.all {
      for parameter in entry.parameters {
        guard let maxLength = parameter.schema.maxLength else { continue }
        func value(_ length: Int) -> JSONValue {
          let text = JSONValue.string(String(repeating: "ệ", count: length))
          if case .array = parameter.schema { return .array([text]) }
          return text
        }
        let others = ParameterDeclarationTests.samples(entry).filter { $0.0 != parameter.name }
        _ = try Arguments.bind(.object(others + [(parameter.name, value(maxLength))]), to: entry.parameters)
        let error = #expect(throws: PlanError.self) {
          try Arguments.bind(.object(others + [(parameter.name, value(maxLength + 1))]), to: entry.parameters)
        }
        #expect(error?.code == -32004, "\(entry.name).\(parameter.name)")
        #expect(error?.en.hasPrefix(parameter.name) == true, "\(String(describing: error?.en))")
        #expect(error?.en.hasSuffix("longer than \(maxLength) characters (got \(maxLength + 1)).") == true)
        checked += 1
      }
    }
    #expect(checked >= 40)
  }

  @Test("a refused call's id is cut to the declared length of its id")
  func refusedID() throws {
    let cancel = try #require(CommandTable.byName["duties.cancel"])
    let huge = JSONValue.object([("id", .string(String(repeating: "x", count: 1_000_000)))])
    #expect(CommandTable.refusedID(huge, cancel) == String(repeating: "x", count: TextBounds.id))
    let leave = try #require(CommandTable.byName["officials.leave.cancel"])
    #expect(CommandTable.refusedID(.object([("id", .integer(7))]), leave) == "7")
    #expect(CommandTable.refusedID(nil, cancel) == nil)
  }

  /// Compact JSON text of a value.
  func canonical(_ value: JSONValue) -> String {
    String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self)
  }
}
