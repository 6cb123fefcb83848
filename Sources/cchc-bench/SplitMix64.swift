/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, so a seed gives the same data on every machine.
struct SplitMix64 {
  // Only its own helpers draw numbers: the standard library's `random(in:using:)` and `shuffled(using:)` may change
  // their algorithms between Swift versions.

  /// The generator's state.
  private var state: UInt64

  /// Starts the sequence of `seed`, in a stream named by `stream` (independent draws for independent uses).
  init(seed: UInt64, stream: String = "") {
    var mixed = seed
    for byte in stream.utf8 { mixed = (mixed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    state = mixed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0).
  mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "below(\(bound))")
    return Int(next() % UInt64(bound))
  }

  /// A number in `[0, 1)`.
  mutating func fraction() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// One element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// `count` distinct elements of `elements` in drawing order (a partial Fisher–Yates shuffle).
  mutating func sample<Element>(_ elements: [Element], count: Int) -> [Element] {
    var pool = elements
    let wanted = min(count, pool.count)
    for index in 0..<wanted {
      pool.swapAt(index, index + below(pool.count - index))
    }
    return Array(pool[0..<wanted])
  }
}
