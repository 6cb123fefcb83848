/// The one error every command throws: a JSON-RPC code, a stable kind, and a message in Vietnamese
/// and English. Front-ends turn it into a JSON-RPC error, a shell message or an exit status.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The JSON-RPC error code (−32602, −32001 …).
  public var code: Int
  /// A stable word for scripts: `invalid-params`, `not-found`, `forbidden`, `conflict`, `validation` …
  public var kind: String
  /// Vietnamese message.
  public var vi: String
  /// English message.
  public var en: String

  /// Creates an error.
  public init(code: Int, kind: String, vi: String, en: String) {
    self.code = code
    self.kind = kind
    self.vi = vi
    self.en = en
  }

  /// Both messages, Vietnamese first.
  public var description: String { "\(vi) / \(en)" }

  /// −32602: parameters that do not decode (missing or unknown member, wrong type, bad date).
  public static func invalidParams(_ vi: String, _ en: String) -> PlanError {
    PlanError(code: -32602, kind: "invalid-params", vi: vi, en: en)
  }

  /// −32001: the thing named does not exist.
  public static func notFound(_ vi: String, _ en: String) -> PlanError {
    PlanError(code: -32001, kind: "not-found", vi: vi, en: en)
  }

  /// −32002: the acting official may not do this.
  public static func forbidden(_ vi: String, _ en: String) -> PlanError {
    PlanError(code: -32002, kind: "forbidden", vi: vi, en: en)
  }

  /// −32003: a stale `version`, or a change the row's state does not allow.
  public static func conflict(_ vi: String, _ en: String) -> PlanError {
    PlanError(code: -32003, kind: "conflict", vi: vi, en: en)
  }

  /// −32004: parameters that decode but break a rule (percent 150, due date outside 2026–2030 …).
  public static func validation(_ vi: String, _ en: String) -> PlanError {
    PlanError(code: -32004, kind: "validation", vi: vi, en: en)
  }

  /// −32603: something failed inside `cchc` (a disk error, a bug); nothing was half-written.
  public static func `internal`(_ detail: String) -> PlanError {
    PlanError(
      code: -32603, kind: "internal", vi: "Lỗi bên trong cchc, không có thay đổi nào được ghi: \(detail)",
      en: "Internal error in cchc, nothing was written: \(detail)")
  }

  /// The stale-version conflict for `entity` `id`.
  public static func staleVersion(_ entity: (vi: String, en: String), _ id: String, expected: Int, actual: Int)
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
