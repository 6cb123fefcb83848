import Foundation

/// How many refusal rows one process (one session) writes: at most `perSecond` in any one second.
/// The refusals past it are only counted: the next row written carries the count (`unrecorded`),
/// and at exit the last refusal not written is, with the count before it. So a flood of refused
/// calls grows the database by a few rows a second, and rows plus counts still add up to every
/// refusal.
final class RefusalBudget: @unchecked Sendable {
  /// Writes one refusal's row with the number of refusals not written before it; false on failure.
  typealias Write = @Sendable (_ unrecorded: Int) -> Bool

  /// Refusal rows a second, at most.
  static let perSecond = 20
  /// The process's budget.
  static let shared = RefusalBudget(perSecond: perSecond)

  private let lock = NSLock()
  private let capacity: Int
  /// When the last rows were written (monotonic nanoseconds), oldest first, at most `capacity`.
  private var written: [UInt64] = []
  /// Refusals not written since the last row.
  private var unrecorded = 0
  /// The last refusal not written, to write at exit.
  private var pending: Write?
  private var exitHookInstalled = false

  /// A budget of `perSecond` rows in any one second.
  init(perSecond: Int) { capacity = perSecond }

  /// Records a refusal made at `now`: within the budget `write` runs at once, with the count of
  /// refusals not written before it; past it the refusal is counted and `write` kept for the exit.
  func record(now: UInt64 = DispatchTime.now().uptimeNanoseconds, _ write: @escaping Write) {
    let count: Int? = lock.withLock {
      written.removeAll { now &- $0 >= 1_000_000_000 }
      guard written.count < capacity else {
        unrecorded += 1
        pending = write
        installExitHook()
        return nil
      }
      written.append(now)
      defer { (unrecorded, pending) = (0, nil) }
      return unrecorded
    }
    guard let count else { return }
    if !write(count) { lock.withLock { unrecorded += count + 1 } }
  }

  /// Writes the last refusal not written, with the count of the others (at exit; then again only
  /// if more are refused).
  func flush() {
    let (count, write): (Int, Write?) = lock.withLock {
      defer { (unrecorded, pending) = (0, nil) }
      return (unrecorded, pending)
    }
    if count > 0, let write { _ = write(count - 1) }
  }

  /// Flushes the process's budget when the process exits (once).
  private func installExitHook() {
    guard !exitHookInstalled, self === Self.shared else { return }
    exitHookInstalled = true
    atexit { RefusalBudget.shared.flush() }
  }
}
