import Foundation
import Testing

@Suite("A busy database answers −32005 busy after a bounded wait, never −32603, and nothing is written")
struct BusyDatabaseTests {
  @Test(
    "while another process holds a write transaction, every write path answers busy after a bounded wait, never −32603; reads go on"
  )
  func busyWrites() throws {
    let rpc = try RPCSandbox()
    let session = try rpc.session(as: "chu-tich")
    _ = try session.result("areas.list")
    let before = try rpc.snapshot()
    let audits = try rpc.count("audit")
    let lock = try WriteLockHolder(rpc.sandbox, database: rpc.db)
    // Two more processes write while the lock is held, waiting alongside the session.
    let oneShot = try rpc.sandbox.start(
      [
        "duties", "create", "Họp", "--area", "1", "--due", "2026-12-20", "--effort", "2", "--db", rpc.db, "--as",
        "chu-tich",
      ])
    let reload = try rpc.sandbox.start(["init", "--force", "--db", rpc.db])
    let (_, readTime) = try seconds { try session.result("duties.list", ["limit": 1]) }
    #expect(readTime < 2, "a read waits for no writer (WAL)")
    let writes: [(String, [String: Any])] = [
      ("duties.create", newDuty("Khi bận")), ("officials.update", ["id": "van-phong-1", "capacity": 10]),
      ("schedule.run", ["from": "2026-12-01", "to": "2026-12-31"]),
    ]
    for (method, params) in writes {
      let (response, elapsed) = try seconds { try session.call(method, params) }
      expectError(response, code: -32005, kind: "busy", id: response["id"] ?? NSNull())
      expectWords(response, vi: "bận, hãy thử lại", en: "busy, try again")
      #expect(elapsed > 4 && elapsed < 30, "\(method): a bounded wait, then the answer (\(elapsed) s)")
    }
    let shot = try oneShot.wait()
    #expect(shot.status == 1 && shot.stderr.contains("bận, hãy thử lại"), "\(shot.stderr)")
    let forced = try reload.wait()
    #expect(forced.status == 1 && forced.stderr.contains("bận, hãy thử lại"), "\(forced.stderr)")
    lock.release()
    #expect(try rpc.snapshot() == before, "nothing written")
    #expect(try rpc.count("audit") == audits)
    _ = try rpc.audited(session, "duties.create", newDuty("Khi hết bận"))
  }

  @Test(
    "a process that must write to open the file (a pool, its WAL empty) waits, then says busy; a one-shot read does not wait"
  )
  func busyOpen() throws {
    let rpc = try RPCSandbox()
    let lock = try WriteLockHolder(rpc.sandbox, database: rpc.db)
    let (result, elapsed) = try seconds { try rpc.sandbox.cchc(["--json", "--db", rpc.db]) }
    // A one-shot command opens one connection, which needs no write: it reads while the lock is held.
    let read = try rpc.sandbox.cchc(["duties", "list", "--db", rpc.db, "--format", "json"])
    lock.release()
    #expect(result.status == 1)
    #expect(result.stderr.contains("đang bận"), "\(result.stderr)")
    #expect(elapsed < 30)
    #expect(read.status == 0 && read.stdout.contains("\"total\""), "\(read.stderr)")
  }
}
