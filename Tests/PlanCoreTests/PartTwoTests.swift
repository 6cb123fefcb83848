import Foundation
import PlanCore
import Testing

/// Reads Part Two of the report in `Seeds/` and splits it into its sections and sentences.
enum PartTwo {
  /// One section ("1. Về cải cách thể chế") and its sentences, whitespace folded.
  struct Section {
    var number: Int
    var heading: String
    var sentences: [String]
  }

  /// The sections of Part Two, parsed from the report.
  static let sections: [Section] = parse(Fixtures.reportLines)

  static func parse(_ lines: [String]) -> [Section] {
    let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
    guard let start = trimmed.firstIndex(of: "Phần thứ hai"),
      let end = trimmed.firstIndex(of: "Phần thứ ba")
    else { return [] }
    var sections: [Section] = []
    var body: [String] = []
    func flush() {
      guard !sections.isEmpty else { return }
      sections[sections.count - 1].sentences = sentences(of: body)
      body = []
    }
    for line in trimmed[start..<end] where !line.isEmpty {
      if let heading = sectionHeading(line) {
        flush()
        sections.append(Section(number: heading.number, heading: heading.title, sentences: []))
      } else if !sections.isEmpty {
        body.append(line)
      }
    }
    flush()
    return sections
  }

  /// `"3. Về tổ chức bộ máy hành chính nhà nước"` → (3, "Về tổ chức …").
  static func sectionHeading(_ line: String) -> (number: Int, title: String)? {
    guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]), (1...6).contains(number) else {
      return nil
    }
    let title = line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces)
    return title.hasPrefix("Về ") ? (number, title) : nil
  }

  /// Splits a section body into sentences: after a full stop followed by a capital letter, and at a
  /// paragraph end — a line ending without punctuation followed by a line opening with a capitalised
  /// word (a capital then a lower-case letter, so that an acronym such as "TTHC" continues a sentence).
  static func sentences(of lines: [String]) -> [String] {
    var sentences: [String] = []
    var current = ""
    for (index, line) in lines.enumerated() {
      current += (current.isEmpty ? "" : " ") + line
      let next = index + 1 < lines.count ? lines[index + 1] : nil
      if let next, !line.hasSuffix("."), !line.hasSuffix(","), !line.hasSuffix(";"), !line.hasSuffix(":"),
        opensWithCapitalisedWord(next)
      {
        sentences.append(contentsOf: splitAtFullStops(current))
        current = ""
      }
    }
    if !current.isEmpty { sentences.append(contentsOf: splitAtFullStops(current)) }
    return sentences.map(Fixtures.foldWhitespace)
  }

  static func opensWithCapitalisedWord(_ line: String) -> Bool {
    let letters = Array(line.prefix(2))
    return letters.count == 2 && letters[0].isUppercase && letters[1].isLowercase
  }

  static func splitAtFullStops(_ text: String) -> [String] {
    let characters = Array(Fixtures.foldWhitespace(text))
    var result: [String] = []
    var start = 0
    for i in characters.indices where characters[i] == "." {
      // ". X" with X a capital letter ends a sentence; "76/NQ-CP." inside numbers does not occur here.
      if i + 2 < characters.count, characters[i + 1] == " ", characters[i + 2].isUppercase {
        result.append(String(characters[start...i]))
        start = i + 2
      }
    }
    if start < characters.count { result.append(String(characters[start...])) }
    return result
  }
}

@Suite("Part Two of the report is in the plan, word for word")
struct PartTwoTests {
  @Test("the report's Part Two has the six sections and 25 sentences (6/3/3/4/3/6)")
  func parserSeesTheReport() {
    #expect(PartTwo.sections.map(\.number) == [1, 2, 3, 4, 5, 6])
    #expect(PartTwo.sections.map(\.sentences.count) == [6, 3, 3, 4, 3, 6])
  }

  @Test(
    "every Part Two sentence is the source.sentence of at least one item of its area, and no item quotes anything else")
  func everySentenceIsPlanned() throws {
    let bundle = try #require(Fixtures.bundle)
    for section in PartTwo.sections {
      let area = try #require(bundle.areas.first { $0.id == section.number })
      let quoted = Set(area.items.compactMap(\.source.sentence))
      for sentence in section.sentences {
        #expect(quoted.contains(sentence), "area \(section.number) lacks: \(sentence)")
      }
      #expect(quoted == Set(section.sentences), "area \(section.number) quotes text that is not a Part Two sentence")
    }
  }

  @Test("items are in the report's order, and the parts of a split sentence are lettered a, b, c …")
  func orderAndSplitIDs() throws {
    let bundle = try #require(Fixtures.bundle)
    for section in PartTwo.sections {
      let area = try #require(bundle.areas.first { $0.id == section.number })
      let order = area.items.compactMap { item in section.sentences.firstIndex(of: item.source.sentence ?? "") }
      #expect(order == order.sorted(), "area \(section.number) items out of order")
      let groups = Dictionary(grouping: area.items) { $0.source.sentence ?? "" }
      for (number, sentence) in section.sentences.enumerated() {
        let ids = (groups[sentence] ?? []).map(\.id)
        let stem = "\(section.number).\(number + 1)"
        let expected = ids.count == 1 ? [stem] : ids.indices.map { stem + String(UnicodeScalar(UInt8(97 + $0))) }
        #expect(ids.map(\.rawValue) == expected, "sentence \(stem)")
      }
    }
  }

  @Test("the parts of a split sentence cover distinct, ordered stretches of it")
  func splitPartsInOrder() throws {
    let bundle = try #require(Fixtures.bundle)
    let groups = Dictionary(grouping: bundle.planItems.filter { $0.source.sentence != nil }) { $0.source.sentence! }
    for (sentence, items) in groups where items.count > 1 {
      var position = sentence.startIndex
      for item in items {
        let range = try #require(sentence.range(of: item.text, range: position..<sentence.endIndex), "\(item.id)")
        position = range.upperBound
      }
    }
  }

  @Test("the areas carry both names: the resolution's and the report's heading")
  func areaNames() throws {
    let bundle = try #require(Fixtures.bundle)
    let resolution = [
      "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    ]
    let codes = ["the-che", "tthc", "bo-may", "cong-vu", "tai-chinh", "cqs"]
    for section in PartTwo.sections {
      let area = try #require(bundle.areas.first { $0.id == section.number })
      #expect(area.localName == section.heading)
      #expect(area.name == resolution[section.number - 1])
      #expect(area.code == codes[section.number - 1])
      #expect(area.reformArea)
    }
    let zero = try #require(bundle.areas.first { $0.id == 0 })
    #expect(zero.code == "chi-dao" && !zero.reformArea && zero.name.contains("chỉ đạo, điều hành"))
  }

  @Test("area 6: the resolution says Chính phủ, the report's heading says Chính quyền")
  func areaSixNames() throws {
    let area = try #require(Fixtures.bundle?.areas.first { $0.id == 6 })
    #expect(area.name == "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số")
    #expect(area.localName == "Về xây dựng và phát triển Chính quyền điện tử, Chính quyền số")
    let heading = try #require(
      Fixtures.reportLines.firstIndex { $0.hasPrefix("6. Về xây dựng") && $0.contains("Chính quyền số") })
    #expect(Fixtures.foldWhitespace(Fixtures.reportLines[heading]) == "6. " + area.localName)
  }
}

@Suite("Every quoted sentence is the report's, on the lines it names")
struct SourceQuoteTests {
  @Test("every item's text is a contiguous part of its source sentence")
  func textInSentence() throws {
    let bundle = try #require(Fixtures.bundle)
    for item in bundle.planItems {
      if let sentence = item.source.sentence {
        #expect(sentence.contains(item.text), "\(item.id)")
        #expect(item.text == Fixtures.foldWhitespace(item.text), "\(item.id): text has stray whitespace")
      } else {
        #expect(!(item.source.reference ?? "").isEmpty, "\(item.id) has neither sentence nor reference")
      }
    }
  }

  @Test("every source sentence is in the report exactly on its lines, no more and no fewer")
  func linesAreExact() throws {
    let bundle = try #require(Fixtures.bundle)
    for item in bundle.planItems {
      guard let sentence = item.source.sentence else { continue }
      let lines = try #require(item.source.lines, "\(item.id)")
      try #require(lines.count == 2)
      let (first, last) = (lines[0], lines[1])
      #expect(Fixtures.reportText(lines: first, last).contains(sentence), "\(item.id) not on lines \(first)–\(last)")
      if first < last {
        #expect(!Fixtures.reportText(lines: first + 1, last).contains(sentence), "\(item.id): first line too early")
        #expect(!Fixtures.reportText(lines: first, last - 1).contains(sentence), "\(item.id): last line too late")
      }
    }
  }

  @Test("the areas keep the counts of the domain brief: 6/3/3/4/3/6 sentences, area 0 with the yearly instruments")
  func areaZeroInstruments() throws {
    let bundle = try #require(Fixtures.bundle)
    let zero = try #require(bundle.areas.first { $0.id == 0 })
    let titles = zero.items.map { VietnameseText.searchKey($0.title) }
    for needle in [
      "ke hoach cchc nam", "kiem tra cchc", "tuyen truyen cchc", "ra soat, danh gia tthc", "hoi nghi doi thoai",
      "so hoa", "chuyen doi vi tri", "dao tao, boi duong", "bao cao cchc quy", "bao cao cchc 6 thang",
      "bao cao cchc nam",
    ] {
      #expect(titles.contains { $0.contains(needle) }, "area 0 lacks \(needle)")
    }
    let dialogue = try #require(zero.items.first { VietnameseText.searchKey($0.title).contains("hoi nghi doi thoai") })
    #expect(dialogue.recurrence.every == .halfYear, "at least two dialogue conferences a year")
  }
}
