import Foundation

/// Reads the figures a benchmark checks out of response lines without parsing the whole JSON.
enum Responses {
  /// `{"jsonrpc":"2.0","id":`, the start of every response of `cchc --json`.
  static let head = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
  /// What follows the id of a `duties.list` result (keys are sorted: `items` before `total`).
  static let resultHead = Array(#","result":{"items":["#.utf8)
  /// The key before a page's total.
  static let totalKey = Array(#","total":"#.utf8)
  /// The start of each duty object (keys sorted: `area` first).
  static let itemHead = Array(#"{"area":"#.utf8)
  /// The start of a `count(*)` result of the sqlite3 shell in `.mode json`.
  static let countHead = Array(#"[{"count(*)":"#.utf8)

  /// The page total and item count of a `duties.list` result with id `id`; nil for anything else.
  static func page(_ line: UnsafeBufferPointer<UInt8>, id: Int) -> (total: Int, items: Int)? {
    guard line.starts(with: head) else { return nil }
    var index = head.count
    guard let (number, afterID) = integer(in: line, at: index), number == id else { return nil }
    index = afterID
    guard line[index...].starts(with: resultHead) else { return nil }
    // The line ends with `,"total":N}}`.
    guard line.count >= 4, line[line.count - 1] == UInt8(ascii: "}"), line[line.count - 2] == UInt8(ascii: "}") else {
      return nil
    }
    var digitsStart = line.count - 2
    while digitsStart > 0 && (0x30...0x39).contains(line[digitsStart - 1]) { digitsStart -= 1 }
    guard digitsStart >= totalKey.count, line[(digitsStart - totalKey.count)..<digitsStart].elementsEqual(totalKey),
      let (total, _) = integer(in: line, at: digitsStart)
    else { return nil }
    return (total, occurrences(of: itemHead, in: line))
  }

  /// The count of a sqlite3 `[{"count(*)":N}]` line, or nil for any other line.
  static func count(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    guard line.starts(with: countHead) else { return nil }
    return integer(in: line, at: countHead.count)?.value
  }

  /// The decimal integer starting at `index` and the index after it.
  static func integer(in line: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: Int, end: Int)? {
    var value = 0
    var end = index
    while end < line.count, (0x30...0x39).contains(line[end]) {
      value = value * 10 + Int(line[end] - 0x30)
      end += 1
    }
    return end > index ? (value, end) : nil
  }

  /// How many times `needle` (non-empty) occurs in `line` (without overlaps).
  static func occurrences(of needle: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = line.baseAddress, let first = needle.first else { return 0 }
    var count = 0
    var offset = 0
    while offset + needle.count <= line.count,
      let hit = memchr(base + offset, Int32(first), line.count - offset - needle.count + 1)
    {
      let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
      if memcmp(base + at, needle, needle.count) == 0 {
        count += 1
        offset = at + needle.count
      } else {
        offset = at + 1
      }
    }
    return count
  }
}
