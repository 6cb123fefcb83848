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

/// A child process started with `posix_spawn`: Foundation's `Process.run()` crashed now and then
/// (a bad memcpy inside it) when the test runner started many processes.
final class Spawned: @unchecked Sendable {
  /// Process id.
  let pid: pid_t
  /// The write end of the child's stdin, or -1 when stdin is /dev/null.
  let input: Int32
  /// The read end of the child's stdout.
  let output: Int32
  /// The read end of the child's stderr.
  let errors: Int32
  private let exited = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var status: Int32?

  /// Starts `executable` with `arguments`, exactly `environment`, in `folder`; stdin is a pipe
  /// when `pipeInput`, else /dev/null.
  init(_ executable: String, _ arguments: [String], environment: [String: String], in folder: String?, pipeInput: Bool)
    throws
  {
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    var errChild: [Int32] = [-1, -1]
    guard pipe(&fromChild) == 0, pipe(&errChild) == 0, !pipeInput || pipe(&toChild) == 0 else {
      throw HarnessError(description: "pipe failed: \(String(cString: strerror(errno)))")
    }
    for fd in toChild + fromChild + errChild where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if pipeInput {
      posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
    } else {
      posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    }
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, errChild[1], STDERR_FILENO)
    // The working folder: through the shell, since glibc's addchdir is not visible from Swift.
    let command =
      folder.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] + arguments }
      ?? [executable] + arguments
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    let result = posix_spawn(&child, command[0], &actions, nil, argv, envp)
    for fd in [toChild[0], fromChild[1], errChild[1]] where fd >= 0 { close(fd) }
    guard result == 0 else {
      for fd in [toChild[1], fromChild[0], errChild[0]] where fd >= 0 { close(fd) }
      throw HarnessError(description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    pid = child
    input = toChild[1]
    output = fromChild[0]
    errors = errChild[0]
    // Reap the child on a thread of its own, so its exit can be awaited with a timeout.
    let spawned = child
    Thread.detachNewThread { [self] in
      var raw: Int32 = 0
      while waitpid(spawned, &raw, 0) < 0 && errno == EINTR {}
      let code = (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
      lock.withLock { status = code }
      exited.signal()
    }
  }

  /// Waits for the exit (nil on timeout); the status is the exit code, or 128 + the signal.
  func wait(timeout: TimeInterval) -> Int32? {
    guard exited.wait(timeout: .now() + timeout) == .success else { return nil }
    exited.signal()  // Later waits return at once.
    return lock.withLock { status }
  }

  /// Sends `signal`.
  func send(_ signal: Int32) { _ = Foundation.kill(pid, signal) }
}

/// A started process whose output is being collected.
final class RunningProcess: @unchecked Sendable {
  private let child: Spawned
  private let out: PipeDrain
  private let err: PipeDrain
  private let command: String

  /// Launches `executable` with `arguments` and exactly `environment`, stdin from /dev/null.
  init(_ executable: URL, _ arguments: [String], environment: [String: String], in folder: URL? = nil) throws {
    child = try Spawned(executable.path, arguments, environment: environment, in: folder?.path, pipeInput: false)
    command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
    out = PipeDrain(FileHandle(fileDescriptor: child.output, closeOnDealloc: true))
    err = PipeDrain(FileHandle(fileDescriptor: child.errors, closeOnDealloc: true))
  }

  /// Sends SIGKILL: the process dies at once, wherever it is.
  func kill() { child.send(SIGKILL) }

  /// Waits for the exit (killing the process after `timeout` seconds) and returns its output.
  func wait(timeout: TimeInterval = 120) throws -> RunResult {
    guard let status = child.wait(timeout: timeout) else {
      child.send(SIGKILL)
      _ = child.wait(timeout: 10)
      throw HarnessError(description: "`\(command)` did not finish within \(Int(timeout)) s and was killed.")
    }
    return RunResult(status: status, stdout: out.text(), stderr: err.text())
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

  /// The columns of `table`, in order.
  func columns(_ database: String, _ table: String) throws -> [String] {
    try sqlite(database, "SELECT group_concat(name, '|') FROM pragma_table_info('\(table)')").split(separator: "|")
      .map(String.init)
  }

  /// Every row of `table` as JSON, only `columns` (those a previous schema had), ordered by them.
  func dump(_ database: String, _ table: String, columns: [String]) throws -> String {
    let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    return try sqlite(database, "SELECT \(list) FROM \(table) ORDER BY \(list)", options: ["-json"])
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

/// Whether a file or folder exists at `path`.
func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
