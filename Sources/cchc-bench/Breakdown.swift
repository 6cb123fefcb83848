import Foundation
import GRDB
import PlanCommands
import PlanCore
import PlanRPC
import PlanStore

/// Where a call's time goes, measured in this process on the same officials (a rough split, not a profile).
struct Breakdown {
  /// Passes over the officials per step; the fastest is kept (the others absorb noise and warm-up).
  static let passes = 3

  /// Calls timed per pass.
  var calls = 0
  /// Mean µs of the queries alone through GRDB (the page, and the count when the page is full; no mapping).
  var sqlMicros = 0.0
  /// Mean µs of one empty `DatabasePool.read` (what a read transaction costs through GRDB, as `listDuties` pays it).
  var transactionMicros = 0.0
  /// Mean µs of `PlanDatabase.listDuties` (read transaction, both queries, mapping to `DutyView`).
  var listMicros = 0.0
  /// Mean µs of writing the page's JSON as the server does (`JSONWritable`, sorted keys).
  var encodeMicros = 0.0
  /// Mean µs of a whole call in this process: `JSONRPCServer.handle` from request bytes to response bytes.
  var decodeMicros = 0.0
  /// Mean bytes of an encoded page.
  var pageBytes = 0.0

  /// Times each step over `officials` against the database at `path`.
  static func measure(path: String, officials: [String]) throws -> Breakdown {
    var result = Breakdown()
    result.calls = officials.count
    try measureSQL(path: path, officials: officials, into: &result)
    let database = try PlanDatabase(path: path)
    var pages: [Page<DutyView>] = []
    result.listMicros = try fastest(officials) {
      pages = []
      pages.reserveCapacity(officials.count)
      for official in officials {
        var filter = DutyFilter()
        filter.official = OfficialID(rawValue: official)
        filter.limit = 100
        pages.append(try database.listDuties(filter, today: Province.today))
      }
    }

    var bytes = 0
    result.encodeMicros = fastest(officials) {
      bytes = 0
      for page in pages {
        var json = JSONBytes(capacity: 16_384)
        page.writeJSON(into: &json)
        bytes += json.bytes.count
      }
    }
    result.pageBytes = Double(bytes) / Double(officials.count)

    let context = CommandContext(
      database: database, actor: AuditActor(officialID: nil, osUser: "bench"), today: Province.today)
    let server = JSONRPCServer { context }
    let lines = officials.enumerated().map { Array(RPC.request(official: $0.element, id: $0.offset + 1).dropLast()) }
    result.decodeMicros = fastest(officials) {
      for line in lines { _ = server.handle(line) }
    }
    return result
  }

  /// The queries alone through GRDB, and an empty read transaction.
  static func measureSQL(path: String, officials: [String], into result: inout Breakdown) throws {
    var config = Configuration()
    config.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: config)
    let condition = "WHERE (d.lead_id = ? OR d.id IN (SELECT duty_id FROM duty_coordinators WHERE official_id = ?))"
    result.sqlMicros = try fastest(officials) {
      try queue.read { db in
        for official in officials {
          // As listDuties does: the page, then the count only when the page is full.
          let rows = try Row.fetchAll(
            db.cachedStatement(
              sql: "SELECT \(Reference.dutyColumns) FROM duties d \(condition) ORDER BY d.due, d.id LIMIT ? OFFSET ?"),
            arguments: [official, official, 100, 0])
          if rows.count == 100 {
            _ = try Int.fetchOne(
              db.cachedStatement(sql: "SELECT count(*) FROM duties d \(condition)"), arguments: [official, official])
          }
        }
      }
    }
    try queue.close()

    let pool = try DatabasePool(path: path, configuration: config)
    result.transactionMicros = try fastest(officials) {
      for _ in officials { _ = try pool.read { db in try Int.fetchOne(db.cachedStatement(sql: "SELECT 1")) } }
    }
    try pool.close()

  }

  /// The fastest of `passes` runs of `body`, in µs per official.
  static func fastest(_ officials: [String], _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<passes {
      let started = Clock.now()
      try body()
      best = min(best, Clock.seconds(since: started) * 1e6 / Double(officials.count))
    }
    return best
  }

}
