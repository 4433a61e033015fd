/// A small deterministic random generator (SplitMix64), so the same N always gives the same files.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// A number in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// An index into `weights`, chosen in proportion to them.
    mutating func weighted(_ cumulative: [Double]) -> Int {
        let x = unit() * (cumulative.last ?? 1)
        for (i, c) in cumulative.enumerated() where x < c { return i }
        return cumulative.count - 1
    }
}
