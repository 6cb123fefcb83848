import PlanCommands
import PlanCore

/// A record shown in full in the shell: its labelled lines, then each section as an aligned table.
enum DetailTables {
  /// `detail` as text, its tables cut to `width` columns (nil: no limit).
  static func render(_ detail: DetailText, _ language: Language, width: Int?) -> String {
    var lines = [detail.heading.visible] + detail.fieldLines
    for section in detail.sections {
      let table = Table(
        columns: section.columns.map { Table.Column(header: Bilingual($0.header, $0.header), right: $0.right) },
        rows: section.rows, empty: Bilingual(section.empty, section.empty))
      lines += ["", section.title, table.render(language, width: width)]
    }
    if !detail.notes.isEmpty { lines += [""] + detail.notes.map(\.visible) }
    return lines.joined(separator: "\n")
  }
}
