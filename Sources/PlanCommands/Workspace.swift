import Foundation
import PlanCore
import PlanStore

/// The commune's store as the front-ends see it: they run every call through it, each with a
/// context built for that call ({store, principal, today}), and read what completion needs. Only
/// the executable, which wires things up, names the store itself.
public struct Workspace: Sendable {
  /// The store.
  let database: PlanDatabase
  /// The operating-system account running this process (read once: it does not change), by uid
  /// and the name the system gives it — never from an environment variable.
  let account: OSAccount
  /// Where this process's calls come from (the shell, the JSON-RPC mode), for the audit.
  let channel: AuditChannel

  /// Wraps the store for the front-end that says where its calls come from.
  public init(database: PlanDatabase, channel: AuditChannel) {
    self.database = database
    self.account = OSAccount.current()
    self.channel = channel
  }

  /// The context of one call as `principal` on `today`: the role is read again now, so a demotion
  /// or a deactivation applies at once.
  public func context(as principal: Principal, today: CivilDate) -> CommandContext {
    var actor = AuditActor(officialID: principal.officialID, account: account, role: principal.role, channel: channel)
    if let id = principal.officialID { actor.role = (try? database.currentRole(of: id)) ?? .viewer }
    return CommandContext(database: database, actor: actor, today: today)
  }

  /// The unit's name, for the banner.
  public func unitName() -> String { (try? database.unitName()) ?? "" }

  /// Every active official's id and name, for completion.
  public func officialNames() -> [(id: String, name: String)] { (try? database.officialNames()) ?? [] }

  /// Duty ids starting with `prefix`, for completion.
  public func dutyIDs(prefix: String) -> [String] { (try? database.dutyIDs(prefix: prefix)) ?? [] }

  /// Every plan item's id, for completion.
  public func planItemIDs() -> [String] {
    ((try? database.listPlanItems(area: nil, kind: nil, query: nil).items) ?? []).map { $0.id.rawValue }
  }

  /// Officials whose name (folded) or id matches `name`.
  func officialsNamed(_ name: String) throws -> [(id: OfficialID, name: String, role: Role, active: Bool)] {
    try database.officialsNamed(name)
  }
}
