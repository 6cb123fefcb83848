import Foundation
import Testing

@Suite("A database file deleted or replaced under a running process: nothing more is written to it")
struct DatabaseGoneTests {
  @Test("the file deleted under a running session: every call answers gone, and a new file at the path starts clean")
  func deletedFile() throws {
    let rpc = try RPCSandbox()
    let session = try rpc.session(as: "chu-tich")
    _ = try session.result("duties.create", newDuty("Trước khi xóa"))
    try FileManager.default.removeItem(atPath: rpc.db)
    let refused = try session.failure("duties.create", newDuty("Sau khi xóa"), code: -32007, kind: "gone")
    expectWords(refused, vi: "đã bị xóa hoặc bị thay", en: "was deleted or replaced")
    try session.failure("duties.list", code: -32007, kind: "gone")
    #expect(try session.finish().status == 0)
    // What the WAL held is not replayed onto the next file created at the same path.
    let next = try rpc.sandbox.cchc(["status", "--db", rpc.db])
    #expect(next.status == 0, "\(next.stderr)")
    #expect(try rpc.count("duties") == 0 && rpc.count("audit") == 1)
    #expect(try rpc.sqlite("PRAGMA integrity_check") == "ok")
  }

  @Test("the file replaced under a running session: writes refused, the new file untouched, the moved one complete")
  func replacedFile() throws {
    let rpc = try RPCSandbox()
    let other = rpc.sandbox.path("other.sqlite")
    try #require(try rpc.sandbox.cchc(["init", "--db", other]).status == 0)
    let moved = rpc.sandbox.path("moved.sqlite")
    let session = try rpc.session(as: "chu-tich")
    _ = try session.result("duties.create", newDuty("Đã ghi nhận"))
    try FileManager.default.moveItem(atPath: rpc.db, toPath: moved)
    try FileManager.default.moveItem(atPath: other, toPath: rpc.db)
    try session.failure("duties.create", newDuty("Sau khi thay"), code: -32007, kind: "gone")
    #expect(try session.finish().status == 0)
    #expect(try rpc.count("duties") == 0 && rpc.count("audit") == 1, "the replacement is as it was")
    #expect(try rpc.sqlite("PRAGMA integrity_check") == "ok")
    #expect(try rpc.sandbox.sqlite(moved, "SELECT title FROM duties") == "Đã ghi nhận", "nothing acknowledged is lost")
    #expect(try rpc.sandbox.sqlite(moved, "PRAGMA integrity_check") == "ok")
  }
}
