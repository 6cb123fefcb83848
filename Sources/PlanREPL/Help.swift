import PlanCommands
import PlanCore

/// Help generated from the command table: every command grouped by noun, or one command in full.
public enum Help {
  /// The help for `words` (`[]` for the list, `["duties", "assign"]` for one command).
  public static func text(for words: [String], language: Language) -> String {
    if !words.isEmpty, let invocation = try? CommandLanguage.resolve(words, today: CivilDate(dayNumber: 20_000)) {
      let command = invocation.command
      var lines = [
        command.synopsis, "  " + command.summary.text(language),
        "  "
          + (language == .vi
            ? "Vai trò tối thiểu: " + command.role.vietnamese : "Lowest role: " + command.role.rawValue),
        "  " + (language == .vi ? "Định dạng (--format): " : "Formats (--format): ")
          + command.formats.map(\.rawValue).joined(separator: ", "),
      ]
      if command.formats.contains(.csv) {
        lines.append(
          "  "
            + (language == .vi
              ? "Cả danh sách: --all; ghi ra tệp: --output TỆP (.csv hoặc .json)"
              : "Every row: --all; into a file: --output FILE (.csv or .json)"))
      }
      if !command.parameters.isEmpty {
        lines.append(language == .vi ? "Tham số:" : "Parameters:")
        for parameter in command.parameters {
          var flag = parameter.positional ? parameter.placeholder ?? parameter.name : parameter.option
          if let alias = CommandLanguage.optionAliases.first(where: { $0.value == parameter.name })?.key {
            flag += " (--\(alias))"
          }
          lines.append("  \(flag)\(parameter.required ? " *" : "")  \(parameter.summary.text(language))")
        }
      }
      lines.append((language == .vi ? "Ví dụ: " : "Example: ") + example(command))
      return lines.joined(separator: "\n")
    }
    var lines = [
      language == .vi ? "Các lệnh (gõ `help LỆNH` để xem chi tiết):" : "Commands (type `help COMMAND` for details):"
    ]
    var nouns: [String] = []
    for command in CommandTable.all {
      let noun = String(command.name.split(separator: ".")[0])
      if !nouns.contains(noun) { nouns.append(noun) }
    }
    for noun in nouns {
      lines.append("")
      for command in CommandTable.all where command.name.hasPrefix(noun + ".") {
        let words = command.name.split(separator: ".").joined(separator: " ")
        lines.append("  " + words.padding(toLength: 26, withPad: " ", startingAt: 0) + command.summary.text(language))
      }
    }
    lines.append("")
    lines.append(
      language == .vi
        ? "Khác: login MÃ, whoami, help, thoat. Bí danh: viec, canbo, linhvuc, kehoach; giao, tiendo, xong, huy."
        : "Also: login ID, whoami, help, quit. Aliases: viec, canbo, linhvuc, kehoach; giao, tiendo, xong, huy.")
    return lines.joined(separator: "\n")
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
          "from": "1/12/2026", "to": "3/12/2026",
        ][parameter.name] ?? "…")
    }
    return (head + required).joined(separator: " ")
  }
}
