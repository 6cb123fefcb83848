import Foundation
import PlanCore
import PlanData

/// Paths and files of the package the tests read, so the tests check the real data.
enum Fixtures {
  /// The package root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The commune's report, as shipped in `Seeds/`.
  static let reportPath = root.appendingPathComponent("Seeds/bao-cao-so-ket-cchc-2021-2025-xa-ba-trang.txt").path

  /// The report's lines (index 0 is line 1).
  static let reportLines: [String] = {
    let text = (try? String(contentsOfFile: reportPath, encoding: .utf8)) ?? ""
    return text.components(separatedBy: "\n")
  }()

  /// The embedded bundle, which must load without error.
  static let bundle: PlanBundle? = PlanBundle.load(files: EmbeddedData.files).bundle

  /// Runs of whitespace folded to one space, ends trimmed.
  static func foldWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Report lines `first...last` (1-based) joined and whitespace-folded.
  static func reportText(lines first: Int, _ last: Int) -> String {
    guard first >= 1, last <= reportLines.count, first <= last else { return "" }
    return foldWhitespace(reportLines[(first - 1)...(last - 1)].joined(separator: " "))
  }

  /// The embedded files as JSON objects, for tests that break one thing.
  static func jsonFiles() -> [String: Any] {
    EmbeddedData.files.mapValues { (try? JSONSerialization.jsonObject(with: Data($0))) ?? NSNull() }
  }

  /// Serialises edited JSON objects back to file bytes.
  static func bytes(_ files: [String: Any]) -> [String: [UInt8]] {
    files.mapValues { Array((try? JSONSerialization.data(withJSONObject: $0)) ?? Data()) }
  }
}
