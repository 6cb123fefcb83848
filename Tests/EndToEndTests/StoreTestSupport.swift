import Foundation
import Testing

/// `duties.create` parameters for an ad-hoc duty titled `title`.
func newDuty(_ title: String) -> [String: Any] {
  ["title": title, "area": 1, "due": "2026-12-20", "effort": 2]
}
