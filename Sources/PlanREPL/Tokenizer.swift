import PlanCore

/// Splits a command line into words like a shell: spaces separate words, "double" and 'single'
/// quotes keep spaces, a backslash escapes the next character.
public enum Tokenizer {
  /// The words of `line`.
  /// - Throws: `PlanError.invalidParams` for an unterminated quote.
  public static func words(_ line: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
        continue
      }
      if character == "\\" && quote != "'" {
        escaped = true
        inWord = true
        continue
      }
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
        continue
      }
      if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if quote != nil {
      throw PlanError.invalidParams("Thiếu dấu nháy đóng.", "A closing quote is missing.")
    }
    if escaped { current.append("\\") }
    if inWord { words.append(current) }
    return words
  }
}
