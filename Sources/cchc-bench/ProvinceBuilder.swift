import Foundation
import GRDB
import PlanCore
import PlanData
import PlanStore

/// What a build wrote and how long it took.
struct ProvinceSummary {
  /// Rows of `unit`.
  var units = 0
  /// Rows of `officials`.
  var officials = 0
  /// Rows of `duties`.
  var duties = 0
  /// Rows of `duty_coordinators`.
  var coordinators = 0
  /// Seconds for the whole build.
  var seconds = 0.0
}

/// Builds the province database: the embedded plan through `PlanDatabase`, then the generated rows with GRDB.
enum ProvinceBuilder {
  /// Builds the database at `path`, which must not exist yet.
  static func build(path: String, seed: UInt64) throws -> ProvinceSummary {
    let started = Clock.now()
    let result = PlanBundle.load(files: EmbeddedData.files)
    guard let bundle = result.bundle else {
      throw BenchError("the embedded plan does not load: \(result.errors.map { "\($0)" }.joined(separator: "; "))")
    }
    do {
      let database = try PlanDatabase(path: path)
      try database.load(bundle, by: AuditActor(officialID: nil, osUser: "bench"), replace: false)
    }
    let units = ProvinceRoster.units(from: bundle, seed: seed)
    let instances = PlanExpansion.instances(of: bundle, years: Province.years)
    let duties = ProvinceDuties.generate(units: units, instances: instances, positions: bundle.positions, seed: seed)
    var config = Configuration()
    config.foreignKeysEnabled = true
    let queue = try DatabaseQueue(path: path, configuration: config)
    var summary = ProvinceSummary()
    try queue.write { db in
      try db.execute(
        sql: "UPDATE meta SET value = ? WHERE key = 'initialised_at'", arguments: [Province.initialisedAt])
      try insert(units: units, into: db)
      try insert(duties: duties, into: db)
      summary.units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
      summary.officials = try Int.fetchOne(db, sql: "SELECT count(*) FROM officials") ?? 0
      summary.duties = try Int.fetchOne(db, sql: "SELECT count(*) FROM duties") ?? 0
      summary.coordinators = try Int.fetchOne(db, sql: "SELECT count(*) FROM duty_coordinators") ?? 0
    }
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    try queue.close()
    summary.seconds = Clock.seconds(since: started)
    return summary
  }

  /// Inserts the generated communes, their officials and their officials' skills.
  static func insert(units: [BenchUnit], into db: Database) throws {
    guard let home = try Row.fetchOne(db, sql: "SELECT level, parents FROM unit LIMIT 1") else {
      throw BenchError("the loaded database has no unit")
    }
    let level: String = home["level"]
    let parents: String = home["parents"]
    let unitStatement = try db.makeStatement(
      sql: "INSERT INTO unit (id, name, level, full_name, parents, note, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)")
    let officialStatement = try db.makeStatement(
      sql: """
        INSERT INTO officials (id, unit_id, name, position_id, legacy_title, kind, role, capacity, active, vacant,
          note, search_key)
        VALUES (?, ?, ?, ?, ?, ?, 'official', 16, ?, 0, NULL, ?)
        """)
    let skillStatement = try db.makeStatement(
      sql: "INSERT INTO official_skills (official_id, skill_id) VALUES (?, ?)")
    for unit in units where unit.number > 1 {
      let name = VietnameseText.nfc(unit.name)
      let fullName = VietnameseText.nfc("Ủy ban nhân dân \(level) mẫu \(Province.threeDigits(unit.number))")
      try unitStatement.execute(arguments: [
        unit.id, name, level, fullName, parents, "Xã sinh ra cho benchmark (cchc-bench province).",
        VietnameseText.searchKey(name + " " + fullName),
      ])
      for official in unit.officials where official.generated {
        try officialStatement.execute(arguments: [
          official.id, official.unit, official.name, official.position, official.legacyTitle, official.kind,
          official.active, VietnameseText.searchKey("\(official.id) \(official.name) \(official.legacyTitle)"),
        ])
        for skill in official.skills { try skillStatement.execute(arguments: [official.id, skill]) }
      }
    }
  }

  /// Inserts the duties and their coordinators.
  static func insert(duties: [BenchDuty], into db: Database) throws {
    let dutyStatement = try db.makeStatement(
      sql: """
        INSERT INTO duties (id, unit_id, plan_item_id, area_id, title, due, period, effort, status, percent, lead_id,
          pinned, note, created_at, updated_at, version, search_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, 1, ?)
        """)
    let coordinatorStatement = try db.makeStatement(
      sql: "INSERT INTO duty_coordinators (duty_id, official_id) VALUES (?, ?)")
    for duty in duties {
      let instance = duty.instance
      try dutyStatement.execute(arguments: [
        duty.id, duty.unit, instance.item.id, instance.area, instance.title, instance.due.iso, instance.period.iso,
        instance.item.effort, duty.status, duty.percent, duty.lead, duty.createdAt, duty.updatedAt,
        VietnameseText.searchKey("\(duty.id) \(instance.title)"),
      ])
      for official in duty.coordinators { try coordinatorStatement.execute(arguments: [duty.id, official]) }
    }
  }
}

/// A benchmark failure with a message for stderr.
struct BenchError: Error, CustomStringConvertible {
  /// What went wrong.
  let description: String

  /// Creates the error.
  init(_ description: String) { self.description = description }
}

/// Monotonic time in nanoseconds.
enum Clock {
  /// Now, in nanoseconds of `CLOCK_MONOTONIC`.
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Seconds elapsed since `start` (from `now()`).
  static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }
}
