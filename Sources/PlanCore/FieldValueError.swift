/// A value that has the right JSON type but is not allowed, thrown while decoding a data file so
/// that the message names the value and what is allowed, in both languages.
public struct FieldValueError: Error, Sendable {
  /// Where the value is (`items[1].recurrence.every`).
  public var field: String
  /// Vietnamese explanation.
  public var vi: String
  /// English explanation.
  public var en: String

  /// Creates the error for the value at `codingPath`.
  public init(codingPath: [any CodingKey], vi: String, en: String) {
    self.field = FieldValueError.path(codingPath)
    self.vi = vi
    self.en = en
  }

  /// `items[3].recurrence.every` from a coding path.
  public static func path(_ codingPath: [any CodingKey]) -> String {
    var text = ""
    for key in codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }
}

/// A closed vocabulary of a data file (`every`, `kind`, `role` …): decoding an unknown word names
/// the word and lists the allowed ones.
public protocol DataVocabulary: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension DataVocabulary {
  /// Decodes one of the allowed words, or throws `FieldValueError` listing them.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let word = try container.decode(String.self)
    guard let value = Self(rawValue: word) else {
      let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
      throw FieldValueError(
        codingPath: decoder.codingPath, vi: "giá trị '\(word)' không hợp lệ; chỉ nhận: \(allowed)",
        en: "invalid value '\(word)'; allowed: \(allowed)")
    }
    self = value
  }
}
