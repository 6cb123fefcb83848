import Foundation
import PlanCore
import Testing

@Suite("Vietnamese text: NFC and the folded search key")
struct VietnameseTextTests {
  /// Base vowels and what they fold to.
  static let vowels: [(Character, Character)] = [
    ("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"), ("o", "o"), ("ô", "o"),
    ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y"),
  ]
  /// No tone, huyền, sắc, hỏi, ngã, nặng.
  static let tones: [String] = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

  @Test("every vowel with every tone, in both cases and both normal forms, folds to its base letter")
  func everyVowelAndTone() {
    for (vowel, base) in Self.vowels {
      for tone in Self.tones {
        let nfc = VietnameseText.nfc(String(vowel) + tone)
        #expect(nfc.count == 1 && nfc.unicodeScalars.count == 1, "\(nfc) should be one precomposed scalar")
        for form in [nfc, nfc.uppercased(), nfc.decomposedStringWithCanonicalMapping] {
          #expect(VietnameseText.searchKey(form) == String(base), "\(form) folds to \(base)")
        }
      }
    }
  }

  @Test("đ and Đ fold to d")
  func dStroke() {
    #expect(VietnameseText.searchKey("Đề án 06 đẩy mạnh") == "de an 06 day manh")
  }

  @Test(
    "the examples of the architecture",
    arguments: [
      ("Cải cách hành chính", "cai cach hanh chinh"), ("số hóa", "so hoa"), ("số hoá", "so hoa"),
      ("  Trung   tâm\tphục vụ\n", "trung tam phuc vu"), ("TTHC", "tthc"), ("Phạm Văn Thích", "pham van thich"),
    ])
  func examples(input: String, key: String) {
    #expect(VietnameseText.searchKey(input) == key)
  }

  @Test("NFC normalisation turns decomposed text into precomposed text, and leaves NFC alone")
  func nfc() {
    let nfd = "Ủy ban nhân dân".decomposedStringWithCanonicalMapping
    #expect(nfd.unicodeScalars.count > "Ủy ban nhân dân".unicodeScalars.count)
    #expect(Array(VietnameseText.nfc(nfd).unicodeScalars) == Array("Ủy ban nhân dân".unicodeScalars))
  }

  @Test("display width counts columns, not scalars", arguments: [("Phạm Văn Thích", 14), ("abc", 3), ("中文", 4)])
  func displayWidth(text: String, width: Int) {
    #expect(VietnameseText.displayWidth(text) == width)
    #expect(VietnameseText.displayWidth(text.decomposedStringWithCanonicalMapping) == width)
  }
}
