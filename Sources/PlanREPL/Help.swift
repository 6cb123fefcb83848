import PlanCommands
import PlanCore

/// Help generated from the command table: the commands a role may run first, then the others;
/// one noun's commands; or one command in full. The same text in the shell and for `cchc --help`.
public enum Help {
  /// Commands for programs rather than people (JSON-RPC's discovery, the solver on a file): listed
  /// only by `help --all`, though `help rpc discover` still shows them.
  public static let forPrograms: Set = ["rpc.discover", "schedule.solve"]

  /// The words of `help` that ask for every command, those for programs too.
  static let allFlags: Set = ["--all", "-a", "--tat-ca"]

  /// The help for `words`: `[]` (or `--all`) for the list, a noun for its commands, a command's
  /// words (or an alias: `giao`) for that command. `role` orders the list: its own commands first.
  /// - Throws: `PlanError` naming a word that is no command, with the nearest one.
  public static func text(for words: [String], language: Language, role: Role = .viewer) throws -> String {
    let all = words.contains { allFlags.contains($0) }
    let words = words.filter { !allFlags.contains($0) }
    guard let first = words.first else { return overview(language, role: role, all: all) }
    if let shellWord = shellWord(VietnameseText.searchKey(first), language) { return shellWord }
    // A noun alone (`help duties`, `help cán bộ`): its commands, not its list's.
    let joined = CommandLanguage.joiningSpacedAlias(words, at: 0)
    if joined.count == 1,
      let noun = try? CommandLanguage.match(
        joined[0], among: CommandLanguage.nouns, aliases: CommandLanguage.nounAliases),
      CommandLanguage.names.filter({ $0[0] == noun }).count > 1
    {
      return self.noun(noun, language)
    }
    let (commandWords, line, position) = try CommandLanguage.commandName(words)
    if let extra = line[position...].first(where: { !$0.hasPrefix("--") }) {
      _ = try CommandLanguage.match(extra, among: [], aliases: [:])
    }
    let name = commandWords.joined(separator: ".")
    guard let command = CommandTable.byName[name] else {
      throw PlanError(.methodNotFound, vi: "Không có lệnh '\(name)'.", en: "There is no command '\(name)'.")
    }
    return detail(command, language)
  }

  /// The list: what `role` may run, then what needs a higher role, then (with `all`) the commands for programs.
  static func overview(_ language: Language, role: Role, all: Bool) -> String {
    let people = CommandTable.all.filter { !forPrograms.contains($0.name) }
    var lines = [
      Bilingual(
        "Lệnh bạn dùng được (vai trò: \(role.vietnamese)) — gõ `help LỆNH` để xem chi tiết:",
        "Commands you can run (role: \(role.rawValue)) — type `help COMMAND` for details:"
      ).text(language)
    ]
    lines += grouped(people.filter { $0.role <= role }, language)
    for higher in [Role.official, .chair] where higher > role {
      let needing = people.filter { $0.role == higher }
      guard !needing.isEmpty else { continue }
      lines.append("")
      lines.append(
        Bilingual("Cần vai trò \(higher.vietnamese):", "Needing the role \(higher.rawValue):").text(language))
      lines += grouped(needing, language)
    }
    if all {
      lines.append("")
      lines.append(Bilingual("Dành cho chương trình (JSON-RPC):", "For programs (JSON-RPC):").text(language))
      lines += grouped(CommandTable.all.filter { forPrograms.contains($0.name) }, language)
    }
    lines.append("")
    lines.append(
      Bilingual(
        "Khác: login MÃ-HOẶC-TÊN (làm việc với tư cách cán bộ đó), logout (về khách), "
          + (all ? "" : "help --all (thêm các lệnh dành cho chương trình), ") + "thoat (thoát).",
        "Also: login ID-OR-NAME (act as that official), logout (back to guest), "
          + (all ? "" : "help --all (with the commands for programs), ") + "quit."
      ).text(language))
    return (lines + aliases(language)).joined(separator: "\n")
  }

  /// `commands` as lines `  noun verb   summary`, a blank line between nouns.
  static func grouped(_ commands: [CommandEntry], _ language: Language) -> [String] {
    var lines: [String] = []
    var previous: Substring?
    for command in commands {
      let noun = command.name.split(separator: ".")[0]
      if noun != previous { lines.append("") }
      previous = noun
      lines.append(line(command, language))
    }
    return lines
  }

  /// `  noun verb               summary`.
  static func line(_ command: CommandEntry, _ language: Language) -> String {
    let words = command.name.split(separator: ".").joined(separator: " ")
    return "  " + words.padding(toLength: 26, withPad: " ", startingAt: 0) + command.summary.text(language)
  }

  /// Every alias, from the command language's own tables: nouns, verbs, and the verbs that work alone.
  static func aliases(_ language: Language) -> [String] {
    let order = CommandTable.all.map(\.name)
    func rank(_ word: String) -> Int { order.firstIndex { $0.split(separator: ".").contains(Substring(word)) } ?? 99 }
    let nouns = CommandLanguage.nounAliases.sorted { (rank($0.value), $0.key) < (rank($1.value), $1.key) }
      .map { "`\($0.key)` = \($0.value)" }.joined(separator: ", ")
    let verbs = CommandLanguage.verbAliases.sorted { (rank($0.value), $0.key) < (rank($1.value), $1.key) }
      .map { "`\($0.key)` = \($0.value)" }.joined(separator: ", ")
    let alone = CommandLanguage.aloneAliases.map { "`\($0.alias)`" }.joined(separator: ", ")
    return [
      Bilingual("Bí danh nhóm lệnh: ", "Noun aliases: ").text(language) + nouns,
      Bilingual("Bí danh thao tác: ", "Verb aliases: ").text(language) + verbs,
      Bilingual(
        "Gõ một mình, \(alone) là lệnh về việc: `giao DX-2026-001 --lead tu-phap-1` = `duties assign DX-2026-001 --lead tu-phap-1`.",
        "Typed alone, \(alone) are duty commands: `giao DX-2026-001 --lead tu-phap-1` = `duties assign DX-2026-001 --lead tu-phap-1`."
      ).text(language),
    ]
  }

  /// The commands of one noun.
  static func noun(_ noun: String, _ language: Language) -> String {
    let commands = CommandTable.all.filter { $0.name.hasPrefix(noun + ".") }
    let alias = CommandLanguage.nounAliases.filter { $0.value == noun }.keys.sorted()
    var lines = [
      Bilingual("Các lệnh \(noun)", "The \(noun) commands").text(language)
        + (alias.isEmpty
          ? ""
          : Bilingual(" (bí danh: ", " (alias: ").text(language) + alias.map { "`\($0)`" }.joined(separator: ", ") + ")")
        + Bilingual(" — gõ `help LỆNH` để xem chi tiết:", " — type `help COMMAND` for details:").text(language)
    ]
    lines += commands.map { line($0, language) }
    return lines.joined(separator: "\n")
  }

  /// One command in full: synopsis, summary, role, formats, parameters, aliases and an example.
  static func detail(_ command: CommandEntry, _ language: Language) -> String {
    var lines = [
      synopsis(command, language), "  " + command.summary.text(language),
      "  "
        + Bilingual("Vai trò tối thiểu: \(command.role.vietnamese)", "Lowest role: \(command.role.rawValue)").text(
          language),
      "  " + Bilingual("Định dạng (--format): ", "Formats (--format): ").text(language)
        + command.formats.map(\.rawValue).joined(separator: ", "),
    ]
    if command.formats.contains(.csv) {
      lines.append(
        "  "
          + Bilingual(
            "Cả danh sách: --all; ghi ra tệp: --output TỆP (.csv hoặc .json)",
            "Every row: --all; into a file: --output FILE (.csv or .json)"
          ).text(language))
    }
    if !command.parameters.isEmpty {
      lines.append(Bilingual("Tham số:", "Parameters:").text(language))
      let flags = command.parameters.map { parameter in
        (parameter.positional
          ? placeholder(parameter.placeholder ?? parameter.name, language)
          : ([parameter.option] + CommandLanguage.aliases(of: parameter.name)).joined(separator: ", "))
          + (parameter.required ? " *" : "")
      }
      let width = flags.map(\.count).max() ?? 0
      for (flag, parameter) in zip(flags, command.parameters) {
        lines.append(
          "  " + flag.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + parameter.summary.text(language))
      }
    }
    let typed = typedAliases(command)
    if !typed.isEmpty {
      lines.append(Bilingual("Bí danh: ", "Aliases: ").text(language) + typed.map { "`\($0)`" }.joined(separator: ", "))
    }
    lines.append(Bilingual("Ví dụ: ", "Example: ").text(language) + example(command))
    return lines.joined(separator: "\n")
  }

  /// The ways to type `command` with aliases: `viec giao`, `giao` for duties assign.
  static func typedAliases(_ command: CommandEntry) -> [String] {
    let words = command.name.split(separator: ".").map(String.init)
    func forms(_ word: String, _ table: [String: String]) -> [String] {
      let aliases = table.filter { $0.value == word }.keys.sorted()
      return aliases.isEmpty ? [word] : aliases
    }
    var typed = forms(words[0], CommandLanguage.nounAliases)
    for verb in words.dropFirst() {
      typed = typed.flatMap { head in forms(verb, CommandLanguage.verbAliases).map { head + " " + $0 } }
    }
    typed += CommandLanguage.aloneAliases.filter { $0.command == words.joined(separator: " ") }.map(\.alias)
    return typed.filter { $0 != words.joined(separator: " ") }
  }

  /// The synopsis as the language reads it: Vietnamese names its placeholders in Vietnamese
  /// (`duties assign MÃ-VIỆC [--lead MÃ]`); options and values stay as typed.
  public static func synopsis(_ command: CommandEntry, _ language: Language) -> String {
    command.synopsis.split(separator: " ").map { word in
      let core = word.trimmingCharacters(in: ["[", "]"])
      guard let range = word.range(of: core) else { return String(word) }
      return word.replacingCharacters(in: range, with: placeholder(core, language))
    }.joined(separator: " ")
  }

  /// A placeholder in `language`: Vietnamese words for DUTY, DATE, TEXT …; unknown ones as they are.
  static func placeholder(_ word: String, _ language: Language) -> String {
    guard language == .vi else { return word }
    return [
      "DUTY": "MÃ-VIỆC", "OFFICIAL": "CÁN-BỘ", "ID": "MÃ", "ITEM": "NHIỆM-VỤ", "DATE": "NGÀY", "N": "SỐ",
      "TEXT": "NỘI-DUNG", "TITLE": "TÊN-VIỆC", "NAME": "HỌ-TÊN", "FILE": "TỆP", "HOURS": "SỐ-GIỜ",
      "MS": "MILI-GIÂY", "POSITION": "VỊ-TRÍ", "REF": "VĂN-BẢN", "WORDS": "TỪ-KHÓA", "YYYY": "NĂM",
      "LEAVE": "SỐ-LẦN-NGHỈ", "PERCENT": "PHẦN-TRĂM", "AREA": "LĨNH-VỰC", "DAYS": "SỐ-NGÀY", "MONTH": "THÁNG",
      "QUARTER": "QUÝ",
    ][word] ?? word
  }

  /// The words the shell itself reads (not commands of the table), explained; nil for any other word.
  static func shellWord(_ key: String, _ language: Language) -> String? {
    switch key {
    case "login", "dang-nhap":
      Bilingual(
        "login MÃ-HOẶC-TÊN\n  Làm việc với tư cách một cán bộ: mã (chu-tich) hoặc tên, gõ không dấu cũng được.\n"
          + "  login khach (hoặc logout) để về khách.",
        "login ID-OR-NAME\n  Act as an official: the id (chu-tich) or the name, diacritics optional.\n"
          + "  login guest (or logout) to be a guest again."
      ).text(language)
    case "logout", "dang-xuat":
      Bilingual("logout\n  Về khách (chỉ xem).", "logout\n  Back to guest (read only).").text(language)
    case "help", "tro-giup", "?":
      Bilingual(
        "help [LỆNH] [--all]\n  Các lệnh bạn dùng được trước, rồi các lệnh khác; --all thêm các lệnh dành cho chương trình.",
        "help [COMMAND] [--all]\n  The commands you can run first, then the others; --all adds the commands for programs."
      ).text(language)
    case "quit", "exit", "thoat":
      Bilingual("thoat (quit, exit)\n  Thoát khỏi cchc.", "quit (exit, thoat)\n  Leave cchc.").text(language)
    default: nil
    }
  }

  /// An example line for a command, built from its synopsis.
  static func example(_ command: CommandEntry) -> String {
    let samples = [
      "DUTY": "DX-2026-001", "OFFICIAL": "tu-phap-1", "ITEM": "2.2", "PERCENT": "50", "TITLE": "\"Hội nghị đối thoại\"",
      "NAME": "\"Nguyễn Văn A\"", "LEAVE": "1",
    ]
    let head = command.synopsis.split(separator: " ").prefix { !$0.hasPrefix("[") && !$0.hasPrefix("--") }
      .map { samples[String($0)] ?? String($0) }
    let required = command.parameters.filter(\.required).dropFirst(CommandLanguage.positional(command).count).map {
      parameter in
      "--" + CommandLanguage.kebabCase(parameter.name) + " "
        + ([
          "area": "tthc", "due": "25/12/2026", "effort": "4", "reason": "\"Không còn cần\"", "position": "van-phong",
          "from": "1/12/2026", "to": "3/12/2026", "instance": "bai-toan.json",
        ][parameter.name] ?? "…")
    }
    return (head + required).joined(separator: " ")
  }
}
