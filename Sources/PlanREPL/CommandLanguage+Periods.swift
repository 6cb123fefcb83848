import Foundation
import PlanCommands
import PlanCore

extension CommandLanguage {
  /// A month as people type it — `3/2027`, `03-2027`, `2027-03`, `3` (this year), `thang-nay` /
  /// `this-month` — as the wire's `YYYY-MM`.
  /// - Throws: `PlanError` naming the parameter, the text and the forms it takes.
  static func month(_ text: String, name: String, today: CivilDate) throws -> String {
    let key = VietnameseText.searchKey(text)
    if ["thang-nay", "thang nay", "this-month", "this month"].contains(key) { return today.period.iso }
    let parts = key.split(whereSeparator: { "/-. ".contains($0) }).map(String.init)
    let numbers = parts.compactMap { part in part.allSatisfy(\.isASCII) ? Int(part) : nil }
    var found: Month?
    if numbers.count == parts.count {
      switch (parts.count, parts.first?.count) {
      case (1, 1), (1, 2): found = Month(year: today.year, month: numbers[0])
      case (2, 4): found = parts[1].count <= 2 ? Month(year: numbers[0], month: numbers[1]) : nil
      case (2, _): found = parts[1].count == 4 ? Month(year: numbers[1], month: numbers[0]) : nil
      default: found = nil
      }
    }
    guard let month = found else {
      throw PlanError.invalidParams(
        "\(name): '\(text)' không phải tháng (tháng/năm như 3/2027, hoặc 2027-03).",
        "\(name): '\(text)' is not a month (month/year such as 3/2027, or 2027-03).")
    }
    return month.iso
  }

  /// A quarter as people type it — `Q1/2027`, `q1-2027`, `2027-Q1`, `quy 1/2027`, `Q1` (this
  /// year) — as the wire's `YYYY-Qn`.
  /// - Throws: `PlanError` naming the parameter, the text and the forms it takes.
  static func quarter(_ text: String, name: String, today: CivilDate) throws -> String {
    var key = VietnameseText.searchKey(text)
    for word in ["quy ", "quy"] { key = key.replacingOccurrences(of: word, with: "q") }
    let parts = key.split(whereSeparator: { "/-. ".contains($0) }).map(String.init)
    var number: Int?
    var year = today.year
    var valid = !parts.isEmpty && parts.count <= 2
    for part in parts {
      if part.count == 2, part.hasPrefix("q"), let n = Int(part.dropFirst()), number == nil {
        number = n
      } else if part.count == 4, part.allSatisfy(\.isASCII), let y = Int(part) {
        year = y
      } else {
        valid = false
      }
    }
    guard valid, let number, let quarter = Quarter(year: year, quarter: number) else {
      throw PlanError.invalidParams(
        "\(name): '\(text)' không phải quý (như Q1/2027 hoặc 2027-Q1).",
        "\(name): '\(text)' is not a quarter (such as Q1/2027 or 2027-Q1).")
    }
    return quarter.iso
  }
}
