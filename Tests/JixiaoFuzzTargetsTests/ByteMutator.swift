import JixiaoTestSupport

/// Deterministic mutations of seed inputs, the kinds libFuzzer makes most often: flipped and
/// replaced bytes, cuts, repeated and spliced chunks, and tokens that parsers treat specially.
/// A fixed seed makes every failure replay exactly.
struct ByteMutator {
    private var random: SplitMix

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ n: Int) -> Int { random.below(n) }

    /// Bytes that delimit, quote, escape or nest in one of the formats, and numbers at the edges.
    static let tokens: [[UInt8]] =
        [
            "\"", "'", "`", ",", "\t", "\n", "\r\n", "\0", "\\", "{", "}", "[", "]", "(", ")", "|", ";", "#",
            "\u{FEFF}", "项目名称", "三级指标", "一级指标", "≥", "≤", "%", "万元", "定性", "1e999", "-0",
            "9223372036854775807", "-9223372036854775808", "18446744073709551616", "NaN", "inf", "0.0000001",
            "null", "true", "\\u0000", "\\ud800", "$", "{$x}", "join", "where", "group", "agg", "pivot",
            "\u{FF10}", "〇", "\u{200B}", "\u{0301}", "😀",
        ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE4, 0xB8], [0x81, 0x30, 0x81, 0x30], [0xA1, 0xA1]]

    /// One mutant of `input`, splicing from `other` at times.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + below(4)) {
            let at = below(bytes.count + 1)
            switch below(8) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << below(8))
            case 1 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: next())
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + below(64)))
            case 3: bytes = Array(bytes.prefix(at))
            case 4: bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: at)
            case 5:
                let end = min(bytes.count, at + below(256))
                let chunk = bytes[at..<end]
                bytes.insert(contentsOf: Array(repeating: chunk, count: 1 + below(8)).joined(), at: end)
            case 6 where !other.isEmpty:
                let from = below(other.count)
                bytes.insert(contentsOf: other[from..<min(other.count, from + below(512))], at: at)
            default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return bytes
    }
}
