import Foundation
import Testing

@Suite("The README's JSON-RPC session works as written")
struct ReadmeSessionTests {
  /// The shell lines of the first code block under the README heading `heading`.
  static func codeBlock(under heading: String) throws -> [String] {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "\n## \(heading)"), "README has no section \(heading)")
    let rest = readme[section.upperBound...]
    let open = try #require(rest.range(of: "```sh\n"))
    let close = try #require(rest[open.upperBound...].range(of: "```"))
    return rest[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
  }

  @Test("each line of the session, pasted into bash, answers with a result, and the duty ends done and audited")
  func session() throws {
    let lines = try Self.codeBlock(under: "Scripts: the JSON-RPC mode")
    #expect(lines.count >= 8)
    for method in ["duties.create", "duties.assign", "duties.progress", "duties.complete", "duties.list", "audit.list"]
    {
      #expect(lines.contains { $0.contains("\"method\":\"\(method)\"") }, "the session lacks \(method)")
    }
    let sandbox = try Sandbox()
    let binaryFolder = try cchcBinary().deletingLastPathComponent().path
    let script = lines.joined(separator: "\n") + "\n"
    let result = try RunningProcess(
      URL(fileURLWithPath: "/bin/bash"), ["-e", "-c", script],
      environment: sandbox.environment(["PATH": "\(binaryFolder):/usr/bin:/bin"]), in: sandbox.root
    ).wait()
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let responses = result.stdout.split(separator: "\n")
    #expect(responses.count == lines.filter { $0.hasPrefix("echo ") }.count)
    for response in responses {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(response.utf8)) as? [String: Any])
      #expect(object["result"] != nil && object["error"] == nil, "an error in the README session: \(response)")
    }
    let db = sandbox.path("demo.sqlite")
    #expect(
      try sandbox.sqlite(db, "SELECT status || ' ' || percent || ' ' || lead_id FROM duties WHERE id = 'DX-2026-001'")
        == "done 100 van-phong-1")
    #expect(
      try sandbox.sqlite(
        db,
        "SELECT group_concat(action, ',') FROM (SELECT action FROM audit WHERE entity_id = 'DX-2026-001' ORDER BY id)")
        == "duties.create,duties.assign,duties.progress,duties.complete")
    let listed = try #require(responses.first { $0.contains("\"id\":5") })
    #expect(listed.contains("\"total\":1"))
  }
}
