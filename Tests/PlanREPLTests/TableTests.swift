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

@Suite("CSV for Excel: empty cells, and text Excel would turn into numbers or dates kept as text")
struct ExcelCSVTests {
  @Test(
    "cells Excel would convert are written as =\"…\"; whole numbers stay numbers; plain words stay as they are",
    arguments: [
      ("10/16", #""=""10/16""""#), ("0.5", #""=""0.5""""#), ("2.10", #""=""2.10""""#),
      ("25/09/2026", #""=""25/09/2026""""#), ("30/11/2026 08:47:05", #""=""30/11/2026 08:47:05""""#),
      ("007", #""=""007""""#), ("1e5", #""=""1e5""""#), ("50%", #""=""50%""""#), ("TRUE", #""=""TRUE""""#),
      ("=HYPERLINK(1)", #""=""=HYPERLINK(1)""""#), ("-giao ban", #""=""-giao ban""""#), ("@x", #""=""@x""""#),
      ("12", "12"), ("-3", "-3"), ("0", "0"), ("16", "16"), ("2.2@2027-Q3", "2.2@2027-Q3"), ("2 tthc", "2 tthc"),
      ("Họp, giao ban", #""Họp, giao ban""#), ("", ""), ("1234567890123456", #""=""1234567890123456""""#),
    ])
  func field(cell: String, written: String) {
    #expect(Table.csvField(cell) == written)
  }

  @Test("an empty cell (no lead) is empty in CSV and — in a table")
  func empty() {
    let table = Table(
      columns: [.init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Chủ trì", "Lead"))], rows: [["a", ""]])
    #expect(table.csv(.en) == "\u{FEFF}Id,Lead\r\na,")
    #expect(table.render(.en, width: nil).hasSuffix("a   —"))
  }
}

@Suite("Tables and CSV show control characters escaped, measured as shown")
struct EscapedTableTests {
  static let table = Table(
    columns: [.init(header: Bilingual("Mã", "Id")), .init(header: Bilingual("Tên", "Name"))],
    rows: [
      ["a\u{1B}[2J", "Phạm\u{07} Văn\nThích"],
      ["bb", "\u{1B}]0;giả mạo\u{07}"],
      ["c", "Lê\u{202E}Văn"],
    ])

  @Test("no raw control character in a rendered table; columns still align")
  func table() {
    let text = Self.table.render(.vi, width: nil)
    #expect(!text.unicodeScalars.contains { $0 != "\n" && VisibleText.escaped(String($0)) != String($0) }, "\(text)")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "a line break inside a cell makes no new line")
    #expect(lines[2] == #"a\u{1B}[2J  Phạm\u{7} Văn\nThích"#)
    #expect(lines[3] == #"bb          \u{1B}]0;giả mạo\u{7}"#)
    #expect(lines[4] == #"c           Lê\u{202E}Văn"#)
  }

  @Test("CSV fields are escaped too; only the record separators are CR LF")
  func csv() {
    let text = Self.table.csv(.en)
    #expect(
      text == "\u{FEFF}Id,Name\r\n" + #"a\u{1B}[2J,Phạm\u{7} Văn\nThích"# + "\r\n" + #"bb,\u{1B}]0;giả mạo\u{7}"#
        + "\r\n" + #"c,Lê\u{202E}Văn"#)
  }
}

@Suite("A list result's JSON read once: where its items are, how many, the total")
struct PageJSONTests {
  @Test("brackets, commas and escaped quotes inside strings never end the items; members before and after are kept")
  func tricky() throws {
    let text = #"{"groups":{"a":1,"b":[2]},"items":[{"t":"a],\"b,"},{"t":"[{","n":[1,{"x":"}"}]}],"total":7}"#
    let bytes = Array(text.utf8)
    let page = try PageJSON(bytes)
    #expect(page.count == 2 && page.total == 7)
    #expect(String(decoding: bytes[page.items], as: UTF8.self) == #"{"t":"a],\"b,"},{"t":"[{","n":[1,{"x":"}"}]}"#)
    let empty = try PageJSON(Array(#"{"items":[],"total":0}"#.utf8))
    #expect(empty.count == 0 && empty.items.isEmpty && empty.total == 0)
    #expect(throws: PlanError.self) { try PageJSON(Array(#"{"total":3}"#.utf8)) }
    for broken in ["[1,2]", #"{"items":"#, #"{"items":[1,"#, #"{"#, #"{"items":3,"total":1}"#, #"{x}"#] {
      #expect(throws: PlanError.self, "\(broken)") { try PageJSON(Array(broken.utf8)) }
    }
  }
}
