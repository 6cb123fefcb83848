import Foundation
@testable import PlanREPL
import PlanCommands
import PlanCore
import Testing

@Suite("Tables align by display width and cut to the terminal")
struct TableTests {
  static let table = Table(
    columns: [
      .init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Giờ", "Hours"), right: true),
      .init(header: Bilingual("Tên", "Name")),
    ],
    rows: [
      ["a-1", "4", "Phạm Văn Thích"],
      ["bb-22", "16", "Phạm Văn Thích".decomposedStringWithCanonicalMapping],
      ["c", "8", "中文名字 and more words here"],
    ])

  @Test("every line's columns start at the same display column, NFC and NFD alike")
  func aligned() {
    let lines = Self.table.render(.vi, width: nil).split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    // The third column starts where the header's does, on every line.
    let start = { (line: String) -> Int in
      let cells = line.components(separatedBy: "  ").filter { !$0.isEmpty }
      return VietnameseText.displayWidth(line) - VietnameseText.displayWidth(cells.last ?? "")
    }
    let header = start(lines[0])
    for line in lines.dropFirst(2) { #expect(start(line) == header, "\(line)") }
    #expect(lines[2].hasSuffix("Phạm Văn Thích") && lines[3].hasSuffix("Phạm Văn Thích"))
  }

  @Test("a narrow terminal cuts the widest column with an ellipsis, never past the width")
  func cut() {
    for width in [30, 40, 60] {
      let lines = Self.table.render(.en, width: width).split(separator: "\n")
      for line in lines { #expect(VietnameseText.displayWidth(String(line)) <= width, "\(width): \(line)") }
      #expect(lines.contains { $0.hasSuffix("…") } == (width < 42), "\(width)")  // the table is 42 columns wide
    }
  }

  @Test("CSV starts with a byte-order mark and quotes what needs quoting")
  func csv() {
    let table = Table(columns: [.init(header: Bilingual("Việc", "Duty"))], rows: [["Họp, giao ban"], ["say \"hi\""]])
    let text = table.csv(.vi)
    #expect(text.hasPrefix("\u{FEFF}Việc\r\n"))
    #expect(text.hasSuffix("\"Họp, giao ban\"\r\n\"say \"\"hi\"\"\""))
  }
}
