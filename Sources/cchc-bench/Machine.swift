import Foundation

/// The machine a benchmark ran on, read from /proc and /etc.
struct Machine {
  /// Online processors (`nproc`).
  let cores: Int
  /// `model name` of /proc/cpuinfo.
  let cpu: String
  /// `MemTotal` of /proc/meminfo, in GiB.
  let memoryGiB: Double
  /// `PRETTY_NAME` of /etc/os-release.
  let system: String
  /// The kernel release.
  let kernel: String

  /// The machine this process runs on.
  static func current() -> Machine {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let cpu = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
    let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
    let memory = ChildProcess.kibibytes(of: "MemTotal", in: meminfo) ?? 0
    let release = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
    let system = release.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
      .map { $0.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    let kernel = (try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return Machine(
      cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpu: cpu ?? "unknown CPU",
      memoryGiB: Double(memory) / 1_048_576, system: system ?? "unknown system", kernel: kernel ?? "?")
  }

  /// The 1-, 5- and 15-minute load averages of /proc/loadavg.
  static func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// The first line `executable --version` prints, or nil.
  static func version(of executable: String) -> String? {
    guard let process = try? ChildProcess(executable: executable, arguments: ["--version"]) else { return nil }
    process.closeInput()
    var reader = LineInput(fd: process.output)
    var line: String?
    _ = reader.nextLine { line = String(decoding: $0, as: UTF8.self) }
    while reader.nextLine({ _ in }) {}
    _ = process.wait()
    return line
  }
}
