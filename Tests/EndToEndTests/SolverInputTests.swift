import Foundation
import Testing

/// `schedule.solve` through the real binary: hours that would overflow are refused and the process
/// goes on; a part that runs out of time still answers with a full greedy assignment.
@Suite("schedule.solve over a real pipe: overflowing hours refused, a short budget still answered")
struct SolverInputTests {
  static func instance(officials: [[String: Any]], duties: [[String: Any]]) -> [String: Any] {
    ["instance": ["officials": officials, "duties": duties]]
  }

  @Test("huge effort, huge capacity, a pin to another unit: −32602 naming the field, and the next request is answered")
  func overflowRefused() throws {
    let rpc = try RPCSandbox()
    let official: [String: Any] = ["id": "a", "unit": "x", "position": "p", "capacity": 16]
    let lines = [
      request(
        "schedule.solve",
        Self.instance(
          officials: [official],
          duties: [["id": "d", "unit": "x", "period": "2027-01", "effort": 4_294_967_296, "lead": ["p"]]]), id: 1),
      request(
        "schedule.solve",
        Self.instance(
          officials: [["id": "a", "position": "p", "capacity": Int.max]],
          duties: [["id": "d", "period": "2027-01", "effort": 4, "lead": ["p"]]]), id: 2),
      request(
        "schedule.solve",
        Self.instance(
          officials: [official],
          duties: [["id": "d", "unit": "y", "period": "2027-01", "effort": 4, "lead": ["p"], "pinned": "a"]]), id: 3),
      request("session.whoami", id: 4),
    ]
    let answers = try rpc.run(lines).map { try object($0) }
    #expect(answers.count == 4)
    let fields = ["duties[id=d].effort", "officials[id=a].capacity", "duties[id=d].pinned"]
    for (answer, field) in zip(answers.prefix(3), fields) {
      let error = try #require(answer["error"] as? [String: Any])
      #expect(error["code"] as? Int == -32602)
      #expect((error["message"] as? String)?.contains(field) == true, "\(error)")
    }
    #expect(answers[3]["result"] != nil)
  }

  @Test("schedule.run outside the plan years is −32004 at once, holding no lock, and the next request is answered")
  func runOutsidePlan() throws {
    let rpc = try RPCSandbox()
    let started = Date()
    let answers = try rpc.run(
      [
        request("schedule.run", ["from": "2031-01-01", "to": "9999-12-31"], id: 1),
        request("schedule.run", ["from": "2025-12-31"], id: 2), request("session.whoami", id: 3),
      ], as: "chu-tich"
    ).map { try object($0) }
    #expect(Date().timeIntervalSince(started) < 20)
    #expect(answers.count == 3)
    for answer in answers.prefix(2) {
      #expect((answer["error"] as? [String: Any])?["code"] as? Int == -32004, "\(answer)")
    }
    #expect(answers[2]["result"] != nil)
  }

  @Test(
    "partBudget 1 ms on 12 000 duties: the 8-hour duties fill every capacity, and the objective is that of the answer")
  func shortBudget() throws {
    let rpc = try RPCSandbox()
    let officials = (0..<20).map {
      ["id": "o\($0)", "position": ["a", "b", "c"][$0 % 3], "capacity": 744] as [String: Any]
    }
    let duties = (0..<12_000).map {
      ["id": "d\($0)", "period": "2027-03", "effort": [1, 2, 4, 8][$0 % 4], "lead": ["a"]] as [String: Any]
    }
    var params = Self.instance(officials: officials, duties: duties)
    params["partBudget"] = 1
    let answer = try object(try #require(try rpc.run([request("schedule.solve", params, id: 1)]).first))
    let result = try #require(answer["result"] as? [String: Any], "\(answer)")
    let assignments = try #require(result["assignments"] as? [[String: Any]])
    let unassigned = try #require(result["unassigned"] as? [[String: Any]])
    #expect(result["optimal"] as? Bool == false)
    // 20 × 744 hours hold exactly 1 860 duties of 8 hours; greedy places those first.
    #expect(assignments.count == 1_860)
    #expect(unassigned.count == 12_000 - 1_860)
    #expect(unassigned.allSatisfy { ($0["reason"] as? String) == "every eligible official is at capacity" })
    // The formula of scheduler.md on the answer: 20 000 for a lead outside position "a", the
    // squared loads, 10⁹ per unassigned duty.
    var load: [String: Int] = [:]
    var positionCost = 0
    for assignment in assignments {
      let duty = Int(String((assignment["duty"] as? String ?? "d0").dropFirst())) ?? 0
      let lead = assignment["lead"] as? String ?? ""
      load[lead, default: 0] += [1, 2, 4, 8][duty % 4]
      if (Int(String(lead.dropFirst())) ?? 0) % 3 != 0 { positionCost += 20_000 }
    }
    #expect(load.values.allSatisfy { $0 <= 744 })
    let expected = positionCost + load.values.reduce(0) { $0 + $1 * $1 } + 1_000_000_000 * unassigned.count
    #expect(result["objective"] as? Int == expected)
  }
}
