import Foundation

/// Everything `cchc init` loads: the commune (Seeds/) and the 2026–2030 plan (Plans2026_2030/).
public struct PlanBundle: Sendable, Equatable {
  /// The commune.
  public var unit: AdministrativeUnit
  /// Skill vocabulary.
  public var skills: [Skill]
  /// Positions after 1/7/2025.
  public var positions: [Position]
  /// The roster.
  public var officials: [Official]
  /// Part One figures.
  public var baseline: [BaselineFigure]
  /// Working calendar 2026–2030.
  public var calendar: WorkingCalendar
  /// Areas 0–6 with their items, by id.
  public var areas: [ReformArea]
  /// Indicators with targets.
  public var indicators: [Indicator]

  /// Every plan item of every area, in area order.
  public var planItems: [PlanItem] { areas.flatMap(\.items) }

  /// The seed files a bundle needs, relative to the package root.
  public static let seedFiles = [
    "Seeds/unit.json", "Seeds/skills.json", "Seeds/positions.json", "Seeds/officials.json",
    "Seeds/baseline.json", "Seeds/calendar.json",
  ]
  /// The plan's indicator file; every other `Plans2026_2030/area-*.json` is an area.
  public static let indicatorsFile = "Plans2026_2030/indicators.json"
}

/// The result of reading the files: the bundle when no error was found, and every issue.
public struct PlanLoadResult: Sendable {
  /// The bundle, nil when any issue is an error.
  public var bundle: PlanBundle?
  /// Errors and warnings, in file order.
  public var issues: [DataIssue]
  /// The issues that stop the load.
  public var errors: [DataIssue] { issues.filter { $0.severity == .error } }
}

extension PlanBundle {
  /// Decodes and checks the files (path relative to the package root → bytes), writing nothing.
  ///
  /// Text is normalised to NFC before decoding. Any error (unreadable file, wrong type, unknown
  /// position, duplicate id, bad recurrence or date, lead position nobody holds …) makes
  /// `bundle` nil; each issue names the file, the id and the field.
  /// - Parameter files: every seed and plan file, keyed like `Seeds/unit.json`.
  /// - Returns: the bundle (when valid) and all issues found.
  public static func load(files: [String: [UInt8]]) -> PlanLoadResult {
    var reader = FileReader(files: files)
    let unit = reader.decode(AdministrativeUnit.self, "Seeds/unit.json")
    let skills = reader.decode([Skill].self, "Seeds/skills.json", records: (nil, Skill.self))
    let positions = reader.decode([Position].self, "Seeds/positions.json", records: (nil, Position.self))
    let officials = reader.decode([Official].self, "Seeds/officials.json", records: (nil, Official.self))
    let baseline = reader.decode([BaselineFigure].self, "Seeds/baseline.json", records: (nil, BaselineFigure.self))
    let calendar = reader.decode(WorkingCalendar.self, "Seeds/calendar.json", records: ("days", CalendarDay.self))
    let indicators = reader.decode([Indicator].self, indicatorsFile, records: (nil, Indicator.self))
    let areaFiles = files.keys.filter {
      $0.hasPrefix("Plans2026_2030/area-") && $0.hasSuffix(".json")
    }.sorted()
    if areaFiles.isEmpty {
      reader.issues.append(
        DataIssue(
          file: "Plans2026_2030/", vi: "không có tệp lĩnh vực nào (area-*.json)",
          en: "no area file (area-*.json)"))
    }
    var areas: [(file: String, area: ReformArea)] = []
    for file in areaFiles {
      if let area = reader.decode(ReformArea.self, file, records: ("items", PlanItem.self)) {
        areas.append((file, area))
      }
    }
    guard let unit, let skills, let positions, let officials, let baseline, let calendar,
      let indicators, reader.issues.isEmpty
    else {
      return PlanLoadResult(bundle: nil, issues: reader.issues)
    }
    let bundle = PlanBundle(
      unit: unit, skills: skills, positions: positions, officials: officials,
      baseline: baseline, calendar: calendar, areas: areas.map(\.area).sorted { $0.id < $1.id },
      indicators: indicators)
    let issues = bundle.validate(areaFiles: Dictionary(areas.map { ($0.area.id, $0.file) }) { a, _ in a })
    return PlanLoadResult(
      bundle: issues.contains { $0.severity == .error } ? nil : bundle, issues: issues)
  }
}

/// A coding key rebuilt from a field path.
private struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

/// Reads JSON files into model values, turning every failure into a `DataIssue`.
private struct FileReader {
  let files: [String: [UInt8]]
  var issues: [DataIssue] = []

  init(files: [String: [UInt8]]) { self.files = files }

  /// Decodes `file` as `T`. When that fails, each record of the file's list (the top-level array,
  /// or the array under `records.key`) is decoded on its own, so that every broken record is
  /// reported, not only the first one the decoder meets.
  mutating func decode<T: Decodable, Record: Decodable>(
    _ type: T.Type, _ file: String, records: (key: String?, type: Record.Type)? = nil
  ) -> T? {
    guard let bytes = files[file] else {
      issues.append(DataIssue(file: file, vi: "thiếu tệp", en: "file is missing"))
      return nil
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      issues.append(
        DataIssue(
          file: file, vi: "tệp không phải văn bản UTF-8 hợp lệ", en: "file is not valid UTF-8"))
      return nil
    }
    let data = Data(VietnameseText.nfc(text).utf8)
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      let found = records.map { recordIssues(in: data, file: file, of: T.self, key: $0.key, record: $0.type) } ?? []
      issues += found.isEmpty ? [Self.issue(for: error, file: file, data: data, prefix: [])] : found
      return nil
    }
  }

  mutating func decode<T: Decodable>(_ type: T.Type, _ file: String) -> T? {
    decode(type, file, records: Optional<(key: String?, type: T.Type)>.none)
  }

  /// The issues of each record decoded alone, plus those of the file with its records removed.
  private func recordIssues<T: Decodable, Record: Decodable>(
    in data: Data, file: String, of fileType: T.Type, key: String?, record: Record.Type
  ) -> [DataIssue] {
    guard let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
    let list: [Any]?
    var outer: [String: Any]?
    if let key {
      outer = tree as? [String: Any]
      list = outer?[key] as? [Any]
    } else {
      list = tree as? [Any]
    }
    guard let list else { return [] }
    var found: [DataIssue] = []
    for (index, element) in list.enumerated() {
      let prefix: [any CodingKey] = (key.map { [PathKey(stringValue: $0)] } ?? []) + [PathKey(intValue: index)]
      guard let elementData = try? JSONSerialization.data(withJSONObject: element, options: [.fragmentsAllowed]) else {
        continue
      }
      do {
        _ = try JSONDecoder().decode(Record.self, from: elementData)
      } catch {
        found.append(Self.issue(for: error, file: file, data: data, prefix: prefix))
      }
    }
    // What is wrong outside the records (the area's own fields, the calendar's range …).
    if let key, var outer {
      outer[key] = [Any]()
      if let rest = try? JSONSerialization.data(withJSONObject: outer) {
        do {
          _ = try JSONDecoder().decode(T.self, from: rest)
        } catch {
          found.append(Self.issue(for: error, file: file, data: data, prefix: []))
        }
      }
    }
    return found
  }

  /// Turns a decoding failure into an issue naming the field path (after `prefix`) and the nearest record id.
  static func issue(for error: any Error, file: String, data: Data, prefix: [any CodingKey]) -> DataIssue {
    if let error = error as? FieldValueError {
      let field = [FieldValueError.path(prefix), error.field].filter { !$0.isEmpty }.joined(separator: ".")
        .replacingOccurrences(of: ".[", with: "[")
      return DataIssue(file: file, id: recordID(along: field, in: data), field: field, vi: error.vi, en: error.en)
    }
    guard let error = error as? DecodingError else {
      return DataIssue(file: file, vi: "không đọc được: \(error)", en: "cannot read: \(error)")
    }
    let path: [any CodingKey]
    let vi: String
    let en: String
    switch error {
    case .typeMismatch(let type, let context):
      path = context.codingPath
      vi = "sai kiểu dữ liệu: cần \(typeName(type).vi)"
      en = "wrong type: expected \(typeName(type).en)"
    case .valueNotFound(let type, let context):
      path = context.codingPath
      vi = "thiếu giá trị: cần \(typeName(type).vi)"
      en = "missing value: expected \(typeName(type).en)"
    case .keyNotFound(let key, let context):
      path = context.codingPath + [key]
      vi = "thiếu trường bắt buộc"
      en = "required field is missing"
    case .dataCorrupted(let context):
      path = context.codingPath
      if path.isEmpty {
        vi = "không phải JSON hợp lệ (kiểm tra dấu phẩy, ngoặc, dấu nháy)"
        en = "not valid JSON (check commas, brackets and quotes)"
      } else {
        vi = "giá trị không hợp lệ"
        en = "invalid value"
      }
    @unknown default:
      path = []
      vi = "không đọc được"
      en = "cannot read"
    }
    let full = prefix + path
    let field = full.isEmpty ? nil : fieldPath(full)
    return DataIssue(file: file, id: recordID(along: full, in: data), field: field, vi: vi, en: en)
  }

  /// How a JSON type is named to the person editing the file.
  static func typeName(_ type: Any.Type) -> (vi: String, en: String) {
    switch type {
    case is String.Type: ("chuỗi ký tự trong dấu nháy", "a string in quotes")
    case is Int.Type: ("số nguyên", "a whole number")
    case is Double.Type: ("số", "a number")
    case is Bool.Type: ("true hoặc false", "true or false")
    case is [Any].Type: ("danh sách [ … ]", "a list [ … ]")
    default:
      String(describing: type).hasPrefix("Array")
        ? ("danh sách [ … ]", "a list [ … ]") : ("đối tượng { … }", "an object { … }")
    }
  }

  static func fieldPath(_ path: [any CodingKey]) -> String { FieldValueError.path(path) }

  /// The nearest record id along a field path written like `items[3].recurrence`.
  static func recordID(along field: String, in data: Data) -> String? {
    var keys: [any CodingKey] = []
    for part in field.split(separator: ".") {
      var name = Substring(part)
      var indices: [Int] = []
      while let open = name.lastIndex(of: "["), name.hasSuffix("]") {
        indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) ?? 0, at: 0)
        name = name[..<open]
      }
      if !name.isEmpty { keys.append(PathKey(stringValue: String(name))) }
      keys += indices.map { PathKey(intValue: $0) }
    }
    return recordID(along: keys, in: data)
  }

  /// The `id` (or `key`, or `date`) of the innermost JSON object on `path` that has one.
  static func recordID(along path: [any CodingKey], in data: Data) -> String? {
    guard var node = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return nil }
    var found: String?
    func idOf(_ value: Any) -> String? {
      guard let object = value as? [String: Any] else { return nil }
      for name in ["id", "key", "date"] {
        if let text = object[name] as? String { return text }
        if let number = object[name] as? NSNumber { return number.stringValue }
      }
      return nil
    }
    found = idOf(node)
    for key in path {
      if let index = key.intValue, let array = node as? [Any], array.indices.contains(index) {
        node = array[index]
      } else if let object = node as? [String: Any], let next = object[key.stringValue] {
        node = next
      } else {
        break
      }
      if let id = idOf(node) { found = id }
    }
    return found
  }
}
