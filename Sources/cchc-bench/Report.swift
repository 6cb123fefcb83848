import Foundation

/// The printed report of `cchc-bench jsonrpc`.
enum Report {
  /// Peak resident set target, in bytes (decimal megabytes: 100 MB = 10⁸ bytes, stricter than 100 MiB).
  static let memoryTargetBytes = 100_000_000
  /// p99 latency target, in microseconds.
  static let p99TargetMicros = 1_000.0

  /// `bytes` in decimal megabytes with one decimal.
  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }

  /// `value` with `digits` decimals.
  static func fixed(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }

  /// `text` padded with spaces to `width` characters (on the left when `right`).
  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text.count >= width ? text + " " : text + fill
  }

  /// `PASS` or `FAIL`.
  static func verdict(_ passed: Bool) -> String { passed ? "PASS" : "FAIL" }

  /// The run with the median rate (the lower middle one for an even count).
  static func median(_ runs: [ThroughputRun]) -> ThroughputRun {
    runs.sorted { $0.rate < $1.rate }[(runs.count - 1) / 2]
  }

  /// The whole report.
  static func text(_ f: JSONRPCFigures, calls: Int, warmup: Int) -> String {
    let r = Derived(f)
    var out: [String] = []
    header(f, r, calls: calls, &out)
    throughput(f, r, &out)
    latency(f, r, &out)
    memory(f, r, &out)
    breakdown(f, r, &out)
    out.append(
      "Summary    throughput \(verdict(r.throughputPass)), p99 latency \(verdict(r.latencyPass)), "
        + "peak memory \(verdict(r.memoryPass))")
    return out.joined(separator: "\n")
  }

  /// The figures the sections share.
  struct Derived {
    let rows: [String: Int]
    let cchc: ThroughputRun
    let sqlite: ThroughputRun
    let latency: Percentiles
    let warm: Percentiles
    let peaks: [Int]
    let peakBytes: Int
    let throughputPass: Bool
    let latencyPass: Bool
    let memoryPass: Bool
    let sameAnswers: Bool

    init(_ f: JSONRPCFigures) {
      rows = Dictionary(uniqueKeysWithValues: f.counts.map { ($0.table, $0.rows) })
      self.cchc = Report.median(f.cchcRuns)
      self.sqlite = Report.median(f.sqliteRuns)
      self.latency = Percentiles(f.latency.samples)
      self.warm = Percentiles(f.latency.warmup)
      self.peaks = [cchc.peakKiB, f.latency.peakKiB].compactMap { $0 }
      self.peakBytes = (peaks.max() ?? 0) * 1024
      self.throughputPass = cchc.bad == 0 && cchc.rate >= sqlite.rate
      self.latencyPass = f.latency.bad == 0 && latency.micros(0.99) < p99TargetMicros
      self.memoryPass = !peaks.isEmpty && peakBytes < memoryTargetBytes
      let reference = (totals: sqlite.totals, items: sqlite.items)
      self.sameAnswers = f.cchcRuns.allSatisfy { $0.totals == reference.totals && $0.items == reference.items }
    }
  }

  /// Machine, versions, database and calls.
  static func header(_ f: JSONRPCFigures, _ r: Derived, calls: Int, _ out: inout [String]) {
    let (rows, cchc) = (r.rows, r.cchc)
    out.append("cchc-bench jsonrpc — duties.list {official, limit: 100} through cchc --json, against one sqlite3 shell")
    out.append("")
    out.append(
      "Machine    \(f.machine.cores) cores (nproc), \(f.machine.cpu), \(fixed(f.machine.memoryGiB, 1)) GiB RAM")
    out.append(
      "           \(f.machine.system), Linux \(f.machine.kernel); "
        + "load average \(f.loadBefore) before, \(f.loadAfter) after")
    out.append("SQLite     library \(f.library) (cchc, through GRDB); shell \(Reference.sqlite3) \(f.shell)")
    out.append("cchc       \(f.cchc) --json --db DB --today \(RPC.today) (binary modified \(f.cchcModified))")
    out.append("Database   \(f.database) (\(f.databaseOrigin)), \(megabytes(f.databaseBytes)) MB, seed \(f.seed)")
    out.append(
      "           \(rows["unit"] ?? 0) units, \(rows["officials"] ?? 0) officials, "
        + "\(rows["plan_items"] ?? 0) plan items, "
        + "\(rows["duties"] ?? 0) duties, \(rows["duty_coordinators"] ?? 0) coordinator links")
    out.append(
      "Calls      \(calls) duties.list, one official each (drawn with replacement, seeded); per call on average "
        + "\(fixed(Double(cchc.totals) / Double(max(cchc.calls, 1)), 1)) duties match, "
        + "\(fixed(Double(cchc.items) / Double(max(cchc.calls, 1)), 1)) returned, "
        + "\(fixed(Double(cchc.bytes) / Double(max(cchc.calls, 1)) / 1000, 1)) kB of JSON")
    out.append("")
  }

  /// Throughput against the sqlite3 shell.
  static func throughput(_ f: JSONRPCFigures, _ r: Derived, _ out: inout [String]) {
    let (cchc, sqlite, sameAnswers, throughputPass) = (r.cchc, r.sqlite, r.sameAnswers, r.throughputPass)
    out.append("Throughput — all requests through one pipe (writer thread), answers read concurrently;")
    out.append("             wall time from starting the process to the last answer (sqlite3: to end of its output)")
    for (index, run) in f.cchcRuns.enumerated() {
      let sqliteRun = f.sqliteRuns[index]
      let label = f.cchcRuns.count > 1 ? " (run \(index + 1))" : ""
      out.append(
        pad("  cchc --json\(label)", 30)
          + "\(run.calls) calls in \(fixed(run.seconds, 3)) s = \(fixed(run.rate)) calls/s, "
          + "\(megabytes(run.bytes)) MB out, "
          + (run.bad == 0 ? "every answer a result with the right id" : "\(run.bad) BAD answers")
          + ", exit \(run.status)")
      out.append(
        pad("  sqlite3 .mode json\(label)", 30)
          + "\(sqliteRun.calls) calls in \(fixed(sqliteRun.seconds, 3)) s = \(fixed(sqliteRun.rate)) calls/s "
          + "(count + page query each), \(megabytes(sqliteRun.bytes)) MB out, exit \(sqliteRun.status)")
    }
    out.append(
      "  same answers: \(sameAnswers ? "yes" : "NO") — totals \(cchc.totals) (cchc) vs \(sqlite.totals) (sqlite3), "
        + "rows \(cchc.items) vs \(sqlite.items)")
    out.append(
      "  target cchc ≥ sqlite3: \(fixed(cchc.rate)) vs \(fixed(sqlite.rate)) calls/s "
        + "(\(fixed(cchc.rate / sqlite.rate, 2))×)"
        + (f.cchcRuns.count > 1 ? ", medians of \(f.cchcRuns.count) runs" : "") + "  "
        + verdict(throughputPass))
    out.append("")
  }

  /// Latency, one call at a time.
  static func latency(_ f: JSONRPCFigures, _ r: Derived, _ out: inout [String]) {
    let (latency, warm, latencyPass) = (r.latency, r.warm, r.latencyPass)
    out.append("Latency — a second cchc --json process, one request at a time (write the line, read its answer)")
    out.append(
      "  warm-up, excluded: \(f.latency.warmup.count) calls, p50 \(fixed(warm.micros(0.5))) µs, "
        + "max \(fixed(warm.micros(1))) µs")
    out.append(
      "  measured: \(f.latency.samples.count) calls, p50 \(fixed(latency.micros(0.5))) µs, "
        + "p90 \(fixed(latency.micros(0.9))) µs, p99 \(fixed(latency.micros(0.99))) µs, "
        + "p99.9 \(fixed(latency.micros(0.999))) µs, max \(fixed(latency.micros(1))) µs, "
        + "mean \(fixed(latency.meanMicros)) µs" + (f.latency.bad == 0 ? "" : ", \(f.latency.bad) BAD answers"))
    for (label, range) in [
      ("pages of 0–9 duties", 0...9), ("pages of 10–99 duties", 10...99), ("full pages (100 duties)", 100...100),
    ] {
      let chosen = zip(f.latency.samples, f.latency.items).filter { range.contains($0.1) }.map(\.0)
      let part = Percentiles(chosen)
      out.append(
        "    \(label): \(chosen.count) calls, p50 \(fixed(part.micros(0.5))) µs, p99 \(fixed(part.micros(0.99))) µs")
    }
    out.append(
      "  target p99 < \(fixed(p99TargetMicros)) µs: \(fixed(latency.micros(0.99))) µs  \(verdict(latencyPass))")
    out.append("")
  }

  /// Peak memory.
  static func memory(_ f: JSONRPCFigures, _ r: Derived, _ out: inout [String]) {
    let (cchc, sqlite, peakBytes, memoryPass) = (r.cchc, r.sqlite, r.peakBytes, r.memoryPass)
    out.append("Peak memory — VmHWM of /proc/PID/status of the cchc process, read just before closing its stdin")
    out.append(
      "  throughput process \(cchc.peakKiB.map { megabytes($0 * 1024) } ?? "?") MB, latency process "
        + "\(f.latency.peakKiB.map { megabytes($0 * 1024) } ?? "?") MB (sqlite3 shell, for comparison: "
        + "\(megabytes(sqlite.maxResidentKiB * 1024)) MB)")
    out.append("  target < 100 MB: \(megabytes(peakBytes)) MB  \(verdict(memoryPass))")
  }

  /// Where a call's time goes, when measured.
  static func breakdown(_ f: JSONRPCFigures, _ r: Derived, _ out: inout [String]) {
    let (cchc, sqlite, latency) = (r.cchc, r.sqlite, r.latency)
    if let b = f.breakdown {
      let perCall = 1e6 / cchc.rate
      out.append("")
      out.append(
        "Where a call's time goes — timed in cchc-bench's own process on the first \(b.calls) of the same "
          + "officials, fastest of \(Breakdown.passes) passes")
      let steps: [(String, Double)] = [
        ("SQL alone (GRDB, cached statements, rows fetched)", b.sqlMicros),
        ("an empty DatabasePool.read (the read transaction alone)", b.transactionMicros),
        ("PlanDatabase.listDuties (read transaction, SQL, mapping)", b.listMicros),
        (
          "  of which row → DutyView mapping and the rest (difference)",
          b.listMicros - b.sqlMicros - b.transactionMicros
        ),
        ("writing the page's JSON (JSONWritable, \(fixed(b.pageBytes / 1000, 1)) kB)", b.encodeMicros),
        ("a whole call in-process (JSONRPCServer.handle, bytes in → bytes out)", b.decodeMicros),
      ]
      for (label, micros) in steps { out.append(pad("  " + label, 64) + pad(fixed(micros, 1), 7, right: true) + " µs") }
      out.append(
        "  listDuties + JSON \(fixed(b.listMicros + b.encodeMicros, 1)) µs; "
          + "cchc spends \(fixed(perCall, 1)) µs a call in the throughput run, "
          + "\(fixed(latency.micros(0.5), 1)) µs per round trip (p50); "
          + "sqlite3 \(fixed(1e6 / sqlite.rate, 1)) µs a call")
    }
    out.append("")
  }

}
