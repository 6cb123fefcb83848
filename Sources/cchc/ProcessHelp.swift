import Foundation
import PlanCommands
import PlanCore
import PlanREPL

/// `cchc --help`, `cchc duties assign --help`, `cchc help schedule run`: the shell's own help (one
/// source, the command table), in the session's language, after the process's options.
enum ProcessHelp {
  /// The process's options, each explained once: here and in the argument parser's declarations.
  static let options: [(flag: String, text: Bilingual)] = [
    ("--db TỆP|FILE", Bilingual("Tệp cơ sở dữ liệu", "Database file")),
    (
      "--as CÁN-BỘ|OFFICIAL",
      Bilingual("Làm việc với tư cách cán bộ này (mã hoặc tên)", "Act as this official (id or name)")
    ),
    ("--lang vi|en", Bilingual("Ngôn ngữ: vi (mặc định) hoặc en", "Language: vi (default) or en")),
    ("--today NGÀY|DATE", Bilingual("Coi ngày này là hôm nay (dd/mm/yyyy)", "Take this date as today (dd/mm/yyyy)")),
    (
      "--keep-going",
      Bilingual("Lệnh từ stdin: chạy tiếp khi một dòng lỗi", "Script on stdin: go on after a failing line")
    ),
    ("--json", Bilingual("Chế độ JSON-RPC 2.0 trên stdin/stdout", "JSON-RPC 2.0 mode on stdin/stdout")),
    ("-h, --help", Bilingual("Hướng dẫn này", "This help")),
  ]

  /// The argument parser's help for option `flag` (it shows it only for `init` and `status`).
  static func parserHelp(_ flag: String) -> String {
    guard let option = options.first(where: { $0.flag.hasPrefix(flag) }) else { return "" }
    return option.text.vi + " / " + option.text.en + "."
  }

  /// The help the arguments ask for, printed, and the exit status (0, or 1 for an unknown word);
  /// nil when they ask for none, or for `init`/`status`'s (the argument parser's).
  static func run(_ arguments: [String]) -> Int32? {
    let asked = arguments.contains("--help") || arguments.contains("-h")
    var words = OneShot.words(arguments)
    if words.first == "help" {
      words.removeFirst()
    } else if !asked {
      return nil
    }
    if let first = words.first, ["init", "status"].contains(first) { return nil }
    let language = OneShot.language(arguments)
    if arguments.contains("--all") { words.append("--all") }
    do {
      let text = try Help.text(for: words, language: language)
      print(words.filter { $0 != "--all" }.isEmpty ? usage(language) + "\n\n" + text : text)
      return 0
    } catch let error as PlanError {
      printError(language == .vi ? "Lỗi: \(error.vi)" : "Error: \(error.en)")
      return 1
    } catch {
      return 1
    }
  }

  /// How `cchc` is started, and its options.
  static func usage(_ language: Language) -> String {
    let lines = [
      Bilingual(
        "cchc — kế hoạch cải cách hành chính 2026–2030 của xã",
        "cchc — the commune's administrative-reform plan 2026–2030"),
      Bilingual("", ""),
      Bilingual("Cách dùng:", "Usage:"),
      Bilingual(
        "  cchc [TÙY-CHỌN]           trên terminal: mở shell; không phải terminal: chạy từng dòng lệnh từ stdin",
        "  cchc [OPTIONS]            on a terminal: the shell; otherwise: runs the lines of stdin"),
      Bilingual(
        "  cchc [TÙY-CHỌN] LỆNH …    chạy một lệnh rồi thoát, ví dụ: cchc duties mine --as tu-phap-1",
        "  cchc [OPTIONS] COMMAND …  runs one command and exits, e.g. cchc duties mine --as tu-phap-1"),
      Bilingual(
        "  cchc init | status        nạp dữ liệu | xem tình trạng cơ sở dữ liệu (cchc init --help)",
        "  cchc init | status        loads the data | shows the database status (cchc init --help)"),
      Bilingual("", ""),
      Bilingual("Tùy chọn:", "Options:"),
    ]
    let flags = options.map { option in
      option.flag.split(separator: " ").map { word in
        let choices = word.split(separator: "|")
        // `TỆP|FILE`: a placeholder in each language; `vi|en`: the values, kept.
        return choices.count == 2 && word.uppercased() == word ? String(choices[language == .vi ? 0 : 1]) : String(word)
      }.joined(separator: " ")
    }
    let width = flags.map(\.count).max() ?? 0
    let optionLines = zip(flags, options).map { flag, option in
      "  " + flag.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + option.text.text(language)
    }
    let database = Bilingual(
      "Cơ sở dữ liệu: --db, nếu không thì $CCHC_DB, $XDG_DATA_HOME/cchc/cchc.sqlite, ~/.local/share/cchc/cchc.sqlite.",
      "Database: --db, else $CCHC_DB, $XDG_DATA_HOME/cchc/cchc.sqlite, ~/.local/share/cchc/cchc.sqlite.")
    return (lines.map { $0.text(language) } + optionLines + ["", database.text(language)]).joined(separator: "\n")
  }
}
