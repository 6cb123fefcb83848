import Foundation
import PlanCore
import Testing

@Suite("Duty titles say their period once: 'Báo cáo CCHC năm 2026', not 'Báo cáo CCHC năm — năm 2026'")
struct DutyTitleTests {
  @Test(
    "an item title ending with the period's word, or listing its quarters, gives that place to the period",
    arguments: [
      ("Báo cáo CCHC năm", "năm 2026", "Báo cáo CCHC năm 2026"),
      ("Kế hoạch chuyển đổi số hằng năm", "năm 2027", "Kế hoạch chuyển đổi số năm 2027"),
      ("Kiểm kê tài sản hàng năm", "năm 2027", "Kiểm kê tài sản năm 2027"),
      ("Báo cáo CCHC quý I và quý III", "quý 1/2027", "Báo cáo CCHC quý 1/2027"),
      ("Báo cáo quý I, quý II và quý IV", "quý 4/2028", "Báo cáo quý 4/2028"),
      ("Giao ban hằng quý", "quý 2/2027", "Giao ban quý 2/2027"),
      ("Báo cáo tháng", "tháng 3/2027", "Báo cáo tháng 3/2027"),
      ("Sơ kết 6 tháng", "6 tháng đầu năm 2027", "Sơ kết 6 tháng đầu năm 2027"),
      ("Báo cáo CCHC 6 tháng", "năm 2026", "Báo cáo CCHC 6 tháng năm 2026"),
      ("Cập nhật, công khai TTHC", "quý 3/2027", "Cập nhật, công khai TTHC — quý 3/2027"),
      ("Báo cáo năm học", "năm 2027", "Báo cáo năm học — năm 2027"),
      ("Rà soát quý I", "năm 2027", "Rà soát quý I — năm 2027"),
      ("Hội nghị tổng kết", "", "Hội nghị tổng kết"),
    ])
  func title(item: String, label: String, expected: String) {
    #expect(Expansion.title(item, label: label) == expected)
  }

  @Test("every title of the plan data over 2026–2030: no period word said twice, every period named once")
  func planTitles() throws {
    let bundle = try #require(Fixtures.bundle)
    let from = try #require(CivilDate(iso: "2026-01-01"))
    let duties = Expansion.duties(of: bundle, from: from, to: try #require(CivilDate(iso: "2030-12-31")))
    #expect(!duties.isEmpty)
    let byID = Dictionary(duties.map { ($0.id.rawValue, $0.title) }) { first, _ in first }
    #expect(byID["0.1@2026"] == "Ban hành kế hoạch CCHC năm 2026")
    #expect(byID["0.11@2027"] == "Kế hoạch chuyển đổi số năm 2027")
    #expect(byID["0.12@2027-Q3"] == "Báo cáo CCHC quý 3/2027")
    #expect(byID["0.13@2028"] == "Báo cáo CCHC 6 tháng năm 2028")
    #expect(byID["0.14@2026"] == "Báo cáo CCHC năm 2026")
    #expect(byID["2.2@2027-Q1"] == "Cập nhật, công khai TTHC — quý 1/2027")
    #expect(byID["0.5@2026-H2"] == "Hội nghị đối thoại của Chủ tịch UBND xã về TTHC — 6 tháng cuối năm 2026")
    for duty in duties {
      let words = duty.title.split(separator: " ").map { $0.lowercased() }
      for word in ["năm", "quý", "tháng"] {
        let twice = zip(words, words.dropFirst().dropFirst()).contains { $0 == word && $1 == word }
        #expect(!twice && !duty.title.contains("\(word) — \(word)"), "\(duty.id): \(duty.title)")
      }
      // The period is named exactly once, at the end.
      guard !duty.id.rawValue.hasSuffix("@once") else { continue }
      let year = String(duty.id.rawValue.split(separator: "@").last?.prefix(4) ?? "")
      #expect(duty.title.hasSuffix(year) && duty.title.components(separatedBy: year).count == 2, "\(duty.title)")
    }
  }
}
