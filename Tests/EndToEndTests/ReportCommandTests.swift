import Foundation
import Testing

/// A database with the plan expanded to mid-2027 and duties done on time, late, open, overdue and
/// cancelled across periods, each change on its own domain day (`--today`).
final class ReportSeed: @unchecked Sendable {
  let sandbox: Sandbox
  let db: String

  static let changes: [[String]] = [
    [
      "duties", "complete", "1.2@2026-Q4", "--as", "tu-phap-1", "--today", "2026-12-10", "--result",
      "Đã rà soát 3 văn bản",
    ],
    [
      "duties", "complete", "0.1@2027", "--as", "noi-vu-1", "--today", "2027-01-20", "--result", "Ban hành kế hoạch",
      "--evidence", "Kế hoạch số 05/KH-UBND",
    ],
    [
      "duties", "complete", "0.11@2027", "--as", "van-phong-1", "--today", "2027-02-10", "--evidence",
      "Kế hoạch số 09/KH-UBND",
    ],
    [
      "duties", "progress", "1.1@2027-Q1", "50", "--as", "noi-vu-1", "--today", "2027-02-01", "--note",
      "Đang dự thảo văn bản",
    ],
    [
      "duties", "cancel", "1.2@2027-Q1", "--as", "chu-tich", "--today", "2027-02-15", "--reason",
      "Gộp vào đợt rà soát của tỉnh",
    ],
    [
      "duties", "progress", "1.3@2027", "30", "--as", "tu-phap-1", "--today", "2027-02-05", "--note",
      "Chờ hướng dẫn của tỉnh",
    ],
    [
      "duties", "complete", "2.2@2027-Q1", "--as", "ttpvhcc-2", "--today", "2027-03-20", "--result",
      "Công khai 12 thủ tục",
      "--evidence", "Quyết định 21/QĐ-UBND",
    ],
    [
      "duties", "complete", "6.1@2027-Q1", "--as", "van-phong-1", "--today", "2027-03-01", "--result", "Đã gửi đề xuất",
    ],
    [
      "duties", "complete", "0.12@2027-Q1", "--as", "noi-vu-1", "--today", "2027-03-12", "--evidence",
      "Báo cáo số 14/BC-UBND",
    ],
  ]

  init() throws {
    sandbox = try Sandbox()
    db = sandbox.path("r.sqlite")
    try Self.check(try sandbox.cchc(["init", "--db", db]))
    try Self.check(
      try sandbox.cchc([
        "--db", db, "--today", "2026-11-25", "schedule", "run", "--as", "chu-tich", "--to", "2027-06-30",
        "--part-budget", "60000",
      ]))
    for change in Self.changes { try Self.check(try sandbox.cchc(["--db", db] + change)) }
  }

  static func check(_ result: RunResult) throws {
    guard result.status == 0 else { throw HarnessError(description: "\(result.stdout)\n\(result.stderr)") }
  }

  /// `cchc --db … ARGS`, which must succeed; its stdout.
  func run(_ arguments: [String]) throws -> String {
    let result = try sandbox.cchc(["--db", db] + arguments)
    try Self.check(result)
    return result.stdout
  }

  /// The report's JSON value.
  func report(_ period: String, asOf: String) throws -> [String: Any] {
    let text = try run(["reports", "generate", period, "--as-of", asOf, "--format", "json"])
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}

@Suite("reports generate over the real binary: honest figures, the as-of date, the reviewed Markdown, refusals")
struct ReportCommandTests {
  static let seed = Result { try ReportSeed() }

  /// The summary recomputed from `duties list`: per area, the ids in each column.
  static func recount(_ duties: [[String: Any]], from: String, to: String, asOf: String) -> [Int: [String: Set<String>]]
  {
    var rows: [Int: [String: Set<String>]] = [:]
    for duty in duties {
      let (id, area, due) = (duty["id"] as! String, duty["area"] as! Int, duty["due"] as! String)
      let status = duty["status"] as! String
      let completed = status == "done" ? duty["completedOn"] as? String : nil
      let cancelled = status == "cancelled" ? duty["cancelledOn"] as? String : nil
      func column(at day: String) -> String {
        if let completed, completed <= day { return completed <= due ? "onTime" : "late" }
        if let cancelled, cancelled <= day { return "cancelled" }
        return due < day ? "overdue" : "inProgress"
      }
      if from <= due && due <= to {
        rows[area, default: [:]]["due", default: []].insert(id)
        rows[area, default: [:]][column(at: asOf), default: []].insert(id)
      } else if due < from, (completed.map { $0 >= from } ?? true), (cancelled.map { $0 >= from } ?? true) {
        rows[area, default: [:]]["carriedOver", default: []].insert(id)
      }
    }
    return rows
  }

  @Test(
    "the summary table equals the counts recomputed from duties list, for several periods and as-of dates",
    arguments: [
      ("2027-Q1", "2026-12-15", "2027-03-14", "2027-03-14"), ("2027-Q1", "2026-12-15", "2027-03-14", "2027-03-25"),
      ("2027-H1", "2026-12-15", "2027-06-14", "2027-06-14"), ("2027", "2026-12-15", "2027-12-14", "2027-04-01"),
    ])
  func summaryEqualsRecount(period: String, from: String, to: String, asOf: String) throws {
    let seed = try Self.seed.get()
    let list = try JSONSerialization.jsonObject(
      with: Data(try seed.run(["duties", "list", "--all", "--format", "json"]).utf8))
    let duties = try #require((list as? [String: Any])?["items"] as? [[String: Any]])
    let expected = Self.recount(duties, from: from, to: to, asOf: asOf)
    let report = try seed.report(period, asOf: asOf)
    let rows = try #require(report["summary"] as? [[String: Any]])
    #expect(rows.count == 8, "areas 0–6 and the totals")
    var totals: [String: Int] = [:]
    for row in rows {
      let columns = ["due", "onTime", "late", "inProgress", "overdue", "cancelled", "carriedOver"]
      guard let area = row["area"] as? Int else {
        for column in columns {
          #expect((row[column] as? [String: Any])?["count"] as? Int == totals[column, default: 0])
        }
        continue
      }
      for column in columns {
        let cell = try #require(row[column] as? [String: Any])
        let ids = Set(cell["ids"] as? [String] ?? [])
        #expect(ids == expected[area]?[column] ?? [], "area \(area), \(column), \(period) as of \(asOf)")
        #expect(cell["count"] as? Int == ids.count)
        totals[column, default: 0] += ids.count
      }
      let five = ["onTime", "late", "inProgress", "overdue", "cancelled"].map {
        (row[$0] as? [String: Any])?["count"] as? Int ?? -1
      }
      #expect(five.reduce(0, +) == (row["due"] as? [String: Any])?["count"] as? Int)
    }
    #expect(totals["due", default: 0] > 0 && totals["carriedOver", default: 0] > 0 || period == "2027-Q3")
  }

  /// The status of `id` in the report of `period` as of `asOf`.
  static func status(_ id: String, _ report: [String: Any]) -> String? {
    let areas = [report["direction"] as Any] + (report["areas"] as? [Any] ?? [])
    let duties = areas.compactMap { ($0 as? [String: Any])?["duties"] as? [[String: Any]] }.joined()
    return duties.first { $0["id"] as? String == id }?["status"] as? String
  }

  @Test("the as-of date changes the result exactly as the recorded history says")
  func asOfFollowsHistory() throws {
    let seed = try Self.seed.get()
    let expectations: [(String, String, String)] = [
      ("2.2@2027-Q1", "2027-03-10", "in-progress"), ("2.2@2027-Q1", "2027-03-14", "overdue"),
      ("2.2@2027-Q1", "2027-03-20", "late"), ("0.11@2027", "2027-02-09", "overdue"),
      ("0.11@2027", "2027-02-10", "late"),
      ("1.2@2027-Q1", "2027-02-14", "in-progress"), ("1.2@2027-Q1", "2027-02-15", "cancelled"),
      ("0.1@2027", "2027-01-19", "in-progress"), ("0.1@2027", "2027-01-20", "on-time"),
    ]
    for (id, asOf, status) in expectations {
      #expect(Self.status(id, try seed.report("2027-Q1", asOf: asOf)) == status, "\(id) as of \(asOf)")
    }
    let early = try seed.report("2027-Q1", asOf: "2027-01-31")
    let duty = ((early["areas"] as? [[String: Any]])?[0]["duties"] as? [[String: Any]])?.first {
      $0["id"] as? String == "1.1@2027-Q1"
    }
    #expect(duty?["percent"] as? Int == 0, "the 50% came on 01/02")
    let later = try seed.report("2027-Q1", asOf: "2027-02-01")
    let reported = ((later["areas"] as? [[String: Any]])?[0]["duties"] as? [[String: Any]])?.first {
      $0["id"] as? String == "1.1@2027-Q1"
    }
    #expect(reported?["percent"] as? Int == 50 && reported?["lastNote"] as? String == "Đang dự thảo văn bản")
  }

  static let expectedFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/report-2027-Q1.md")

  @Test("the Markdown for the seed as of 14/03/2027 equals the reviewed file; baocao is the same command")
  func reviewedMarkdown() throws {
    let seed = try Self.seed.get()
    let markdown = try seed.run(["reports", "generate", "2027-Q1", "--as-of", "2027-03-14", "--number", "15"])
    if ProcessInfo.processInfo.environment["CCHC_REGENERATE_FIXTURES"] == "1" {
      // `CCHC_REGENERATE_FIXTURES=1 swift test --filter reviewedMarkdown`, then review the diff.
      try markdown.write(to: Self.expectedFile, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: Self.expectedFile, encoding: .utf8)
    #expect(markdown == expected, "regenerate (CCHC_REGENERATE_FIXTURES=1) and review Fixtures/report-2027-Q1.md")
    #expect(try seed.run(["baocao", "2027-Q1", "--ngay", "14/03/2027", "--number", "15"]) == markdown)
  }

  @Test("a period without duties says so in every section, in words, never a blank heading")
  func emptyInWords() throws {
    let seed = try Self.seed.get()
    let markdown = try seed.run(["baocao", "2026-Q3", "--ngay", "14/09/2026"])
    #expect(markdown.components(separatedBy: "Trong kỳ không có nhiệm vụ thuộc lĩnh vực này.").count == 7)
    #expect(
      markdown.contains("## I. Công tác chỉ đạo, điều hành\n\nTrong kỳ không có nhiệm vụ chỉ đạo, điều hành đến hạn."))
    #expect(markdown.contains("Trong kỳ không có nhiệm vụ quá hạn hoặc hoàn thành trễ hạn."))
    #expect(markdown.contains("| **Tổng cộng** | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"))
  }

  @Test("--output writes the file, refuses to replace one without --force, replaces it with --force")
  func outputFile() throws {
    let seed = try Self.seed.get()
    let file = seed.sandbox.path("bao-cao.md")
    let first = try seed.run(["reports", "generate", "2027-Q1", "--as-of", "2027-03-14", "--output", file])
    #expect(first.contains("bao-cao.md"))
    let again = try seed.sandbox.cchc(["--db", seed.db, "reports", "generate", "2027-Q1", "--output", file])
    #expect(again.status == 1 && again.stderr.contains("--force"), "\(again.stderr)")
    _ = try seed.run(["reports", "generate", "2027-H1", "--as-of", "2027-06-14", "--output", file, "--force"])
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("6 tháng đầu năm 2027"))
    let json = seed.sandbox.path("bao-cao.json")
    _ = try seed.run(["reports", "generate", "2027-Q1", "--as-of", "2027-03-14", "--output", json])
    #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) is [String: Any])
  }

  @Test(
    "malformed periods and dates are refused naming what is wrong",
    arguments: [
      (["2027-Q2"], "'2027-Q2'"), (["2027-H2"], "2027-Q1, 2027-H1, 2027-Q3, 2027"), (["Q1-2027"], "'Q1-2027'"),
      (["2027-Q1", "--as-of", "31/02/2027"], "31/02/2027"), (["2027-Q1", "--as-of", "hom-qua"], "hom-qua"),
      (["2027-Q1", "--format", "csv"], "csv"), (["2027-Q1", "--number", "0"], "number"),
    ])
  func refusals(arguments: [String], naming: String) throws {
    let seed = try Self.seed.get()
    let result = try seed.sandbox.cchc(["--db", seed.db, "reports", "generate"] + arguments)
    #expect(result.status != 0 && result.stdout.isEmpty)
    #expect(result.stderr.contains(naming), "\(result.stderr)")
  }
}
