import Foundation
import PlanCore
import PlanStore

/// THE command table: every operation once. JSON-RPC methods, shell words, help and
/// `rpc.discover` are all generated from it.
public enum CommandTable {
  /// Every command, in the order help lists them: the one list a command is added to.
  public static let commands: [any PlanCommand.Type] = [
    Discover.self, WhoAmI.self, AreasList.self, PlanList.self, PlanGet.self, OfficialsList.self, OfficialsGet.self,
    OfficialsAdd.self, OfficialsUpdate.self, OfficialsLeave.self, OfficialsLeaveCancel.self, DutiesList.self,
    DutiesMine.self, DutiesGet.self, DutiesCreate.self, DutiesUpdate.self, DutiesAssign.self, DutiesUnassign.self,
    DutiesProgress.self, DutiesComplete.self, DutiesCancel.self, DutiesReopen.self, AuditList.self,
    ScheduleRun.self, ScheduleExplain.self, ScheduleSolve.self, OfficialsLeaves.self, DutiesOverdue.self,
    DutiesUpcoming.self, IndicatorsList.self, IndicatorsRecord.self, ReportsGenerate.self,
  ]

  /// Every command's name, in help's order, read without building any entry.
  public static let names: [String] = commands.map { $0.name }

  /// Every command's entry, in help's order (each built once, on first use).
  public static var all: [CommandEntry] { names.compactMap { byName[$0] } }

  /// Commands by name, each entry built when first asked for: a one-shot command builds only
  /// its own (building all 25 was a fifth of a one-shot command's start-up).
  public static let byName = EntryIndex(commands)

  /// The command entries by name, built on first use and kept (safe from any thread).
  public final class EntryIndex: @unchecked Sendable {
    private let types: [String: any PlanCommand.Type]
    private let lock = NSLock()
    private var built: [String: CommandEntry] = [:]

    init(_ commands: [any PlanCommand.Type]) {
      types = Dictionary(commands.map { ($0.name, $0) }) { first, _ in first }
    }

    /// The entry of the command `name`, or nil when there is none.
    public subscript(name: String) -> CommandEntry? {
      lock.lock()
      let known = built[name]
      lock.unlock()
      if let known { return known }
      guard let type = types[name] else { return nil }
      let entry = Self.entry(type)
      lock.lock()
      built[name] = entry
      lock.unlock()
      return entry
    }

    private static func entry<C: PlanCommand>(_ command: C.Type) -> CommandEntry { CommandEntry(command) }
  }

  /// Runs `name` with `params` as the context's actor: checks the role (a refusal is audited and
  /// nothing else is written), decodes the parameters, runs the command.
  /// - Throws: `PlanError` only (method not found is −32601; a store failure is busy, read-only,
  ///   gone or internal, never with SQL in its message).
  public static func call(_ name: String, params: JSONValue?, in context: CommandContext) throws
    -> any Encodable & Sendable & TextRendering
  {
    guard let entry = byName[name] else {
      throw PlanError(
        .methodNotFound, vi: "Không có lệnh '\(name)'.", en: "There is no method '\(name)'.")
    }
    do {
      // Nothing runs on a file deleted or replaced since it was opened.
      try context.database.requireSameFile()
      // The role, by PlanCore's one rule; what an official must hold on a duty is checked by the
      // same rule once the store has read the duty.
      try Access.require(context.actor.principal, entry.action, method: name)
      return try entry.execute(params, context)
    } catch let error as PlanError where error.kind == .forbidden {
      context.database.recordRefusal(context.actor, method: name, entityID: Self.refusedID(params, entry), error: error)
      throw error
    } catch let error as PlanError {
      throw error
    } catch {
      // Busy, read-only or gone in words; anything else internal, its detail on stderr only.
      throw context.database.planError(for: error)
    }
  }

  /// The `id` a refused call names, cut to its declared length (the refusal comes before binding,
  /// so nothing else has bounded it yet).
  static func refusedID(_ params: JSONValue?, _ entry: CommandEntry) -> String? {
    guard let id = params?["id"].flatMap(text) else { return nil }
    let declared = entry.parameters.first { $0.name == "id" }?.schema.maxLength
    return String(id.unicodeScalars.prefix(declared ?? TextBounds.id))
  }

  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .integer(let number): String(number)
    default: nil
    }
  }
}

/// `rpc.discover`: the OpenRPC description of every method, generated from the table.
public enum Discover: PlanCommand {
  /// The JSON-RPC method name.
  public static let name = "rpc.discover"
  /// One line in each language.
  public static let summary = Bilingual("Mô tả OpenRPC của mọi lệnh", "OpenRPC description of every method")
  /// What it does, for PlanCore's access rule.
  public static let action = Action.read
  /// Its parameters.
  public static let parameters: [any ParameterDeclaration] = []
  /// The schema of its result.
  public static let result = Schema.object(
    [.init("openrpc", .string()), .init("info", .anyObject), .init("methods", .array(.anyObject))],
    required: ["openrpc", "info", "methods"])

  /// The OpenRPC document.
  public static let document: JSONValue = {
    let methods = CommandTable.all.map { entry -> JSONValue in
      .object([
        ("name", .string(entry.name)),
        ("summary", .string("\(entry.summary.vi) / \(entry.summary.en)")),
        ("description", .string("Vai trò tối thiểu / lowest role: \(entry.role.rawValue). \(entry.synopsis)")),
        ("paramStructure", .string("by-name")),
        (
          "params",
          .array(
            entry.parameters.map { parameter in
              .object([
                ("name", .string(parameter.name)),
                ("summary", .string("\(parameter.summary.vi) / \(parameter.summary.en)")),
                ("required", .bool(parameter.required)), ("schema", parameter.schema.json),
              ])
            })
        ),
        ("result", .object([("name", .string("result")), ("schema", entry.result.json)])),
        ("x-role", .string(entry.role.rawValue)),
      ])
    }
    return .object([
      ("openrpc", .string("1.2.6")),
      (
        "info",
        .object([
          ("title", .string("cchc")), ("version", .string("1")),
          ("description", .string("Kế hoạch CCHC 2026–2030 của xã / The commune's CCHC plan 2026–2030")),
        ])
      ),
      ("methods", .array(methods)),
    ])
  }()

  /// Runs the command in the call's context.
  public static func run(_ arguments: Arguments, in context: CommandContext) throws -> JSONValue {
    // The discover entry's result schema is loose: the document describes itself.
    document
  }
}

extension CommandTable {
  /// The README's method table, generated from the table (a test keeps the README equal to it).
  public static var markdownTable: String {
    var lines = ["| method | lowest role | what it does |", "|---|---|---|"]
    for entry in all {
      lines.append("| `\(entry.name)` | \(entry.role.rawValue) | \(entry.summary.vi) / \(entry.summary.en) |")
    }
    return lines.joined(separator: "\n")
  }
}

extension CommandTable {
  static let resultEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
  }()

  /// A command's result as JSON text — the JSON-RPC `result`, and `--format json` in the shell.
  public static func json(of result: any Encodable) throws -> [UInt8] {
    if let encoded = result as? any PreEncodedJSON { return encoded.bytes }
    if let writable = result as? any JSONWritable {
      var json = JSONBytes(capacity: 16_384)
      writable.writeJSON(into: &json)
      return json.bytes
    }
    return Array(try resultEncoder.encode(result))
  }
}
