extension Bitmap {
    /// A bitmap of `count` bits from its packed words, as a snapshot file stores them: bits past
    /// `count` are cleared, since appends and word-wise operations rely on their being zero.
    /// Missing words read as zero bits; extra words are ignored.
    public init(words source: [UInt64], count: Int) {
        let n = max(0, count)
        let needed = (n + 63) >> 6
        if source.count == needed {
            // The usual case, a snapshot's own words: kept as they are, not copied.
            self.init(packedWords: source, count: n)
        } else {
            self.init(count: n, allSet: false)
            for i in 0..<min(needed, source.count) { setWord(i, source[i]) }
        }
        let tail = n & 63
        if tail != 0, needed > 0, needed <= source.count {
            setWord(needed - 1, source[needed - 1] & ((1 << UInt64(tail)) - 1))
        }
    }
}
