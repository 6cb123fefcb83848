/// How a name typed by a person finds officials (`--as`, `login`, and every option of the shell
/// that names an official). Pure: the store hands it the roster.
public enum OfficialLookup {
  /// The officials `typed` names, best match first:
  /// 1. the one whose id is exactly `typed`;
  /// 2. else those whose name, folded (no diacritics, lower case), is exactly the folded text;
  /// 3. else those whose folded name contains it — narrowed, when several do, to those whose id
  ///    starts with the text written as an id (`van phong` → `van-phong-1`), if any does;
  /// 4. else those whose id starts with the text written as an id (`ttpvhcc` → `ttpvhcc-1`, `ttpvhcc-2`).
  /// One match names the official; several are ambiguous; none names nobody.
  public static func matches<Official>(
    _ typed: String, among roster: [Official], id: (Official) -> String, name: (Official) -> String
  ) -> [Official] {
    if let exact = roster.first(where: { id($0) == typed }) { return [exact] }
    let key = VietnameseText.searchKey(typed)
    guard !key.isEmpty else { return [] }
    let exactName = roster.filter { VietnameseText.searchKey(name($0)) == key }
    if !exactName.isEmpty { return exactName }
    let slug = String(key.map { $0 == " " ? "-" : $0 })
    let byID = roster.filter { id($0).hasPrefix(slug) }
    let containing = roster.filter { VietnameseText.searchKey(name($0)).contains(key) }
    if containing.count > 1 {
      let narrowed = containing.filter { id($0).hasPrefix(slug) }
      return narrowed.isEmpty ? containing : narrowed
    }
    return containing.isEmpty ? byID : containing
  }
}
