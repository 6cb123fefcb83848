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
      "duties.get", "duties.create", "duties.assign", "duties.unassign", "duties.progress", "duties.complete",
      "duties.cancel", "duties.reopen", "audit.list", "schedule.run", "schedule.explain", "schedule.solve",
    ]
    #expect(Set(CommandTable.all.map(\.name)) == expected)
    #expect(CommandTable.all.count == expected.count)
  }

  @Test("roles follow protocol.md")
  func roles() throws {
    let chair = [
      "officials.add", "officials.update", "officials.leave", "officials.leave.cancel", "duties.create",
      "duties.assign", "duties.unassign", "duties.cancel", "duties.reopen", "audit.list", "schedule.run",
    ]
    let official = ["duties.mine", "duties.progress", "duties.complete"]
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

@Suite("Each command's parameters: the declaration and the decoded type name the same members")
struct ParameterDeclarationTests {
  /// A value every schema admits.
  static func sample(_ schema: Schema) -> JSONValue {
    switch schema {
    case .string(format: "date", _): .string("2026-12-01")
    case .string(_, let values?): .string(values[0])
    case .string: .string("x")
    case .integer(let minimum, _): .integer(minimum ?? 1)
    case .boolean: .bool(true)
    case .array(let items): .array([sample(items)])
    case .anyOf(let schemas): sample(schemas[0])
    case .nullable(let inner): sample(inner)
    case .anyObject, .object: .object([("officials", .array([])), ("duties", .array([]))])
    }
  }

  @Test("every declared parameter decodes into a member of the same name, and every member is declared")
  func declaredOnce() throws {
    for entry in CommandTable.all {
      let object = JSONValue.object(entry.parameters.map { ($0.name, Self.sample($0.schema)) })
      let names = try entry.decodedNames(object)
      #expect(Set(names) == Set(entry.parameters.map(\.name)), "\(entry.name): \(names)")
    }
  }
}
