import Foundation

/// The command line of `cchc-bench`, parsed by hand (the target has no argument-parser dependency).
struct BenchOptions {
  /// `province` or `jsonrpc`.
  var command: String
  /// `--db PATH`.
  var db: String?
  /// `--seed N`.
  var seed: UInt64 = Province.defaultSeed
  /// `--calls N`: requests per measurement.
  var calls = 20_000
  /// `--warmup N`: unmeasured round trips before the latency run.
  var warmup = 500
  /// `--runs N`: throughput runs (cchc and sqlite3 alternate; the median is reported).
  var runs = 1
  /// `--force`: `province` replaces an existing file.
  var force = false

  /// The usage text.
  static let usage = """
    usage: cchc-bench province --db PATH [--seed N] [--force]
           cchc-bench jsonrpc [--db PATH] [--calls N] [--seed N] [--warmup N] [--runs N]
           cchc-bench shell [--db PATH] [--seed N] [--runs N]
           cchc-bench schedule [--seed N]

      province   builds the shared province-size database (100 communes, 2 000 officials,
                 50 000 duties) deterministically from the seed (default \(Province.defaultSeed)).
      jsonrpc    measures `cchc --json` on duties.list (throughput, latency, peak memory) against
                 one sqlite3 shell running the same SQL. Without --db the province database is built
                 (or reused) in \(NSTemporaryDirectory())cchc-bench/.
      shell      the interactive shell in a pseudo-terminal (start to prompt, duties mine; < 50 ms)
                 and the one-shot `cchc duties mine --format json` against the sqlite3 shell's
                 start-up (≤ 10 ms). Times the cchc beside it: build it self-contained first
                 (swift build -c release --static-swift-stdlib), as the README installs it.
    """

  /// Parses `arguments` (without the program name); nil after printing a usage error.
  static func parse(_ arguments: [String]) -> BenchOptions? {
    guard let command = arguments.first, ["province", "jsonrpc", "shell", "schedule"].contains(command) else {
      fail(arguments.first.map { "unknown command '\($0)'" } ?? "missing command")
      return nil
    }
    var options = BenchOptions(command: command)
    var rest = arguments.dropFirst()
    while let flag = rest.popFirst() {
      if flag == "--force" && command == "province" {
        options.force = true
        continue
      }
      guard let value = rest.popFirst() else {
        fail("\(flag) needs a value")
        return nil
      }
      switch flag {
      case "--db": options.db = value
      case "--seed":
        guard let seed = UInt64(value) else { fail("--seed \(value) is not a non-negative integer"); return nil }
        options.seed = seed
      case "--calls" where command == "jsonrpc":
        guard let calls = Int(value), calls > 0 else { fail("--calls \(value) is not a positive integer"); return nil }
        options.calls = calls
      case "--warmup" where command == "jsonrpc":
        guard let warmup = Int(value), warmup >= 0 else { fail("--warmup \(value) is not an integer ≥ 0"); return nil }
        options.warmup = warmup
      case "--runs" where command == "jsonrpc" || command == "shell":
        guard let runs = Int(value), runs > 0 else { fail("--runs \(value) is not a positive integer"); return nil }
        options.runs = runs
      default:
        fail("unknown option \(flag) for \(command)")
        return nil
      }
    }
    if command == "province" && options.db == nil {
      fail("province needs --db PATH")
      return nil
    }
    return options
  }

  /// Prints `message` and the usage to stderr.
  private static func fail(_ message: String) {
    printError("cchc-bench: \(message)\n\(usage)")
  }
}

/// Writes a line to stderr.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
