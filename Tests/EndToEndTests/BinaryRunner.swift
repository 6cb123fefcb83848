import Foundation
import Testing

/// What a finished process left behind.
struct RunResult: Sendable {
  /// Exit status.
  var status: Int32
  /// Everything written to stdout, as UTF-8.
  var stdout: String
  /// Everything written to stderr, as UTF-8.
  var stderr: String
}

/// Errors of the test harness itself (not of `cchc`).
struct HarnessError: Error, CustomStringConvertible {
  /// What went wrong.
  var description: String
}

/// The package root, found by walking up from this file to the folder holding `Package.swift`.
let packageRoot: URL = {
  var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  while url.path != "/" {
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    url.deleteLastPathComponent()
  }
  return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
}()

/// The built `cchc` binary: next to the running test bundle, or in that folder's parent.
func cchcBinary() throws -> URL {
  let launched = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  let bundle = Bundle.main.bundleURL
  let folders = [launched, launched.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent()]
  for folder in folders {
    let candidate = folder.appendingPathComponent("cchc")
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
      FileManager.default.isExecutableFile(atPath: candidate.path)
    {
      return candidate
    }
  }
  throw HarnessError(
    description: "The cchc binary was not found in \(folders.map(\.path)); build it first with "
      + "`swift build --build-tests` (package root \(packageRoot.path)).")
}

/// Collects one pipe's output on its own thread, so a full pipe never blocks the child.
final class PipeDrain: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var data = Data()

  /// Starts reading `handle` until end of file.
  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// Everything read, once the writer has closed the pipe.
  func text() -> String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}

/// A started process whose output is being collected.
final class RunningProcess: @unchecked Sendable {
  private let process: Process
  private let exited = DispatchSemaphore(value: 0)
  private let out: PipeDrain
  private let err: PipeDrain
  private let command: String

  /// Launches `executable` with `arguments` and exactly `environment`, stdin from /dev/null.
  init(_ executable: URL, _ arguments: [String], environment: [String: String], in folder: URL? = nil) throws {
    process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    if let folder { process.currentDirectoryURL = folder }
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
    let exited = exited
    process.terminationHandler = { _ in exited.signal() }
    try launch(process)
    out = PipeDrain(outPipe.fileHandleForReading)
    err = PipeDrain(errPipe.fileHandleForReading)
  }

  /// Sends SIGKILL: the process dies at once, wherever it is.
  func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
  }

  /// Waits for the exit (killing the process after `timeout` seconds) and returns its output.
  func wait(timeout: TimeInterval = 120) throws -> RunResult {
    if exited.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      exited.wait()
      throw HarnessError(description: "`\(command)` did not finish within \(Int(timeout)) s and was killed.")
    }
    return RunResult(status: process.terminationStatus, stdout: out.text(), stderr: err.text())
  }
}

/// A fresh temporary folder for one test, with helpers to run `cchc` and `sqlite3` inside it.
final class Sandbox {
  /// The folder; removed when the sandbox goes away.
  let root: URL

  /// Creates an empty folder under the system temporary directory.
  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// A path inside the sandbox (not created).
  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// The environment `cchc` runs in: HOME is the sandbox's `home`, no CCHC_DB nor XDG_DATA_HOME unless given.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ["HOME": path("home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    environment.merge(extra) { _, new in new }
    return environment
  }

  /// Starts `cchc` without waiting for it.
  func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunningProcess {
    try RunningProcess(try cchcBinary(), arguments, environment: environment(extra), in: root)
  }

  /// Runs `cchc` to the end.
  func cchc(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunResult {
    try start(arguments, environment: extra).wait()
  }

  /// Runs `sqlite3 database sql` (with `options` before the file) and returns stdout, trimmed; fails on an error.
  func sqlite(_ database: String, _ sql: String, options: [String] = []) throws -> String {
    let result = try RunningProcess(
      URL(fileURLWithPath: "/usr/bin/sqlite3"), options + [database, sql], environment: environment()
    ).wait()
    guard result.status == 0, result.stderr.isEmpty else {
      throw HarnessError(description: "sqlite3 \(database) \"\(sql)\" failed (\(result.status)): \(result.stderr)")
    }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The row count of `table`.
  func count(_ database: String, _ table: String, where condition: String = "1") throws -> Int {
    let text = try sqlite(database, "SELECT count(*) FROM \(table) WHERE \(condition)")
    return try #require(Int(text), "not a count: \(text)")
  }

  /// Every row of `table` as JSON, ordered by all of its columns.
  func dump(_ database: String, _ table: String) throws -> String {
    let columns = try count(database, "pragma_table_info('\(table)')")
    let order = (1...max(columns, 1)).map(String.init).joined(separator: ", ")
    return try sqlite(database, "SELECT * FROM \(table) ORDER BY \(order)", options: ["-json"])
  }

  /// Copies the package's `Seeds/` and `Plans2026_2030/` into the sandbox; returns their new paths.
  func copyData() throws -> (seeds: String, plans: String) {
    for folder in ["Seeds", "Plans2026_2030"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    return (path("Seeds"), path("Plans2026_2030"))
  }

  /// Rewrites the JSON file at `relative` after `change` edits its parsed value.
  func editJSON(_ relative: String, _ change: (inout Any) throws -> Void) throws {
    let url = root.appendingPathComponent(relative)
    var value = try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
    try change(&value)
    try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted]).write(to: url)
  }

  /// Rewrites the file at `relative` after `change` edits its bytes.
  func editBytes(_ relative: String, _ change: (inout [UInt8]) throws -> Void) throws {
    let url = root.appendingPathComponent(relative)
    var bytes = [UInt8](try Data(contentsOf: url))
    try change(&bytes)
    try Data(bytes).write(to: url)
  }

  /// The names of the files directly in the folder holding `path` (empty when it does not exist).
  func siblings(of path: String) -> [String] {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
}

/// Serialises `Process.run()`: Foundation's launch code crashed (a bad memcpy) when tests started
/// processes from several threads at once.
private let launchLock = NSLock()

/// Starts `process`, one launch at a time across the whole test run.
func launch(_ process: Process) throws {
  launchLock.lock()
  defer { launchLock.unlock() }
  try process.run()
}

/// Whether a file or folder exists at `path`.
func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
