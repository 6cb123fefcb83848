import Foundation

/// A file's identity on disk (device and inode): the same path may later name another file, or none.
struct FileIdentity: Equatable, Sendable {
  /// The device holding the file.
  var device: UInt64
  /// The file's inode on that device.
  var inode: UInt64

  /// The identity of the file at `path` now, or nil when there is none.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
