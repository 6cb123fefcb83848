/// A calendar date without time or time zone (`2026-09-25`), as the plan and the working calendar use.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, e.g. 2026.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// A valid date, or nil when the day does not exist (`2026-02-30`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses the ISO form `YYYY-MM-DD` (exactly that shape); nil otherwise.
  public init?(iso text: String) {
    var text = text
    guard let date = text.withUTF8({ CivilDate(utf8: UnsafeRawBufferPointer($0)) }) else { return nil }
    self = date
  }

  /// Parses a date as people type it: `25/12/2026`, `25-12-2026`, `25.12.2026` (day first, one or
  /// two digits for day and month) or the ISO form `2026-12-25`; nil for anything else.
  public init?(typed text: String) {
    if let date = CivilDate(iso: text) {
      self = date
      return
    }
    let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { "/-.".contains($0) })
    guard parts.count == 3, Set(text.filter { "/-.".contains($0) }).count == 1,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Parses the ISO form `YYYY-MM-DD` from UTF-8 bytes (as SQLite hands a column over); nil otherwise.
  public init?(utf8 bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 10, bytes[7] == UInt8(ascii: "-"),
      let month = Month(utf8: UnsafeRawBufferPointer(rebasing: bytes[0..<7])),
      let day = Self.number(UnsafeRawBufferPointer(rebasing: bytes[8..<10]))
    else { return nil }
    self.init(year: month.year, month: month.month, day: day)
  }

  /// The decimal number written by `digits` (digits only), or nil.
  static func number(_ digits: UnsafeRawBufferPointer) -> Int? {
    var value = 0
    for byte in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// The ISO form `YYYY-MM-DD`.
  public var iso: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))" }

  /// The Vietnamese display form `dd/mm/yyyy`.
  public var shown: String { "\(Self.padded(day, 2))/\(Self.padded(month, 2))/\(Self.padded(year, 4))" }

  /// `n` in decimal, with leading zeros up to `width` digits.
  static func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// The ISO form.
  public var description: String { iso }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm.
  public var dayNumber: Int { Self.dayNumber(year: year, month: month, day: day) }

  /// Days since 1970-01-01 of a year, month and day (not checked).
  static func dayNumber(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01.
  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// This date moved by `days` (negative moves back).
  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var isoWeekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
    return (w < 0 ? w + 7 : w) + 1
  }

  /// Orders dates chronologically.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

extension CivilDate: ISOText {
  /// A date `YYYY-MM-DD`, for messages.
  public static let isoForm = (vi: "một ngày có thật dạng YYYY-MM-DD", en: "a real date of the form YYYY-MM-DD")
}

/// A value written as ISO text — a date `YYYY-MM-DD`, a month `YYYY-MM` — and decoded from it,
/// refusing any other text with a message naming the form.
public protocol ISOText: Codable, Sendable {
  /// The value of its ISO text, or nil.
  init?(iso text: String)
  /// The value of ISO text given as UTF-8 bytes (read in place), or nil.
  init?(utf8 bytes: UnsafeRawBufferPointer)
  /// The ISO text.
  var iso: String { get }
  /// What the text must look like, in each language ("a month of the form YYYY-MM").
  static var isoForm: (vi: String, en: String) { get }
}

extension ISOText {
  /// Decodes from the ISO text, refusing anything else.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Self(iso: text) else {
      throw FieldValueError(
        codingPath: decoder.codingPath, vi: "'\(text)' không phải là \(Self.isoForm.vi)",
        en: "'\(text)' is not \(Self.isoForm.en)")
    }
    self = value
  }

  /// Encodes as the ISO text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
