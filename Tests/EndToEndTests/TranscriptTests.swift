import Foundation
import Testing

/// A transcript file of `Transcripts/`: the shell lines to pipe into `cchc`, and the exact output.
struct Transcript {
  /// An expected output line, with where it is in the file and the input line that printed it.
  struct Line {
    /// The expected text.
    var text: String
    /// Its line number in the file.
    var number: Int
    /// The `$` line before it.
    var after: String
  }

  /// The `$ LINE` lines, in order.
  var input: [String] = []
  /// The expected stdout: every line that is neither input, stderr nor comment.
  var stdout: [Line] = []
  /// The expected stderr: the `! TEXT` lines.
  var stderr: [Line] = []

  /// Reads `$ LINE` (input), `! TEXT` (stderr), `#` and `# …` (comments), anything else (stdout).
  init(_ text: String) {
    for (index, line) in Self.lines(text).enumerated() {
      let number = index + 1
      if line.hasPrefix("$ ") {
        input.append(String(line.dropFirst(2)))
      } else if line.hasPrefix("! ") {
        stderr.append(Line(text: String(line.dropFirst(2)), number: number, after: input.last ?? ""))
      } else if line != "#", !line.hasPrefix("# ") {
        stdout.append(Line(text: line, number: number, after: input.last ?? ""))
      }
    }
    while stdout.last?.text == "" { stdout.removeLast() }
  }

  /// `text` split at each "\n" (not at Swift's "\r\n" characters), without trailing spaces or "\r".
  static func lines(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
      var line = String(Substring(scalars))
      while let last = line.unicodeScalars.last, last == " " || last == "\r" { line.unicodeScalars.removeLast() }
      return line
    }
  }
}

@Suite("Transcripts: shell lines piped into cchc, compared with the exact output")
struct TranscriptTests {
  /// The folder of transcript files.
  static let folder = packageRoot.appendingPathComponent("Tests/EndToEndTests/Transcripts")

  /// Every `.txt` file of the folder, by name: adding a file adds a test.
  static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".txt") }.sorted()

  /// The OS user `cchc` records, found as it finds it, for `{USER}`.
  static let osUser: String = {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid \(geteuid())"
  }()

  /// A timestamp, for `{TIME}`: ISO 8601 (JSON) or as the shell shows it (`30/11/2026 08:47:05`).
  static let timestamp =
    #"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})|\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2})"#

  /// Whether `actual` is `expected`, scalar for scalar, once `{USER}`, `{BOM}` and `{TIME}` are read.
  static func matches(_ actual: String, _ expected: String) -> Bool {
    let literal = expected.replacingOccurrences(of: "{USER}", with: osUser)
      .replacingOccurrences(of: "{BOM}", with: "\u{FEFF}")
    guard literal.contains("{TIME}") else { return actual.unicodeScalars.elementsEqual(literal.unicodeScalars) }
    let pattern = literal.components(separatedBy: "{TIME}").map(NSRegularExpression.escapedPattern(for:))
      .joined(separator: timestamp)
    guard let regex = try? NSRegularExpression(pattern: "^" + pattern + "$") else { return false }
    return regex.firstMatch(in: actual, range: NSRange(actual.startIndex..., in: actual)) != nil
  }

  /// The first line where `actual` differs from `expected`, described for a failure message; nil if none.
  static func firstDifference(_ stream: String, _ file: String, actual: String, expected: [Transcript.Line])
    -> String?
  {
    var actual = Transcript.lines(actual)
    while actual.last == "" { actual.removeLast() }
    for index in 0..<max(actual.count, expected.count) {
      let got = index < actual.count ? actual[index] : nil
      let want = index < expected.count ? expected[index] : nil
      if let got, let want, matches(got, want.text) { continue }
      let place = want.map { "\(file):\($0.number), after `$ \($0.after)`" } ?? "\(file): after its last line"
      return """
        \(stream) line \(index + 1) differs (\(place)):
          expected: \(want?.text ?? "<end of output>")
          actual:   \(got ?? "<end of output>")
        """
    }
    return nil
  }

  @Test("the folder holds transcripts")
  func folderIsNotEmpty() {
    #expect(!Self.files.isEmpty, "no .txt file in \(Self.folder.path)")
  }

  @Test("a transcript's lines print exactly its expected stdout and stderr", arguments: files)
  func transcript(_ file: String) throws {
    let transcript = Transcript(try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8))
    let sandbox = try Sandbox()
    let db = sandbox.path("transcript.sqlite")
    let created = try sandbox.cchc(["init", "--db", db])
    try #require(created.status == 0, "cchc init failed: \(created.stderr)")
    let result = try ShellLanguageTests.piped(
      sandbox, ["--db", db, "--today", "2026-11-25", "--keep-going"], transcript.input.joined(separator: "\n") + "\n")
    let stdout = Self.firstDifference("stdout", file, actual: result.stdout, expected: transcript.stdout)
    let stderr = Self.firstDifference("stderr", file, actual: result.stderr, expected: transcript.stderr)
    for difference in [stdout, stderr].compactMap({ $0 }) { Issue.record(Comment(rawValue: difference)) }
    #expect(result.status == (transcript.stderr.isEmpty ? 0 : 1), "exit status \(result.status)")
  }
}
