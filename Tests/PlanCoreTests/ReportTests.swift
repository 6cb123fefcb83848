import PlanCore
import PlanReports
import Testing

@Suite("Reports: periods as data, statuses as of a date, the summary's sums, empty sections in words")
struct ReportTests {
  static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

  static func duty(
    _ id: String, area: Int, due: String, status: DutyStatus = .todo, completed: String? = nil,
    cancelled: String? = nil, progress: [(String, Int, String?)] = []
  ) -> DutyView {
    var duty = DutyView.blank
    duty.id = DutyID(rawValue: id)
    duty.title = "Việc \(id)"
    duty.area = area
    duty.due = day(due)
    duty.status = status
    duty.completedOn = completed.map(day)
    duty.cancelledOn = cancelled.map(day)
    duty.lead = "tu-phap-1"
    duty.progress = progress.map {
      ProgressEntry(
        at: "", date: day($0.0), part: .lead, official: "tu-phap-1", status: .doing, percent: $0.1, note: $0.2)
    }
    return duty
  }

  static let source = ReportSource(
    unit: Fixtures.bundle!.unit,
    areas: [
      ReportAreaName(id: 0, name: "Chỉ đạo"), ReportAreaName(id: 1, name: "Thể chế"),
      ReportAreaName(id: 2, name: "TTHC"),
    ],
    officials: [
      ReportOfficial(id: "chu-tich", name: "Phạm Văn Thích", position: "chu-tich", active: true),
      ReportOfficial(id: "tu-phap-1", name: "Công chức Tư pháp", position: "tu-phap", active: true),
    ],
    duties: [
      duty("1.1@2026-Q4", area: 1, due: "2026-12-14"),
      duty("1.2@2026-Q4", area: 1, due: "2026-12-14", status: .done, completed: "2026-12-10"),
      duty("0.1@2027", area: 0, due: "2027-01-29", status: .done, completed: "2027-01-20"),
      duty("1.1@2027-Q1", area: 1, due: "2027-03-12", status: .done, completed: "2027-03-20"),
      duty("1.2@2027-Q1", area: 1, due: "2027-03-12", status: .cancelled, cancelled: "2027-02-15"),
      duty("1.3@2027", area: 1, due: "2027-01-29", progress: [("2027-02-05", 30, "Chờ hướng dẫn")]),
      duty("1.4@2027-Q1", area: 1, due: "2027-03-12", status: .done, completed: "2027-03-01"),
      duty("1.1@2027-Q2", area: 1, due: "2027-06-12"),
    ], indicators: [], baseline: [])

  @Test("the four periods of reports.md, with their data spans, due dates and next periods")
  func periods() throws {
    let q1 = try ReportPeriod.parse("2027-Q1")
    #expect(
      q1.data == DateSpan(from: Self.day("2026-12-15"), to: Self.day("2027-03-14")) && q1.due == Self.day("2027-03-14"))
    #expect(q1.next == DateSpan(from: Self.day("2027-03-15"), to: Self.day("2027-06-14")))
    #expect(q1.name == "quý I năm 2027")
    let h1 = try ReportPeriod.parse("2027-H1")
    #expect(h1.data.from == Self.day("2026-12-15") && h1.data.to == Self.day("2027-06-14"))
    let q3 = try ReportPeriod.parse("2027-q3")
    #expect(q3.id == "2027-Q3" && q3.data == DateSpan(from: Self.day("2027-06-15"), to: Self.day("2027-09-14")))
    let year = try ReportPeriod.parse("2027")
    #expect(year.data == DateSpan(from: Self.day("2026-12-15"), to: Self.day("2027-12-14")) && year.name == "năm 2027")
  }

  @Test(
    "other ids are refused, naming the four that exist",
    arguments: ["2027-Q2", "2027-Q4", "2027-H2", "27-Q1", "2031", "Q1", ""])
  func refusedPeriods(text: String) {
    #expect {
      try ReportPeriod.parse(text)
    } throws: { error in
      let message = (error as? PlanError)?.vi ?? ""
      return message.contains("'\(text)'") && message.contains("2027-Q1, 2027-H1, 2027-Q3, 2027")
    }
  }

  @Test("a duty's status is taken at the as-of date from its domain dates, never its current state")
  func statusAsOf() {
    let late = Self.duty("x", area: 1, due: "2027-03-12", status: .done, completed: "2027-03-20")
    #expect(ReportRules.status(of: late, asOf: Self.day("2027-03-10")) == .inProgress)
    #expect(ReportRules.status(of: late, asOf: Self.day("2027-03-14")) == .overdue)
    #expect(ReportRules.status(of: late, asOf: Self.day("2027-03-20")) == .late)
    let onTime = Self.duty("y", area: 1, due: "2027-03-12", status: .done, completed: "2027-03-12")
    #expect(ReportRules.status(of: onTime, asOf: Self.day("2027-03-12")) == .onTime)
    let cancelled = Self.duty("z", area: 1, due: "2027-03-12", status: .cancelled, cancelled: "2027-02-15")
    #expect(ReportRules.status(of: cancelled, asOf: Self.day("2027-02-14")) == .inProgress)
    #expect(ReportRules.status(of: cancelled, asOf: Self.day("2027-02-15")) == .cancelled)
    let reported = Self.duty(
      "w", area: 1, due: "2027-03-12", progress: [("2027-02-05", 30, "a"), ("2027-03-01", 60, "b")])
    #expect(ReportRules.percent(of: reported, asOf: Self.day("2027-02-28")) == 30)
    #expect(ReportRules.lastNote(of: reported, asOf: Self.day("2027-03-01")) == "b")
  }

  @Test("the summary: five statuses add up to the due count, carried-over apart, ids behind each figure")
  func summary() throws {
    let report = Report.build(
      period: try ReportPeriod.parse("2027-Q1"), source: Self.source,
      options: ReportOptions(asOf: Self.day("2027-03-14")))
    let area1 = try #require(report.summary.first { $0.area == 1 })
    #expect(area1.due.ids.map(\.rawValue) == ["1.3@2027", "1.1@2027-Q1", "1.2@2027-Q1", "1.4@2027-Q1"])
    #expect(area1.onTime.ids == ["1.4@2027-Q1"] && area1.cancelled.ids == ["1.2@2027-Q1"])
    #expect(area1.overdue.ids == ["1.3@2027", "1.1@2027-Q1"] && area1.late.count == 0)
    #expect(area1.carriedOver.ids == ["1.1@2026-Q4"], "done before the period: not carried")
    for row in report.summary {
      #expect(
        row.onTime.count + row.late.count + row.inProgress.count + row.overdue.count + row.cancelled.count
          == row.due.count)
    }
    let total = try #require(report.summary.last)
    #expect(total.area == nil && total.due.count == 5 && total.carriedOver.count == 1)
    #expect(report.shortcomings.map(\.id) == ["1.3@2027", "1.1@2027-Q1", "1.1@2026-Q4"])
    #expect(report.shortcomings.first?.lastNote == "Chờ hướng dẫn")
    #expect(report.nextPeriod.map(\.id) == [1] && report.nextPeriod[0].duties.map(\.id) == ["1.1@2027-Q2"])
    #expect(report.signature.signer?.name == "Phạm Văn Thích" && report.signature.authority == "CHỦ TỊCH")
    #expect(report.header.placeAndDate == "Ba Trang, ngày 14 tháng 3 năm 2027")
    #expect(report.header.agency == "UBND XÃ BA TRANG" && report.header.number == "Số: …/BC-UBND")
  }

  @Test("an empty area and empty sections say so in words, never a blank heading")
  func emptyInWords() throws {
    let report = Report.build(
      period: try ReportPeriod.parse("2027-Q3"), source: Self.source,
      options: ReportOptions(asOf: Self.day("2027-09-14"), number: 12))
    let markdown = ReportMarkdown.render(report)
    #expect(markdown.contains("### 2. TTHC\n\nTrong kỳ không có nhiệm vụ thuộc lĩnh vực này."))
    #expect(markdown.contains("Trong kỳ không có nhiệm vụ chỉ đạo, điều hành đến hạn."))
    #expect(markdown.contains("Kỳ tới không có nhiệm vụ đến hạn."))
    #expect(markdown.contains("Số: 12/BC-UBND"))
  }

  @Test("a vice-chair signs for the chair when the chair's post is empty")
  func actingSigner() throws {
    var source = Self.source
    source.officials = [
      ReportOfficial(id: "chu-tich", name: "Phạm Văn Thích", position: "chu-tich", active: false),
      ReportOfficial(id: "pho-chu-tich-1", name: "Phó Chủ tịch UBND xã", position: "pho-chu-tich", active: true),
    ]
    let report = Report.build(
      period: try ReportPeriod.parse("2027"), source: source, options: ReportOptions(asOf: Self.day("2027-01-05")))
    #expect(report.signature.authority == "KT. CHỦ TỊCH" && report.signature.title == "PHÓ CHỦ TỊCH")
    #expect(report.signature.signer?.id == "pho-chu-tich-1")
    #expect(report.header.placeAndDate == "Ba Trang, ngày 05 tháng 01 năm 2027")
  }
}
