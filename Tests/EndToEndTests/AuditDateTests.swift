import Foundation
import Testing

@Suite("audit.list compares days as dates")
struct AuditDateTests {
  @Test("audit.list compares days as dates: to 9999-12-31 or from 0001-01-01 keeps every row; the day itself counts")
  func auditDates() throws {
    let rpc = try RPCSandbox()
    let session = try rpc.session(as: "chu-tich")
    _ = try session.result("duties.create", newDuty("Nhật ký"))
    let all = try rpc.count("audit")
    let day = try rpc.sqlite("SELECT substr(max(at), 1, 10) FROM audit")
    func total(_ params: [String: Any]) throws -> Int? { try session.result("audit.list", params)["total"] as? Int }
    #expect(try total(["to": "9999-12-31"]) == all)
    #expect(try total(["from": "0001-01-01"]) == all)
    #expect(try total(["from": "0001-01-01", "to": "9999-12-31"]) == all)
    #expect(try total(["to": day]) == all)
    #expect(try total(["from": day]) == rpc.count("audit", where: "substr(at, 1, 10) >= '\(day)'"))
    #expect(try total(["from": "9999-12-31"]) == 0)
    #expect(try total(["to": "0001-01-01"]) == 0)
  }
}
