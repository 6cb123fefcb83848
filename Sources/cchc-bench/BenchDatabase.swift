import Foundation
import GRDB

/// Where the province database lives, and building or reusing it.
enum BenchDatabase {
  /// The default file for `seed`: `$TMPDIR/cchc-bench/province-seed-N.sqlite`.
  static func defaultPath(seed: UInt64) -> String {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("cchc-bench")
      .appendingPathComponent("province-seed-\(seed).sqlite").path
  }

  /// Builds the province database into a sibling file, renamed to `path` once complete.
  static func build(at path: String, seed: UInt64) throws -> ProvinceSummary {
    // An interrupted build never leaves a half-built file under `path`.
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let building = "\(path).building-\(getpid())"
    remove(building)
    do {
      let summary = try ProvinceBuilder.build(path: building, seed: seed)
      remove(path)
      guard rename(building, path) == 0 else { throw BenchError("cannot rename \(building) to \(path)") }
      return summary
    } catch {
      remove(building)
      throw error
    }
  }

  /// Removes a database file and its WAL and shared-memory files.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }

  /// Row counts of the tables the report shows, or nil when the file is not such a database.
  static func counts(path: String) -> [(table: String, rows: Int)]? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    var config = Configuration()
    config.readonly = true
    guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
    defer { try? queue.close() }
    return try? queue.read { db in
      try ["unit", "officials", "plan_items", "duties", "duty_coordinators"].map {
        ($0, try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0)
      }
    }
  }

  /// Whether `path` holds a complete province database.
  static func isComplete(path: String) -> Bool {
    guard let counts = counts(path: path) else { return false }
    let rows = Dictionary(uniqueKeysWithValues: counts.map { ($0.table, $0.rows) })
    return rows["unit"] == Province.units && rows["officials"] == Province.officials
      && rows["duties"] == Province.duties
  }

  /// The officials' ids, sorted.
  static func officials(path: String) throws -> [String] {
    var config = Configuration()
    config.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: config)
    defer { try? queue.close() }
    return try queue.read { db in try String.fetchAll(db, sql: "SELECT id FROM officials ORDER BY id") }
  }

  /// The SQLite library version GRDB (and so `cchc`) links against.
  static func libraryVersion() -> String {
    (try? DatabaseQueue().read { db in try String.fetchOne(db, sql: "SELECT sqlite_version()") }) ?? "?"
  }

  /// The size of the file and of its WAL, in bytes.
  static func size(path: String) -> Int {
    ["", "-wal"].reduce(0) { total, suffix in
      total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
    }
  }
}

/// `cchc-bench province`: builds the database at `--db` and prints what it holds.
enum ProvinceCommand {
  /// Runs the command; the exit status.
  static func run(_ options: BenchOptions) -> Int32 {
    guard let path = options.db else { return 64 }
    if FileManager.default.fileExists(atPath: path) && !options.force {
      printError("cchc-bench: \(path) exists; use --force to replace it.")
      return 1
    }
    do {
      let summary = try BenchDatabase.build(at: path, seed: options.seed)
      print(
        """
        Built \(path) (seed \(options.seed)) in \(String(format: "%.2f", summary.seconds)) s: \
        \(summary.units) units, \(summary.officials) officials, \(summary.duties) duties, \
        \(summary.coordinators) coordinator links; \(Report.megabytes(BenchDatabase.size(path: path))) MB.
        Contents digest (every table but audit): \(try Digest.tables(path: path))
        """)
      return 0
    } catch {
      printError("cchc-bench: \(error)")
      return 1
    }
  }
}
