import Foundation
import Testing

/// `duties.create` parameters for an ad-hoc duty titled `title`.
func newDuty(_ title: String) -> [String: Any] {
  ["title": title, "area": 1, "due": "2026-12-20", "effort": 2]
}

/// Checks an error's words in both languages.
func expectWords(
  _ response: [String: Any], vi: String, en: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let data = (response["error"] as? [String: Any])?["data"] as? [String: Any]
  #expect((data?["vi"] as? String)?.contains(vi) == true, "\(response)", sourceLocation: sourceLocation)
  #expect((data?["en"] as? String)?.contains(en) == true, "\(response)", sourceLocation: sourceLocation)
}

/// Runs `executable` with `arguments` in `sandbox`, writes `input` to its stdin and closes it, and
/// returns what it printed once it has ended.
func runPiped(
  _ sandbox: Sandbox, _ executable: String, _ arguments: [String], input: String,
  environment extra: [String: String] = [:], timeout: TimeInterval = 120
) throws -> RunResult {
  signal(SIGPIPE, SIG_IGN)
  let child = try Spawned(
    executable, arguments, environment: sandbox.environment(extra), in: sandbox.root.path, pipeInput: true)
  let out = PipeDrain(FileHandle(fileDescriptor: child.output, closeOnDealloc: true))
  let err = PipeDrain(FileHandle(fileDescriptor: child.errors, closeOnDealloc: true))
  let stdin = FileHandle(fileDescriptor: child.input, closeOnDealloc: true)
  try? stdin.write(contentsOf: Data(input.utf8))
  try? stdin.close()
  guard let status = child.wait(timeout: timeout) else {
    child.send(SIGKILL)
    throw HarnessError(description: "\(executable) \(arguments) did not finish within \(Int(timeout)) s")
  }
  return RunResult(status: status, stdout: out.text(), stderr: err.text())
}

/// `cchc` run as another, unprivileged account (CI runs as root): `setpriv` from util-linux.
func asUser(_ uid: UInt32, _ arguments: [String]) throws -> (String, [String]) {
  (
    "/usr/bin/setpriv",
    ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", try cchcBinary().path] + arguments
  )
}

/// The name the user database gives `uid`, or nil.
func accountName(_ uid: UInt32) -> String? {
  guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return nil }
  return String(cString: name)
}

/// A `sqlite3` shell holding a write transaction open on a database (`BEGIN IMMEDIATE`) until it
/// is told to commit: the other process of a busy database.
final class WriteLockHolder: @unchecked Sendable {
  private let child: Spawned
  private let input: FileHandle
  private let output: LineQueue
  private let lock = NSLock()
  private var released = false

  /// Starts `sqlite3 database`, begins an immediate transaction and returns once it holds the lock.
  init(_ sandbox: Sandbox, database: String) throws {
    signal(SIGPIPE, SIG_IGN)
    child = try Spawned(
      "/usr/bin/sqlite3", [database], environment: sandbox.environment(), in: sandbox.root.path, pipeInput: true)
    input = FileHandle(fileDescriptor: child.input, closeOnDealloc: true)
    output = LineQueue(child.output)
    try input.write(contentsOf: Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
    guard try output.next(timeout: 30) == "locked" else {
      throw HarnessError(description: "sqlite3 did not take the write lock on \(database)")
    }
  }

  /// Commits (nothing was changed) and ends the shell.
  func release() {
    let first = lock.withLock {
      defer { released = true }
      return !released
    }
    guard first else { return }
    try? input.write(contentsOf: Data("COMMIT;\n".utf8))
    try? input.close()
    _ = child.wait(timeout: 30)
  }

  deinit { release() }
}

/// Seconds taken by `body`.
func seconds<T>(_ body: () throws -> T) rethrows -> (T, TimeInterval) {
  let start = Date()
  let value = try body()
  return (value, Date().timeIntervalSince(start))
}
