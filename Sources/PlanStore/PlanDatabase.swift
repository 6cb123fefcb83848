import Foundation
import GRDB
import GRDBSQLite
import PlanCore

/// What a load wrote, for the `init` summary.
public struct LoadSummary: Sendable, Equatable, Codable {
  /// Rows per kind of data.
  public var units = 0, skills = 0, positions = 0, officials = 0, activeOfficials = 0
  /// Rows per kind of data.
  public var areas = 0, planItems = 0, indicators = 0, baselineFigures = 0, calendarDays = 0
  /// Plan items per area id.
  public var itemsByArea: [Int: Int] = [:]

  /// Creates an empty summary.
  public init() {}
}

/// The SQLite file behind `cchc`: one writer at a time, WAL, foreign keys, every change audited.
public struct PlanDatabase: Sendable {
  /// The GRDB connection (a pool on a file, a queue on a read-only file or in memory); it never leaves this module.
  let writer: any DatabaseWriter
  /// The file path.
  public let path: String
  /// Whether this account may only read the file (its mode, its owner, its folder): every write
  /// is refused before it starts, and nothing is created beside the file.
  public let isReadOnly: Bool
  /// The file as it was opened (device and inode), to refuse writes once the path names another
  /// file or none; nil in memory.
  let file: FileIdentity?
  /// How long a write waits for another process's write to end before answering busy.
  public static let busyTimeout: TimeInterval = 5

  /// Opens (creating when missing) the database at `path` and applies pending migrations; a file
  /// this account may only read is opened read-only, as it is.
  /// - Throws: `StoreError` when the file is not a usable SQLite database, is another program's,
  ///   stays locked, or is read-only and not yet at this version.
  public init(path: String, connections: Connections = .pool) throws {
    if FileAccess.isReadOnly(path) {
      writer = try Self.openReadOnly(path)
      isReadOnly = true
    } else {
      writer = try Self.openWritable(path, connections: connections)
      isReadOnly = false
    }
    self.path = path
    file = FileIdentity(path: path)
  }

  /// The connection settings: foreign keys, the bounded wait for a lock, and (to write) FULL sync.
  static func configuration(readonly: Bool) -> Configuration {
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(busyTimeout)
    config.readonly = readonly
    config.label = "cchc"
    if !readonly {
      config.prepareDatabase { db in
        // FULL: a committed change survives a power cut as well as a killed process.
        try db.execute(sql: "PRAGMA synchronous = FULL")
      }
    }
    return config
  }

  /// How many connections a process keeps to the file.
  public enum Connections: Sendable {
    /// A writer and concurrent readers (WAL): a shell session, the JSON-RPC server.
    case pool
    /// One connection, for a process that runs one command and exits: it opens in a fraction of
    /// a pool's time. A file not yet created is still created by a pool (which switches it to WAL).
    case single
  }

  /// Opens a file this account may write, creating and migrating it when needed.
  static func openWritable(_ path: String, connections: Connections) throws -> any DatabaseWriter {
    let deadline = Date(timeIntervalSinceNow: busyTimeout)
    var attempt = 0
    while true {
      do {
        // Look before touching: opening a pool switches the file to WAL, migrating adds tables.
        try Self.refuseForeignDatabase(at: path)
        let exists = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0
        let pool: any DatabaseWriter =
          connections == .single && exists
          ? try DatabaseQueue(path: path, configuration: configuration(readonly: false))
          : try DatabasePool(path: path, configuration: configuration(readonly: false))
        // GRDB sets NORMAL once it has switched the writer to WAL (after `prepareDatabase`): FULL again.
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        try Self.migrate(pool)
        return pool
      } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
        // Another process is creating the same file (switching it to WAL, migrating): SQLite
        // answers "busy" at once there instead of waiting, so wait here and look again, for a while.
        guard Date() < deadline else { throw StoreError.busy(path: path) }
        attempt += 1
        usleep(UInt32(10_000 * min(attempt, 20)))
      } catch let error as DatabaseError {
        throw StoreError.opening(path, error)
      }
    }
  }

  /// Opens a file this account may only read, without creating anything beside it; it must be a
  /// `cchc` database already at this version (a read-only file cannot be migrated).
  static func openReadOnly(_ path: String) throws -> DatabaseQueue {
    do {
      let queue = try DatabaseQueue(path: FileAccess.readOnlyName(path), configuration: configuration(readonly: true))
      let (foreign, current) = try queue.read { db in
        (try isForeign(db), try Schema.migrator.hasCompletedMigrations(db))
      }
      if foreign { throw StoreError.foreignDatabase(path: path) }
      if !current { throw StoreError.readOnlyNeedsUpgrade(path: path) }
      return queue
    } catch let error as DatabaseError {
      throw StoreError.opening(path, error)
    }
  }

  /// Refuses (−32007 `gone`) when the path no longer names the file opened — deleted, or replaced
  /// by another file — so that nothing is written and no new connection opens whatever file now
  /// has the name. What the WAL still holds is first written into the file opened (wherever it
  /// now is) and the WAL emptied: SQLite keeps the WAL of a moved file, and would otherwise replay
  /// it onto the next file to take the name.
  public func requireSameFile() throws {
    guard let file, FileIdentity(path: path) != file else { return }
    if !isReadOnly {
      try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
    throw PlanError.databaseGone(path)
  }

  /// A database on any GRDB writer (a file's pool, or a queue in memory), migrated.
  init(writer: any DatabaseWriter, path: String) throws {
    try Self.migrate(writer)
    self.writer = writer
    self.path = path
    isReadOnly = false
    file = nil
  }

  /// A new, empty database in memory (migrated, nothing loaded): for tests and dry runs.
  public static func inMemory() throws -> PlanDatabase {
    var config = Configuration()
    config.foreignKeysEnabled = true
    return try PlanDatabase(writer: try DatabaseQueue(configuration: config), path: ":memory:")
  }

  /// Throws `foreignDatabase` when `path` is a SQLite database with tables that `cchc` did not make.
  static func refuseForeignDatabase(at path: String) throws {
    if try isForeignDatabase(at: path) { throw StoreError.foreignDatabase(path: path) }
  }

  /// Whether `path` is a SQLite database holding tables that `cchc` did not make (read-only look).
  /// - Throws: `DatabaseError` when the file is not a SQLite database.
  public static func isForeignDatabase(at path: String) throws -> Bool {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size > 0 else { return false }
    // The SQLite C API directly: a GRDB queue opened only for this look cost a third of a
    // one-shot command's start-up (its first use of generic types); the answer is the same.
    var handle: OpaquePointer?
    defer { sqlite3_close_v2(handle) }
    var status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil)
    guard status == SQLITE_OK, let handle else { throw lookError(handle, status) }
    sqlite3_busy_timeout(handle, Int32(busyTimeout * 1000))
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    status = sqlite3_prepare_v2(handle, tablesSQL, -1, &statement, nil)
    guard status == SQLITE_OK else { throw lookError(handle, status) }
    var tables: Set<String> = []
    while true {
      status = sqlite3_step(statement)
      guard status == SQLITE_ROW else { break }
      if let name = sqlite3_column_text(statement, 0) { tables.insert(String(cString: name)) }
    }
    guard status == SQLITE_DONE else { throw lookError(handle, status) }
    return isForeign(tables: tables)
  }

  /// SQLite's refusal during the look at a file, as GRDB reports errors (busy, not a database…).
  static func lookError(_ handle: OpaquePointer?, _ status: Int32) -> DatabaseError {
    let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(resultCode: ResultCode(rawValue: status), message: message)
  }

  /// Whether the database holds tables, none of them `cchc`'s migrations table.
  static func isForeign(_ db: Database) throws -> Bool {
    isForeign(tables: Set(try String.fetchAll(db, sql: tablesSQL)))
  }

  /// The tables of a database, SQLite's own left out.
  static let tablesSQL = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"

  /// Whether a database with these tables is another program's: it has tables, none of them
  /// `cchc`'s migrations table.
  static func isForeign(tables: Set<String>) -> Bool {
    !tables.isEmpty && !tables.contains("grdb_migrations")
  }

  /// Applies pending migrations. Another process may be migrating the same new file at the same
  /// instant; its migration then wins and ours, rolled back, is retried (and finds nothing to do).
  /// A lock held past the bounded wait is thrown as it is, for the caller's deadline.
  static func migrate(_ pool: any DatabaseWriter) throws {
    for attempt in 1...10 {
      do {
        if try pool.read({ try Schema.migrator.hasCompletedMigrations($0) }) { return }
        try Schema.migrator.migrate(pool)
        return
      } catch let error as DatabaseError {
        if try pool.read({ try Schema.migrator.hasCompletedMigrations($0) }) { return }
        if attempt == 10 || error.resultCode == .SQLITE_BUSY { throw error }
        usleep(UInt32(10_000 * attempt))
      }
    }
  }

  /// Whether the plan and roster have been loaded.
  public func isInitialised() throws -> Bool {
    try writer.read { db in try Self.isInitialised(db) }
  }

  static func isInitialised(_ db: Database) throws -> Bool {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'initialised_at'") != nil
  }

  /// Loads the bundle in one transaction, with its audit row.
  ///
  /// - Parameters:
  ///   - bundle: validated plan and seed data.
  ///   - actor: who runs the load.
  ///   - replace: when true, first removes every plan, roster and duty row (the audit log stays).
  /// - Throws: `StoreError.alreadyInitialised` when data is there and `replace` is false,
  ///   `StoreError.readOnly` on a read-only file; `PlanError` (busy, gone, a full disk, internal)
  ///   when SQLite fails, in which case nothing is written.
  @discardableResult
  public func load(_ bundle: PlanBundle, by actor: AuditActor, replace: Bool) throws -> LoadSummary {
    if isReadOnly { throw StoreError.readOnly(path: path) }
    return try writeTransaction { db in
      let initialised = try Self.isInitialised(db)
      if initialised && !replace { throw StoreError.alreadyInitialised(path: path) }
      if initialised { try Loader.clear(db) }
      let summary = try Loader.insert(bundle, into: db)
      try Self.writeAudit(
        db, actor: actor, action: replace && initialised ? "init.force" : "init", entity: "database",
        entityID: nil, before: nil, after: summary)
      return summary
    }
  }

  /// Runs `body` in one immediate transaction, refusing first a file this account may only read
  /// and then, once the write lock is held, a file that is no longer the one opened (deleted, or
  /// replaced under the same name): nothing is written then. SQLite's failures come back in
  /// words (busy after the bounded wait, read-only, a full disk; see `failure`). With `rollback`,
  /// the transaction is rolled back once `body` has run: nothing it wrote is kept.
  func writeTransaction<T>(rollback: Bool = false, _ body: (Database) throws -> T) throws -> T {
    if isReadOnly { throw PlanError.readOnlyDatabase(path) }
    try requireSameFile()
    do {
      return try writer.writeWithoutTransaction { db in
        var output: T?
        try db.inTransaction(.immediate) {
          if let file, FileIdentity(path: path) != file { throw PlanError.databaseGone(path) }
          output = try body(db)
          // A dry run does everything, then keeps nothing.
          return rollback ? .rollback : .commit
        }
        guard let output else { throw PlanError.internal("no result") }
        return output
      }
    } catch {
      throw failure(error)
    }
  }

  /// Loads the bundle unless another process already did; safe when several start at once.
  /// - Parameters:
  ///   - bundle: called only when the database is empty, to produce the data to load.
  ///   - actor: who runs the load.
  /// - Returns: the summary when this call loaded the data, nil when it was already there.
  public func initialiseIfEmpty(with bundle: () throws -> PlanBundle, by actor: AuditActor) throws -> LoadSummary? {
    if try isInitialised() { return nil }
    let data = try bundle()
    do {
      return try load(data, by: actor, replace: false)
    } catch StoreError.alreadyInitialised {
      return nil  // Another process won the race; its load is complete and identical.
    }
  }

  /// Writes a consistent copy of the SQLite file at `path` to `destination` (`VACUUM INTO` on a
  /// read-only connection: the file itself, whatever program it belongs to, is not changed).
  /// - Throws: `StoreError` when `path` is not a SQLite database or cannot be read.
  public static func backup(path: String, to destination: String) throws {
    do {
      try DatabaseQueue(path: path, configuration: configuration(readonly: true)).writeWithoutTransaction { db in
        try db.execute(sql: "VACUUM INTO ?", arguments: [destination])
      }
    } catch let error as DatabaseError {
      throw StoreError.opening(path, error)
    }
  }

  static func writeAudit<T: Encodable>(
    _ db: Database, actor: AuditActor, action: String, entity: String, entityID: String?, before: T?,
    after: T?
  ) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func json(_ value: T?) throws -> String? {
      guard let value else { return nil }
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    try AuditRecord(
      at: Self.timestamp(), officialId: actor.officialID, osUser: actor.osUser, osUid: actor.osUID,
      channel: actor.channel.rawValue, remoteAddr: actor.remoteAddress, action: action, entity: entity,
      entityId: entityID, before: try json(before), after: try json(after)
    ).insert(db)
  }

  /// Now, as an ISO 8601 UTC timestamp with milliseconds.
  static func timestamp(_ date: Date = Date()) -> String {
    Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
  }
}
