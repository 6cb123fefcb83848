import Foundation
import PlanCore
import Testing

@Suite("The one rule for stored text, and text made visible for a terminal")
struct StoredTextTests {
  /// `StoredText.clean` as the store calls it for a name.
  static func name(_ text: String, required: Bool = true) throws -> String {
    try StoredText.clean(text, field: "name", required: required, maxLength: TextBounds.name)
  }

  @Test("NFC, CRLF and lone CR as LF, trimmed; tab and LF kept inside")
  func normalised() throws {
    #expect(try Self.name("  Pha\u{0323}m Va\u{0306}n Thi\u{0301}ch \n") == "Phạm Văn Thích")
    #expect(try Self.name("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd")
    #expect(try Self.name("cột\tmột\ndòng hai") == "cột\tmột\ndòng hai")
    #expect(try Self.name("", required: false) == "")
  }

  @Test(
    "every control character but tab and LF is refused (−32004, naming the field and the character)",
    arguments: [0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F] as [UInt32])
  func controls(value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let error = #expect(throws: PlanError.self) { try Self.name("Phạm Văn Thích" + String(scalar) + " x") }
    #expect(error?.code == -32004 && error?.kind == .validation)
    #expect(
      error?.en
        == "name: holds the control character \(String(format: "U+%04X", value)); only tab and line feed are allowed.")
    #expect(error?.vi.hasPrefix("name: có ký tự điều khiển") == true)
  }

  @Test(
    "a text of invisible characters only is refused, whatever they are",
    arguments: [
      "\u{200B}", "\u{FEFF}", "\u{200E}\u{200F}", "\u{0301}", "\u{0323}\u{0300}", "\u{00A0}\u{3000}", "\u{2060}",
      "\u{200C}\u{200D}", "\u{202E}", "\u{3164}", "\u{00AD}", " \u{200B} ",
    ])
  func invisible(text: String) {
    let error = #expect(throws: PlanError.self) { try Self.name(text) }
    #expect(error?.code == -32004, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    #expect(
      error?.en == "name: holds only invisible characters (spaces, zero-width characters, lone combining marks)."
        || error?.en == "name must not be empty.")
    let optional = #expect(throws: PlanError.self) { try Self.name(text + "\u{200B}", required: false) }
    #expect(optional?.code == -32004)
  }

  @Test("visible text with invisible characters inside is kept as it is")
  func visibleWithInvisible() throws {
    #expect(try Self.name("Lê\u{200B}Văn") == "Lê\u{200B}Văn")
    #expect(try Self.name("\u{FEFF}A") == "\u{FEFF}A")
  }

  @Test("the length is counted in code points after NFC: the bound takes its value, refuses one more")
  func length() throws {
    let exact = String(repeating: "ệ", count: TextBounds.name)
    #expect(try Self.name(exact.decomposedStringWithCanonicalMapping) == exact)
    let error = #expect(throws: PlanError.self) { try Self.name(exact + "a") }
    #expect(error?.code == -32004 && error?.en == "name: longer than 200 characters (got 201).")
    // One grapheme of 60 000 marks is 60 001 code points, not one character.
    let marks = #expect(throws: PlanError.self) {
      try Self.name("a" + String(repeating: "\u{0483}", count: 60_000))
    }
    #expect(marks?.en == "name: longer than 200 characters (got 60001).")
  }

  @Test("the bounds are named once")
  func bounds() {
    #expect((TextBounds.id, TextBounds.name, TextBounds.query, TextBounds.freeText) == (64, 200, 200, 2_000))
  }
}

@Suite("Text on its way to a terminal: control characters escaped, visible")
struct VisibleTextTests {
  @Test("escape sequences, BEL, OSC titles, CR, DEL, C1 and bidirectional overrides are written as escapes")
  func escaped() {
    #expect(VisibleText.escaped("a\u{1B}[2Jb") == #"a\u{1B}[2Jb"#)
    #expect(VisibleText.escaped("\u{1B}]0;Chủ tịch\u{07}") == #"\u{1B}]0;Chủ tịch\u{7}"#)
    #expect(VisibleText.escaped("x\ry\tz\nw") == #"x\ry\tz\nw"#)
    #expect(VisibleText.escaped("\u{7F}\u{9B}\u{0}") == #"\u{7F}\u{9B}\u{0}"#)
    #expect(VisibleText.escaped("abc\u{202E}fed\u{2066}") == #"abc\u{202E}fed\u{2066}"#)
    #expect("Lỗi\u{1B}".visible == #"Lỗi\u{1B}"#)
  }

  @Test("line breaks may stay line breaks; every other control character is still escaped")
  func keepingLineBreaks() {
    #expect(VisibleText.escaped("a\u{1B}\nb\r\n", keepingLineBreaks: true) == "a\\u{1B}\nb\\r\n")
  }

  @Test("ordinary Vietnamese text, emoji and wide characters come back unchanged")
  func unchanged() {
    for text in ["Phạm Văn Thích", "Hội nghị đối thoại — quý 3/2027", "😀 中文", "", "\u{200B}"] {
      #expect(VisibleText.escaped(text) == text)
    }
  }
}
