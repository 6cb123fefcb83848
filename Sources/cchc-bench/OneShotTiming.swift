import Foundation

/// The one-shot command `cchc duties mine --as OFFICIAL --format json` timed from spawn to exit,
/// against the sqlite3 shell's own start-up (`sqlite3 -readonly DB 'SELECT 1'`) in the same run,
/// alternating the two (target: cchc ≤ 10 ms).
struct OneShotTiming {
  /// The target for the one-shot command, in milliseconds.
  static let targetMilliseconds = 10.0

  /// Wall times of cchc, in milliseconds.
  var cchc: [Double] = []
  /// Wall times of the sqlite3 shell, in milliseconds.
  var sqlite: [Double] = []

  /// Runs both `runs` times, alternating.
  static func measure(cchc binary: String, db: String, official: String, runs: Int) throws -> OneShotTiming {
    guard FileManager.default.isExecutableFile(atPath: Reference.sqlite3) else {
      throw BenchError("\(Reference.sqlite3) is missing (Debian: apt-get install sqlite3)")
    }
    let command = ["duties", "mine", "--as", official, "--format", "json", "--db", db, "--today", "2026-06-15"]
    var timing = OneShotTiming()
    for _ in 0..<runs {
      timing.cchc.append(try wallMilliseconds(binary, command))
      timing.sqlite.append(try wallMilliseconds(Reference.sqlite3, ["-readonly", db, "SELECT 1"]))
    }
    return timing
  }

  /// Milliseconds from spawning `executable` to reaping it, its stdout and stderr discarded.
  /// - Throws: when it cannot start or exits non-zero.
  static func wallMilliseconds(_ executable: String, _ arguments: [String]) throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + environment).forEach { free($0) } }
    var child: pid_t = 0
    let started = Clock.now()
    guard posix_spawn(&child, executable, &actions, nil, argv, environment) == 0 else {
      throw BenchError("cannot start \(executable)")
    }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let elapsed = Clock.seconds(since: started) * 1000
    guard status == 0 else { throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed (\(status))") }
    return elapsed
  }

  /// Whether `binary` carries the Swift runtime inside (`--static-swift-stdlib`) or loads it, as
  /// `ldd` lists its shared libraries.
  static func linkage(of binary: String) -> String {
    let ldd = Process()
    ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
    ldd.arguments = [binary]
    let pipe = Pipe()
    ldd.standardOutput = pipe
    guard (try? ldd.run()) != nil else { return "linkage unknown (no ldd)" }
    let listed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    ldd.waitUntilExit()
    return listed.contains("libswiftCore")
      ? "Swift runtime loaded from shared libraries" : "Swift runtime inside (--static-swift-stdlib)"
  }

  /// The medians, side by side, with the verdict.
  var report: String {
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    let ours = median(cchc)
    let theirs = median(sqlite)
    let verdict = ours <= Self.targetMilliseconds ? "PASS" : "FAIL"
    return """
        one-shot `cchc duties mine --format json`, spawn to exit: median \(String(format: "%.1f", ours)) ms, \
      max \(String(format: "%.1f", cchc.max() ?? 0)) ms over \(cchc.count) runs — target ≤ 10 ms: \(verdict)
        reference: `sqlite3 -readonly DB 'SELECT 1'` start-up, alternating: median \(String(format: "%.1f", theirs)) ms \
      (cchc/sqlite3 = \(String(format: "%.1f", ours / max(theirs, 0.001)))×)
      """
  }
}
