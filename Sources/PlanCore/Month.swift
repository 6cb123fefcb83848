/// A month of the calendar (`2027-03`): a duty's period, the month its hours count in, and the
/// unit of an official's load, capacity and leave.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, e.g. 2027.
  public let year: Int
  /// The month of the year, 1–12.
  public let month: Int

  /// A month, or nil when `month` is not 1–12 or `year` not 1–9999.
  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// Parses the ISO form `YYYY-MM` (exactly that shape); nil otherwise.
  public init?(iso text: String) {
    var text = text
    guard let month = text.withUTF8({ Month(utf8: UnsafeRawBufferPointer($0)) }) else { return nil }
    self = month
  }

  /// Parses the ISO form `YYYY-MM` from UTF-8 bytes (as SQLite hands a column over); nil otherwise.
  public init?(utf8 bytes: UnsafeRawBufferPointer) {
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
      let year = CivilDate.number(UnsafeRawBufferPointer(rebasing: bytes[0..<4])),
      let month = CivilDate.number(UnsafeRawBufferPointer(rebasing: bytes[5..<7]))
    else { return nil }
    self.init(year: year, month: month)
  }

  /// The ISO form `YYYY-MM`.
  public var iso: String {
    String(unsafeUninitializedCapacity: 7) { text in
      func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
      text[0] = digit(year / 1000)
      text[1] = digit(year / 100)
      text[2] = digit(year / 10)
      text[3] = digit(year)
      text[4] = UInt8(ascii: "-")
      text[5] = digit(month / 10)
      text[6] = digit(month)
      return 7
    }
  }

  /// The Vietnamese display form `MM/YYYY`.
  public var shown: String { "\(CivilDate.padded(month, 2))/\(CivilDate.padded(year, 4))" }

  /// The ISO form.
  public var description: String { iso }

  /// The number of days in the month.
  public var days: Int { CivilDate.daysIn(month: month, year: year) }

  /// The month's first day.
  public var firstDay: CivilDate { CivilDate(dayNumber: CivilDate.dayNumber(year: year, month: month, day: 1)) }

  /// The month's last day.
  public var lastDay: CivilDate { firstDay.adding(days: days - 1) }

  /// The month after this one (January after December).
  public var next: Month {
    month == 12 ? Month(unchecked: year + 1, 1) : Month(unchecked: year, month + 1)
  }

  /// A month known to be valid.
  private init(unchecked year: Int, _ month: Int) {
    self.year = year
    self.month = month
  }

  /// Orders months chronologically.
  public static func < (lhs: Month, rhs: Month) -> Bool {
    lhs.year != rhs.year ? lhs.year < rhs.year : lhs.month < rhs.month
  }
}

extension CivilDate {
  /// The month this date falls in (a duty's period is the month of its nominal due date).
  public var period: Month { Month(unchecked: self) }
}

extension Month {
  /// The month of a date (always valid).
  fileprivate init(unchecked date: CivilDate) {
    self.init(unchecked: date.year, date.month)
  }
}

extension Month: ISOText {
  /// A month `YYYY-MM`, for messages.
  public static let isoForm = (vi: "một tháng dạng YYYY-MM", en: "a month of the form YYYY-MM")
}
