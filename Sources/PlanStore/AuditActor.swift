import Foundation
import PlanCore

/// An operating-system account: its uid, and its name when the system's user database knows one.
/// On the commune computer the account that can open the database file is the security boundary,
/// so it is read from the kernel and the user database, never from an environment variable.
public struct OSAccount: Sendable, Equatable {
  /// The uid.
  public var uid: UInt32
  /// The account's name in the user database, or nil when it has none.
  public var name: String?

  /// Creates an account.
  public init(uid: UInt32, name: String?) {
    self.uid = uid
    self.name = name
  }

  /// The account the process runs as (its effective uid), named by the user database.
  public static func current() -> OSAccount {
    let uid = geteuid()
    var entry = passwd()
    var found: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 16_384)
    var name: String?
    if getpwuid_r(uid, &entry, &buffer, buffer.count, &found) == 0, found != nil, let text = entry.pw_name {
      name = String(cString: text)
    }
    return OSAccount(uid: uid, name: name?.isEmpty == false ? name : nil)
  }

  /// The name, or `uid N` when the account has none: what the audit's `os_user` holds.
  public var displayName: String { name ?? "uid \(uid)" }
}

/// Where a call came from, as the audit records it.
public enum AuditChannel: String, Sendable, CaseIterable {
  /// The shell, a piped script or a one-shot command on the commune computer.
  case shell
  /// The JSON-RPC mode on stdin/stdout.
  case json
  /// The network server (signed-in officials).
  case http
}

/// Who makes a change: the acting official (nil for a viewer or the system), its role, the OS
/// account, and where the call came from.
public struct AuditActor: Sendable, Equatable {
  /// The acting official's id, or nil.
  public var officialID: OfficialID?
  /// The operating-system account's name (`uid N` when it has none).
  public var osUser: String
  /// The operating-system account's uid.
  public var osUID: UInt32
  /// What the actor may do.
  public var role: Role
  /// Where the call came from.
  public var channel: AuditChannel
  /// The caller's network address (`http`); empty on the commune computer.
  public var remoteAddress: String

  /// Creates an actor; the uid defaults to the process's own.
  public init(
    officialID: OfficialID?, osUser: String, osUID: UInt32 = geteuid(), role: Role = .viewer,
    channel: AuditChannel = .shell, remoteAddress: String = ""
  ) {
    self.officialID = officialID
    self.osUser = osUser
    self.osUID = osUID
    self.role = role
    self.channel = channel
    self.remoteAddress = remoteAddress
  }

  /// An actor working from `account` on `channel`.
  public init(officialID: OfficialID?, account: OSAccount, role: Role = .viewer, channel: AuditChannel) {
    self.init(
      officialID: officialID, osUser: account.displayName, osUID: account.uid, role: role, channel: channel)
  }

  /// The process's own OS account, acting as no official (loading the data, creating the file).
  public static func system(channel: AuditChannel = .shell) -> AuditActor {
    AuditActor(officialID: nil, account: .current(), channel: channel)
  }
}
