/// The one error every command throws: a JSON-RPC code, a stable kind, and a message in Vietnamese
/// and English. Front-ends turn it into a JSON-RPC error, a shell message or an exit status.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, as a stable word for scripts; each kind has its JSON-RPC code.
  public enum Kind: String, Sendable, CaseIterable {
    /// Parameters that do not decode.
    case invalidParams = "invalid-params"
    /// The thing named does not exist.
    case notFound = "not-found"
    /// The acting official may not do this.
    case forbidden
    /// A stale version, or a change the row's state does not allow.
    case conflict
    /// Parameters that decode but break a rule.
    case validation
    /// The database stayed locked by another writer past a bounded wait, or the data kept changing
    /// while scheduling: nothing was written, try again.
    case busy
    /// The database file can only be read (its mode, its owner or its folder): nothing was written.
    case readOnly = "read-only"
    /// The database file was deleted or replaced since it was opened: nothing was written.
    case gone
    /// Something failed inside `cchc`.
    case `internal`
    /// No command of that name.
    case methodNotFound = "method-not-found"
    /// A word of the shell that names no command.
    case unknownWord = "unknown-word"
    /// A JSON-RPC line that is not JSON.
    case parseError = "parse-error"
    /// A JSON-RPC line that is JSON but not a request.
    case invalidRequest = "invalid-request"
    /// A JSON-RPC line over the size limit.
    case tooLarge = "too-large"

    /// The JSON-RPC error code of this kind.
    public var code: Int {
      switch self {
      case .invalidParams: -32602
      case .notFound: -32001
      case .forbidden: -32002
      case .conflict: -32003
      case .validation: -32004
      case .busy: -32005
      case .readOnly: -32006
      case .gone: -32007
      case .internal: -32603
      case .methodNotFound, .unknownWord: -32601
      case .parseError: -32700
      case .invalidRequest, .tooLarge: -32600
      }
    }
  }

  /// A stable word for scripts: `invalid-params`, `not-found`, `forbidden`, `conflict`, `validation` …
  public var kind: Kind
  /// Vietnamese message.
  public var vi: String
  /// English message.
  public var en: String
  /// What went wrong inside, for the log (stderr) only: never part of the messages a user or a
  /// script sees, which carry no SQL and no Swift error text.
  public var detail: String?

  /// Creates an error.
  public init(_ kind: Kind, vi: String, en: String, detail: String? = nil) {
    self.kind = kind
    self.vi = vi
    self.en = en
    self.detail = detail
  }

  /// The JSON-RPC error code (−32602, −32001 …), from the kind.
  public var code: Int { kind.code }

  /// Both messages, Vietnamese first.
  public var description: String { "\(vi) / \(en)" }

  /// −32602: parameters that do not decode (missing or unknown member, wrong type, bad date).
  public static func invalidParams(_ vi: String, _ en: String) -> PlanError {
    PlanError(.invalidParams, vi: vi, en: en)
  }

  /// −32001: the thing named does not exist.
  public static func notFound(_ vi: String, _ en: String) -> PlanError {
    PlanError(.notFound, vi: vi, en: en)
  }

  /// −32002: the acting official may not do this.
  public static func forbidden(_ vi: String, _ en: String) -> PlanError {
    PlanError(.forbidden, vi: vi, en: en)
  }

  /// −32003: a stale `version`, or a change the row's state does not allow.
  public static func conflict(_ vi: String, _ en: String) -> PlanError {
    PlanError(.conflict, vi: vi, en: en)
  }

  /// −32004: parameters that decode but break a rule (percent 150, due date outside 2026–2030 …).
  public static func validation(_ vi: String, _ en: String) -> PlanError {
    PlanError(.validation, vi: vi, en: en)
  }

  /// −32603: something failed inside `cchc` (a disk error, a bug); nothing was half-written.
  /// `detail` is kept for the log, never put in the messages.
  public static func `internal`(_ detail: String) -> PlanError {
    PlanError(
      .internal, vi: "Lỗi bên trong cchc; không có thay đổi nào được ghi.",
      en: "Internal error in cchc; nothing was written.", detail: detail)
  }

  /// The stale-version conflict for `entity` `id`.
  public static func staleVersion(
    _ entity: (vi: String, en: String), _ id: some CustomStringConvertible, expected: Int, actual: Int
  )
    -> PlanError
  {
    conflict(
      "\(entity.vi) \(id) đã bị người khác sửa (phiên bản \(actual), bạn gửi \(expected)); hãy tải lại rồi làm lại.",
      "\(entity.en) \(id) was changed by someone else (version \(actual), you sent \(expected)); reload and retry.")
  }
}

/// The state of a duty.
public enum DutyStatus: String, DataVocabulary {
  /// Not started.
  case todo
  /// In progress.
  case doing
  /// Completed.
  case done
  /// Cancelled by the chair.
  case cancelled
}
