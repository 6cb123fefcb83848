import Foundation
import Testing

/// Validates response lines against the result schemas of the `rpc.discover` response among them.
///
/// Each response's id is `METHOD` or `METHOD#N`; prints one line per failure and exits 1 when any.
let schemaCheckScript = """
  import json, sys
  try:
      import jsonschema
  except ImportError:
      sys.exit(f"{sys.executable} has no jsonschema module: pip install jsonschema")

  responses = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
  discover = next(r for r in responses if r.get("id") == "rpc.discover")["result"]
  schemas = {m["name"]: m["result"]["schema"] for m in discover["methods"]}
  failures = []
  for m in discover["methods"]:
      for param in m["params"]:
          try:
              jsonschema.Draft202012Validator.check_schema(param["schema"])
          except jsonschema.SchemaError as error:
              failures.append(f"{m['name']}: parameter {param['name']}: {error.message[:200]}")
  for response in responses:
      method = str(response.get("id")).split("#")[0]
      if "result" not in response:
          failures.append(f"{method}: error response {response.get('error')}")
          continue
      if method not in schemas:
          failures.append(f"{method}: not in rpc.discover")
          continue
      schema = schemas[method]
      validator = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
      validator.check_schema(schema)
      errors = list(validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(response["result"]))
      for error in errors[:3]:
          path = "/".join(str(part) for part in error.absolute_path)
          failures.append(f"{method}: {error.message[:300]} at /{path}")
      if len(errors) > 3:
          failures.append(f"{method}: … and {len(errors) - 3} more")
  print("\\n".join(failures))
  sys.exit(1 if failures else 0)
  """

/// Runs the schema check with `python3` on `lines` (written to `name` in the sandbox); returns its exit status and output.
func checkSchemas(_ lines: [String], in sandbox: Sandbox, name: String) throws -> (status: Int32, output: String) {
  let script = sandbox.path("check_schemas.py")
  try Data(schemaCheckScript.utf8).write(to: URL(fileURLWithPath: script))
  let file = sandbox.path(name)
  try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
  // The test runner's own PATH, so the python3 that has jsonschema installed is found.
  let result = try RunningProcess(
    URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, file], environment: ProcessInfo.processInfo.environment
  ).wait()
  return (result.status, (result.stdout + result.stderr).trimmingCharacters(in: .whitespacesAndNewlines))
}

/// `rpc.discover` describes every method; every real result satisfies its published schema.
@Suite("JSON-RPC rpc.discover: every method called for real, every result valid against its schema")
struct JSONRPCSchemaTests {
  @Test("each method in rpc.discover answers a real call with a result its result.schema accepts")
  func resultsMatchSchemas() throws {
    let rpc = try RPCSandbox()
    var calls: [(method: String, params: [String: Any]?)] = [
      ("rpc.discover", nil), ("session.whoami", nil), ("areas.list", nil), ("plan.list", nil),
      ("plan.list", ["area": "tthc", "kind": "task", "query": "thu tuc"]), ("plan.get", ["id": "2.2"]),
      ("officials.list", nil), ("officials.get", ["id": "chu-tich"]),
      ("officials.add", ["name": "Trần Văn Bình", "position": "van-phong", "skills": ["cntt"]]),
      (
        "duties.create",
        [
          "title": "Hội nghị đối thoại", "area": 2, "due": "2026-12-20", "effort": 4, "lead": "tu-phap-1",
          "coordinators": ["van-phong-1"], "note": "Chuẩn bị hội trường",
        ]
      ),
      ("duties.create", ["title": "Rà soát văn bản", "area": "the-che", "due": "2026-12-10", "effort": 2]),
      ("duties.assign", ["id": "DX-2026-002", "lead": "van-phong-2", "pin": false]),
      ("duties.assign", ["id": "DX-2026-002", "lead": "tu-phap-1", "dryRun": true]),
      (
        "duties.update",
        [
          "id": "DX-2026-002", "title": "Rà soát văn bản quý 4", "due": "2026-12-12", "effort": 30, "area": "tthc",
          "note": "Theo kế hoạch của huyện",
        ]
      ),
      ("duties.create", ["title": "Việc để hủy", "area": 0, "due": "2026-11-10", "effort": 1]),
      ("duties.assign", ["id": "DX-2026-003", "coordinators": ["tu-phap-1"]]),
      ("duties.unassign", ["id": "DX-2026-003"]),
      ("duties.progress", ["id": "DX-2026-001", "percent": 50, "note": "Đã gửi giấy mời"]),
      ("duties.complete", ["id": "DX-2026-001", "result": "Xong", "evidence": "Biên bản số 3"]),
      ("duties.cancel", ["id": "DX-2026-003", "reason": "Không cần"]),
      ("duties.reopen", ["id": "DX-2026-003"]),
      ("duties.get", ["id": "DX-2026-001"]),
      ("duties.list", nil), ("duties.list", ["overdue": true]),
      ("duties.overdue", nil), ("duties.upcoming", ["within": 30, "area": 2]),
      ("officials.leave", ["official": "tu-phap-1", "from": "2026-12-22", "to": "2026-12-23"]),
      ("officials.leaves", nil),
      ("officials.leaves", ["official": "tu-phap-1", "month": "2026-12", "includePast": true]),
      ("officials.get", ["id": "tu-phap-1"]), ("officials.list", ["month": "2026-12"]),
      ("officials.list", ["quarter": "2026-Q4", "active": true]),
      ("officials.leave.cancel", ["id": 1]),
      ("indicators.record", ["indicator": "ho-so-truc-tuyen", "period": "2026-Q1", "value": 72.5, "note": "Quý I"]),
      ("indicators.record", ["indicator": "hoi-nghi-doi-thoai", "period": "2026", "value": 2, "evidence": "BB 1"]),
      ("indicators.list", nil),
      ("officials.update", ["id": "van-phong-2", "active": false]),
      ("audit.list", nil), ("audit.list", ["from": "2020-01-01", "to": "2040-12-31", "limit": 5]),
      ("schedule.run", ["from": "2026-12-01", "to": "2026-12-31", "dryRun": true]),
      ("schedule.explain", ["id": "DX-2026-001"]),
      ("reports.generate", ["period": "2026", "asOf": "2026-12-31"]),
      ("reports.generate", ["period": "2027-Q1", "asOf": "2027-03-14", "number": 7, "format": "md"]),
      (
        "schedule.solve",
        [
          "instance": [
            "officials": [
              ["id": "a", "position": "vp", "capacity": 8],
              ["id": "b", "position": "tp", "capacity": 8, "skills": ["cntt"]],
            ],
            "duties": [
              ["id": "d1", "period": "2027-03", "effort": 4, "lead": ["vp"], "current": "b"],
              ["id": "d2", "period": "2027-03", "effort": 6, "lead": ["vp"], "skills": ["so-hoa"]],
            ],
          ]
        ]
      ),
    ]
    var lines = calls.enumerated().map { index, call in request(call.method, call.params, id: "\(call.method)#\(index)")
    }
    lines[0] = request("rpc.discover", id: "rpc.discover")
    var responses = try rpc.run(lines, as: "chu-tich")
    calls.append(("duties.mine", nil))
    responses += try rpc.run([request("duties.mine", ["includeDone": true], id: "duties.mine#lead")], as: "tu-phap-1")
    try #require(responses.count == calls.count, "\(responses)")

    let discover = try expectResult(try object(responses[0]), id: "rpc.discover")
    let methods = try #require(discover["methods"] as? [[String: Any]])
    let listed = Set(methods.compactMap { $0["name"] as? String })
    #expect(listed.count == methods.count, "method names are unique")
    #expect(
      listed == Set(calls.map(\.method)),
      "methods listed but not called here: \(listed.subtracting(calls.map(\.method)).sorted())")
    for method in methods {
      #expect(method["paramStructure"] as? String == "by-name", "\(method["name"] ?? "")")
      #expect((method["result"] as? [String: Any])?["schema"] is [String: Any], "\(method["name"] ?? "")")
      for param in method["params"] as? [[String: Any]] ?? [] {
        #expect(param["name"] is String && param["schema"] is [String: Any], "\(method["name"] ?? ""): \(param)")
      }
    }
    for (call, line) in zip(calls, responses) {
      #expect(try object(line)["result"] is [String: Any], "\(call.method) \(call.params ?? [:]): \(line.prefix(300))")
    }
    let mine = try object(try #require(responses.last))["result"] as? [String: Any]
    #expect((mine?["items"] as? [Any])?.isEmpty == false, "duties.mine checked on a non-empty page")
    for method in ["duties.overdue", "duties.upcoming", "officials.leaves"] {
      let index = try #require(calls.firstIndex { $0.method == method })
      let items = (try object(responses[index])["result"] as? [String: Any])?["items"] as? [Any]
      #expect(items?.isEmpty == false, "\(method) checked on a non-empty list")
    }
    let update = try #require(calls.firstIndex { $0.method == "officials.update" })
    let deactivated = try object(responses[update])["result"] as? [String: Any]
    #expect((deactivated?["unassigned"] as? [Any])?.isEmpty == false, "officials.update checked with unassigned duties")

    let check = try checkSchemas(responses, in: rpc.sandbox, name: "responses.jsonl")
    #expect(check.status == 0, "results that break their published schema:\n\(check.output)")
  }

  @Test("the schema check itself rejects a result that breaks its schema (control)")
  func schemaCheckFails() throws {
    let rpc = try RPCSandbox()
    let lines = try rpc.run([
      request("rpc.discover", id: "rpc.discover"), request("session.whoami", id: "session.whoami"),
    ])
    try #require(lines.count == 2)
    let broken = lines[1].replacingOccurrences(of: #""role":"viewer""#, with: #""role":"king""#)
    #expect(broken != lines[1])
    let check = try checkSchemas([lines[0], broken], in: rpc.sandbox, name: "broken.jsonl")
    #expect(check.status != 0)
    #expect(check.output.contains("session.whoami"), "\(check.output)")
  }
}
