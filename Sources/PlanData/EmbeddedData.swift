/// The plan and seed files compiled into the binary (see `Package.swift`), keyed by their path
/// relative to the package root, so that a binary copied alone still initialises a database.
public enum EmbeddedData {
  /// Every embedded file: `"Seeds/unit.json"` → its bytes.
  public static let files: [String: [UInt8]] = [
    "Seeds/unit.json": PackageResources.unit_json,
    "Seeds/positions.json": PackageResources.positions_json,
    "Seeds/skills.json": PackageResources.skills_json,
    "Seeds/officials.json": PackageResources.officials_json,
    "Seeds/baseline.json": PackageResources.baseline_json,
    "Seeds/calendar.json": PackageResources.calendar_json,
    "Plans2026_2030/area-0-chi-dao.json": PackageResources.area_0_chi_dao_json,
    "Plans2026_2030/area-1-the-che.json": PackageResources.area_1_the_che_json,
    "Plans2026_2030/area-2-tthc.json": PackageResources.area_2_tthc_json,
    "Plans2026_2030/area-3-bo-may.json": PackageResources.area_3_bo_may_json,
    "Plans2026_2030/area-4-cong-vu.json": PackageResources.area_4_cong_vu_json,
    "Plans2026_2030/area-5-tai-chinh.json": PackageResources.area_5_tai_chinh_json,
    "Plans2026_2030/area-6-cqs.json": PackageResources.area_6_cqs_json,
    "Plans2026_2030/indicators.json": PackageResources.indicators_json,
  ]
}
