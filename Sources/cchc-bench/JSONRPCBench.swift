import Foundation

/// Everything `cchc-bench jsonrpc` measured, for the report.
struct JSONRPCFigures {
  /// The machine.
  var machine = Machine.current()
  /// Load averages before and after.
  var loadBefore = "", loadAfter = ""
  /// The database file.
  var database = ""
  /// Its size in bytes.
  var databaseBytes = 0
  /// How it was obtained (built in N s, or reused).
  var databaseOrigin = ""
  /// Row counts.
  var counts: [(table: String, rows: Int)] = []
  /// SQLite versions: the library cchc uses, and the shell.
  var library = "", shell = ""
  /// The seed.
  var seed: UInt64 = 0
  /// The cchc binary.
  var cchc = ""
  /// When the cchc binary was last modified (UTC), to make a stale binary visible.
  var cchcModified = "?"
  /// Throughput runs of cchc and sqlite3, in the order run.
  var cchcRuns: [ThroughputRun] = [], sqliteRuns: [ThroughputRun] = []
  /// The one-at-a-time run.
  var latency = LatencyRun()
  /// The in-process split.
  var breakdown: Breakdown?
}

/// `cchc-bench jsonrpc`: `duties.list` through `cchc --json` against one sqlite3 shell.
enum JSONRPCBench {
  /// Calls of the in-process breakdown.
  static let breakdownCalls = 2_000

  /// Runs the benchmark and prints the report; the exit status (0 even when a target is missed).
  static func run(_ options: BenchOptions) -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    do {
      let figures = try measure(options)
      print(Report.text(figures, calls: options.calls, warmup: options.warmup))
      return 0
    } catch {
      printError("cchc-bench: \(error)")
      return 1
    }
  }

  /// The `cchc` binary beside this executable.
  static func cchcBinary() throws -> String {
    let own = CommandLine.arguments[0]
    let executable =
      own.contains("/")
      ? URL(fileURLWithPath: own).standardizedFileURL.path
      : (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? own
    let binary = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("cchc").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      throw BenchError(
        "no cchc binary at \(binary); build it first: swift build -c release --product cchc")
    }
    return binary
  }

  /// Prepares the database, runs every measurement and returns the figures.
  static func measure(_ options: BenchOptions) throws -> JSONRPCFigures {
    var figures = JSONRPCFigures()
    figures.loadBefore = Machine.loadAverage()
    figures.seed = options.seed
    figures.cchc = try cchcBinary()
    if let modified = try? FileManager.default.attributesOfItem(atPath: figures.cchc)[.modificationDate] as? Date {
      figures.cchcModified = Date.ISO8601FormatStyle().format(modified)
    }
    guard FileManager.default.isExecutableFile(atPath: Reference.sqlite3) else {
      throw BenchError("\(Reference.sqlite3) is missing (Debian: apt-get install sqlite3)")
    }
    let path = options.db ?? BenchDatabase.defaultPath(seed: options.seed)
    if options.db != nil && FileManager.default.fileExists(atPath: path) {
      figures.databaseOrigin = "given"
    } else if options.db == nil && BenchDatabase.isComplete(path: path) {
      figures.databaseOrigin = "reused"
    } else {
      printError("cchc-bench: building the province database \(path) …")
      let summary = try BenchDatabase.build(at: path, seed: options.seed)
      figures.databaseOrigin = "built in \(String(format: "%.2f", summary.seconds)) s"
    }
    figures.database = path
    figures.databaseBytes = BenchDatabase.size(path: path)
    figures.counts = BenchDatabase.counts(path: path) ?? []
    figures.library = BenchDatabase.libraryVersion()
    figures.shell = Machine.version(of: Reference.sqlite3)?.split(separator: " ").first.map(String.init) ?? "?"

    let officials = try BenchDatabase.officials(path: path)
    guard !officials.isEmpty else { throw BenchError("\(path) has no officials") }
    var picker = SplitMix64(seed: options.seed, stream: "calls")
    let picks = (0..<options.calls).map { _ in picker.pick(officials) }
    var warmupPicker = SplitMix64(seed: options.seed, stream: "warm-up")
    let warmup = (0..<options.warmup).map { _ in warmupPicker.pick(officials) }
    let requests = picks.enumerated().map { RPC.request(official: $0.element, id: $0.offset + 1) }
    let script = Reference.script(picks)

    // Bring the file into the page cache so that the first run does not pay for the disk.
    _ = FileManager.default.contents(atPath: path)
    for run in 1...options.runs {
      printError("cchc-bench: throughput run \(run)/\(options.runs): cchc …")
      figures.cchcRuns.append(try Throughput.cchc(binary: figures.cchc, database: path, requests: requests))
      printError("cchc-bench: throughput run \(run)/\(options.runs): sqlite3 …")
      figures.sqliteRuns.append(try Throughput.sqlite3(database: path, script: script, calls: picks.count))
    }
    printError("cchc-bench: latency (one call at a time) …")
    figures.latency = try Latency.cchc(binary: figures.cchc, database: path, warmup: warmup, requests: picks)
    printError("cchc-bench: in-process breakdown …")
    figures.breakdown = try Breakdown.measure(path: path, officials: Array(picks.prefix(breakdownCalls)))
    figures.loadAfter = Machine.loadAverage()
    return figures
  }
}
