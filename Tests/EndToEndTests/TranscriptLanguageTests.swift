import Foundation
import PlanCommands
import PlanCore
import Testing

/// One language at a time, checked on what users read: the output of every transcript, Vietnamese
/// where the line has no `--lang en`, English where it has. What is not human language is taken
/// out first — JSON, ids, options, what is typed (`…`), method names, the commune's own names and
/// titles (seed and plan data) and the text the transcript itself typed — and what is left may not
/// hold a word of the other language's vocabulary of statuses, roles and reasons.
enum LanguageCheck {
  /// A word of the wrong language, where it is.
  struct Offence: CustomStringConvertible, Equatable {
    /// File name.
    var file: String
    /// Line number in the file (from 1).
    var line: Int
    /// The word found.
    var word: String
    /// The whole line.
    var text: String

    var description: String { "\(file):\(line): '\(word)' in: \(text)" }
  }

  /// English words Vietnamese output may not hold: the code's own vocabularies (statuses, roles,
  /// parts, reasons, warnings) and the words people meet with them.
  static let englishWords: [String] = {
    var words = DutyStatus.allCases.flatMap { [$0.rawValue, $0.word(.en)] }
    words += Role.allCases.map(\.rawValue) + DutyRole.allCases.map(\.rawValue) + ProgressPart.allCases.map(\.rawValue)
    let month = Month(year: 2026, month: 12)!
    let causes: [ScheduleExplanation.Exclusion.Cause] = [
      .inactive, .mayNotLead(position: "x"), .onLeave(month), .missingSkills(["x"]),
      .overCapacity(hours: 1, effort: 1, capacity: 1),
    ]
    let warnings: [RuleWarning] = [
      .mayNotLead(lead: "x", position: "x"), .onLeave(lead: "x", days: 1, workingDays: 2, month: month),
      .missingSkills(lead: "x", skills: ["x"]), .overCapacity(lead: "x", hours: 1, month: month, capacity: 1),
      .notLeadPosition(lead: "x", position: "x", item: "x", positions: ["x"]), .adHoc,
    ]
    // Each reason's stable word read as words (`over-capacity` → "over capacity").
    words += (causes.map(\.kind) + warnings.map(\.kind)).map { $0.replacingOccurrences(of: "-", with: " ") }
    words += [
      "guest", "not active", "unavailable", "refused", "pinned", "unpinned", "overdue", "on leave", "lead",
      "coordinator", "coordinators", "vacant",
    ]
    return Array(Set(words)).sorted()
  }()

  /// Vietnamese words English output may not hold outside names and titles.
  static let vietnameseWords: [String] = {
    var words = DutyStatus.allCases.map { $0.word(.vi) } + Role.allCases.map(\.vietnamese)
    let month = Month(year: 2026, month: 12)!
    // The fixed words of each exclusion's reason: the text before its first number or name.
    let causes: [ScheduleExplanation.Exclusion.Cause] = [
      .inactive, .mayNotLead(position: "x"), .onLeave(month), .missingSkills(["x"]),
      .overCapacity(hours: 1, effort: 1, capacity: 1),
    ]
    words += causes.map { cause in
      String(cause.vi.prefix { !$0.isNumber && $0 != ":" && $0 != "x" }).trimmingCharacters(in: .whitespaces)
    }
    words += [
      "khách", "quá hạn", "nghỉ", "chủ trì", "phối hợp", "khuyết", "ghim", "từ chối", "không hoạt động",
      "việc", "lỗi", "ngày", "tháng",
    ]
    return Array(Set(words.filter { !$0.isEmpty })).sorted()
  }()

  /// Every text of the embedded data (seed and plan files): the commune's names and titles, which
  /// stay Vietnamese in both languages. Only texts of two words or more, longest first.
  static let dataTexts: [String] = {
    var texts: Set<String> = Set(dutyTitles)
    func collect(_ value: Any) {
      if let text = value as? String, text.contains(" "), text.unicodeScalars.contains(where: { $0.value > 0x7F }) {
        texts.insert(text.precomposedStringWithCanonicalMapping)
      } else if let array = value as? [Any] {
        array.forEach(collect)
      } else if let object = value as? [String: Any] {
        object.values.forEach(collect)
      }
    }
    for folder in ["Seeds", "Plans2026_2030"] {
      let url = packageRoot.appendingPathComponent(folder)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".json") {
        if let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path),
          let json = try? JSONSerialization.jsonObject(with: data)
        {
          collect(json)
        }
      }
    }
    return texts.sorted { $0.count > $1.count }
  }()

  /// The title of every plan duty of 2026–2030 (the item's title with its period, as the plan
  /// expands it): the commune's own text, Vietnamese in both languages.
  static let dutyTitles: [String] = {
    var files: [String: [UInt8]] = [:]
    for folder in ["Seeds", "Plans2026_2030"] {
      let url = packageRoot.appendingPathComponent(folder)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".json") {
        files["\(folder)/\(name)"] = FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map(
          Array.init)
      }
    }
    guard let bundle = PlanBundle.load(files: files).bundle,
      let first = CivilDate(year: 2026, month: 1, day: 1), let last = CivilDate(year: 2030, month: 12, day: 31)
    else { return [] }
    return Expansion.duties(of: bundle, from: first, to: last).map { $0.title.precomposedStringWithCanonicalMapping }
  }()

  /// Every command's words as typed (`duties overdue`), longest first.
  static let commandWords: [String] = CommandTable.names.map { $0.replacingOccurrences(of: ".", with: " ") }
    .sorted { $0.count > $1.count }

  /// What the command table names, which stays as typed in both languages: the parameters (an
  /// error starts with the one at fault: `lead: …`) and the lists of values a parameter takes
  /// (`todo, doing, done, cancelled`), longest first.
  static let tableWords: (parameters: Set<String>, valueLists: [String]) = {
    var parameters: Set<String> = []
    var lists: Set<String> = []
    func values(_ schema: Schema) {
      switch schema {
      case .string(_, let words?, _): lists.insert(words.joined(separator: ", "))
      case .array(let item), .nullable(let item): values(item)
      case .anyOf(let schemas): schemas.forEach(values)
      default: break
      }
    }
    for command in CommandTable.all {
      for parameter in command.parameters {
        parameters.insert(parameter.name)
        values(parameter.schema)
      }
    }
    return (parameters, lists.sorted { $0.count > $1.count })
  }()

  /// The words of a `$` line as a shell reads them (quotes keep spaces).
  static func typedWords(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  /// What is not human language, taken out of `line`: JSON, typed things, options, ids, the
  /// placeholders of the transcript format, data texts and `typed` texts (whole or cut with "…").
  static func humanText(_ line: String, typed: [String]) -> String {
    var text = line.precomposedStringWithCanonicalMapping
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("{") || trimmed.hasPrefix("[{") || trimmed.hasPrefix("[\"") || trimmed == "[]" { return "" }
    for placeholder in ["{BOM}", "{TIME}", "{USER}"] { text = text.replacingOccurrences(of: placeholder, with: " ") }
    let texts = (typed + dataTexts).sorted { $0.count > $1.count }
    for known in texts where text.contains(known) { text = text.replacingOccurrences(of: known, with: " ") }
    // A cell cut with "…" (a long title in a table): taken out when it starts a known text.
    text = text.replacingOccurrences(of: "…", with: "…\u{1}")
    var cells = text.components(separatedBy: "\u{1}")
    for index in cells.indices where cells[index].hasSuffix("…") {
      let cell = cells[index]
      let start =
        [cell.range(of: "  ", options: .backwards), cell.range(of: " · ", options: .backwards)]
        .compactMap { $0?.upperBound }.max() ?? cell.startIndex
      let stem = cell[start..<cell.index(before: cell.endIndex)].trimmingCharacters(in: .whitespaces)
      if stem.count >= 4, texts.contains(where: { $0.hasPrefix(stem) }) {
        cells[index] = String(cell[..<start])
      }
    }
    text = cells.joined()
    for list in tableWords.valueLists { text = text.replacingOccurrences(of: list, with: " ") }
    // Commands as they are typed (`duties overdue` in help), and what an alias stands for (`qua-han` = overdue).
    for command in commandWords where text.contains(command) {
      text = text.replacingOccurrences(of: command, with: " ")
    }
    text = text.replacingOccurrences(of: #"`[^`]*` = [a-z]+"#, with: " ", options: .regularExpression)
    let names = tableWords.parameters.sorted().joined(separator: "|")
    let patterns = [
      #"(?<![\p{L}\p{N}])(?:"# + names + #")(?:\[\d+\])?:"#,  // the parameter at fault: `lead: …`
      "'[^']*'",  // what is echoed back
      "`[^`]*`",  // what is typed
      #"(?<![\p{L}\p{N}])--?[A-Za-z][A-Za-z-]*"#,  // options
      #"[\p{L}\p{N}]+(?:[-.@/_:|][\p{L}\p{N}]+)+"#,  // ids, method names, dates, values a|b|c
    ]
    for pattern in patterns {
      text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    return text
  }

  /// The first word of `words` that `text` holds as a whole word (any case), if any.
  static func word(of words: [String], in text: String) -> String? {
    let lower = text.lowercased()
    return words.first { word in
      let pattern =
        #"(?<![\p{L}\p{N}])"#
        + NSRegularExpression.escapedPattern(for: word.lowercased())
        .replacingOccurrences(of: " ", with: #"\s+"#) + #"(?![\p{L}\p{N}])"#
      return lower.range(of: pattern, options: .regularExpression) != nil
    }
  }

  /// Every offence in a transcript: each output line (stdout or `! ` stderr) checked in the
  /// language of the `$` line that printed it.
  static func offences(file: String, text: String) -> [Offence] {
    var offences: [Offence] = []
    var english = false
    var typed: [String] = []
    var lineTyped: [String] = []
    for (index, line) in Transcript.lines(text).enumerated() {
      if line.hasPrefix("$ ") {
        let words = typedWords(String(line.dropFirst(2)))
        english = zip(words, words.dropFirst()).contains { $0 == ("--lang", "en") }
        // What the user typed is theirs: it stays for later lines too (titles, a reason echoed
        // back in a list).
        let own = words.filter { $0.unicodeScalars.contains { $0.value > 0x7F } }.map {
          $0.precomposedStringWithCanonicalMapping
        }
        typed += own
        lineTyped = own
        continue
      }
      if line == "#" || line.hasPrefix("# ") { continue }
      let output = line.hasPrefix("! ") ? String(line.dropFirst(2)) : line
      let human = humanText(output, typed: typed + lineTyped)
      let forbidden = english ? vietnameseWords : englishWords
      if let word = word(of: forbidden, in: human) {
        offences.append(Offence(file: file, line: index + 1, word: word, text: line))
      } else if english, let letter = human.unicodeScalars.first(where: { vietnameseLetter($0) }) {
        // English output holds no Vietnamese letter at all outside names and titles.
        offences.append(Offence(file: file, line: index + 1, word: String(letter), text: line))
      }
    }
    return offences
  }

  /// Whether `scalar` is a letter only Vietnamese uses here: Latin with a diacritic, or đ/Đ.
  static func vietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.properties.isAlphabetic, scalar.value > 0x7F else { return false }
    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
    return base.isASCII || scalar == "đ" || scalar == "Đ"
  }
}

@Suite(
  "One language at a time in every transcript: no English status, role or reason word in Vietnamese, and the reverse")
struct TranscriptLanguageTests {
  @Test(
    "a transcript's Vietnamese output holds no English word of the vocabularies; its English no Vietnamese",
    arguments: TranscriptTests.files)
  func transcript(_ file: String) throws {
    let text = try String(contentsOf: TranscriptTests.folder.appendingPathComponent(file), encoding: .utf8)
    for offence in LanguageCheck.offences(file: file, text: text) {
      Issue.record(Comment(rawValue: offence.description))
    }
  }

  @Test("the vocabularies come from the code: statuses, roles and reasons in both languages")
  func vocabularies() {
    for word in [
      "todo", "to do", "doing", "done", "cancelled", "viewer", "official", "chair", "lead", "coordinator",
      "missing skill", "over capacity", "on leave", "inactive", "may not lead", "refused", "pinned", "unavailable",
    ] {
      #expect(LanguageCheck.englishWords.contains(word), "\(word)")
    }
    for word in [
      "chưa làm", "đang làm", "xong", "đã hủy", "người xem", "cán bộ", "Chủ tịch", "quá hạn", "nghỉ",
      "chủ trì", "phối hợp", "thiếu kỹ năng", "không còn hoạt động",
    ] {
      #expect(LanguageCheck.vietnameseWords.contains(word), "\(word)")
    }
  }

  @Test(
    "the check finds a word of the wrong language on its line, and leaves ids, options, JSON, names and titles alone")
  func checkFindsOffences() {
    let transcript = """
      # A comment: todo, chưa làm.
      $ duties create "Done với Chủ tịch" --area tthc --due 15/12/2026 --effort 6 --as chu-tich
      DX-2026-001 · 15/12/2026 · todo 0% · — · Done với Chủ tịch
      $ duties list --status done --format json
      {"items":[{"status":"done","lead":"tu-phap-1"}],"total":1}
      $ help duties list
      duties list [--status todo|doing|done|cancelled] [--lead-only]
      Vai trò: chair
      ! Lỗi (dòng 4): Lệnh `duties list --status done` không nhận 'x'.
      $ officials list --lang en
      chu-tich  Phạm Văn Thích  chu-tich  0/16  16
      pho-chu-tich-hdnd  Phó Chủ tịch HĐND xã (khuyết)  hdnd
      tu-phap-1  Công chức Tư pháp - hộ tịch (không hoạt động)
      $ duties mine --as tu-phap-1 --lang en
      DX-2026-001  15/12/2026  chưa làm  0  tu-phap-1  Done với…
      ! Error (line 5): Role: Chủ tịch.
      Xong.
      """
    let found = LanguageCheck.offences(file: "t.txt", text: transcript)
    #expect(
      found.map { "\($0.line) \($0.word)" } == [
        "3 todo", "8 chair", "13 không hoạt động", "15 chưa làm", "16 Chủ tịch", "17 xong",
      ],
      "\(found)")
  }
}
