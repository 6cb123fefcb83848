/// A duty's state in a report, at the report's as-of date, in the report's five words.
public enum ReportStatus: String, Codable, Sendable, CaseIterable {
  /// Completed on or before its due date.
  case onTime = "on-time"
  /// Completed after its due date.
  case late
  /// Open and not yet due.
  case inProgress = "in-progress"
  /// Open and past its due date.
  case overdue
  /// Cancelled.
  case cancelled

  /// The report's words: hoàn thành đúng hạn, hoàn thành trễ hạn, đang thực hiện, quá hạn, đã hủy.
  public var vietnamese: String {
    switch self {
    case .onTime: "hoàn thành đúng hạn"
    case .late: "hoàn thành trễ hạn"
    case .inProgress: "đang thực hiện"
    case .overdue: "quá hạn"
    case .cancelled: "đã hủy"
    }
  }
}

/// An official as a report names it.
public struct ReportPerson: Codable, Sendable, Equatable {
  /// Slug.
  public var id: OfficialID
  /// Name (or the post's title).
  public var name: String

  /// Creates a value.
  public init(id: OfficialID, name: String) {
    self.id = id
    self.name = name
  }
}

/// One duty as a report lists it, at the as-of date.
public struct ReportDuty: Codable, Sendable, Equatable {
  /// The duty's id.
  public var id: DutyID
  /// Title.
  public var title: String
  /// Area 0–6.
  public var area: Int
  /// Due date.
  public var due: CivilDate
  /// The lead, or nil.
  public var lead: ReportPerson?
  /// The coordinators.
  public var coordinators: [ReportPerson]
  /// Its state at the as-of date.
  public var status: ReportStatus
  /// Percent at the as-of date (the last lead's or chair's report up to it; 100 when done).
  public var percent: Int
  /// True when it was due before the period and still open at its start.
  public var carriedOver: Bool
  /// The day it was completed, when completed by the as-of date.
  public var completedOn: CivilDate?
  /// The day it was cancelled, when cancelled by the as-of date.
  public var cancelledOn: CivilDate?
  /// The result recorded on completion, when completed by the as-of date.
  public var result: String?
  /// The evidence recorded on completion, when completed by the as-of date.
  public var evidence: String?
  /// The last progress note up to the as-of date (or the cancellation's reason).
  public var lastNote: String?
}

/// One figure of the summary table with the duties behind it.
public struct ReportCount: Codable, Sendable, Equatable {
  /// How many.
  public var count: Int
  /// Which duties, in report order.
  public var ids: [DutyID]

  /// The count of `ids`.
  public init(_ ids: [DutyID]) {
    self.count = ids.count
    self.ids = ids
  }
}

/// One row of the summary table: the duties due in the period split five ways, and those carried over.
public struct ReportSummaryRow: Codable, Sendable, Equatable {
  /// Area id, or nil for the totals row.
  public var area: Int?
  /// The area's heading, or `Tổng cộng`.
  public var name: String
  /// Duties due in the period (the sum of the five that follow).
  public var due: ReportCount
  /// Completed on time.
  public var onTime: ReportCount
  /// Completed late.
  public var late: ReportCount
  /// Open, not yet due.
  public var inProgress: ReportCount
  /// Open, past due.
  public var overdue: ReportCount
  /// Cancelled.
  public var cancelled: ReportCount
  /// Due before the period and still open at its start (not part of `due`).
  public var carriedOver: ReportCount

  /// The row for `duties` (the area's duties in the report).
  public init(area: Int?, name: String, duties: [ReportDuty]) {
    let inPeriod = duties.filter { !$0.carriedOver }
    func with(_ status: ReportStatus) -> ReportCount { ReportCount(inPeriod.filter { $0.status == status }.map(\.id)) }
    self.area = area
    self.name = name
    due = ReportCount(inPeriod.map(\.id))
    onTime = with(.onTime)
    late = with(.late)
    inProgress = with(.inProgress)
    overdue = with(.overdue)
    cancelled = with(.cancelled)
    carriedOver = ReportCount(duties.filter(\.carriedOver).map(\.id))
  }
}

/// One area's section of the report.
public struct ReportArea: Codable, Sendable, Equatable {
  /// 0–6.
  public var id: Int
  /// The heading in the commune's report.
  public var name: String
  /// Its duties: due in the period, then carried over.
  public var duties: [ReportDuty]
  /// Its counts.
  public var summary: ReportSummaryRow
}

/// A value of an indicator recorded for a period. Filled by `indicators.record` (issue 12, item 2).
public struct ReportIndicatorValue: Codable, Sendable, Equatable {
  /// The report period it was recorded for (`2027-Q1`).
  public var period: String
  /// The value.
  public var value: Double
  /// The day it was recorded.
  public var recordedOn: CivilDate
  /// Free note.
  public var note: String?
  /// The evidence.
  public var evidence: String?

  /// Creates a value.
  public init(period: String, value: Double, recordedOn: CivilDate, note: String?, evidence: String?) {
    self.period = period
    self.value = value
    self.recordedOn = recordedOn
    self.note = note
    self.evidence = evidence
  }
}

/// One indicator as section III shows it.
public struct ReportIndicator: Codable, Sendable, Equatable {
  /// Slug.
  public var id: String
  /// Name.
  public var name: String
  /// Unit.
  public var unit: String
  /// The baseline figures it starts from, with their source lines.
  public var baseline: [BaselineFigure]
  /// The target for the report's year (value nil: "chưa xác định").
  public var target: IndicatorTarget?
  /// The 2030 target.
  public var target2030: IndicatorTarget?
  /// The values recorded in the period. Always empty until `indicators.record` is merged.
  public var values: [ReportIndicatorValue]
  /// The latest value recorded up to the as-of date, or nil.
  public var latest: ReportIndicatorValue?
}

/// The document's header (Nghị định 30/2020/NĐ-CP, Phụ lục I).
public struct ReportHeader: Codable, Sendable, Equatable {
  /// The parent agency line (`UBND TỈNH QUẢNG NGÃI`), or nil.
  public var parentAgency: String?
  /// The agency line: `UBND XÃ BA TRANG`.
  public var agency: String
  /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.
  public var nation: String
  /// `Độc lập - Tự do - Hạnh phúc`.
  public var motto: String
  /// `Số: …/BC-UBND` or `Số: 15/BC-UBND`.
  public var number: String
  /// `Ba Trang, ngày 14 tháng 3 năm 2027`.
  public var placeAndDate: String
  /// `BÁO CÁO`.
  public var title: String
  /// `Kết quả thực hiện công tác cải cách hành chính quý I năm 2027`.
  public var summary: String
}

/// Who signs: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH` / the name, or `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`.
public struct ReportSignature: Codable, Sendable, Equatable {
  /// `TM. ỦY BAN NHÂN DÂN`.
  public var onBehalf: String
  /// `CHỦ TỊCH`, or `KT. CHỦ TỊCH` when a vice-chair signs.
  public var authority: String
  /// `PHÓ CHỦ TỊCH` when a vice-chair signs, else nil.
  public var title: String?
  /// The signer, or nil when the roster has nobody to sign.
  public var signer: ReportPerson?
}

/// The periodic CCHC report as a value (reports.md "Content"); renderers only lay it out.
public struct Report: Codable, Sendable, Equatable {
  /// The period.
  public var period: ReportPeriod
  /// The day the statuses are taken at.
  public var asOf: CivilDate
  /// The header.
  public var header: ReportHeader
  /// I. Area 0's instruments due in the period (and carried over).
  public var direction: ReportArea
  /// II. One section per reform area (1–6).
  public var areas: [ReportArea]
  /// Bảng tổng hợp: one row per area 0–6, then the totals row.
  public var summary: [ReportSummaryRow]
  /// III. The indicators.
  public var indicators: [ReportIndicator]
  /// IV. The overdue and late duties, with the leads' notes.
  public var shortcomings: [ReportDuty]
  /// V. The duties due in the next period, by area (areas without any are left out).
  public var nextPeriod: [ReportArea]
  /// Nơi nhận.
  public var recipients: [String]
  /// The signature block.
  public var signature: ReportSignature
}
