import Foundation
import PlanCore
import PlanData
import Testing

/// One way to break the files, and where the issue must point.
struct Breakage: Sendable, CustomTestStringConvertible {
  var name: String
  var file: String
  var id: String?
  var field: String
  var edit: @Sendable (inout [String: Any]) -> Void

  var testDescription: String { name }
}

/// Helpers to edit a JSON tree in place.
enum Edit {
  /// Applies `change` to the object in array `key` (or the top-level array) whose `id` is `id`.
  static func record(_ files: inout [String: Any], _ file: String, id: String, _ change: (inout [String: Any]) -> Void)
  {
    if var array = files[file] as? [[String: Any]] {
      for i in array.indices where array[i]["id"] as? String == id { change(&array[i]) }
      files[file] = array
    } else if var object = files[file] as? [String: Any], var items = object["items"] as? [[String: Any]] {
      for i in items.indices where items[i]["id"] as? String == id { change(&items[i]) }
      object["items"] = items
      files[file] = object
    }
  }
}

@Suite("Malformed plan and seed files are refused, naming the file, the id and the field")
struct ValidationTests {
  static let area2 = "Plans2026_2030/area-2-tthc.json"

  static let breakages: [Breakage] = [
    Breakage(name: "unknown position", file: "Seeds/officials.json", id: "tu-phap-1", field: "position") {
      Edit.record(&$0, "Seeds/officials.json", id: "tu-phap-1") { $0["position"] = "khong-co" }
    },
    Breakage(name: "duplicate plan item id", file: area2, id: "2.2", field: "id") {
      Edit.record(&$0, area2, id: "2.3a") { $0["id"] = "2.2" }
    },
    Breakage(
      name: "bad recurrence", file: "Plans2026_2030/area-1-the-che.json", id: "1.2", field: "items[1].recurrence.every"
    ) {
      Edit.record(&$0, "Plans2026_2030/area-1-the-che.json", id: "1.2") { $0["recurrence"] = ["every": "weekly"] }
    },
    Breakage(
      name: "yearly item without a month", file: "Plans2026_2030/area-5-tai-chinh.json", id: "5.1",
      field: "recurrence.month"
    ) {
      Edit.record(&$0, "Plans2026_2030/area-5-tai-chinh.json", id: "5.1") {
        $0["recurrence"] = ["every": "year", "day": 31]
      }
    },
    Breakage(name: "30 February", file: "Plans2026_2030/area-5-tai-chinh.json", id: "5.2", field: "recurrence.day") {
      Edit.record(&$0, "Plans2026_2030/area-5-tai-chinh.json", id: "5.2") {
        $0["recurrence"] = ["every": "year", "month": 2, "day": 30]
      }
    },
    Breakage(name: "impossible calendar date", file: "Seeds/calendar.json", id: nil, field: "days[0].date") {
      guard var calendar = $0["Seeds/calendar.json"] as? [String: Any], var days = calendar["days"] as? [[String: Any]]
      else { return }
      days[0]["date"] = "2026-02-30"
      calendar["days"] = days
      $0["Seeds/calendar.json"] = calendar
    },
    Breakage(
      name: "lead position nobody holds", file: "Plans2026_2030/area-5-tai-chinh.json", id: "5.1",
      field: "leadPositions"
    ) {
      for id in ["dia-chinh-1", "tai-chinh-1"] {
        Edit.record(&$0, "Seeds/officials.json", id: id) { $0["active"] = false }
      }
    },
    Breakage(name: "Party post as lead", file: area2, id: "2.2", field: "leadPositions") {
      Edit.record(&$0, area2, id: "2.2") { $0["leadPositions"] = ["mttq"] }
    },
    Breakage(name: "text not in the sentence", file: area2, id: "2.2", field: "text") {
      Edit.record(&$0, area2, id: "2.2") { $0["text"] = "Cập nhật thủ tục hành chính" }
    },
    Breakage(name: "wrong type", file: "Plans2026_2030/area-6-cqs.json", id: "6.2", field: "items[1].effort") {
      Edit.record(&$0, "Plans2026_2030/area-6-cqs.json", id: "6.2") { $0["effort"] = "bốn" }
    },
    Breakage(name: "negative capacity", file: "Seeds/officials.json", id: "van-hoa-1", field: "capacity") {
      Edit.record(&$0, "Seeds/officials.json", id: "van-hoa-1") { $0["capacity"] = -4 }
    },
    Breakage(name: "unknown skill", file: area2, id: "2.2", field: "skills") {
      Edit.record(&$0, area2, id: "2.2") { $0["skills"] = ["bay-luon"] }
    },
    Breakage(name: "unknown baseline key", file: "Plans2026_2030/indicators.json", id: "hai-long", field: "baseline") {
      Edit.record(&$0, "Plans2026_2030/indicators.json", id: "hai-long") { $0["baseline"] = ["khong.co"] }
    },
    Breakage(
      name: "unknown responsible position", file: "Plans2026_2030/indicators.json", id: "hai-long",
      field: "responsiblePosition"
    ) {
      Edit.record(&$0, "Plans2026_2030/indicators.json", id: "hai-long") { $0["responsiblePosition"] = "khong-co" }
    },
    Breakage(name: "min above max", file: "Plans2026_2030/indicators.json", id: "hai-long", field: "min") {
      Edit.record(&$0, "Plans2026_2030/indicators.json", id: "hai-long") {
        $0["min"] = 80
        $0["max"] = 20
      }
    },
    Breakage(name: "percentage above 100", file: "Plans2026_2030/indicators.json", id: "hai-long", field: "max") {
      Edit.record(&$0, "Plans2026_2030/indicators.json", id: "hai-long") { $0["max"] = 120 }
    },
    Breakage(name: "item id outside its area", file: area2, id: "3.9", field: "id") {
      Edit.record(&$0, area2, id: "2.2") { $0["id"] = "3.9" }
    },
    Breakage(name: "missing required field", file: "Seeds/officials.json", id: "van-phong-1", field: "[11].role") {
      Edit.record(&$0, "Seeds/officials.json", id: "van-phong-1") { $0.removeValue(forKey: "role") }
    },
  ]

  @Test("each breakage is refused with its file, id and field", arguments: breakages)
  func refused(_ breakage: Breakage) throws {
    var files = Fixtures.jsonFiles()
    breakage.edit(&files)
    let result = PlanBundle.load(files: Fixtures.bytes(files))
    #expect(result.bundle == nil)
    let match = result.errors.first {
      $0.file == breakage.file && $0.field == breakage.field && (breakage.id == nil || $0.id == breakage.id)
    }
    #expect(match != nil, "expected \(breakage.file) \(breakage.id ?? "-") \(breakage.field); got \(result.errors)")
    for error in result.errors {
      #expect(!error.vi.isEmpty && !error.en.isEmpty && error.vi != error.en)
    }
  }

  @Test("every broken record of a file is reported, not only the first, in words a person can act on")
  func everyBrokenRecord() {
    var files = Fixtures.jsonFiles()
    let area1 = "Plans2026_2030/area-1-the-che.json"
    Edit.record(&files, area1, id: "1.2") { $0["recurrence"] = ["every": "weekly"] }
    Edit.record(&files, area1, id: "1.3") { $0["effort"] = "bốn" }
    Edit.record(&files, area1, id: "1.4") { $0["kind"] = "nhiem-vu" }
    Edit.record(&files, "Seeds/officials.json", id: "van-hoa-1") { $0["role"] = "admin" }
    Edit.record(&files, "Seeds/officials.json", id: "van-hoa-2") { $0["skills"] = "cntt" }
    let errors = PlanBundle.load(files: Fixtures.bytes(files)).errors
    #expect(Set(errors.compactMap(\.id)) == ["1.2", "1.3", "1.4", "van-hoa-1", "van-hoa-2"], "\(errors)")
    let every = errors.first { $0.id == "1.2" }
    #expect(every?.field == "items[1].recurrence.every")
    #expect(every?.vi.contains("'weekly'") == true && every?.vi.contains("half-year") == true)
    #expect(errors.first { $0.id == "1.3" }?.vi.contains("số nguyên") == true)
    #expect(errors.first { $0.id == "van-hoa-1" }?.en.contains("viewer, official, chair") == true)
    for error in errors {
      #expect(!error.vi.contains("Swift") && !error.vi.contains("Cannot initialize"), "\(error)")
    }
  }

  @Test("the unedited files load without any issue")
  func cleanFilesLoad() {
    let result = PlanBundle.load(files: Fixtures.bytes(Fixtures.jsonFiles()))
    #expect(result.bundle != nil)
    #expect(result.issues.isEmpty, "\(result.issues)")
  }

  @Test("invalid UTF-8, invalid JSON and a missing file are refused by name")
  func unreadableFiles() {
    var files = EmbeddedData.files
    files["Seeds/unit.json"] = Array(#"{"id": "ba-trang", "name": "Ba \#u{1}"#.utf8) + [0xFF, 0xFE] + Array("\"}".utf8)
    files["Seeds/skills.json"] = Array("[{\"id\": \"cntt\",".utf8)
    files.removeValue(forKey: "Plans2026_2030/indicators.json")
    let errors = PlanBundle.load(files: files).errors
    #expect(errors.contains { $0.file == "Seeds/unit.json" && $0.en.contains("UTF-8") })
    #expect(errors.contains { $0.file == "Seeds/skills.json" && $0.en.contains("JSON") })
    #expect(errors.contains { $0.file == "Plans2026_2030/indicators.json" && $0.en.contains("missing") })
  }

  @Test("decomposed (NFD) text in a file loads as NFC")
  func nfdLoadsAsNFC() throws {
    var files = Fixtures.jsonFiles()
    Edit.record(&files, "Seeds/officials.json", id: "chu-tich") {
      $0["name"] = "Phạm Văn Thích".decomposedStringWithCanonicalMapping
    }
    let bundle = try #require(PlanBundle.load(files: Fixtures.bytes(files)).bundle)
    let chair = try #require(bundle.officials.first { $0.id == "chu-tich" })
    #expect(Array(chair.name.unicodeScalars) == Array("Phạm Văn Thích".unicodeScalars))
  }

  @Test(
    "plan item ids",
    arguments: [
      ("2.3", 2, true), ("2.1a", 2, true), ("0.12", 0, true), ("2.1A", 2, false),
      ("2.", 2, false), ("2.01", 2, false), ("3.1", 2, false), ("2.1ab", 2, false), ("2.0", 2, false),
    ])
  func planItemIDs(id: String, area: Int, valid: Bool) {
    #expect(PlanBundle.isPlanItemID(id, area: area) == valid)
  }
}
