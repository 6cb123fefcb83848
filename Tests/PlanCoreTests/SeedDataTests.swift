import Foundation
import PlanCore
import PlanData
import Testing

@Suite("Part One figures in Seeds/baseline.json")
struct BaselineTests {
  /// The Part One figures of the domain brief (§3): key, value as the report prints it.
  static let expected: [(key: String, value: Double)] = [
    ("tthc.hoSo.tong", 2561), ("tthc.hoSo.trucTuyen", 1667), ("tthc.hoSo.trucTuyen.tyLe", 65.09),
    ("tthc.hoSo.khongPhuThuocDiaGioi", 135), ("tthc.hoSo.khongPhuThuocDiaGioi.tyLe", 5.2), ("tthc.hoSo.bcci", 0),
    ("tthc.phanAnhKienNghi", 0), ("dvctt.tong", 100), ("dvctt.motPhan", 77), ("dvctt.toanTrinh", 33),
    ("dvctt.mucDo34.tyLe", 80), ("haiLong.tyLe", 100), ("haiLong.tyLe.khoang.thap", 90),
    ("haiLong.tyLe.khoang.cao", 100), ("doiThoai.hoiNghi.toiThieu", 2), ("tthc.chiPhiTuanThu.catGiam.mucTieu", 10),
    ("hoSo.soHoaThanhPhan.tyLe.giaiDoan", 71.23), ("hoSo.soHoaKetQua.tyLe.giaiDoan", 69.24),
    ("hoSo.soHoaThanhPhan.tyLe.2025", 100), ("hoSo.soHoaKetQua.tyLe.2025", 100),
    ("tthc.hoSo.nhapPhanMemMotCua.tyLe", 100), ("vanBanDienTu.tyLe", 100), ("canBoCongChuc.dinhBien", 21),
    ("canBo.hienCo", 10), ("congChuc.hienCo", 10), ("canBo.thieu", 1), ("trinhDo.daiHoc", 19),
    ("trinhDo.thacSy", 2), ("trinhDo.caoDang", 1), ("llct.soCap", 3), ("llct.trungCap", 17),
    ("motCua.mayTinh", 3), ("motCua.mayIn", 1), ("motCua.mayScan", 1), ("motCua.thieu.mayTinh", 2),
    ("motCua.thieu.mayIn", 1), ("motCua.nhanSu", 5), ("kyLuat.canBoCongChuc", 0), ("sangKien.cchc", 0),
  ]

  @Test("every Part One figure of the domain brief is there with the report's value")
  func everyFigure() throws {
    let bundle = try #require(Fixtures.bundle)
    let byKey = Dictionary(bundle.baseline.map { ($0.key, $0) }) { a, _ in a }
    for (key, value) in Self.expected {
      let figure = try #require(byKey[key], "missing \(key)")
      #expect(figure.value == value, "\(key)")
    }
  }

  @Test("every figure is printed on the report line it names, as its text says")
  func printedOnItsLine() throws {
    let bundle = try #require(Fixtures.bundle)
    for figure in bundle.baseline {
      try #require(figure.line >= 1 && figure.line <= Fixtures.reportLines.count, "\(figure.key)")
      #expect(
        Fixtures.reportLines[figure.line - 1].contains(figure.text),
        "\(figure.key): '\(figure.text)' not on line \(figure.line)")
    }
  }

  @Test("the report's inconsistencies are kept and noted, never fixed")
  func inconsistenciesNoted() throws {
    let bundle = try #require(Fixtures.bundle)
    let byKey = Dictionary(bundle.baseline.map { ($0.key, $0) }) { a, _ in a }
    let total = try #require(byKey["dvctt.tong"])
    let partial = try #require(byKey["dvctt.motPhan"])
    let full = try #require(byKey["dvctt.toanTrinh"])
    #expect(total.value == 100 && partial.value + full.value == 110)
    #expect(total.note?.contains("110") == true)
    let rate = try #require(byKey["tthc.hoSo.khongPhuThuocDiaGioi.tyLe"])
    #expect(rate.value == 5.2 && rate.note?.contains("5,27") == true)
    let satisfaction = try #require(byKey["haiLong.tyLe"])
    #expect(satisfaction.value == 100 && satisfaction.note?.contains("90") == true)
  }

  @Test("indicators reference baseline figures by key, and an unverified target is null with 'chưa xác định'")
  func indicators() throws {
    let bundle = try #require(Fixtures.bundle)
    let keys = Set(bundle.baseline.map(\.key))
    #expect(bundle.indicators.count >= 7)
    for indicator in bundle.indicators {
      #expect(!indicator.baseline.isEmpty && indicator.baseline.allSatisfy(keys.contains), "\(indicator.id)")
      #expect(indicator.targets.map(\.year) == Array(2026...2030), "\(indicator.id)")
      for target in indicator.targets where target.value == nil {
        #expect(target.source == "chưa xác định", "\(indicator.id) \(target.year)")
      }
      for target in indicator.targets where target.value != nil {
        #expect(target.source != "chưa xác định" && !target.source.isEmpty, "\(indicator.id) \(target.year)")
      }
    }
    let ids = Set(bundle.indicators.map(\.id))
    for needed in [
      "ho-so-truc-tuyen", "so-hoa-thanh-phan", "so-hoa-ket-qua", "hai-long", "dvc-muc-do-3-4",
      "van-ban-dien-tu", "chi-phi-tuan-thu",
    ] {
      #expect(ids.contains(needed), "missing indicator \(needed)")
    }
  }
}

@Suite("The roster and positions in Seeds/")
struct RosterTests {
  @Test("21 posts: 10 cán bộ and 10 công chức at work, one cán bộ post vacant; the chair by name")
  func counts() throws {
    let bundle = try #require(Fixtures.bundle)
    let officials = bundle.officials
    #expect(officials.count == 21)
    #expect(officials.filter { $0.kind == .canBo && $0.active }.count == 10)
    #expect(officials.filter { $0.kind == .congChuc && $0.active }.count == 10)
    let vacant = officials.filter { $0.vacant == true }
    #expect(vacant.count == 1 && vacant.allSatisfy { !$0.active && $0.kind == .canBo })
    let chair = try #require(officials.first { $0.id == "chu-tich" })
    #expect(chair.name == "Phạm Văn Thích" && chair.role == .chair && chair.position == "chu-tich")
    #expect(Set(officials.map(\.id)).count == 21)
  }

  @Test("capacity defaults to 16 hours a month for everyone (README: never tuned for a test)")
  func capacity() throws {
    let bundle = try #require(Fixtures.bundle)
    #expect(bundle.officials.allSatisfy { $0.capacity == 16 })
  }

  @Test("the post-1/7/2025 positions exist, each mapped from the titles the report uses")
  func positions() throws {
    let bundle = try #require(Fixtures.bundle)
    let byID = Dictionary(bundle.positions.map { ($0.id, $0) }) { a, _ in a }
    for id in ["chu-tich", "pho-chu-tich", "van-phong", "kinh-te", "van-hoa-xa-hoi", "ttpvhcc"] {
      let position = try #require(byID[id], "missing \(id)")
      #expect(!position.legacyTitles.isEmpty)
      #expect(position.canLead)
    }
    #expect(byID["van-phong"]?.name == "Văn phòng HĐND và UBND")
    #expect(byID["ttpvhcc"]?.name == "Trung tâm phục vụ hành chính công")
    for official in bundle.officials {
      let position = try #require(byID[official.position], "\(official.id)")
      let titleKnown = position.legacyTitles.contains(official.legacyTitle)
      #expect(titleKnown, "\(official.id): legacy title \(official.legacyTitle) not mapped by \(position.id)")
    }
  }

  @Test("plan items name only positions some active official holds; Party and mass posts only coordinate")
  func planPositionsAreHeld() throws {
    let bundle = try #require(Fixtures.bundle)
    let held = Set(bundle.officials.filter(\.active).map(\.position))
    let partyAndMass = Set(bundle.positions.filter { $0.group == .partyAndMass }.map(\.id))
    for item in bundle.planItems {
      #expect(!item.leadPositions.isEmpty, "\(item.id)")
      for position in item.leadPositions + item.coordinatorPositions {
        #expect(held.contains(position), "\(item.id): nobody holds \(position)")
      }
      #expect(partyAndMass.isDisjoint(with: item.leadPositions), "\(item.id) is led by a Party or mass post")
    }
  }

  @Test("every plan item has at least one active holder of a lead position with all its skills")
  func everyItemHasAQualifiedLead() throws {
    let bundle = try #require(Fixtures.bundle)
    for item in bundle.planItems {
      let qualified = bundle.officials.filter {
        $0.active && item.leadPositions.contains($0.position) && item.skills.allSatisfy($0.skills.contains)
      }
      #expect(!qualified.isEmpty, "\(item.id)")
    }
    let result = PlanBundle.load(files: EmbeddedData.files)
    #expect(result.issues.isEmpty, "\(result.issues)")
  }

  @Test("the unit is data: xã Ba Trang, under huyện Ba Tơ until 30/6/2025, tỉnh Quảng Ngãi")
  func unit() throws {
    let unit = try #require(Fixtures.bundle).unit
    #expect(unit.name == "Ba Trang" && unit.level == "xã")
    #expect(unit.parents.map(\.name) == ["Ba Tơ", "Quảng Ngãi"])
    #expect(unit.parents.first?.until == CivilDate(iso: "2025-06-30"))
  }
}

@Suite("The embedded data is the data in the repository")
struct EmbeddedDataTests {
  @Test("every embedded file equals the file on disk, and every data file on disk is embedded")
  func noDrift() throws {
    for (path, bytes) in EmbeddedData.files {
      let disk = try #require(
        FileManager.default.contents(atPath: Fixtures.root.appendingPathComponent(path).path), "\(path)")
      #expect(Array(disk) == bytes, "\(path) differs from its embedded copy: rebuild")
    }
    for folder in ["Seeds", "Plans2026_2030"] {
      let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent(folder).path)
      for name in names where name.hasSuffix(".json") {
        #expect(
          EmbeddedData.files["\(folder)/\(name)"] != nil, "\(folder)/\(name) is not embedded: add it to Package.swift")
      }
    }
  }

  @Test("the report in Seeds/ is the commune's report, unchanged (NFC, 1411 lines, signed by the chair)")
  func reportUnchanged() {
    let lines = Fixtures.reportLines
    #expect(lines.count >= 1411)
    #expect(lines.first?.contains("BÁO CÁO") == true)
    #expect(lines.contains { $0.contains("Phạm Văn Thích") })
    let text = lines.joined(separator: "\n")
    #expect(VietnameseText.nfc(text) == text)
  }
}

@Suite("What the data and the README say the report says")
struct ReportClaimsTests {
  /// The report as one searchable string: lower case, no diacritics, đ → d, whitespace folded.
  static let reportKey = VietnameseText.searchKey(Fixtures.reportLines.joined(separator: "\n"))

  /// The README, whitespace-folded.
  static let readme: String = {
    let path = Fixtures.root.appendingPathComponent("README.md").path
    return Fixtures.foldWhitespace((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
  }()

  @Test("the report never mentions Công an (case and diacritics folded)")
  func reportHasNoPolice() {
    #expect(Self.reportKey.contains("de an 06"))  // The fold works on this text.
    #expect(!Self.reportKey.contains("cong an"))
  }

  @Test("a plan item note that names Công an says the report does not; its quotes are the report's")
  func notesAboutPolice() {
    for item in Fixtures.bundle?.planItems ?? [] {
      guard let note = item.note else { continue }
      // Every clause that names Công an is a negative one ("không …").
      for clause in note.split(whereSeparator: { ".;".contains($0) }) {
        let key = VietnameseText.searchKey(String(clause))
        if key.contains("cong an") { #expect(key.contains("khong"), "\(item.id): \(clause)") }
      }
      // Every passage the note quotes is in the report.
      for (index, quoted) in note.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
      where index % 2 == 1 {
        #expect(Self.reportKey.contains(VietnameseText.searchKey(String(quoted))), "\(item.id) quotes \(quoted)")
      }
    }
  }

  @Test("Đề án 06 (6.5) is led by the Phó Chủ tịch, and its note says the report names no lead and no Công an")
  func deAn06() throws {
    let item = try #require(Fixtures.bundle?.planItems.first { $0.id == "6.5" })
    #expect(item.leadPositions == ["pho-chu-tich"])
    let note = try #require(item.note)
    #expect(note.contains("không nêu ai chủ trì Đề án 06"))
    #expect(note.contains("không nhắc tới Công an xã"))
    #expect(note.contains("giả định"))
    #expect(!VietnameseText.searchKey(note).contains("ghi cong an"))
  }

  @Test("the README does not claim the report names Công an xã")
  func readmeOnPolice() throws {
    let start = try #require(Self.readme.range(of: "- **Đề án 06** (item 6.5)"))
    // The bullet runs to the next bullet of the list.
    let rest = Self.readme[start.upperBound...]
    let bullet = rest[..<(rest.range(of: " - **")?.lowerBound ?? rest.endIndex)]
    #expect(bullet.contains("names no lead for Đề án 06"))
    #expect(bullet.contains("never mentions Công an xã"))
    #expect(!Self.readme.contains("which the report names as a partner"))
  }

  @Test("the Phó Chủ tịch is no longer the Trung tâm's director: a Trưởng phòng-level post since NĐ 367/2025")
  func centreDirector() throws {
    let bundle = try #require(Fixtures.bundle)
    let deputy = try #require(bundle.positions.first { $0.id == "pho-chu-tich" })
    let note = try #require(deputy.note)
    #expect(note.contains("tương đương Trưởng phòng") && note.contains("367/2025/NĐ-CP") && note.contains("332/NQ-CP"))
    let notes = bundle.positions.compactMap(\.note) + bundle.officials.compactMap(\.note)
    #expect(!notes.contains { $0.contains("Phó Chủ tịch làm Giám đốc") })
  }
}
