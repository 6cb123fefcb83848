import Foundation
import Testing

/// One session of the README's week: how `cchc` is started, then each line typed (with the prompt
/// it was typed at) and the output lines the README shows after it.
struct ReadmeSession {
  /// A line typed at a prompt.
  struct Typed {
    /// Who the prompt says is acting (`khách`, or an official's id).
    var who: String
    /// The command.
    var line: String
    /// The output lines the README shows after it.
    var shown: [String] = []
  }

  /// The arguments after `$ cchc`.
  var arguments: [String]
  /// The lines typed, in order.
  var typed: [Typed] = []

  /// The sessions of the ```text blocks under the README heading `heading` (up to the next heading).
  static func sessions(under heading: String) throws -> [ReadmeSession] {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "\n## \(heading)\n"), "README has no section \(heading)")
    let rest = readme[start.upperBound...]
    let next = [rest.range(of: "\n## "), rest.range(of: "\n### ")].compactMap { $0?.lowerBound }.min()
    let section = rest[..<(next ?? rest.endIndex)]
    var sessions: [ReadmeSession] = []
    var inBlock = false
    for line in section.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("```") {
        inBlock = line == "```text"
        continue
      }
      guard inBlock else { continue }
      if line.hasPrefix("$ cchc ") {
        sessions.append(ReadmeSession(arguments: line.dropFirst(7).split(separator: " ").map(String.init)))
      } else if let match = line.firstMatch(of: /^cchc \(([^)]+)\)> (.*)$/) {
        sessions[sessions.count - 1].typed.append(Typed(who: String(match.1), line: String(match.2)))
      } else if !line.isEmpty, var last = sessions.last, !last.typed.isEmpty {
        last.typed[last.typed.count - 1].shown.append(line)
        sessions[sessions.count - 1] = last
      }
    }
    return sessions
  }
}

@Suite("The README's week with cchc, run verbatim")
struct ReadmeWeekTests {
  @Test("every session of the week runs its lines as written, prints what the README shows, at the prompts it shows")
  func week() throws {
    let sessions = try ReadmeSession.sessions(under: "A week with cchc (walkthrough)")
    #expect(sessions.count >= 3, "the week has a session per day")
    let typed = sessions.flatMap(\.typed).map(\.line)
    for word in ["schedule run", "--dry-run", "canbo leave", "tiendo", "qua-han", "viec sua", "sap-den-han", "xong"] {
      #expect(typed.contains { $0.contains(word) }, "the week lacks \(word)")
    }
    let sandbox = try Sandbox()
    for session in sessions {
      let arguments = session.arguments.map { $0.hasSuffix(".sqlite") ? sandbox.path($0) : $0 }
      let result = try ShellLanguageTests.piped(
        sandbox, arguments, session.typed.map(\.line).joined(separator: "\n") + "\n")
      #expect(result.status == 0, "\(session.arguments): \(result.stderr)")
      let printed = Set(result.stdout.split(separator: "\n").map { String($0).trimmingTrailingSpaces })
      for line in session.typed.flatMap(\.shown) {
        #expect(printed.contains(line.trimmingTrailingSpaces), "not printed: \(line)\n--- stdout:\n\(result.stdout)")
      }
      try checkPrompts(session, sandbox: sandbox, db: arguments)
    }
    try checkDatabase(sandbox.path("tuan.sqlite"), sandbox)
  }

  /// Each prompt names who a line runs as: a guest at first, then whoever `login` named.
  func checkPrompts(_ session: ReadmeSession, sandbox: Sandbox, db arguments: [String]) throws {
    var acting = "khách"
    for line in session.typed {
      #expect(line.who == acting, "`\(line.line)` is shown at the prompt of \(line.who), but runs as \(acting)")
      guard line.line.hasPrefix("login ") else { continue }
      let name = String(line.line.dropFirst(6))
      let whoami = try sandbox.cchc(["session", "whoami", "--as", name, "--format", "json"] + arguments)
      let json = try JSONSerialization.jsonObject(with: Data(whoami.stdout.utf8)) as? [String: Any]
      acting = try #require(json?["official"] as? String, "login \(name): \(whoami.stderr)")
    }
  }

  /// What the week leaves in the database: the duty done with its result and evidence, due on its
  /// new date, the leave, and each change audited.
  func checkDatabase(_ db: String, _ sandbox: Sandbox) throws {
    #expect(
      try sandbox.sqlite(
        db, "SELECT status || ' ' || percent || ' ' || due || ' ' || completed_on FROM duties WHERE id = 'DX-2026-001'")
        == "done 100 2026-12-22 2026-12-16")
    #expect(try sandbox.sqlite(db, "SELECT count(*) FROM leaves WHERE official_id = 'tu-phap-1'") == "1")
    #expect(
      try sandbox.sqlite(
        db,
        "SELECT group_concat(action, ',') FROM (SELECT action FROM audit WHERE entity_id = 'DX-2026-001' ORDER BY id)")
        == "duties.create,duties.progress,duties.progress,duties.update,duties.complete")
  }
}

extension String {
  /// The text without the spaces at its end.
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
