@_exported import Tagged

/// The tags that keep ids apart: an official's id is not a duty's, nor a plan item's.
public enum IDTag {
  /// Officials (`chu-tich`, `van-phong-1`).
  public enum Official {}
  /// Duties (`2.2@2027-Q3`, `DX-2026-001`).
  public enum Duty {}
  /// Plan items (`2.2`, `2.1a`).
  public enum PlanItem {}
}

/// An official's id.
public typealias OfficialID = Tagged<IDTag.Official, String>
/// A duty's id.
public typealias DutyID = Tagged<IDTag.Duty, String>
/// A plan item's id.
public typealias PlanItemID = Tagged<IDTag.PlanItem, String>
