/// A problem found in the plan or seed files, naming the file, the id and the field.
public struct DataIssue: Error, Equatable, Sendable, CustomStringConvertible {
  /// Whether the issue stops the load.
  public enum Severity: String, Sendable {
    /// The files are refused.
    case error
    /// The files load; the issue is reported.
    case warning
  }

  /// File, relative to its folder's parent (e.g. `Seeds/officials.json`).
  public var file: String
  /// The id of the record at fault, when there is one.
  public var id: String?
  /// The field at fault (`items[3].recurrence.every`, `leadPositions`), when there is one.
  public var field: String?
  /// Vietnamese message.
  public var vi: String
  /// English message.
  public var en: String
  /// Error or warning.
  public var severity: Severity

  /// Creates an issue.
  public init(
    file: String, id: String? = nil, field: String? = nil, vi: String, en: String,
    severity: Severity = .error
  ) {
    self.file = file
    self.id = id
    self.field = field
    self.vi = vi
    self.en = en
    self.severity = severity
  }

  /// Where the issue is: `file, id …, field …`.
  public var location: String {
    var parts = [file]
    if let id { parts.append("id \(id)") }
    if let field { parts.append("field \(field)") }
    return parts.joined(separator: ", ")
  }

  /// One line: location, then the Vietnamese and the English message.
  public var description: String { "\(location): \(vi) / \(en)" }
}
