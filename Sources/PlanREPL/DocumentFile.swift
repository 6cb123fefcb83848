import Foundation
import PlanCommands
import PlanCore

/// A document (`reports generate … --output FILE`) written whole to a file: never over an
/// existing file unless `--force`, never half-written (a temporary file renamed into place).
enum DocumentFile {
  /// Writes `result` in `format` to `path`, then says so with `say`.
  /// - Throws: `PlanError` naming the file that exists (without `force`) or cannot be written.
  static func write(
    _ result: any Encodable & Sendable & TextRendering, _ format: OutputFormat, to path: String, force: Bool,
    language: Language, say: (String) -> Void
  ) throws {
    let text: String
    switch format {
    case .json: text = String(decoding: try CommandTable.json(of: result), as: UTF8.self) + "\n"
    case .md:
      guard let markdown = result as? any MarkdownRendering else { throw PlanError.internal("no markdown") }
      text = markdown.renderMarkdown(language)
    case .table, .csv: text = result.renderText(language)
    }
    let file = try ExportFile(path: path, force: force)
    file.write(text)
    do { try file.commit() } catch {
      file.abandon()
      throw error
    }
    say(Bilingual("Đã ghi báo cáo vào \(path).", "Wrote the report to \(path).").text(language).visible)
  }
}
