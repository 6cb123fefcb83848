import Foundation

/// Unicode handling for Vietnamese text: NFC storage and the folded search key.
public enum VietnameseText {
  /// The text in Unicode Normalization Form C, the form every stored string uses.
  public static func nfc(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping
  }

  /// The search key of a text: lower case, diacritics removed, đ/Đ → d, whitespace folded.
  ///
  /// `"Cải cách"` and `"cai cach"` share the key `"cai cach"`; `"số hóa"` and `"số hoá"` both give `"so hoa"`.
  public static func searchKey(_ text: String) -> String {
    var key = String.UnicodeScalarView()
    var pendingSpace = false
    // NFD splits every accented letter into its base letter and combining marks.
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !key.isEmpty
        continue
      }
      // Combining diacritical marks (U+0300–U+036F) carry the tones and vowel shapes.
      if (0x0300...0x036F).contains(scalar.value) { continue }
      if pendingSpace {
        key.append(" ")
        pendingSpace = false
      }
      switch scalar {
      case "đ", "Đ": key.append("d")
      default:
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { key.append(lower) }
      }
    }
    return String(key)
  }

  /// The number of terminal columns the text takes (wide East Asian characters count two, marks zero).
  public static func displayWidth(_ text: String) -> Int {
    var width = 0
    for scalar in nfc(text).unicodeScalars {
      let value = scalar.value
      if (0x0300...0x036F).contains(value) || scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .enclosingMark || value == 0x200B
      {
        continue
      }
      if scalar.properties.generalCategory == .control { continue }
      width += isWide(value) ? 2 : 1
    }
    return width
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
