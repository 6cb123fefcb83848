import Foundation
import PlanCommands
import PlanCore

/// Options that may appear anywhere on a line, whatever the command.
public struct LineOptions: Sendable, Equatable {
  /// `--db PATH`.
  public var db: String?
  /// `--as OFFICIAL`.
  public var actingAs: String?
  /// `--today DATE`.
  public var today: String?
  /// `--lang vi|en`.
  public var language: Language?
  /// `--format table|json|csv`.
  public var format: OutputFormat?
  /// `--keep-going`.
  public var keepGoing = false
  /// `--all`: every row of a list, page after page.
  public var all = false
  /// `--output FILE`: a list or a document written whole to a file.
  public var output: String?
  /// `--force`: a document written with `--output` may replace an existing file.
  public var force = false

  /// No option given.
  public init() {}
}

/// A command line resolved against the command table.
public struct Invocation: Sendable {
  /// The command.
  public var command: CommandEntry
  /// Its parameters, by name, as JSON-RPC would carry them.
  public var params: JSONValue
  /// Global options found on the line.
  public var options: LineOptions
}

/// The shell's command language: `noun verb args --options`, unique prefixes, Vietnamese aliases,
/// a bare noun runs its `list` verb. Every command comes from the one command table.
public enum CommandLanguage {
  /// Vietnamese and short aliases of nouns.
  public static let nounAliases = [
    "viec": "duties", "canbo": "officials", "linhvuc": "areas", "kehoach": "plan", "nhatky": "audit",
    "chitieu": "indicators",
    "baocao": "reports",
  ]
  /// Vietnamese aliases of verbs.
  public static let verbAliases = [
    "giao": "assign", "tiendo": "progress", "xong": "complete", "huy": "cancel", "tao": "create", "xem": "get",
    "ds": "list", "cua-toi": "mine", "nghi": "leaves", "qua-han": "overdue", "sap-den-han": "upcoming",
    "sua": "update", "ghi": "record",
  ]
  /// Vietnamese aliases of options (typed without `--`), each for the parameter it names.
  public static let optionAliases = [
    "thang": "month", "quy": "quarter", "trong": "within", "chay-thu": "dryRun", "ket-qua": "result",
    "minh-chung": "evidence", "tu": "from", "den": "to", "ngay": "asOf",
  ]
  /// The aliases of the parameter `name`, as options (`--ket-qua`).
  public static func aliases(of name: String) -> [String] {
    optionAliases.filter { $0.value == name }.map { "--" + $0.key }.sorted()
  }

  /// Finds the official's id a name typed for an option names (`--lead thich`), as `login` does;
  /// the option is empty for a positional word.
  public typealias OfficialResolver = (_ text: String, _ option: String) throws -> String

  /// The noun a verb alias typed alone belongs to: `giao X` is `duties assign X` (the shell's
  /// work is duties; a verb alias of a verb duties lacks needs its noun).
  public static let aloneNoun = "duties"

  /// The verb aliases that work alone, each with the command it stands for (`giao` → duties assign).
  public static var aloneAliases: [(alias: String, command: String)] {
    verbAliases.filter { names.contains([aloneNoun, $0.value]) }.map { ($0.key, "\(aloneNoun) \($0.value)") }
      .sorted { $0.alias < $1.alias }
  }

  /// The command words: each command's name split at dots (`officials leave cancel`).
  static let names: [[String]] = CommandTable.names.map { $0.split(separator: ".").map(String.init) }

  /// The verb of a noun that has exactly one command (`reports` → `generate`), else nil.
  static func onlyVerb(of noun: String) -> String? {
    let verbs = names.filter { $0.first == noun && $0.count == 2 }.map { $0[1] }
    return verbs.count == 1 && names.filter { $0.first == noun }.count == 1 ? verbs[0] : nil
  }

  /// The nouns of the table.
  public static var nouns: [String] { Array(Set(names.map { $0[0] })).sorted() }

  /// Resolves a line's words; with `officials`, a word given for a parameter that names officials
  /// may be a name (typed without diacritics), as `login` takes it.
  /// - Throws: `PlanError` naming the unknown word (with the nearest command) or the bad argument.
  public static func resolve(
    _ words: [String], defaults: LineOptions = LineOptions(), today: CivilDate, officials: OfficialResolver? = nil
  ) throws -> Invocation {
    let (options, words) = try globalOptions(words, defaults: defaults)
    let (commandWords, rest, position) = try commandName(words)
    let name = commandWords.joined(separator: ".")
    guard let command = CommandTable.byName[name] else {
      throw PlanError(
        .methodNotFound, vi: "Không có lệnh '\(name)'.", en: "There is no command '\(name)'.")
    }
    let lineToday = options.today.flatMap(CivilDate.init(typed:)) ?? today
    let params = try bind(Array(rest[position...]), to: command, today: lineToday, officials: officials)
    return Invocation(command: command, params: params, options: options)
  }

  /// The global options, wherever they are on the line, and the other words in order.
  static func globalOptions(_ words: [String], defaults: LineOptions) throws -> (LineOptions, [String]) {
    var options = defaults
    var rest: [String] = []
    var index = 0
    // Global options first, wherever they are.
    while index < words.count {
      let word = words[index]
      func value() throws -> String {
        guard index + 1 < words.count else {
          throw PlanError.invalidParams("\(word) cần một giá trị.", "\(word) needs a value.")
        }
        index += 1
        return words[index]
      }
      switch word {
      case "--db": options.db = try value()
      case "--as": options.actingAs = try value()
      case "--today": options.today = try value()
      case "--keep-going": options.keepGoing = true
      case "--all": options.all = true
      case "--output": options.output = try value()
      case "--force": options.force = true
      case "--lang":
        let text = try value()
        guard let language = Language(rawValue: text) else {
          throw PlanError.invalidParams("--lang chỉ nhận vi hoặc en.", "--lang takes vi or en.")
        }
        options.language = language
      case "--format":
        let text = try value()
        guard let format = OutputFormat(rawValue: text) else {
          let formats = OutputFormat.allCases.map(\.rawValue)
          throw PlanError.invalidParams(
            "--format chỉ nhận \(formats.dropLast().joined(separator: ", ")) hoặc \(formats.last ?? "").",
            "--format takes \(formats.dropLast().joined(separator: ", ")) or \(formats.last ?? "").")
        }
        options.format = format
      default: rest.append(word)
      }
      index += 1
    }
    return (options, rest)
  }

  /// The command the first words name (noun, verb, sub-verb; a bare noun lists) and where its
  /// arguments start.
  static func commandName(_ words: [String]) throws -> (words: [String], line: [String], position: Int) {
    var rest = words
    guard var first = rest.first else {
      throw PlanError.invalidParams("Dòng lệnh trống.", "The line is empty.")
    }
    rest = joiningSpacedAlias(rest, at: 0)
    first = rest[0]
    let key = VietnameseText.searchKey(first)
    if key == "whoami" {
      // `whoami` stands for `session whoami`.
      rest = ["session", "whoami"] + rest.dropFirst()
      first = "session"
    } else if nounAliases[key] == nil, !nouns.contains(key), let verb = verbAliases[key],
      names.contains([aloneNoun, verb])
    {
      // A verb alias alone: `giao X` is `duties giao X`.
      rest = [aloneNoun] + rest
      first = aloneNoun
    }
    let noun = try match(first, among: nouns, aliases: nounAliases, suggesting: Array(verbAliases.keys))
    var commandWords = [noun]
    var position = 1
    // The longest command name that the next words spell (verb, then sub-verb).
    while position < rest.count, !rest[position].hasPrefix("--") {
      rest = joiningSpacedAlias(rest, at: position)
      let candidates = names.filter {
        $0.count > commandWords.count && Array($0.prefix(commandWords.count)) == commandWords
      }
      .map { $0[commandWords.count] }
      guard !candidates.isEmpty,
        let verb = try? match(rest[position], among: Array(Set(candidates)), aliases: verbAliases)
      else { break }
      commandWords.append(verb)
      position += 1
    }
    if !names.contains(commandWords) {
      if names.contains(commandWords + ["list"]) {
        // A bare noun lists — unless the next word looks like a mistyped verb (list takes no word).
        if position < rest.count, !rest[position].hasPrefix("--"), commandWords.count == 1,
          let list = CommandTable.byName[noun + ".list"], positional(list).isEmpty
        {
          let verbs = Array(Set(names.filter { $0.first == noun && $0.count > 1 }.map { $0[1] }))
          _ = try match(rest[position], among: verbs, aliases: verbAliases)
        }
        commandWords.append("list")
      } else if let only = onlyVerb(of: noun) {
        // A noun with one verb runs it: `baocao 2027-Q1` is `reports generate 2027-Q1`.
        commandWords.append(only)
      } else {
        let verbs = names.filter { $0.first == noun }.map { $0.dropFirst().joined(separator: " ") }.sorted()
        throw PlanError.invalidParams(
          "Thiếu việc cần làm sau '\(noun)'. Có: \(verbs.joined(separator: ", ")).",
          "What should '\(noun)' do? One of: \(verbs.joined(separator: ", ")).")
      }
    }
    return (commandWords, rest, position)
  }

  /// `words` with the two words at `index` made one when together they spell an alias typed with a
  /// space (`cán bộ` → `canbo`, `tiến độ` → `tiendo`, `của tôi` → `cua-toi`); else `words`.
  static func joiningSpacedAlias(_ words: [String], at index: Int) -> [String] {
    guard index + 1 < words.count, !words[index + 1].hasPrefix("-") else { return words }
    let pair = (VietnameseText.searchKey(words[index]), VietnameseText.searchKey(words[index + 1]))
    for joined in [pair.0 + pair.1, pair.0 + "-" + pair.1]
    where nounAliases[joined] != nil || verbAliases[joined] != nil {
      return Array(words[..<index]) + [joined] + Array(words[(index + 2)...])
    }
    return words
  }

  /// The positional parameters of a command, in the order it declares them.
  static func positional(_ command: CommandEntry) -> [Parameter] {
    command.parameters.filter(\.positional)
  }

  /// Turns `args --options` into named parameters, typed by each parameter's schema; a word for a
  /// parameter that names officials goes through `officials` first (each of a list's parts).
  static func bind(_ words: [String], to command: CommandEntry, today: CivilDate, officials: OfficialResolver? = nil)
    throws -> JSONValue
  {
    var members: [(String, JSONValue)] = []
    var positionals = positional(command)
    var index = 0
    // Every parameter once, flags too (`--pin --no-pin` is refused, not the last one taken).
    func set(_ parameter: Parameter, _ value: @autoclosure () throws -> JSONValue) throws {
      if members.contains(where: { $0.0 == parameter.name }) {
        throw PlanError.invalidParams(
          "Tham số '\(parameter.name)' được cho hai lần.", "Parameter '\(parameter.name)' is given twice.")
      }
      members.append((parameter.name, try value()))
    }
    func named(_ text: String, _ parameter: Parameter, option: String) throws -> String {
      try resolveNames(text, for: parameter, option: option, officials)
    }
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("--") {
        let (parameter, negated) = try option(word, of: command)
        if case .boolean = parameter.schema {
          if index + 1 < words.count, let flag = boolean(words[index + 1]) {
            try set(parameter, .bool(negated ? !flag : flag))
            index += 1
          } else {
            try set(parameter, .bool(!negated))
          }
        } else {
          guard index + 1 < words.count, !words[index + 1].hasPrefix("--") else {
            throw PlanError.invalidParams("\(word) cần một giá trị.", "\(word) needs a value.")
          }
          try set(parameter, try value(named(words[index + 1], parameter, option: word), for: parameter, today: today))
          index += 1
        }
      } else {
        guard !positionals.isEmpty else {
          throw PlanError.invalidParams("Thừa '\(word)'.", "Unexpected '\(word)'.")
        }
        let parameter = positionals.removeFirst()
        try set(parameter, try value(named(word, parameter, option: ""), for: parameter, today: today))
      }
      index += 1
    }
    return .object(members)
  }

  /// The parameter an option names (`--lead`, an alias such as `--ket-qua`, `--no-pin` negated).
  /// - Throws: `PlanError` naming the option and listing the command's own.
  static func option(_ word: String, of command: CommandEntry) throws -> (Parameter, negated: Bool) {
    var name = camelCase(String(word.dropFirst(2)))
    if let alias = optionAliases[VietnameseText.searchKey(String(word.dropFirst(2)))],
      command.parameters.contains(where: { $0.name == alias })
    {
      name = alias
    }
    var negated = false
    if name.hasPrefix("no"), let first = name.dropFirst(2).first, first.isUppercase {
      name = first.lowercased() + name.dropFirst(3)
      negated = true
    }
    guard let parameter = command.parameters.first(where: { $0.name == name }) else {
      let known = command.parameters.map { "--" + kebabCase($0.name) }.joined(separator: ", ")
      throw PlanError.invalidParams(
        "Lệnh \(command.synopsis.split(separator: " ").prefix(2).joined(separator: " ")) không có \(word). Có: \(known).",
        "\(command.name) has no \(word). Options: \(known).")
    }
    return (parameter, negated)
  }

  /// A word typed for a parameter that names officials, with each name (each part of a list)
  /// replaced by the id `officials` finds for it, as `login` finds it; other words as typed.
  static func resolveNames(_ text: String, for parameter: Parameter, option: String, _ officials: OfficialResolver?)
    throws -> String
  {
    guard parameter.namesOfficial, let officials else { return text }
    guard case .array = parameter.schema else { return try officials(text, option) }
    return try text.split(separator: ",").map {
      try officials(String($0).trimmingCharacters(in: .whitespaces), option)
    }.joined(separator: ",")
  }

  /// A word typed for `parameter`, as JSON of the schema's type.
  static func value(_ text: String, for parameter: Parameter, today: CivilDate) throws -> JSONValue {
    try value(text, name: parameter.name, schema: parameter.schema, today: today)
  }

  /// A word typed for the parameter `name` of schema `schema`, as JSON of the schema's type.
  static func value(_ text: String, name: String, schema: Schema, today: CivilDate) throws -> JSONValue {
    let parameter = (name: name, schema: schema)
    func typed(_ schema: Schema) throws -> JSONValue {
      switch schema {
      case .integer:
        // `50%` is 50: people type the sign they read.
        guard let number = Int(text.hasSuffix("%") ? String(text.dropLast()) : text) else {
          throw PlanError.invalidParams(
            "Tham số '\(parameter.name)' phải là số nguyên (nhận '\(text)').",
            "Parameter '\(parameter.name)' must be an integer (got '\(text)').")
        }
        return .integer(number)
      case .number:
        return try number(text, name: name)
      case .boolean:
        guard let flag = boolean(text) else {
          throw PlanError.invalidParams(
            "Tham số '\(parameter.name)' phải là có/không (true/false).",
            "Parameter '\(parameter.name)' must be true or false.")
        }
        return .bool(flag)
      case .array(let item):
        return .array(
          try text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { part in
              try value(part, name: name, schema: item, today: today)
            })
      case .string(let format, _, _) where format == "date":
        return .string(try date(text, today: today, first: parameter.name == "from"))
      case .string(let format, _, _) where format == "month":
        return .string(try month(text, name: parameter.name, today: today))
      case .string(let format, _, _) where format == "quarter":
        return .string(try quarter(text, name: parameter.name, today: today))
      case .anyOf(let schemas):
        if schemas.contains(where: { if case .integer = $0 { true } else { false } }), let number = Int(text) {
          return .integer(number)
        }
        return .string(text)
      case .nullable(let schema):
        return try typed(schema)
      case .anyObject, .object:
        // An object parameter (an instance) is given as the path of a JSON file.
        guard let data = FileManager.default.contents(atPath: text) else {
          throw PlanError.invalidParams(
            "Không đọc được tệp '\(text)' cho '\(parameter.name)'.",
            "Cannot read the file '\(text)' for '\(parameter.name)'.")
        }
        do {
          // The same strict reading as JSON-RPC's: one name once, integers without fraction.
          return try JSONValue(parsing: Array(data), maximumDepth: JSONValue.maximumDepth)
        } catch {
          throw PlanError.invalidParams(
            "Tệp '\(text)' không phải JSON hợp lệ.", "The file '\(text)' is not valid JSON.")
        }
      default:
        return .string(text)
      }
    }
    return try typed(parameter.schema)
  }

  /// A number typed for the parameter `name`: `85,5` or `85.5`, and `85%` (people type the decimal
  /// comma and the sign they read); a whole number stays an integer.
  static func number(_ text: String, name: String) throws -> JSONValue {
    let digits = (text.hasSuffix("%") ? String(text.dropLast()) : text).replacingOccurrences(of: ",", with: ".")
    guard let number = Double(digits), number.isFinite else {
      throw PlanError.invalidParams(
        "Tham số '\(name)' phải là một số (nhận '\(text)').", "Parameter '\(name)' must be a number (got '\(text)').")
    }
    return number == number.rounded() && abs(number) < 1e15 ? .integer(Int(number)) : .number(number)
  }

  /// `25/9/2026`, `25-9-2026`, `2026-09-25`, `hom-nay`/`today`, or a period — `Q3` (this year's third quarter),
  /// `Q3/2027`, `2027` — standing for its last day (its first day when `first`, as for `--from`).
  static func date(_ text: String, today: CivilDate, first: Bool = false) throws -> String {
    let lower = VietnameseText.searchKey(text)
    if ["hom-nay", "hom nay", "homnay", "today"].contains(lower) { return today.iso }
    if let period = period(lower, today: today) { return (first ? period.first : period.last).iso }
    if let date = CivilDate(typed: text) { return date.iso }
    throw PlanError.invalidParams(
      "'\(text)' không phải ngày (dd/mm/yyyy, yyyy-mm-dd hoặc hom-nay).",
      "'\(text)' is not a date (dd/mm/yyyy, yyyy-mm-dd or today).")
  }

  /// The first and last day of `q3`, `q3/2027`, `2027-q3` or `2027`; nil for anything else.
  static func period(_ text: String, today: CivilDate) -> (first: CivilDate, last: CivilDate)? {
    var quarter: Int?
    var year = today.year
    let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
    for part in parts {
      if part.count == 2, part.hasPrefix("q"), let q = Int(part.dropFirst()), (1...4).contains(q) {
        quarter = q
      } else if part.count == 4, let y = Int(part), (2000...2100).contains(y) {
        year = y
      } else {
        return nil
      }
    }
    guard !parts.isEmpty, quarter != nil || parts.count == 1 else { return nil }
    guard let first = Month(year: year, month: quarter.map { ($0 - 1) * 3 + 1 } ?? 1),
      let last = Month(year: year, month: quarter.map { $0 * 3 } ?? 12)
    else { return nil }
    return (first.firstDay, last.lastDay)
  }

  static func boolean(_ text: String) -> Bool? {
    switch VietnameseText.searchKey(text) {
    case "true", "yes", "co", "1": true
    case "false", "no", "khong", "0": false
    default: nil
    }
  }

  /// `plan-item` → `planItem`.
  static func camelCase(_ text: String) -> String {
    let parts = text.split(separator: "-")
    guard let first = parts.first else { return text }
    return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// `planItem` → `plan-item`.
  static func kebabCase(_ text: String) -> String {
    var out = ""
    for character in text {
      if character.isUppercase {
        out += "-" + character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// The word `typed` resolves to: an alias, an exact word, or the only word it is a prefix of.
  /// - Throws: `PlanError` naming the word, with "did you mean" when one is near.
  public static func match(
    _ typed: String, among words: [String], aliases: [String: String], suggesting others: [String] = []
  ) throws -> String {
    let key = VietnameseText.searchKey(typed)
    if let alias = aliases[key], words.contains(alias) { return alias }
    if words.contains(key) { return key }
    let prefixed = words.filter { $0.hasPrefix(key) }
    if prefixed.count == 1, !key.isEmpty { return prefixed[0] }
    if prefixed.count > 1 {
      throw PlanError.invalidParams(
        "'\(typed)' có thể là: \(prefixed.sorted().joined(separator: ", ")).",
        "'\(typed)' could be: \(prefixed.sorted().joined(separator: ", ")).")
    }
    // Ties go to the first: the words in their order, then aliases alphabetically (never hash order).
    let nearest = (words + (Array(aliases.keys) + others).sorted()).min { distance(key, $0) < distance(key, $1) }
    // Near enough to be meant: at most 2 edits, fewer than half the typed letters (`xyz` is nothing).
    let hint = nearest.map { distance(key, $0) <= 2 && 2 * distance(key, $0) < key.count ? $0 : nil } ?? nil
    throw PlanError(
      .unknownWord,
      vi: "Không có lệnh `\(typed)`." + (hint.map { " Có phải ý bạn là `\($0)`?" } ?? ""),
      en: "There is no command `\(typed)`." + (hint.map { " Did you mean `\($0)`?" } ?? ""))
  }

  /// Levenshtein distance between two words.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var previous = row[0]
      row[0] = i
      for j in 1...b.count {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return row[b.count]
  }
}
