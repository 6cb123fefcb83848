/// The administrative unit (the commune), with its level and parents as data the chair can change.
public struct AdministrativeUnit: Codable, Sendable, Equatable {
  /// Stable slug, e.g. `ba-trang`.
  public var id: String
  /// Short name, e.g. `Ba Trang`.
  public var name: String
  /// Level, e.g. `xã`.
  public var level: String
  /// Formal name, e.g. `Ủy ban nhân dân xã Ba Trang`.
  public var fullName: String
  /// The units above it, outermost last; a parent that no longer exists has `until`.
  public var parents: [ParentUnit]
  /// The report's "Nơi nhận" lines, each as printed (`UBND tỉnh (Sở Nội vụ);` … `Lưu: VT.`).
  public var reportRecipients: [String]
  /// Free note (mergers, renaming).
  public var note: String?

  /// Creates a value.
  public init(
    id: String, name: String, level: String, fullName: String, parents: [ParentUnit], reportRecipients: [String] = [],
    note: String?
  ) {
    self.id = id
    self.name = name
    self.level = level
    self.fullName = fullName
    self.parents = parents
    self.reportRecipients = reportRecipients
    self.note = note
  }
}

/// A unit above the commune (district, province).
public struct ParentUnit: Codable, Sendable, Equatable {
  /// Level, e.g. `huyện`.
  public var level: String
  /// Name, e.g. `Ba Tơ`.
  public var name: String
  /// Last day the parent existed, or nil while it still does.
  public var until: CivilDate?
  /// Free note.
  public var note: String?
}

/// A skill an official has and a plan item may require.
public struct Skill: Codable, Sendable, Equatable {
  /// Slug, e.g. `cntt`.
  public var id: String
  /// Vietnamese name.
  public var name: String
}

/// The group a position belongs to; Party and mass-organisation posts only coordinate.
public enum PositionGroup: String, DataVocabulary {
  /// Chair and vice-chairs of the People's Committee.
  case leadership = "lanh-dao"
  /// The specialised offices of the commune after 1/7/2025.
  case office = "chuyen-mon"
  /// Party committee, People's Council, Fatherland Front and mass organisations.
  case partyAndMass = "dang-doan-the"
}

/// A post-1/7/2025 position, mapped from the Nghị định 33/2023 titles the report uses.
public struct Position: Codable, Sendable, Equatable {
  /// Slug, e.g. `van-phong`.
  public var id: String
  /// Vietnamese name, e.g. `Văn phòng HĐND và UBND`.
  public var name: String
  /// Which group the position belongs to.
  public var group: PositionGroup
  /// Whether a plan item may name it as lead (chủ trì); false for Party and mass posts.
  public var canLead: Bool
  /// The Nghị định 33/2023 titles (and older bodies) this position takes over.
  public var legacyTitles: [String]
  /// Free note.
  public var note: String?
}

/// What a session may do: each role may do everything a lower one may.
public enum Role: String, DataVocabulary, Comparable {
  /// Reads everything.
  case viewer
  /// Also reports progress on its own duties.
  case official
  /// Chair and vice-chairs: also assigns, schedules, manages officials.
  case chair

  /// The role in Vietnamese, for people: người xem, cán bộ, Chủ tịch (English keeps the word).
  public var vietnamese: String {
    switch self {
    case .viewer: "người xem"
    case .official: "cán bộ"
    case .chair: "Chủ tịch"
    }
  }

  private var rank: Int {
    switch self {
    case .viewer: 0
    case .official: 1
    case .chair: 2
    }
  }

  /// Orders roles by what they may do.
  public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// Whether a post is an elected cán bộ or a recruited công chức.
public enum StaffKind: String, DataVocabulary {
  /// Cán bộ (elected or appointed to a term).
  case canBo = "can-bo"
  /// Công chức (civil servant).
  case congChuc = "cong-chuc"
}

/// One post of the commune roster and the official who holds it.
public struct Official: Codable, Sendable, Equatable {
  /// Slug, e.g. `tu-phap-1`; the chair is `chu-tich`.
  public var id: OfficialID
  /// The person's name, or the post's title when the report names no one.
  public var name: String
  /// The post-1/7/2025 position id.
  public var position: String
  /// The Nghị định 33/2023 title of the post in the report.
  public var legacyTitle: String
  /// Cán bộ or công chức.
  public var kind: StaffKind
  /// What the official may do in `cchc`.
  public var role: Role
  /// Skill ids.
  public var skills: [String]
  /// Hours of CCHC work a month the official can lead.
  public var capacity: Int
  /// False for a vacant or departed post: it gets no duty.
  public var active: Bool
  /// True for the post the report lists as missing ("thiếu 01 cán bộ").
  public var vacant: Bool?
  /// Free note.
  public var note: String?
}

/// One figure of Part One of the report, kept exactly as the report gives it.
public struct BaselineFigure: Codable, Sendable, Equatable {
  /// Stable key, e.g. `tthc.hoSo.trucTuyen.tyLe`.
  public var key: String
  /// What the figure counts.
  public var name: String
  /// The value as the report gives it (never corrected).
  public var value: Double
  /// Unit, e.g. `%`, `hồ sơ`.
  public var unit: String
  /// The period the figure covers, as the report says.
  public var period: String
  /// Line of the report where the figure is printed.
  public var line: Int
  /// The figure as printed on that line.
  public var text: String
  /// Inconsistencies and remarks, or nil.
  public var note: String?

  /// Creates a value.
  public init(
    key: String, name: String, value: Double, unit: String, period: String, line: Int, text: String, note: String?
  ) {
    self.key = key
    self.name = name
    self.value = value
    self.unit = unit
    self.period = period
    self.line = line
    self.text = text
    self.note = note
  }
}

/// What a day of the working calendar is.
public enum CalendarDayKind: String, DataVocabulary {
  /// A public holiday (ngày lễ, Tết).
  case holiday
  /// A compensatory day off for a holiday on a weekend (nghỉ bù).
  case compensatory
  /// A working day moved away by a swap (nghỉ hoán đổi).
  case dayOff = "day-off"
  /// A weekend day worked in exchange (làm bù).
  case workday
}

/// A day the working calendar treats specially.
public struct CalendarDay: Codable, Sendable, Equatable {
  /// The date.
  public var date: CivilDate
  /// Holiday, compensatory day, swapped day off or swapped workday.
  public var kind: CalendarDayKind
  /// Stable code, e.g. `tet-mung-1`, `quoc-khanh`, `nghi-bu`.
  public var code: String
  /// Vietnamese name.
  public var name: String
  /// True when the day is projected by the Labour Code rule, not yet decreed.
  public var projected: Bool
  /// Source or remark.
  public var note: String?

  /// Creates a value.
  public init(date: CivilDate, kind: CalendarDayKind, code: String, name: String, projected: Bool, note: String?) {
    self.date = date
    self.kind = kind
    self.code = code
    self.name = name
    self.projected = projected
    self.note = note
  }
}

/// ISO weekday names used in the calendar file.
public enum WeekdayName: String, DataVocabulary {
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday

  /// ISO number, 1 = Monday.
  public var isoNumber: Int { (WeekdayName.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// The working calendar 2026–2030: weekends plus the special days.
public struct WorkingCalendar: Codable, Sendable, Equatable {
  /// First day covered.
  public var from: CivilDate
  /// Last day covered.
  public var to: CivilDate
  /// Weekly days off.
  public var weekend: [WeekdayName]
  /// How the days were set or projected.
  public var rule: String?
  /// Holidays, compensatory days and swaps, in date order.
  public var days: [CalendarDay]

  /// Whether officials work on `date`.
  public func isWorkingDay(_ date: CivilDate) -> Bool {
    if let special = days.first(where: { $0.date == date }) {
      return special.kind == .workday
    }
    return !weekend.contains { $0.isoNumber == date.isoWeekday }
  }

  /// `date` itself when it is a working day, else the nearest working day before it.
  public func workingDay(onOrBefore date: CivilDate) -> CivilDate {
    var day = date
    for _ in 0..<60 where !isWorkingDay(day) { day = day.adding(days: -1) }
    return day
  }

  /// Creates a value.
  public init(from: CivilDate, to: CivilDate, weekend: [WeekdayName], rule: String?, days: [CalendarDay]) {
    self.from = from
    self.to = to
    self.weekend = weekend
    self.rule = rule
    self.days = days
  }
}

/// Area 0 (chỉ đạo, điều hành) or one of the six reform areas, with its plan items.
public struct ReformArea: Codable, Sendable, Equatable {
  /// 0–6.
  public var id: Int
  /// `chi-dao`, `the-che`, `tthc`, `bo-may`, `cong-vu`, `tai-chinh`, `cqs`.
  public var code: String
  /// The name in Nghị quyết 76/NQ-CP.
  public var name: String
  /// The heading in the commune's report.
  public var localName: String
  /// False for area 0, which is not one of the six reform areas.
  public var reformArea: Bool
  /// What the area holds, when it needs saying.
  public var description: String?
  /// The plan items, in the report's order.
  public var items: [PlanItem]

  /// Creates a value.
  public init(
    id: Int, code: String, name: String, localName: String, reformArea: Bool, description: String?, items: [PlanItem]
  ) {
    self.id = id
    self.code = code
    self.name = name
    self.localName = localName
    self.reformArea = reformArea
    self.description = description
    self.items = items
  }
}

/// Whether a plan item is a task (nhiệm vụ) or a solution (giải pháp).
public enum PlanItemKind: String, DataVocabulary {
  /// A concrete duty (nhiệm vụ).
  case task
  /// A way of working (giải pháp).
  case solution
}

/// Where a plan item comes from: the report's sentence and lines, or another reference.
public struct SourceQuote: Codable, Sendable, Equatable {
  /// The sentence exactly as the report has it (typos kept, whitespace folded), or nil.
  public var sentence: String?
  /// First and last line of the sentence in the report.
  public var lines: [Int]?
  /// The source when it is not the report (e.g. the reporting rules).
  public var reference: String?

  /// Creates a source.
  public init(sentence: String?, lines: [Int]?, reference: String?) {
    self.sentence = sentence
    self.lines = lines
    self.reference = reference
  }
}

/// How often a plan item recurs.
public enum Frequency: String, DataVocabulary {
  /// Once a year on `month`/`day`.
  case year
  /// Twice a year, on the cut-offs 14/6 and 14/12.
  case halfYear = "half-year"
  /// Every quarter (or the listed `quarters`), on the cut-offs 14/3, 14/6, 14/9, 14/12.
  case quarter
  /// Every month on `day`.
  case month
  /// Continuously; reported every quarter.
  case continuous
  /// Once, on `due`.
  case once
}

/// A plan item's recurrence: `{"every": "year", "month": 1, "day": 31}`.
public struct Recurrence: Codable, Sendable, Equatable {
  /// The frequency.
  public var every: Frequency
  /// Month for yearly items.
  public var month: Int?
  /// Day for yearly, monthly (and, optionally, quarterly or half-yearly) items.
  public var day: Int?
  /// For quarterly items, the quarters it applies to (default all).
  public var quarters: [Int]?
  /// For one-off items, the due date.
  public var due: CivilDate?
  /// The report's words that justify the frequency, or nil when it states none.
  public var basis: String?

  /// Creates a recurrence.
  public init(every: Frequency, month: Int?, day: Int?, quarters: [Int]?, due: CivilDate?, basis: String?) {
    self.every = every
    self.month = month
    self.day = day
    self.quarters = quarters
    self.due = due
    self.basis = basis
  }
}

/// One task or solution of the plan.
public struct PlanItem: Codable, Sendable, Equatable {
  /// `2.3`, or `2.1a` for a part of a split sentence.
  public var id: PlanItemID
  /// Task or solution.
  public var kind: PlanItemKind
  /// Short Vietnamese title.
  public var title: String
  /// The item's text: a contiguous part of its source sentence.
  public var text: String
  /// Where it comes from.
  public var source: SourceQuote
  /// How often it recurs.
  public var recurrence: Recurrence
  /// Default effort of one duty, in hours.
  public var effort: Int
  /// Positions that may lead it (chủ trì).
  public var leadPositions: [String]
  /// Positions that coordinate (phối hợp).
  public var coordinatorPositions: [String]
  /// Skills the lead must have.
  public var skills: [String]
  /// Indicator ids it serves.
  public var indicators: [String]
  /// Free note.
  public var note: String?

  /// Creates a value.
  public init(
    id: PlanItemID, kind: PlanItemKind, title: String, text: String, source: SourceQuote, recurrence: Recurrence,
    effort: Int, leadPositions: [String], coordinatorPositions: [String], skills: [String], indicators: [String],
    note: String?
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.text = text
    self.source = source
    self.recurrence = recurrence
    self.effort = effort
    self.leadPositions = leadPositions
    self.coordinatorPositions = coordinatorPositions
    self.skills = skills
    self.indicators = indicators
    self.note = note
  }
}

/// A yearly target of an indicator; `value` is nil when no verified target exists.
public struct IndicatorTarget: Codable, Sendable, Equatable {
  /// 2026–2030.
  public var year: Int
  /// The target, or nil ("chưa xác định").
  public var value: Double?
  /// `>=`, `=`, `<=`, or nil without a value.
  public var comparator: String?
  /// Where the target comes from, or "chưa xác định".
  public var source: String

  /// Creates a target.
  public init(year: Int, value: Double?, comparator: String?, source: String) {
    self.year = year
    self.value = value
    self.comparator = comparator
    self.source = source
  }
}

/// A measurable indicator of the plan, tied to baseline figures.
public struct Indicator: Codable, Sendable, Equatable {
  /// Slug, e.g. `ho-so-truc-tuyen`.
  public var id: String
  /// Vietnamese name.
  public var name: String
  /// Unit, e.g. `%`.
  public var unit: String
  /// The least value that may be recorded (0 for a percentage).
  public var min: Double
  /// The greatest value that may be recorded (100 for a percentage).
  public var max: Double
  /// The position (Seeds/positions.json) whose holders record its values, with the chair.
  public var responsiblePosition: String
  /// Keys of the baseline figures it starts from.
  public var baseline: [String]
  /// Targets for 2026–2030.
  public var targets: [IndicatorTarget]
  /// Free note.
  public var note: String?

  /// Creates a value (the store reads indicators back for reports).
  public init(
    id: String, name: String, unit: String, min: Double = 0, max: Double = 100, responsiblePosition: String = "",
    baseline: [String], targets: [IndicatorTarget], note: String?
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.min = min
    self.max = max
    self.responsiblePosition = responsiblePosition
    self.baseline = baseline
    self.targets = targets
    self.note = note
  }
}
