extension PlanBundle {
  /// The rules the files must keep beyond their shape; errors stop the load, warnings do not.
  ///
  /// - Parameter areaFiles: the file each area came from (area id → path), for messages.
  /// - Returns: every issue found, errors and warnings.
  public func validate(areaFiles: [Int: String] = [:]) -> [DataIssue] {
    var check = Checker()
    let skillIDs = check.uniqueIDs(skills.map(\.id), file: "Seeds/skills.json", what: ("kỹ năng", "skill"))
    let positionByID = Dictionary(positions.map { ($0.id, $0) }) { first, _ in first }
    _ = check.uniqueIDs(positions.map(\.id), file: "Seeds/positions.json", what: ("vị trí", "position"))
    _ = check.uniqueIDs(officials.map(\.id.rawValue), file: "Seeds/officials.json", what: ("cán bộ", "official"))
    let baselineKeys = check.uniqueIDs(
      baseline.map(\.key), file: "Seeds/baseline.json", what: ("số liệu", "figure"))
    let indicatorIDs = check.uniqueIDs(
      indicators.map(\.id), file: PlanBundle.indicatorsFile, what: ("chỉ tiêu", "indicator"))
    checkUnitSkillsPositions(&check)
    checkRoster(positions: positionByID, skills: skillIDs, &check)
    checkIndicators(baselineKeys: baselineKeys, &check)
    checkIndicatorValues(positions: positionByID, &check)
    checkCalendar(&check)
    checkAreas(
      areaFiles: areaFiles, positions: positionByID,
      holders: Dictionary(grouping: officials.filter(\.active), by: \.position),
      skills: skillIDs, indicators: indicatorIDs, &check)
    return check.issues
  }

  /// The unit, skill and position ids are slugs; Party and mass posts never lead.
  private func checkUnitSkillsPositions(_ check: inout Checker) {
    checkSlug(unit.id, file: "Seeds/unit.json", id: unit.id, field: "id", &check)
    for skill in skills { checkSlug(skill.id, file: "Seeds/skills.json", id: skill.id, field: "id", &check) }
    for position in positions {
      let file = "Seeds/positions.json"
      checkSlug(position.id, file: file, id: position.id, field: "id", &check)
      if position.group == .partyAndMass && position.canLead {
        check.error(
          file, position.id, "canLead",
          "vị trí Đảng, đoàn thể chỉ phối hợp, không chủ trì nhiệm vụ của UBND",
          "Party and mass-organisation positions only coordinate, they cannot lead")
      }
    }
  }

  /// Each official's position, skills, capacity, name and vacancy; at least one active chair.
  private func checkRoster(
    positions positionByID: [String: Position], skills skillIDs: Set<String>, _ check: inout Checker
  ) {
    for official in officials {
      let file = "Seeds/officials.json"
      checkSlug(official.id.rawValue, file: file, id: official.id.rawValue, field: "id", &check)
      if positionByID[official.position] == nil {
        check.error(
          file, official.id, "position",
          "vị trí '\(official.position)' không có trong Seeds/positions.json",
          "position '\(official.position)' is not in Seeds/positions.json")
      }
      for skill in official.skills where !skillIDs.contains(skill) {
        check.error(
          file, official.id, "skills", "kỹ năng '\(skill)' không có trong Seeds/skills.json",
          "skill '\(skill)' is not in Seeds/skills.json")
      }
      if !PlanBounds.hours.contains(official.capacity) {
        check.error(
          file, official.id, "capacity", "số giờ mỗi tháng phải \(PlanBounds.hoursText.vi)",
          "monthly hours must be \(PlanBounds.hoursText.en)")
      }
      if official.name.trimmingCharacters(in: .whitespaces).isEmpty {
        check.error(file, official.id, "name", "tên không được để trống", "name must not be empty")
      }
      if official.vacant == true && official.active {
        check.error(
          file, official.id, "active", "vị trí khuyết không thể đang hoạt động",
          "a vacant post cannot be active")
      }
    }
    if !officials.contains(where: { $0.role == .chair && $0.active }) {
      check.error(
        "Seeds/officials.json", nil, "role", "cần ít nhất một người đang làm việc có vai trò Chủ tịch (`chair`)",
        "at least one active official must have the role chair")
    }
  }

  /// Baseline lines, indicators' baseline keys and targets.
  private func checkIndicators(baselineKeys: Set<String>, _ check: inout Checker) {
    for figure in baseline where figure.line < 1 {
      check.error(
        "Seeds/baseline.json", figure.key, "line", "số dòng phải lớn hơn 0", "line must be positive")
    }
    for indicator in indicators {
      let file = PlanBundle.indicatorsFile
      for key in indicator.baseline where !baselineKeys.contains(key) {
        check.error(
          file, indicator.id, "baseline", "số liệu gốc '\(key)' không có trong Seeds/baseline.json",
          "baseline figure '\(key)' is not in Seeds/baseline.json")
      }
      var years = Set<Int>()
      for target in indicator.targets {
        if !PlanBounds.years.contains(target.year) || !years.insert(target.year).inserted {
          check.error(
            file, indicator.id, "targets.year",
            "năm \(target.year) ngoài 2026–2030 hoặc bị lặp", "year \(target.year) is outside 2026–2030 or repeated")
        }
        if target.value == nil && target.comparator != nil {
          check.error(
            file, indicator.id, "targets.comparator", "chỉ tiêu chưa xác định không có phép so sánh",
            "an undetermined target has no comparator")
        }
        if let comparator = target.comparator, ![">=", "<=", "="].contains(comparator) {
          check.error(
            file, indicator.id, "targets.comparator", "phép so sánh phải là >=, <= hoặc =",
            "comparator must be >=, <= or =")
        }
      }
    }
  }

  /// Each indicator's responsible position and recordable range; the unit's report recipients.
  private func checkIndicatorValues(positions positionByID: [String: Position], _ check: inout Checker) {
    let file = PlanBundle.indicatorsFile
    for indicator in indicators {
      if positionByID[indicator.responsiblePosition] == nil {
        check.error(
          file, indicator.id, "responsiblePosition",
          "vị trí '\(indicator.responsiblePosition)' không có trong Seeds/positions.json",
          "position '\(indicator.responsiblePosition)' is not in Seeds/positions.json")
      }
      if !indicator.min.isFinite || !indicator.max.isFinite || indicator.min > indicator.max {
        check.error(
          file, indicator.id, "min",
          "min (\(IndicatorRules.number(indicator.min, vietnamese: true))) lớn hơn max (\(IndicatorRules.number(indicator.max, vietnamese: true)))",
          "min (\(IndicatorRules.number(indicator.min, vietnamese: false))) is greater than max (\(IndicatorRules.number(indicator.max, vietnamese: false)))"
        )
      }
      if indicator.unit == "%" && (indicator.min < 0 || indicator.max > 100) {
        check.error(
          file, indicator.id, "max", "tỷ lệ phần trăm phải trong 0–100", "a percentage must lie within 0–100")
      }
    }
    for (index, line) in unit.reportRecipients.enumerated()
    where line.trimmingCharacters(in: .whitespaces).isEmpty {
      check.error(
        "Seeds/unit.json", unit.id, "reportRecipients[\(index)]", "dòng nơi nhận không được để trống",
        "a recipient line must not be empty")
    }
  }

  /// The working calendar's range and days.
  private func checkCalendar(_ check: inout Checker) {
    let calendarFile = "Seeds/calendar.json"
    if calendar.from > calendar.to {
      check.error(calendarFile, nil, "from", "ngày bắt đầu sau ngày kết thúc", "from is after to")
    }
    var seenDays = Set<CivilDate>()
    for day in calendar.days {
      if day.date < calendar.from || day.date > calendar.to {
        check.error(
          calendarFile, day.date.iso, "date", "ngày nằm ngoài khoảng from–to của lịch",
          "date is outside the calendar's from–to")
      }
      if !seenDays.insert(day.date).inserted {
        check.error(calendarFile, day.date.iso, "date", "ngày bị lặp", "duplicate date")
      }
    }
  }

  /// Areas 0–6, once each, and every plan item.
  private func checkAreas(
    areaFiles: [Int: String], positions positionByID: [String: Position], holders: [String: [Official]],
    skills skillIDs: Set<String>, indicators indicatorIDs: Set<String>, _ check: inout Checker
  ) {
    let expectedAreas = Set(0...6)
    let areaIDs = areas.map(\.id)
    for id in areaIDs where !expectedAreas.contains(id) {
      check.error(
        areaFiles[id] ?? "Plans2026_2030/", String(id), "id", "lĩnh vực phải có số từ 0 đến 6",
        "area id must be 0–6")
    }
    _ = check.uniqueIDs(areaIDs.map(String.init), file: "Plans2026_2030/", what: ("lĩnh vực", "area"))
    _ = check.uniqueIDs(areas.map(\.code), file: "Plans2026_2030/", what: ("mã lĩnh vực", "area code"))
    for missing in expectedAreas.subtracting(areaIDs).sorted() {
      check.error(
        "Plans2026_2030/", String(missing), nil, "thiếu lĩnh vực \(missing)", "area \(missing) is missing")
    }
    var itemIDs = Set<PlanItemID>()
    for area in areas {
      let file = areaFiles[area.id] ?? "Plans2026_2030/area-\(area.id).json"
      for item in area.items {
        if !itemIDs.insert(item.id).inserted {
          check.error(file, item.id, "id", "mã nhiệm vụ bị lặp", "duplicate plan item id")
        }
        if !PlanBundle.isPlanItemID(item.id.rawValue, area: area.id) {
          check.error(
            file, item.id, "id", "mã nhiệm vụ phải có dạng \(area.id).N hoặc \(area.id).Na",
            "plan item id must look like \(area.id).N or \(area.id).Na")
        }
        checkItem(
          item, file: file, positions: positionByID, holders: holders, skills: skillIDs, indicators: indicatorIDs,
          &check)
      }
    }
  }

  /// Whether `id` is a plan item id of `area`: `2.3`, `2.1a`, `0.12`.
  public static func isPlanItemID(_ id: String, area: Int) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0] == Substring(String(area)) else { return false }
    var rest = Substring(parts[1])
    if let last = rest.last, ("a"..."z").contains(last) { rest = rest.dropLast() }
    guard let number = Int(rest), number > 0, String(number) == rest else { return false }
    return true
  }

  private func checkItem(
    _ item: PlanItem, file: String, positions: [String: Position], holders: [String: [Official]],
    skills: Set<String>, indicators: Set<String>, _ check: inout Checker
  ) {
    guard checkItemText(item, file: file, &check) else { return }
    let id = item.id.rawValue
    if !PlanBounds.hours.contains(item.effort) {
      check.error(
        file, id, "effort", "số giờ phải \(PlanBounds.hoursText.vi)", "hours must be \(PlanBounds.hoursText.en)")
    }
    checkRecurrence(item.recurrence, file: file, id: id, &check)
    checkItemPositions(
      item, file: file, positions: positions, holders: holders, skills: skills, indicators: indicators, &check)
  }

  /// The item's text, title and source; false when its source lines are unusable (nothing more to check).
  private func checkItemText(_ item: PlanItem, file: String, _ check: inout Checker) -> Bool {
    let id = item.id.rawValue
    if item.text.trimmingCharacters(in: .whitespaces).isEmpty {
      check.error(file, id, "text", "nội dung không được để trống", "text must not be empty")
    }
    if item.title.trimmingCharacters(in: .whitespaces).isEmpty {
      check.error(file, id, "title", "tiêu đề không được để trống", "title must not be empty")
    }
    if let sentence = item.source.sentence {
      if !sentence.contains(item.text) {
        check.error(
          file, id, "text", "nội dung phải là một đoạn liền của câu trích (source.sentence)",
          "text must be a contiguous part of source.sentence")
      }
      guard let lines = item.source.lines, lines.count == 2, lines[0] >= 1, lines[0] <= lines[1] else {
        check.error(
          file, id, "source.lines", "cần [dòng đầu, dòng cuối] của câu trong báo cáo",
          "needs [first line, last line] of the sentence in the report")
        return false
      }
    } else if (item.source.reference ?? "").isEmpty {
      check.error(
        file, id, "source", "cần câu trích từ báo cáo (sentence) hoặc nguồn khác (reference)",
        "needs the report's sentence or another reference")
    }
    return true
  }

  /// The item's lead and coordinator positions, skills and indicators, and someone able to lead it.
  private func checkItemPositions(
    _ item: PlanItem, file: String, positions: [String: Position], holders: [String: [Official]],
    skills: Set<String>, indicators: Set<String>, _ check: inout Checker
  ) {
    let id = item.id
    if item.leadPositions.isEmpty {
      check.error(
        file, id, "leadPositions", "cần ít nhất một vị trí chủ trì", "needs at least one lead position")
    }
    for position in item.leadPositions {
      guard let known = positions[position] else {
        check.error(
          file, id, "leadPositions", "vị trí '\(position)' không có trong Seeds/positions.json",
          "position '\(position)' is not in Seeds/positions.json")
        continue
      }
      if !known.canLead {
        check.error(
          file, id, "leadPositions", "vị trí '\(position)' chỉ được phối hợp, không chủ trì",
          "position '\(position)' may only coordinate, not lead")
      } else if holders[position, default: []].isEmpty {
        check.error(
          file, id, "leadPositions", "không có cán bộ nào đang giữ vị trí '\(position)'",
          "no active official holds position '\(position)'")
      }
    }
    for position in item.coordinatorPositions {
      if positions[position] == nil {
        check.error(
          file, id, "coordinatorPositions", "vị trí '\(position)' không có trong Seeds/positions.json",
          "position '\(position)' is not in Seeds/positions.json")
      } else if holders[position, default: []].isEmpty {
        check.error(
          file, id, "coordinatorPositions", "không có cán bộ nào đang giữ vị trí '\(position)'",
          "no active official holds position '\(position)'")
      }
    }
    for skill in item.skills where !skills.contains(skill) {
      check.error(
        file, id, "skills", "kỹ năng '\(skill)' không có trong Seeds/skills.json",
        "skill '\(skill)' is not in Seeds/skills.json")
    }
    for indicator in item.indicators where !indicators.contains(indicator) {
      check.error(
        file, id, "indicators", "chỉ tiêu '\(indicator)' không có trong \(PlanBundle.indicatorsFile)",
        "indicator '\(indicator)' is not in \(PlanBundle.indicatorsFile)")
    }
    let qualified = item.leadPositions.flatMap { holders[$0, default: []] }.filter { official in
      item.skills.allSatisfy(official.skills.contains)
    }
    if !item.leadPositions.isEmpty && qualified.isEmpty {
      check.issues.append(
        DataIssue(
          file: file, id: id.rawValue, field: "skills",
          vi: "không ai ở vị trí chủ trì có đủ kỹ năng \(item.skills.joined(separator: ", "))",
          en: "nobody in a lead position has all of the skills \(item.skills.joined(separator: ", "))",
          severity: .warning))
    }
  }

  private func checkRecurrence(_ recurrence: Recurrence, file: String, id: String, _ check: inout Checker) {
    let field = "recurrence"
    func refuse(_ sub: String, _ vi: String, _ en: String) { check.error(file, id, "\(field).\(sub)", vi, en) }
    switch recurrence.every {
    case .year:
      guard let month = recurrence.month, (1...12).contains(month) else {
        refuse("month", "lặp hằng năm cần tháng từ 1 đến 12", "a yearly item needs a month 1–12")
        return
      }
      // The day must exist every year: no 29 February.
      let maxDay = month == 2 ? 28 : CivilDate.daysIn(month: month, year: 2026)
      if !(1...maxDay).contains(recurrence.day ?? 0) {
        refuse("day", "ngày phải từ 1 đến \(maxDay) của tháng \(month)", "day must be 1–\(maxDay) in month \(month)")
      }
    case .month:
      if !(1...28).contains(recurrence.day ?? 0) {
        refuse("day", "lặp hằng tháng cần ngày từ 1 đến 28", "a monthly item needs a day 1–28")
      }
    case .quarter, .halfYear, .continuous:
      if let day = recurrence.day, !(1...30).contains(day) {
        refuse("day", "ngày phải từ 1 đến 30", "day must be 1–30")
      }
      if recurrence.every == .continuous && recurrence.day != nil {
        refuse("day", "việc thường xuyên không có ngày riêng", "a continuous item has no day")
      }
    case .once:
      guard let due = recurrence.due else {
        refuse("due", "việc một lần cần ngày hạn (due)", "a one-off item needs a due date")
        return
      }
      if !PlanBounds.years.contains(due.year) {
        refuse("due", "hạn phải trong 2026–2030", "the due date must be within 2026–2030")
      }
    }
    if let quarters = recurrence.quarters {
      if recurrence.every != .quarter {
        refuse("quarters", "chỉ việc hằng quý mới có quarters", "only quarterly items take quarters")
      } else if quarters.isEmpty || !quarters.allSatisfy((1...4).contains) || Set(quarters).count != quarters.count {
        refuse("quarters", "quý phải là các số khác nhau từ 1 đến 4", "quarters must be distinct numbers 1–4")
      }
    }
    if recurrence.every != .year && recurrence.month != nil {
      refuse("month", "chỉ việc hằng năm mới có tháng", "only yearly items take a month")
    }
    if recurrence.every != .once && recurrence.due != nil {
      refuse("due", "chỉ việc một lần mới có ngày hạn", "only one-off items take a due date")
    }
  }

  private func checkSlug(_ value: String, file: String, id: String, field: String, _ check: inout Checker) {
    let allowed = value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    if value.isEmpty || !allowed || value.hasPrefix("-") || value.hasSuffix("-") {
      check.error(
        file, id, field, "mã phải gồm chữ thường không dấu, số và dấu gạch ngang",
        "an id must use lower-case ASCII letters, digits and hyphens")
    }
  }
}

/// Collects issues while validating.
private struct Checker {
  var issues: [DataIssue] = []

  mutating func error(
    _ file: String, _ id: (any CustomStringConvertible)?, _ field: String?, _ vi: String, _ en: String
  ) {
    issues.append(DataIssue(file: file, id: id?.description, field: field, vi: vi, en: en))
  }

  /// Reports duplicates and returns the set of ids.
  mutating func uniqueIDs(_ ids: [String], file: String, what: (vi: String, en: String)) -> Set<String> {
    var seen = Set<String>()
    for id in ids where !seen.insert(id).inserted {
      error(file, id, "id", "mã \(what.vi) bị lặp", "duplicate \(what.en) id")
    }
    return seen
  }
}
