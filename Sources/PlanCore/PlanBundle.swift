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
    let skills = reader.decode([Skill].self, "Seeds/skills.json")
    let positions = reader.decode([Position].self, "Seeds/positions.json")
    let officials = reader.decode([Official].self, "Seeds/officials.json")
    let baseline = reader.decode([BaselineFigure].self, "Seeds/baseline.json")
    let calendar = reader.decode(WorkingCalendar.self, "Seeds/calendar.json")
    let indicators = reader.decode([Indicator].self, indicatorsFile)
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
      if let area = reader.decode(ReformArea.self, file) { areas.append((file, area)) }
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

/// Reads JSON files into model values, turning every failure into a `DataIssue`.
private struct FileReader {
  let files: [String: [UInt8]]
  var issues: [DataIssue] = []

  init(files: [String: [UInt8]]) { self.files = files }

  mutating func decode<T: Decodable>(_ type: T.Type, _ file: String) -> T? {
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
    } catch let error as DecodingError {
      issues.append(Self.issue(for: error, file: file, data: data))
      return nil
    } catch {
      issues.append(
        DataIssue(file: file, vi: "không đọc được: \(error)", en: "cannot read: \(error)"))
      return nil
    }
  }

  /// Turns a decoding error into an issue naming the field path and the nearest record id.
  static func issue(for error: DecodingError, file: String, data: Data) -> DataIssue {
    let path: [any CodingKey]
    let vi: String
    let en: String
    switch error {
    case .typeMismatch(let type, let context):
      path = context.codingPath
      vi = "sai kiểu dữ liệu, cần \(typeName(type))"
      en = "wrong type, expected \(typeName(type))"
    case .valueNotFound(let type, let context):
      path = context.codingPath
      vi = "thiếu giá trị (\(typeName(type)))"
      en = "missing value (\(typeName(type)))"
    case .keyNotFound(let key, let context):
      path = context.codingPath + [key]
      vi = "thiếu trường bắt buộc"
      en = "required field is missing"
    case .dataCorrupted(let context):
      path = context.codingPath
      if path.isEmpty {
        vi = "không phải JSON hợp lệ"
        en = "not valid JSON"
      } else {
        vi = "giá trị không hợp lệ (\(context.debugDescription))"
        en = "invalid value (\(context.debugDescription))"
      }
    @unknown default:
      path = []
      vi = "không đọc được"
      en = "cannot read"
    }
    let field = path.isEmpty ? nil : fieldPath(path)
    return DataIssue(file: file, id: recordID(along: path, in: data), field: field, vi: vi, en: en)
  }

  static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "string"
    case is Int.Type: "integer"
    case is Double.Type: "number"
    case is Bool.Type: "boolean"
    default: String(describing: type).replacingOccurrences(of: "Swift.", with: "")
    }
  }

  static func fieldPath(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
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
