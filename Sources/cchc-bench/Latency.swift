import Foundation

/// What the one-at-a-time run measured.
struct LatencyRun {
  /// Round trips of the warm-up calls, in nanoseconds (excluded from the percentiles).
  var warmup: [UInt64] = []
  /// Round trips of the measured calls, in nanoseconds.
  var samples: [UInt64] = []
  /// Items of each measured call's page, in the order of `samples`.
  var items: [Int] = []
  /// Answers that were not the expected result.
  var bad = 0
  /// The process's `VmHWM` just before its stdin was closed, in KiB.
  var peakKiB: Int?
  /// Exit status.
  var status: Int32 = 0
}

/// Sends one request, waits for its answer, and times each round trip.
enum Latency {
  /// `cchc --json` answering `warmup` and then `requests`, one at a time (ids run on across both).
  static func cchc(binary: String, database: String, warmup: [String], requests: [String]) throws -> LatencyRun {
    let process = try ChildProcess(executable: binary, arguments: RPC.arguments(database: database))
    var reader = LineInput(fd: process.output)
    var run = LatencyRun()
    run.warmup.reserveCapacity(warmup.count)
    run.samples.reserveCapacity(requests.count)
    for (index, official) in (warmup + requests).enumerated() {
      let request = RPC.request(official: official, id: index + 1)
      let started = Clock.now()
      request.withUnsafeBytes { _ = writeAll(process.input, $0) }
      var page: (total: Int, items: Int)?
      let more = reader.nextLine { page = Responses.page($0, id: index + 1) }
      let elapsed = Clock.now() - started
      if page == nil { run.bad += 1 }
      guard more else { break }
      if index < warmup.count {
        run.warmup.append(elapsed)
      } else {
        run.samples.append(elapsed)
        run.items.append(page?.items ?? 0)
      }
    }
    run.peakKiB = process.peakResidentKiB()
    run.status = process.wait().status
    return run
  }
}

/// Order statistics of durations.
struct Percentiles {
  /// The durations, sorted, in nanoseconds.
  let sorted: [UInt64]

  /// Sorts `samples`.
  init(_ samples: [UInt64]) { sorted = samples.sorted() }

  /// The nearest-rank `p` quantile (0 < p ≤ 1) in microseconds.
  func micros(_ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
    return Double(sorted[min(rank, sorted.count) - 1]) / 1000
  }

  /// The mean in microseconds.
  var meanMicros: Double {
    sorted.isEmpty ? .nan : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1000
  }
}
