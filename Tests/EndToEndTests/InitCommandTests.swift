import Foundation
import Testing

/// The tables `init` fills from the plan and roster files (no timestamps, so two loads dump alike).
let planAndRosterTables = [
  "plan_items", "plan_item_positions", "plan_item_skills", "plan_item_indicators", "officials", "official_skills",
  "positions", "skills", "areas", "indicators", "indicator_targets", "indicator_baselines", "baseline_figures",
  "calendar", "calendar_days", "unit",
]

/// One way to break the data files, and the issue `init` must report for it.
struct MalformedCase: Sendable, CustomTestStringConvertible {
  /// Short name shown in the test report.
  var name: String
  /// The breakage, applied to the sandbox's copied `Seeds/` and `Plans2026_2030/`.
  var edit: @Sendable (Sandbox) throws -> Void
  /// The file the issue must name, e.g. `Seeds/officials.json`.
  var file: String
  /// The record id the issue must name, if any.
  var id: String?
  /// Text the issue's field must contain, if any.
  var field: String?
  /// Text the issue's message must contain, if any.
  var message: String?

  /// The name, for the test report.
  var testDescription: String { name }
}

/// Sets `key` to `value` in the array element whose `match.key` equals `match.value`.
func setField(_ key: String, to value: Any, where match: (key: String, value: String), in items: inout [Any]) throws {
  let index = try #require(
    items.firstIndex { ($0 as? [String: Any])?[match.key] as? String == match.value }, "no record \(match)")
  var record = try #require(items[index] as? [String: Any])
  record[key] = value
  items[index] = record
}

/// Edits the `items` of an area file.
func editItems(_ sandbox: Sandbox, _ file: String, _ change: (inout [Any]) throws -> Void) throws {
  try sandbox.editJSON(file) { value in
    var area = try #require(value as? [String: Any])
    var items = try #require(area["items"] as? [Any])
    try change(&items)
    area["items"] = items
    value = area
  }
}

/// Edits the top-level array of a seed file.
func editArray(_ sandbox: Sandbox, _ file: String, _ change: (inout [Any]) throws -> Void) throws {
  try sandbox.editJSON(file) { value in
    var records = try #require(value as? [Any])
    try change(&records)
    value = records
  }
}

/// The breakages of the brief: one per rule, each with the file, id and field it must be reported under.
let malformedCases: [MalformedCase] = [
  MalformedCase(
    name: "unknown position",
    edit: {
      try editArray($0, "Seeds/officials.json") {
        try setField("position", to: "khong-co", where: ("id", "tu-phap-1"), in: &$0)
      }
    },
    file: "Seeds/officials.json", id: "tu-phap-1", field: "position", message: "khong-co"),
  MalformedCase(
    name: "duplicate plan item id",
    edit: {
      try editItems($0, "Plans2026_2030/area-2-tthc.json") {
        try setField("id", to: "2.2", where: ("id", "2.3a"), in: &$0)
      }
    },
    file: "Plans2026_2030/area-2-tthc.json", id: "2.2", field: "id"),
  MalformedCase(
    name: "bad recurrence",
    edit: {
      try editItems($0, "Plans2026_2030/area-1-the-che.json") {
        try setField("recurrence", to: ["every": "weekly"], where: ("id", "1.2"), in: &$0)
      }
    },
    file: "Plans2026_2030/area-1-the-che.json", id: "1.2", field: "recurrence"),
  MalformedCase(
    name: "impossible date",
    edit: {
      try $0.editJSON("Seeds/calendar.json") { value in
        var calendar = try #require(value as? [String: Any])
        var days = try #require(calendar["days"] as? [[String: Any]])
        days[0]["date"] = "2026-02-30"
        calendar["days"] = days
        value = calendar
      }
    },
    file: "Seeds/calendar.json", field: "date"),
  MalformedCase(
    name: "lead position nobody holds",
    edit: {
      try editArray($0, "Seeds/officials.json") { officials in
        for id in ["dia-chinh-1", "tai-chinh-1"] {
          try setField("active", to: false, where: ("id", id), in: &officials)
        }
      }
    },
    file: "Plans2026_2030/area-5-tai-chinh.json", id: "5.1", field: "leadPositions", message: "kinh-te"),
  MalformedCase(
    name: "invalid UTF-8",
    edit: {
      try $0.editBytes("Seeds/unit.json") { bytes in
        let name = Array("Ba Trang".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: name) }, "no 'Ba Trang' in unit.json")
        bytes.insert(contentsOf: [0xFF, 0xFE], at: start + 3)
      }
    },
    file: "Seeds/unit.json", message: "UTF-8"),
  MalformedCase(
    name: "wrong type",
    edit: {
      try editItems($0, "Plans2026_2030/area-6-cqs.json") {
        try setField("effort", to: "bốn", where: ("id", "6.2"), in: &$0)
      }
    },
    file: "Plans2026_2030/area-6-cqs.json", id: "6.2", field: "effort"),
]

/// Whether stderr has a `Data error: file, id …, field …: message` line matching the expectation.
func reports(_ stderr: String, _ expected: MalformedCase) -> Bool {
  stderr.split(separator: "\n").contains { line in
    guard let start = line.range(of: "Data error: "), let end = line[start.upperBound...].range(of: ": ") else {
      return false
    }
    let location = line[start.upperBound..<end.lowerBound].components(separatedBy: ", ")
    let message = line[end.upperBound...]
    return location.first == expected.file
      && (expected.id.map { location.contains("id \($0)") } ?? true)
      && (expected.field.map { field in location.contains { $0.hasPrefix("field ") && $0.contains(field) } } ?? true)
      && (expected.message.map { message.contains($0) } ?? true)
  }
}

/// The whole contents of a file, or nil when it does not exist.
func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

@Suite("cchc init and first-run database creation, end to end")
struct InitCommandTests {
  @Test("init on a new path loads 21 officials and 44 plan items")
  func initNewDatabase() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let result = try sandbox.cchc(["init", "--db", db])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("21 cán bộ, công chức"))
    #expect(result.stdout.contains("44 nhiệm vụ, giải pháp"))
    #expect(!result.stdout.contains("officials"), "one language at a time")
    let english = try sandbox.cchc(["init", "--db", sandbox.path("en.sqlite"), "--lang", "en"])
    #expect(english.stdout.contains("21 officials") && english.stdout.contains("44 plan items"))
    #expect(!english.stdout.contains("cán bộ"))
    #expect(result.stdout.hasPrefix("Đã nạp vào \(db)"))
    #expect(english.stdout.hasPrefix("Loaded into \(sandbox.path("en.sqlite"))"))
    #expect(try sandbox.count(db, "officials") == 21)
    #expect(try sandbox.count(db, "plan_items") == 44)
    #expect(try sandbox.count(db, "areas") == 7)
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
    #expect(try sandbox.sqlite(db, "SELECT action FROM audit") == "init")
  }

  @Test("a second init without --force is refused and writes nothing")
  func secondInitRefused() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    try #require(try sandbox.cchc(["init", "--db", db]).status == 0)
    let before = try planAndRosterTables.map { try sandbox.dump(db, $0) }

    let result = try sandbox.cchc(["init", "--db", db])
    #expect(result.status == 1)
    #expect(result.stderr.contains("--force"))
    #expect(result.stdout.isEmpty, "no summary on refusal: \(result.stdout)")
    #expect(try sandbox.count(db, "audit") == 1)
    #expect(try planAndRosterTables.map { try sandbox.dump(db, $0) } == before)
    #expect(!sandbox.siblings(of: db).contains { $0.contains(".bak-") }, "no backup without --force")
  }

  @Test("init --force backs up, then reloads to the same tables")
  func forceBacksUpAndReloads() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    try #require(try sandbox.cchc(["init", "--db", db]).status == 0)
    let fresh = try planAndRosterTables.map { try sandbox.dump(db, $0) }
    for (table, rows) in zip(planAndRosterTables, fresh) { #expect(rows.hasPrefix("[{"), "\(table) is empty") }

    let first = try sandbox.cchc(["init", "--db", db, "--force"])
    #expect(first.status == 0, "stderr: \(first.stderr)")
    let afterFirst = Date()
    let second = try sandbox.cchc(["init", "--db", db, "--force"])
    #expect(second.status == 0, "stderr: \(second.stderr)")

    let backups = sandbox.siblings(of: db).filter { $0.hasPrefix("c.sqlite.bak-") }
    #expect(backups.count == 2, "one backup per --force: \(backups)")
    for name in backups {
      #expect(name.dropFirst("c.sqlite.bak-".count).wholeMatch(of: /\d{8}-\d{6}(-\d+)?/) != nil, "\(name)")
    }
    let stamped = try #require(
      backups.first { $0.dropFirst("c.sqlite.bak-".count).wholeMatch(of: /\d{8}-\d{6}/) != nil },
      "no <db>.bak-YYYYMMDD-HHMMSS in \(backups)")
    #expect(first.stdout.contains(sandbox.path(stamped)), "the first run names its backup")

    // The stamp is Vietnam time (UTC+7), taken just now.
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let taken = try #require(formatter.date(from: String(stamped.dropFirst("c.sqlite.bak-".count))))
    #expect(abs(taken.timeIntervalSince(afterFirst)) < 120, "backup stamp \(stamped) vs now \(afterFirst)")

    // The first backup is the database as `init` left it.
    let backup = sandbox.path(stamped)
    #expect(try sandbox.sqlite(backup, "PRAGMA integrity_check") == "ok")
    #expect(try sandbox.count(backup, "plan_items") == 44)
    #expect(try sandbox.sqlite(backup, "SELECT group_concat(action, ',') FROM audit") == "init")

    #expect(
      try sandbox.sqlite(db, "SELECT group_concat(action, ',') FROM (SELECT action FROM audit ORDER BY id)")
        == "init,init.force,init.force")
    let reloaded = try planAndRosterTables.map { try sandbox.dump(db, $0) }
    for (table, (a, b)) in zip(planAndRosterTables, zip(fresh, reloaded)) {
      #expect(a == b, "table \(table) differs after two init --force")
    }
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
  }

  @Test("copied data folders given with --seeds/--plans load (control for the malformed cases)")
  func copiedFoldersLoad() throws {
    let sandbox = try Sandbox()
    let (seeds, plans) = try sandbox.copyData()
    // The same JSON round trip the malformed cases use, without any change.
    for folder in ["Seeds", "Plans2026_2030"] {
      for name in try FileManager.default.contentsOfDirectory(atPath: sandbox.path(folder))
      where name.hasSuffix(".json") {
        try sandbox.editJSON("\(folder)/\(name)") { _ in }
      }
    }
    let db = sandbox.path("c.sqlite")
    let result = try sandbox.cchc(["init", "--db", db, "--seeds", seeds, "--plans", plans, "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(try sandbox.count(db, "plan_items") == 44)
    #expect(try sandbox.count(db, "officials") == 21)
  }

  @Test("malformed data is refused, every issue named, nothing written", arguments: malformedCases)
  func malformedDataRefused(_ broken: MalformedCase) throws {
    let sandbox = try Sandbox()
    let (seeds, plans) = try sandbox.copyData()
    try broken.edit(sandbox)
    let db = sandbox.path("out/new.sqlite")

    let result = try sandbox.cchc(["init", "--db", db, "--seeds", seeds, "--plans", plans, "--lang", "en"])
    #expect(result.status == 1)
    #expect(
      reports(result.stderr, broken),
      "expected \(broken.file), id \(broken.id ?? "-"), field \(broken.field ?? "-") in:\n\(result.stderr)")
    #expect(result.stderr.contains("nothing was written"))
    #expect(result.stdout.isEmpty, "no summary: \(result.stdout)")
    #expect(!exists(db), "the database file must not be created")
    #expect(!exists(sandbox.path("out")), "not even its folder")
  }

  @Test("init --force with malformed data leaves an existing database untouched and makes no backup")
  func forceWithMalformedDataKeepsDatabase() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    try #require(try sandbox.cchc(["init", "--db", db]).status == 0)
    let tables = planAndRosterTables + ["audit", "meta"]
    let before = try tables.map { try sandbox.dump(db, $0) }
    let (seeds, plans) = try sandbox.copyData()
    let broken = try #require(malformedCases.first)
    try broken.edit(sandbox)
    let files = sandbox.siblings(of: db)
    let fileBytes = bytes(db)

    let result = try sandbox.cchc(["init", "--db", db, "--force", "--seeds", seeds, "--plans", plans, "--lang", "en"])
    #expect(result.status == 1)
    #expect(reports(result.stderr, broken), "\(result.stderr)")
    #expect(sandbox.siblings(of: db) == files, "no backup, no -wal/-shm left behind")
    #expect(bytes(db) == fileBytes, "database file changed byte for byte")
    #expect(try tables.map { try sandbox.dump(db, $0) } == before)
  }

  @Test(
    "an option that is not a folder is refused before any database is created",
    arguments: ["--plans", "--seeds"], ["a regular file", "a missing path"])
  func optionNotAFolder(_ option: String, _ kind: String) throws {
    let sandbox = try Sandbox()
    let target = sandbox.path("not-a-folder")
    if kind == "a regular file" { try Data("{}".utf8).write(to: URL(fileURLWithPath: target)) }
    let db = sandbox.path("out/c.sqlite")

    let result = try sandbox.cchc(["init", "--db", db, option, target])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(option) \(target) không phải là thư mục"), "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(!exists(db))
    #expect(!exists(sandbox.path("out")))
  }

  @Test("six cchc status started together create the database exactly once")
  func concurrentAutoCreate() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("c.sqlite")
    let running = try (1...6).map { _ in try sandbox.start(["status", "--db", db]) }
    let results = try running.map { try $0.wait() }

    for (index, result) in results.enumerated() {
      #expect(result.status == 0, "process \(index): \(result.stderr)")
      #expect(
        result.stdout.contains("21 cán bộ, công chức · 7 lĩnh vực · 44 nhiệm vụ, giải pháp"),
        "process \(index): \(result.stdout)")
    }
    #expect(results.filter { $0.stderr.contains("Đã tạo cơ sở dữ liệu mới") }.count == 1)
    #expect(try sandbox.count(db, "audit", where: "action = 'init'") == 1)
    #expect(try sandbox.count(db, "audit") == 1)
    #expect(try sandbox.count(db, "officials") == 21)
    #expect(try sandbox.sqlite(db, "PRAGMA integrity_check") == "ok")
  }

  @Test(
    "cchc without arguments (stdin not a terminal: an empty script) creates $CCHC_DB in its folder, which must exist")
  func noArgumentsUsesEnvironment() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("x/y/c.sqlite")
    // An explicit path names a file, not folders to create: a mistyped one creates nothing anywhere.
    let refused = try sandbox.cchc([], environment: ["CCHC_DB": db])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("không có thư mục \(sandbox.path("x/y"))"), "\(refused.stderr)")
    #expect(!exists(sandbox.path("x")))
    try FileManager.default.createDirectory(atPath: sandbox.path("x/y"), withIntermediateDirectories: true)
    let result = try sandbox.cchc([], environment: ["CCHC_DB": db])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(exists(db))
    #expect(result.stdout.isEmpty, "an empty script prints nothing: \(result.stdout)")
    #expect(try sandbox.count(db, "officials") == 21)
    #expect(!exists(sandbox.path("home/.local/share/cchc/cchc.sqlite")))
    let status = try sandbox.cchc(["status"], environment: ["CCHC_DB": db])
    #expect(status.stdout.contains("Ba Trang") && status.stdout.contains("Cơ sở dữ liệu: \(db)"))
  }

  @Test(
    "database path: --db, else $CCHC_DB, else $XDG_DATA_HOME, else $HOME",
    arguments: [
      (["--db", "flag.sqlite"], ["CCHC_DB": "env.sqlite", "XDG_DATA_HOME": "xdg"], "flag.sqlite"),
      ([], ["CCHC_DB": "env.sqlite", "XDG_DATA_HOME": "xdg"], "env.sqlite"),
      ([], ["CCHC_DB": "", "XDG_DATA_HOME": "xdg"], "xdg/cchc/cchc.sqlite"),
      ([], ["XDG_DATA_HOME": ""], "home/.local/share/cchc/cchc.sqlite"),
    ])
  func databasePathResolution(_ arguments: [String], _ environment: [String: String], _ expected: String) throws {
    let sandbox = try Sandbox()
    func absolute(_ value: String) -> String { value.isEmpty || value.hasPrefix("-") ? value : sandbox.path(value) }
    let result = try sandbox.cchc(
      ["status"] + arguments.map(absolute), environment: environment.mapValues(absolute))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Cơ sở dữ liệu: \(sandbox.path(expected))"), "\(result.stdout)")
    let created =
      FileManager.default.enumerator(atPath: sandbox.root.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".sqlite") } ?? []
    #expect(created == [expected])
  }

  @Test("Vietnamese names are stored in NFC, even from NFD seed files")
  func namesStoredInNFC() throws {
    let chair = "Phạm Văn Thích".precomposedStringWithCanonicalMapping
    let decomposed = chair.decomposedStringWithCanonicalMapping
    try #require(Array(decomposed.utf8) != Array(chair.utf8), "the NFD form must differ in bytes")
    let nfcHex = chair.utf8.map { String(format: "%02X", $0) }.joined()
    let query = "SELECT hex(name) FROM officials WHERE id = 'chu-tich'"

    let sandbox = try Sandbox()
    let embedded = sandbox.path("embedded.sqlite")
    try #require(try sandbox.cchc(["init", "--db", embedded]).status == 0)
    #expect(try sandbox.sqlite(embedded, query) == nfcHex)
    #expect(
      try sandbox.sqlite(embedded, "SELECT name FROM officials WHERE id = 'chu-tich'").unicodeScalars
        .elementsEqual(chair.unicodeScalars))

    let (seeds, plans) = try sandbox.copyData()
    let officials = sandbox.path("Seeds/officials.json")
    let text = try String(contentsOfFile: officials, encoding: .utf8)
    try #require(text.utf8.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8), "seed file starts in NFC")
    let edited = text.replacingOccurrences(of: "\"\(chair)\"", with: "\"\(decomposed)\"", options: .literal)
    try #require(!edited.utf8.elementsEqual(text.utf8), "the chair's name was not found in officials.json")
    try Data(edited.utf8).write(to: URL(fileURLWithPath: officials))

    let loaded = sandbox.path("nfd.sqlite")
    let result = try sandbox.cchc(["init", "--db", loaded, "--seeds", seeds, "--plans", plans, "--lang", "en"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(try sandbox.sqlite(loaded, query) == nfcHex)
  }
}
