extension Report {
  /// Builds the report of `period` from `source` at `options.asOf` (reports.md "Content").
  ///
  /// Each area lists the duties due in the period, then those carried over (due before it and
  /// still open at its start); every status is taken at the as-of date from the domain dates.
  public static func build(period: ReportPeriod, source: ReportSource, options: ReportOptions) -> Report {
    let builder = ReportAssembly(period: period, source: source, asOf: options.asOf)
    let sections = source.areas.map(builder.section)
    let direction = sections.first { $0.id == 0 } ?? ReportArea(id: 0, name: "", duties: [], summary: .empty(0))
    let reform = sections.filter { $0.id != 0 }
    let all = sections.flatMap(\.duties)
    return Report(
      period: period, asOf: options.asOf, header: builder.header(number: options.number),
      direction: direction, areas: reform,
      summary: sections.map(\.summary) + [ReportSummaryRow(area: nil, name: "Tổng cộng", duties: all)],
      indicators: source.indicators.map(builder.indicator),
      shortcomings: all.filter { $0.status == .overdue || $0.status == .late },
      nextPeriod: source.areas.map(builder.next).filter { !$0.duties.isEmpty },
      recipients: options.recipients, signature: builder.signature())
  }
}

extension ReportSummaryRow {
  /// The row of an area without duties.
  static func empty(_ area: Int) -> ReportSummaryRow { ReportSummaryRow(area: area, name: "", duties: []) }
}

/// The pieces of a report, each from the source at the as-of date.
struct ReportAssembly {
  let period: ReportPeriod
  let source: ReportSource
  let asOf: CivilDate
  let names: [OfficialID: String]

  init(period: ReportPeriod, source: ReportSource, asOf: CivilDate) {
    self.period = period
    self.source = source
    self.asOf = asOf
    names = Dictionary(source.officials.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  /// An area's section: its duties due in the period, then those carried over.
  func section(_ area: ReportAreaName) -> ReportArea {
    let own = source.duties.filter { $0.area == area.id }.sorted { ($0.due, $0.id.rawValue) < ($1.due, $1.id.rawValue) }
    let due = own.filter { period.data.contains($0.due) }.map { line($0, carried: false) }
    let carried = own.filter { $0.due < period.data.from && ReportRules.isOpen($0, atStartOf: period.data.from) }
      .map { line($0, carried: true) }
    let duties = due + carried
    return ReportArea(
      id: area.id, name: area.name, duties: duties,
      summary: ReportSummaryRow(area: area.id, name: area.name, duties: duties))
  }

  /// An area's duties due in the next period (open at the as-of date or not).
  func next(_ area: ReportAreaName) -> ReportArea {
    let duties = source.duties.filter { $0.area == area.id && period.next.contains($0.due) }
      .sorted { ($0.due, $0.id.rawValue) < ($1.due, $1.id.rawValue) }
      .map { line($0, carried: false) }.filter { $0.status != .cancelled }
    return ReportArea(
      id: area.id, name: area.name, duties: duties,
      summary: ReportSummaryRow(area: area.id, name: area.name, duties: duties))
  }

  /// A duty as the report lists it.
  func line(_ duty: DutyView, carried: Bool) -> ReportDuty {
    let status = ReportRules.status(of: duty, asOf: asOf)
    let done = status == .onTime || status == .late
    return ReportDuty(
      id: duty.id, title: duty.title, area: duty.area, due: duty.due, lead: duty.lead.map(person),
      coordinators: duty.coordinators.map(person), status: status,
      percent: ReportRules.percent(of: duty, asOf: asOf), carriedOver: carried,
      completedOn: done ? ReportRules.completedOn(duty, asOf: asOf) : nil,
      cancelledOn: status == .cancelled ? duty.cancelledOn : nil, result: done ? duty.result : nil,
      evidence: done ? duty.evidence : nil, lastNote: ReportRules.lastNote(of: duty, asOf: asOf))
  }

  func person(_ id: OfficialID) -> ReportPerson { ReportPerson(id: id, name: names[id] ?? id.rawValue) }

  /// The header of Phụ lục I.
  func header(number: Int?) -> ReportHeader {
    let unit = source.unit
    let parent = unit.parents.first { $0.until == nil || $0.until.map { $0 >= asOf } == true }
    return ReportHeader(
      parentAgency: parent.map { "UBND \($0.level) \($0.name)".uppercased() },
      agency: "UBND \(unit.level) \(unit.name)".uppercased(),
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc",
      number: "Số: \(number.map(String.init) ?? "…")/BC-UBND",
      placeAndDate: ReportRules.placeAndDate(unit.name, asOf), title: "BÁO CÁO",
      summary: "Kết quả thực hiện công tác cải cách hành chính \(period.name)")
  }

  /// An indicator with its baseline, targets and the values recorded in the period.
  func indicator(_ indicator: Indicator) -> ReportIndicator {
    let figures = indicator.baseline.compactMap { key in source.baseline.first { $0.key == key } }
    let recorded = (source.indicatorValues[indicator.id] ?? []).filter { $0.recordedOn <= asOf }
    return ReportIndicator(
      id: indicator.id, name: indicator.name, unit: indicator.unit, baseline: figures,
      target: indicator.targets.first { $0.year == period.year },
      target2030: indicator.targets.first { $0.year == 2030 },
      values: recorded.filter { period.data.contains($0.recordedOn) }, latest: recorded.last)
  }

  /// The chair signs; without an active chair, the first active vice-chair signs for the chair.
  func signature() -> ReportSignature {
    let active = source.officials.filter(\.active)
    if let chair = active.first(where: { $0.position == "chu-tich" }) {
      return ReportSignature(
        onBehalf: "TM. ỦY BAN NHÂN DÂN", authority: "CHỦ TỊCH", title: nil,
        signer: ReportPerson(id: chair.id, name: chair.name))
    }
    let vice = active.first { $0.position == "pho-chu-tich" }
    return ReportSignature(
      onBehalf: "TM. ỦY BAN NHÂN DÂN", authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH",
      signer: vice.map { ReportPerson(id: $0.id, name: $0.name) })
  }
}
