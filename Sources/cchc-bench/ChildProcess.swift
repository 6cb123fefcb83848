import Foundation

/// A child process with its stdin and stdout on pipes, started with `posix_spawn`.
final class ChildProcess: @unchecked Sendable {
  /// Process id.
  let pid: pid_t
  /// The write end of the child's stdin (-1 once closed).
  private(set) var input: Int32
  /// The read end of the child's stdout.
  let output: Int32

  /// Starts `executable` with `arguments` (without argv[0]); stderr is inherited.
  init(executable: String, arguments: [String]) throws {
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
      throw BenchError("pipe: \(String(cString: strerror(errno)))")
    }
    for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + environment).forEach { free($0) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, nil, argv, environment)
    close(toChild[0])
    close(fromChild[1])
    guard status == 0 else {
      close(toChild[1])
      close(fromChild[0])
      throw BenchError("cannot start \(executable): \(String(cString: strerror(status)))")
    }
    pid = child
    input = toChild[1]
    output = fromChild[0]
  }

  /// Closes the child's stdin (end of input).
  func closeInput() {
    if input >= 0 { close(input) }
    input = -1
  }

  /// The child's peak resident set so far (`VmHWM` of /proc/PID/status), in KiB.
  func peakResidentKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    return Self.kibibytes(of: "VmHWM", in: status)
  }

  /// The `FIELD:   1234 kB` value of a /proc status-like text.
  static func kibibytes(of field: String, in text: String) -> Int? {
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      return Int(line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    return nil
  }

  /// Waits for the child to end: its exit status (or 128 + signal) and its peak resident set in KiB.
  func wait() -> (status: Int32, maxResidentKiB: Int) {
    closeInput()
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    close(output)
    let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (code, usage.ru_maxrss)
  }
}

/// Writes every byte of `bytes` to `fd`; false when the reader has gone.
@discardableResult
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
  guard let base = bytes.baseAddress else { return true }
  var offset = 0
  while offset < bytes.count {
    let written = write(fd, base + offset, bytes.count - offset)
    if written < 0 {
      if errno == EINTR { continue }
      return false
    }
    offset += written
  }
  return true
}

/// Reads newline-terminated lines from a file descriptor through a large buffer.
struct LineInput {
  /// The descriptor read.
  let fd: Int32
  /// Bytes read and not yet returned start at `start`.
  private var buffer: [UInt8] = []
  /// Index of the first byte not yet returned.
  private var start = 0
  /// Bytes read in all.
  private(set) var bytesRead = 0
  /// The read chunk.
  private var chunk = [UInt8](repeating: 0, count: 1 << 20)

  /// Reads from `fd`.
  init(fd: Int32) {
    self.fd = fd
    buffer.reserveCapacity(1 << 21)
  }

  /// Calls `body` with the next line (without its newline); false at end of input.
  mutating func nextLine(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    var scanned = start
    while true {
      let found: Int? = buffer.withUnsafeBufferPointer { all in
        guard scanned < all.count, let base = all.baseAddress,
          let hit = memchr(base + scanned, 0x0A, all.count - scanned)
        else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      }
      if let newline = found {
        buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<newline])) }
        start = newline + 1
        return true
      }
      if start > 0 {
        buffer.removeSubrange(0..<start)
        start = 0
      }
      scanned = buffer.count
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        guard !buffer.isEmpty else { return false }
        buffer.withUnsafeBufferPointer { body($0) }
        buffer.removeAll()
        return true
      }
      bytesRead += count
      buffer.append(contentsOf: chunk[0..<count])
    }
  }
}
