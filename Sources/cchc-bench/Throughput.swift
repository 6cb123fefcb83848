import Foundation

/// What one pipe-throughput run measured.
struct ThroughputRun {
  /// Calls answered (a sqlite3 call is one official's count and page query).
  var calls = 0
  /// From starting the process to the last answer (cchc) or to end of output (sqlite3).
  var seconds = 0.0
  /// Bytes read from the process's stdout.
  var bytes = 0
  /// Sum of the page totals (the count query).
  var totals = 0
  /// Duty rows returned in all (the page query).
  var items = 0
  /// Answers that were not the expected result.
  var bad = 0
  /// The process's `VmHWM` just before its stdin was closed (cchc only), in KiB.
  var peakKiB: Int?
  /// The process's peak resident set from `wait4`, in KiB.
  var maxResidentKiB = 0
  /// Exit status.
  var status: Int32 = 0

  /// Calls a second.
  var rate: Double { Double(calls) / seconds }
}

/// Sends every request through one pipe from a writer thread while the calling thread reads the answers.
enum Throughput {
  /// `cchc --json` answering `requests` (line `n` has id `n + 1`).
  static func cchc(binary: String, database: String, requests: [[UInt8]]) throws -> ThroughputRun {
    let input = Array(requests.joined())
    let started = Clock.now()
    let process = try ChildProcess(executable: binary, arguments: RPC.arguments(database: database))
    let written = startWriter(process, input, closeWhenDone: false)
    var run = ThroughputRun()
    var reader = LineInput(fd: process.output)
    for index in 0..<requests.count {
      let more = reader.nextLine { line in
        if let page = Responses.page(line, id: index + 1) {
          run.totals += page.total
          run.items += page.items
        } else {
          run.bad += 1
        }
      }
      guard more else {
        run.bad += requests.count - index
        break
      }
      run.calls += 1
    }
    run.seconds = Clock.seconds(since: started)
    run.bytes = reader.bytesRead
    written.wait()
    run.peakKiB = process.peakResidentKiB()
    (run.status, run.maxResidentKiB) = process.wait()
    return run
  }

  /// One `sqlite3` shell reading `script` (`.mode json` and one count and one page query per official).
  static func sqlite3(database: String, script: [UInt8], calls: Int) throws -> ThroughputRun {
    let started = Clock.now()
    let process = try ChildProcess(executable: Reference.sqlite3, arguments: [database])
    let written = startWriter(process, script, closeWhenDone: true)
    var run = ThroughputRun()
    var reader = LineInput(fd: process.output)
    while reader.nextLine({ line in
      if let count = Responses.count(line) {
        run.calls += 1
        run.totals += count
      } else if !line.isEmpty {
        run.items += 1
      }
    }) {}
    run.seconds = Clock.seconds(since: started)
    run.bytes = reader.bytesRead
    written.wait()
    (run.status, run.maxResidentKiB) = process.wait()
    run.bad = calls - run.calls
    return run
  }

  /// Writes `input` to the process's stdin on a new thread; the semaphore is signalled when it is written.
  static func startWriter(_ process: ChildProcess, _ input: [UInt8], closeWhenDone: Bool) -> DispatchSemaphore {
    let done = DispatchSemaphore(value: 0)
    let fd = process.input
    Thread.detachNewThread {
      input.withUnsafeBytes { _ = writeAll(fd, $0) }
      if closeWhenDone { process.closeInput() }
      done.signal()
    }
    return done
  }
}

/// The JSON-RPC requests of the benchmark.
enum RPC {
  /// The day `cchc` takes as today.
  static let today = Province.today.iso

  /// The arguments of `cchc` in JSON-RPC mode on `database`.
  static func arguments(database: String) -> [String] {
    ["--json", "--db", database, "--today", today]
  }

  /// One `duties.list` request line for `official`, with its newline.
  static func request(official: String, id: Int) -> [UInt8] {
    Array(
      #"{"jsonrpc":"2.0","method":"duties.list","params":{"official":"\#(official)","limit":100},"id":\#(id)}"#.utf8)
      + [0x0A]
  }
}
