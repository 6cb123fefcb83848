/// A quarter of a year (`2027-Q1`): three months, the period a chair reviews workload over and
/// the period of a quarterly duty.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, e.g. 2027.
  public let year: Int
  /// The quarter of the year, 1–4.
  public let quarter: Int

  /// A quarter, or nil when `quarter` is not 1–4 or `year` not 1–9999.
  public init?(year: Int, quarter: Int) {
    guard (1...9999).contains(year), (1...4).contains(quarter) else { return nil }
    self.year = year
    self.quarter = quarter
  }

  /// Parses the ISO-like form `YYYY-Qn` (exactly that shape, upper-case Q); nil otherwise.
  public init?(iso text: String) {
    let characters = Array(text)
    guard characters.count == 7, characters[4] == "-", characters[5] == "Q",
      characters[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(String(characters[0..<4])),
      let quarter = Int(String(characters[6]))
    else { return nil }
    self.init(year: year, quarter: quarter)
  }

  /// The quarter a month falls in.
  public init(_ month: Month) {
    year = month.year
    quarter = (month.month - 1) / 3 + 1
  }

  /// The quarter `date` falls in.
  public init(of date: CivilDate) {
    year = date.year
    quarter = (date.month - 1) / 3 + 1
  }

  /// The quarter's first day (1 January, 1 April, 1 July, 1 October).
  public var firstDay: CivilDate { months[0].firstDay }

  /// The quarter's last day (31 March, 30 June, 30 September, 31 December).
  public var lastDay: CivilDate { months[2].lastDay }

  /// The form `YYYY-Qn`, as JSON carries it and quarterly duty ids end.
  public var iso: String { "\(CivilDate.padded(year, 4))-Q\(quarter)" }

  /// The three months of the quarter, in order (the meaning of "Q1": January to March).
  public var months: [Month] {
    (1...3).compactMap { Month(year: year, month: (quarter - 1) * 3 + $0) }
  }

  /// The quarter as people read it: `quý 1/2027` / `Q1 2027`.
  public var shown: (vi: String, en: String) { ("quý \(quarter)/\(year)", "Q\(quarter) \(year)") }

  /// The ISO-like form.
  public var description: String { iso }

  /// Orders quarters chronologically.
  public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
    lhs.year != rhs.year ? lhs.year < rhs.year : lhs.quarter < rhs.quarter
  }
}

extension Quarter: Codable {
  /// Decodes `YYYY-Qn`, refusing anything else.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let quarter = Quarter(iso: text) else {
      throw FieldValueError(
        codingPath: decoder.codingPath, vi: "'\(text)' không phải là một quý dạng YYYY-Qn",
        en: "'\(text)' is not a quarter of the form YYYY-Qn")
    }
    self = quarter
  }

  /// Encodes as `YYYY-Qn`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
