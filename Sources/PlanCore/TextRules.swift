import Foundation

/// The longest text each kind of parameter takes, in characters (Unicode code points, as JSON
/// Schema's `maxLength` counts them), named once: every declaration, check and cut uses these.
public enum TextBounds {
  /// An id: an official, a duty, a plan item, a position, a skill.
  public static let id = 64
  /// A name or a title: an official's name, a duty's title, a legacy title.
  public static let name = 200
  /// Search words.
  public static let query = 200
  /// Free text: a note, a result, evidence, a reason.
  public static let freeText = 2_000

  /// A text of `length` characters over `maximum`, naming `field`.
  public static func tooLong(_ field: String, maximum: Int, length: Int) -> PlanError {
    PlanError.validation(
      "\(field): dài quá \(maximum) ký tự (nhận \(length)).",
      "\(field): longer than \(maximum) characters (got \(length)).")
  }
}

/// The one rule for every text `cchc` stores (names, titles, notes, results, evidence, reasons).
public enum StoredText {
  /// `text` as it is stored: NFC, CRLF and lone CR made LF, trimmed; refused (−32004 naming
  /// `field`) when it holds a control character other than tab and LF, when it is empty but
  /// `required`, when it holds only invisible characters, or when it is over `maxLength`.
  public static func clean(_ text: String, field: String, required: Bool, maxLength: Int) throws -> String {
    let lines = lineFeeds(VietnameseText.nfc(text))
    try refuseControls(lines, field: field)
    let trimmed = trimmed(lines)
    if trimmed.isEmpty {
      if required { throw PlanError.validation("\(field) không được để trống.", "\(field) must not be empty.") }
      return trimmed
    }
    if trimmed.unicodeScalars.allSatisfy(isInvisible) {
      throw PlanError.validation(
        "\(field): chỉ có ký tự không nhìn thấy (khoảng trắng, ký tự độ rộng 0, dấu đứng riêng).",
        "\(field): holds only invisible characters (spaces, zero-width characters, lone combining marks).")
    }
    let length = trimmed.unicodeScalars.count
    if length > maxLength { throw TextBounds.tooLong(field, maximum: maxLength, length: length) }
    return trimmed
  }

  /// `text` without the Unicode white space (spaces, tabs, line breaks) at either end.
  /// Refuses (−32004 naming `field`) a control character other than tab and line feed — a CR or
  /// CRLF counts as the line feed it becomes. Every text a command takes passes here, stored or
  /// not (ids, searches): a NUL or an escape sequence never reaches the store or a screen.
  public static func refuseControls(_ text: String, field: String) throws {
    guard let control = lineFeeds(text).unicodeScalars.first(where: isRefusedControl) else { return }
    let code = String(format: "U+%04X", control.value)
    throw PlanError.validation(
      "\(field): có ký tự điều khiển \(code); chỉ được dùng tab và xuống dòng.",
      "\(field): holds the control character \(code); only tab and line feed are allowed.")
  }

  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// CRLF and lone CR as LF.
  static func lineFeeds(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    var scalars = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterCR {
        afterCR = false
        continue
      }
      afterCR = scalar == "\r"
      scalars.append(afterCR ? "\n" : scalar)
    }
    return String(scalars)
  }

  /// A control character (C0, DEL, C1) other than tab and LF.
  static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\n"
  }

  /// Whitespace, a format or default-ignorable character (zero-width space and joiners, BOM,
  /// direction marks) or a combining mark: nothing a reader sees on its own.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .format, .nonspacingMark, .enclosingMark, .spacingMark, .control, .spaceSeparator, .lineSeparator,
      .paragraphSeparator:
      return true
    default:
      return properties.isWhitespace || properties.isDefaultIgnorableCodePoint
    }
  }
}

/// Text on its way to a terminal or a spreadsheet.
public enum VisibleText {
  /// `text` with every control character and every bidirectional embedding, override or isolate
  /// written as a visible escape (`\u{1B}`, `\t`, `\n`), so that no stored or typed text can move
  /// the cursor, clear or retitle the screen, ring the bell or reorder a line. With
  /// `keepingLineBreaks`, LF stays a line break (for whole renderings; each line is escaped).
  public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
    func shown(_ scalar: Unicode.Scalar) -> Bool {
      !(keepingLineBreaks && scalar == "\n") && needsEscape(scalar)
    }
    guard text.unicodeScalars.contains(where: shown) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      guard shown(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return out
  }

  /// A control character (C0, DEL, C1) or a bidirectional embedding, override or isolate.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

extension String {
  /// The text with its control characters made visible (`VisibleText.escaped`), for a terminal or CSV.
  public var visible: String { VisibleText.escaped(self) }
}
