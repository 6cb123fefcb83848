import Foundation
import GRDB

/// `cchc-bench shell`: the interactive shell in a pseudo-terminal — time from start to the first
/// prompt, and `duties mine` on the province database for its busiest official (targets < 50 ms).
enum ShellBench {
  /// The target for both measurements, in milliseconds.
  static let targetMilliseconds = 50.0

  /// Runs the measurement; prints the report; returns the exit status (0 even when a target fails).
  static func run(_ options: BenchOptions) -> Int32 {
    do {
      let path = options.db ?? BenchDatabase.defaultPath(seed: options.seed)
      if options.db == nil && !BenchDatabase.isComplete(path: path) {
        printError("cchc-bench: building the province database \(path) …")
        _ = try BenchDatabase.build(at: path, seed: options.seed)
      }
      let busiest = try busiestOfficial(path)
      let cchc = try JSONRPCBench.cchcBinary()
      let runs = max(options.runs, 1) * 20
      var startups: [Double] = []
      var mines: [Double] = []
      for _ in 0..<runs {
        let session = try TerminalSession(executable: cchc, arguments: ["--db", path, "--today", "2026-06-15"])
        let started = Clock.now()
        try session.waitFor("cchc (khách)> ")
        startups.append(Clock.seconds(since: started) * 1000)
        try session.send("login \(busiest)\n")
        try session.waitFor("cchc (\(busiest))> ")
        let asked = Clock.now()
        try session.send("duties mine\n")
        try session.waitFor("cchc (\(busiest))> ")
        mines.append(Clock.seconds(since: asked) * 1000)
        try session.send("thoat\n")
        session.finish()
      }
      func report(_ label: String, _ values: [Double]) -> String {
        let sorted = values.sorted()
        let median = sorted[sorted.count / 2]
        let worst = sorted.last ?? 0
        let verdict =
          worst < targetMilliseconds ? "PASS" : (median < targetMilliseconds ? "PASS (median; max over)" : "FAIL")
        return
          "  \(label): median \(String(format: "%.1f", median)) ms, max \(String(format: "%.1f", worst)) ms over \(values.count) runs — target < 50 ms: \(verdict)"
      }
      let oneShot = try OneShotTiming.measure(cchc: cchc, db: path, official: busiest, runs: runs)
      let machine = Machine.current()
      print("cchc-bench shell — the interactive shell in a pseudo-terminal, on the province database")
      print("Machine    \(machine.cores) cores, \(machine.cpu)")
      print("Database   \(path); busiest official \(busiest)")
      print("Binary     \(cchc) — \(OneShotTiming.linkage(of: cchc))")
      print(report("start to the first prompt (open the database, banner, readline)", startups))
      print(report("duties mine, typed at the prompt, until the next prompt", mines))
      print(oneShot.report)
      return 0
    } catch {
      printError("cchc-bench shell: \(error)")
      return 1
    }
  }

  /// The official who leads or coordinates the most open duties.
  static func busiestOfficial(_ path: String) throws -> String {
    var config = Configuration()
    config.readonly = true
    return try DatabaseQueue(path: path, configuration: config).read { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT official FROM (SELECT lead_id AS official FROM duties WHERE status IN ('todo', 'doing')
            UNION ALL SELECT c.official_id FROM duty_coordinators c JOIN duties d ON d.id = c.duty_id
            WHERE d.status IN ('todo', 'doing'))
          WHERE official IS NOT NULL GROUP BY official ORDER BY count(*) DESC, official LIMIT 1
          """) ?? "chu-tich"
    }
  }
}

/// A child process on a pseudo-terminal: what a person at a terminal would see and type.
final class TerminalSession {
  let pid: pid_t
  let master: Int32
  var seen: [UInt8] = []

  /// Starts `executable` with the terminal as its stdin, stdout and stderr.
  init(executable: String, arguments: [String]) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError("openpty failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
    posix_spawn_file_actions_addclose(&actions, master)
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm"
    environment["CCHC_HISTORY"] = "/tmp/cchc-bench/shell-history"
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, nil, argv, envp)
    close(slave)
    guard status == 0 else { throw BenchError("cannot start \(executable)") }
    pid = child
    self.master = master
  }

  /// Types `text`.
  func send(_ text: String) throws {
    let bytes = Array(text.utf8)
    guard bytes.withUnsafeBytes({ write(master, $0.baseAddress, $0.count) }) == bytes.count else {
      throw BenchError("cannot write to the terminal")
    }
  }

  /// Reads the screen until `text` appears after what was already seen (10 s at most).
  func waitFor(_ text: String) throws {
    let needle = Array(text.utf8)
    let start = seen.count
    let deadline = Date().addingTimeInterval(10)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while Date() < deadline {
      if seen.count - start >= needle.count,
        seen[start...].firstRange(of: needle) != nil
      {
        seen.removeAll(keepingCapacity: true)
        return
      }
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 100) >= 0 else { continue }
      if poller.revents & Int16(POLLIN) != 0 {
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { seen += buffer[0..<count] } else if count < 0 && errno != EINTR && errno != EAGAIN { break }
      }
    }
    throw BenchError("the shell did not show “\(text)” in time")
  }

  /// Waits for the shell to end, killing it if it does not.
  func finish() {
    var status: Int32 = 0
    for _ in 0..<100 {
      if waitpid(pid, &status, WNOHANG) == pid { break }
      usleep(10_000)
    }
    if waitpid(pid, &status, WNOHANG) == 0 {
      kill(pid, SIGKILL)
      waitpid(pid, &status, 0)
    }
    close(master)
  }
}
