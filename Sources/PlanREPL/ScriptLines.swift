import Foundation

/// One line of a script: its text, or only its length when it is over the shell's line bound.
public enum ScriptLine: Sendable, Equatable {
  /// A line within the bound (without its line break).
  case text(String)
  /// A line over the bound, skipped: how many bytes it had.
  case tooLong(bytes: Int)
}

/// The lines of a file descriptor, read in chunks: at most `Shell.maxLineBytes` bytes of a line
/// are ever held, so a 100 MB line costs no more memory than a short one; it is skipped to its
/// end and reported by its length. CRLF ends a line like LF. A UTF-8 byte-order mark at the start
/// of the input (an editor's) is not part of the first word.
public struct ScriptLines: Sequence, IteratorProtocol {
  private let descriptor: Int32
  private let limit: Int
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)
  private var start = 0
  private var end = 0
  private var ended = false
  private var atStart = true

  /// The lines of `descriptor` (standard input by default), each kept only up to `limit` bytes.
  public init(descriptor: Int32 = STDIN_FILENO, limit: Int = Shell.maxLineBytes) {
    self.descriptor = descriptor
    self.limit = limit
  }

  /// The next line, or nil at the end of the input.
  public mutating func next() -> ScriptLine? {
    guard atStart else { return nextLine() }
    atStart = false
    if start == end && !fill() { return nil }
    if chunk[start..<end].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    return nextLine()
  }

  /// The next line as read.
  private mutating func nextLine() -> ScriptLine? {
    var line: [UInt8] = []
    var length = 0
    while true {
      if start == end {
        guard fill() else { break }
      }
      let newline = chunk[start..<end].firstIndex(of: UInt8(ascii: "\n"))
      let stop = newline ?? end
      length += stop - start
      if length <= limit { line += chunk[start..<stop] }
      start = newline.map { $0 + 1 } ?? end
      if newline != nil { return Self.line(line, length: length, limit: limit) }
    }
    return length == 0 && line.isEmpty ? nil : Self.line(line, length: length, limit: limit)
  }

  /// Reads the next chunk; false at the end of the input (or on a read error).
  private mutating func fill() -> Bool {
    guard !ended else { return false }
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        ended = true
        return false
      }
      (start, end) = (0, count)
      return true
    }
  }

  /// The line of `bytes` (its CR dropped), or its length when over `limit`.
  private static func line(_ bytes: [UInt8], length: Int, limit: Int) -> ScriptLine {
    guard length <= limit else { return .tooLong(bytes: length) }
    let text = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes[...]
    return .text(String(decoding: text, as: UTF8.self))
  }
}
