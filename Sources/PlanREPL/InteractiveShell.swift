import CReadline
import Foundation
import PlanCommands
import PlanCore

/// Completion candidates, set by the interactive shell (readline calls back on the same thread).
nonisolated(unsafe) private var completionSource: ((String, String) -> [String])?

/// The C callback readline calls: candidates from `completionSource`, as readline wants them.
private let complete: cchc_completer = { text, before in
  guard let text, let before, let source = completionSource else { return nil }
  let candidates = source(String(cString: text), String(cString: before))
  guard !candidates.isEmpty else { return nil }
  // Readline wants the common prefix first, then the candidates, then NULL; all malloc'd.
  let common = candidates.dropFirst().reduce(candidates[0]) { prefix, word in
    String(zip(prefix, word).prefix { $0 == $1 }.map(\.0))
  }
  let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: candidates.count + 2)
  list[0] = strdup(candidates.count == 1 ? candidates[0] : common)
  for (index, word) in candidates.enumerated() { list[index + 1] = strdup(word) }
  list[candidates.count + 1] = nil
  return list
}

/// The interactive shell on GNU readline: prompt, banner, history, completion, Ctrl-C, Ctrl-D.
public final class InteractiveShell {
  let workspace: Workspace
  var options: LineOptions
  let historyPath: String
  var officials: [(id: String, name: String)] = []

  /// Creates the shell on `workspace` with the process's options.
  public init(
    workspace: Workspace, options: LineOptions, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.workspace = workspace
    self.options = options
    historyPath = Self.historyPath(environment)
  }

  /// `$CCHC_HISTORY`, else `$XDG_STATE_HOME/cchc_history`, else `~/.cchc_history`.
  static func historyPath(_ environment: [String: String]) -> String {
    if let path = environment["CCHC_HISTORY"], !path.isEmpty { return path }
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return "\(state)/cchc_history" }
    return "\(environment["HOME"] ?? NSHomeDirectory())/.cchc_history"
  }

  var language: Language { Shell.language(options) }

  /// Prints the text of the session's language, its control characters made visible.
  func say(_ vi: String, _ en: String) {
    print(VisibleText.escaped(language == .vi ? vi : en, keepingLineBreaks: true))
  }

  /// Runs until Ctrl-D or `quit`; returns the exit status (0).
  public func run(banner unit: String, databasePath: String) -> Int32 {
    Self.useUTF8Characters()
    officials = workspace.officialNames()
    completionSource = { [weak self] text, before in self?.candidates(text, before: before) ?? [] }
    cchc_readline_setup("cchc", complete)
    try? FileManager.default.createDirectory(
      atPath: URL(fileURLWithPath: historyPath).deletingLastPathComponent().path, withIntermediateDirectories: true)
    if !FileManager.default.fileExists(atPath: historyPath) {
      FileManager.default.createFile(atPath: historyPath, contents: nil)
    }
    read_history(historyPath)
    say(
      "cchc — Kế hoạch cải cách hành chính 2026–2030, \(unit)\nCơ sở dữ liệu: \(databasePath)\n"
        + "Đang làm việc với tư cách: \(actorLabel). Gõ `help` để xem hướng dẫn, `thoat` để thoát.",
      "cchc — administrative-reform plan 2026–2030, \(unit)\nDatabase: \(databasePath)\n"
        + "Acting as: \(actorLabel). Type `help` for help, `quit` to leave.")
    while true {
      var interrupted: Int32 = 0
      guard let raw = cchc_readline("cchc (\(actorPrompt))> ", &interrupted) else {
        print("")
        return 0
      }
      let bytes = strlen(raw)
      if bytes > Shell.maxLineBytes {
        // Refused before anything else reads it, and kept out of the history.
        free(raw)
        shell.report(Shell.tooLong(bytes: bytes), language)
        continue
      }
      let line = String(cString: raw)
      free(raw)
      if interrupted != 0 { continue }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      add_history(line)
      append_history(1, historyPath)
      if !handle(trimmed) { return 0 }
    }
  }

  /// Acts as the official `name` names (id, or name without diacritics); false, with a message, if none.
  public func login(_ name: String) -> Bool {
    do {
      let actor = try Identity.principal(named: name, in: workspace)
      options.actingAs = actor.officialID?.rawValue
      role = actor.role
      return true
    } catch let error as PlanError {
      shell.report(error, language)
    } catch {}
    return false
  }

  /// Acts as nobody again: a guest, who may only read.
  func logout() {
    options.actingAs = nil
    role = .viewer
    say("Bạn đang là khách (chỉ xem).", "You are a guest (read only).")
  }

  var role = Role.viewer

  var actorPrompt: String { options.actingAs ?? (language == .vi ? "khách" : "guest") }

  var actorLabel: String {
    guard let id = options.actingAs else { return language == .vi ? "khách (chỉ xem)" : "guest (read only)" }
    return officials.first { $0.id == id }.map { "\($0.name) (\(id))" } ?? id
  }

  /// Handles one line; false to leave the shell.
  func handle(_ line: String) -> Bool {
    let words = (try? Tokenizer.words(line)) ?? []
    let first = VietnameseText.searchKey(words.first ?? "")
    switch first {
    case _ where Shell.quitWords.contains(first):
      return false
    case "help", "tro-giup", "?":
      do {
        // The line's own options (`help --lang en`) apply to it.
        let (options, rest) = try CommandLanguage.globalOptions(Array(words.dropFirst()), defaults: options)
        print(try Help.text(for: rest + (options.all ? ["--all"] : []), language: Shell.language(options), role: role))
      } catch let error as PlanError {
        shell.report(error, language)
      } catch {}
      return true
    case "logout", "dang-xuat":
      logout()
      return true
    case "login", "dang-nhap":
      guard words.count >= 2 else {
        say("Cách dùng: login MÃ-HOẶC-TÊN-CÁN-BỘ", "Usage: login OFFICIAL-ID-OR-NAME")
        return true
      }
      let name = words.dropFirst().joined(separator: " ")
      if Shell.guestWords.contains(VietnameseText.searchKey(name)) {
        logout()
      } else if login(name) {
        say("Vai trò: \(role.vietnamese).", "Role: \(role.rawValue).")
      }
      return true
    case "whoami":
      _ = shell.run(line: "session whoami")
      return true
    default:
      _ = shell.run(line: line)
      return true
    }
  }

  var shell: Shell {
    Shell(
      workspace: workspace, options: options, output: { print($0) },
      errors: { message in
        FileHandle.standardError.write(Data((message + "\n").utf8))
      })
  }

  /// What Tab offers for the value of the option `previous` (an official, an area, a word of a
  /// list), or nil when `previous` is not such an option.
  func optionValues(after previous: String, _ text: String, key: String) -> [String]? {
    func starting(_ options: [String]) -> [String] { options.filter { $0.hasPrefix(text) }.sorted() }
    if ["--lead", "--as", "--official", "login"].contains(previous) || (previous == "--coordinators") {
      // Ids, and officials whose name (typed without diacritics) starts with or contains the text.
      let guest = previous == "login" && !key.isEmpty && "khach".hasPrefix(key) ? ["khach"] : []
      return guest
        + officials.filter {
          $0.id.hasPrefix(text) || VietnameseText.searchKey($0.name).contains(key) && !key.isEmpty
        }.map(\.id).sorted()
    }
    if previous == "--area" {
      return starting(["chi-dao", "the-che", "tthc", "bo-may", "cong-vu", "tai-chinh", "cqs"])
    }
    if previous == "--status" { return starting(["todo", "doing", "done", "cancelled"]) }
    if previous == "--format" { return starting(OutputFormat.allCases.map(\.rawValue)) }
    if previous == "--sort" { return starting(DutySort.allCases.map(\.rawValue)) }
    if previous == "--lang" { return starting(["vi", "en"]) }
    return nil
  }

  /// What Tab offers for `text` after `before`.
  func candidates(_ text: String, before: String) -> [String] {
    let words = (try? Tokenizer.words(before)) ?? []
    let key = VietnameseText.searchKey(text)
    func starting(_ options: [String]) -> [String] { options.filter { $0.hasPrefix(text) }.sorted() }
    if words.isEmpty {
      return starting(
        CommandLanguage.nouns + ["help", "login", "logout", "whoami", "quit", "thoat"]
          + CommandLanguage.nounAliases.keys + CommandLanguage.aloneAliases.map(\.alias))
    }
    if ["help", "tro-giup", "?"].contains(VietnameseText.searchKey(words[0])) {
      // `help du<Tab>` completes as a line would.
      return candidates(text, before: words.dropFirst().map { $0 + " " }.joined())
    }
    if let values = optionValues(after: words.last ?? "", text, key: key) { return values }
    let alone = CommandLanguage.aloneAliases.contains { $0.alias == VietnameseText.searchKey(words[0]) }
    guard
      let noun = alone
        ? CommandLanguage.aloneNoun
        : try? CommandLanguage.match(words[0], among: CommandLanguage.nouns, aliases: CommandLanguage.nounAliases)
    else { return [] }
    let names = CommandTable.all.map { $0.name.split(separator: ".").map(String.init) }.filter { $0[0] == noun }
    if noun == "reports" && !text.hasPrefix("-") {
      // `baocao 2027<Tab>`: the report periods of the plan's years (and the verb after the noun alone).
      let periods = PlanBounds.years.flatMap(ReportPeriod.ids)
      return starting((words.count == 1 ? ["generate"] : []) + periods)
    }
    if words.count == 1 && !alone && !text.hasPrefix("-") {
      let verbs = Set(names.compactMap { $0.count > 1 ? $0[1] : nil })
      // The verbs and their Vietnamese aliases (`viec gi` completes `giao`).
      return starting(Array(verbs) + CommandLanguage.verbAliases.filter { verbs.contains($0.value) }.map(\.key))
    }
    if text.hasPrefix("-"),
      let invocation = try? CommandLanguage.resolve(words, today: CivilDate(dayNumber: 20_000))
    {
      let kebab = invocation.command.parameters.flatMap {
        ["--" + CommandLanguage.kebabCase($0.name)] + CommandLanguage.aliases(of: $0.name)
      }
      let lists =
        invocation.command.formats.contains(.csv)
        ? ["--all", "--output"] : invocation.command.document ? ["--output", "--force"] : []
      return starting(kebab + lists + ["--as", "--format", "--lang", "--today"])
    }
    if noun == "duties" { return workspace.dutyIDs(prefix: text) }
    if noun == "plan" {
      return starting(workspace.planItemIDs())
    }
    if noun == "officials" { return officials.map(\.id).filter { $0.hasPrefix(text) } }
    return []
  }

  /// Multi-byte input needs a UTF-8 character set whatever `LANG` says: fall back to C.UTF-8.
  static func useUTF8Characters() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
