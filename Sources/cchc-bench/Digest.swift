import Foundation
import GRDB

/// A fingerprint of a database's contents, to show that a seed gives the same tables.
enum Digest {
  /// Tables left out: `audit` holds the load's clock time and is append-only.
  static let skipped: Set<String> = ["audit"]

  /// FNV-1a (64-bit) over every row of every table but `skipped`, tables by name, rows in column order.
  static func tables(path: String) throws -> String {
    var config = Configuration()
    config.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: config)
    defer { try? queue.close() }
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    /// Mixes `bytes` into the hash.
    func mix<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    }
    try queue.read { db in
      let tables = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      for table in tables where !skipped.contains(table) {
        mix("\u{1}\(table)".utf8)
        let columns = try db.columns(in: table).count
        let order = (1...columns).map(String.init).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)")
        while let row = try rows.next() {
          mix([2])
          for value in row.databaseValues {
            switch value.storage {
            case .null: mix([3])
            case .int64(let int): mix("\u{4}\(int)".utf8)
            case .double(let double): mix("\u{5}\(double.bitPattern)".utf8)
            case .string(let string): mix("\u{6}\(string.utf8.count):".utf8); mix(string.utf8)
            case .blob(let data): mix("\u{7}\(data.count):".utf8); mix(data)
            }
          }
        }
      }
    }
    return String(hash, radix: 16)
  }
}
