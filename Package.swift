// swift-tools-version:6.0
import PackageDescription

/// The plan and seed files embedded in the binary, so a copied binary initialises a full database.
let embeddedData: [Resource] = [
  .embedInCode("Seeds/unit.json"),
  .embedInCode("Seeds/positions.json"),
  .embedInCode("Seeds/skills.json"),
  .embedInCode("Seeds/officials.json"),
  .embedInCode("Seeds/baseline.json"),
  .embedInCode("Seeds/calendar.json"),
  .embedInCode("Plans2026_2030/area-0-chi-dao.json"),
  .embedInCode("Plans2026_2030/area-1-the-che.json"),
  .embedInCode("Plans2026_2030/area-2-tthc.json"),
  .embedInCode("Plans2026_2030/area-3-bo-may.json"),
  .embedInCode("Plans2026_2030/area-4-cong-vu.json"),
  .embedInCode("Plans2026_2030/area-5-tai-chinh.json"),
  .embedInCode("Plans2026_2030/area-6-cqs.json"),
  .embedInCode("Plans2026_2030/indicators.json"),
]

let package = Package(
  name: "cchc",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "cchc", targets: ["cchc"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Distinct id types (an official's id is not a duty's).
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
  ],
  targets: [
    .target(name: "PlanCore", dependencies: [.product(name: "Tagged", package: "swift-tagged")]),
    .target(
      name: "PlanData",
      path: ".",
      exclude: [
        "Sources/PlanCore", "Sources/PlanReports", "Sources/PlanStore", "Sources/PlanCommands", "Sources/PlanRPC", "Sources/PlanREPL", "Sources/CReadline", "Sources/cchc",
        "Sources/cchc-bench", "Tests",
        "README.md", "LICENSE",
        "Seeds/bao-cao-so-ket-cchc-2021-2025-xa-ba-trang.txt",
      ],
      sources: ["Sources/PlanData"],
      resources: embeddedData
    ),
    .target(
      name: "PlanStore",
      dependencies: [
        "PlanCore", .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API itself, for the one hot path that reads columns without copies (duties.list).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // The report's renderings (Markdown; the .docx later): bytes out of a `Report` value, nothing else.
    .target(name: "PlanReports", dependencies: ["PlanCore"]),
    .target(name: "PlanCommands", dependencies: ["PlanCore", "PlanStore", "PlanReports"]),
    .target(name: "PlanRPC", dependencies: ["PlanCore", "PlanCommands"]),
    .target(name: "CReadline", linkerSettings: [.linkedLibrary("readline")]),
    .target(name: "PlanREPL", dependencies: ["PlanCore", "PlanCommands", "CReadline"]),
    .executableTarget(
      name: "cchc",
      dependencies: [
        "PlanCore", "PlanData", "PlanStore", "PlanCommands", "PlanRPC", "PlanREPL",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "cchc-bench",
      dependencies: [
        "PlanCore", "PlanData", "PlanStore", "PlanCommands", "PlanRPC", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore", "PlanData", "PlanReports"]),
    .testTarget(
      name: "PlanStoreTests",
      dependencies: ["PlanCore", "PlanData", "PlanStore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(name: "PlanCommandsTests", dependencies: ["PlanCommands", "PlanCore", "PlanData", "PlanStore"]),
    .testTarget(name: "PlanREPLTests", dependencies: ["PlanREPL", "PlanCommands", "PlanCore"]),
    .testTarget(name: "PlanRPCTests", dependencies: ["PlanRPC", "PlanCommands", "PlanCore", "PlanData", "PlanStore"]),
    // The shell's transcripts are read from the source tree by the test itself; the fuzzer reads
    // the command table's declarations.
    .testTarget(
      name: "EndToEndTests", dependencies: ["cchc", "PlanCore", "PlanCommands", "PlanRPC"], exclude: ["Transcripts", "Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
