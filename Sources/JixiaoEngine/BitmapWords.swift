extension Bitmap {
    /// A bitmap of `count` bits from its packed words, as a snapshot file stores them: bits past
    /// `count` are cleared, since appends and word-wise operations rely on their being zero.
    /// Missing words read as zero bits; extra words are ignored.
    public init(words source: [UInt64], count: Int) {
        self.init(count: max(0, count), allSet: false)
        let needed = (self.count + 63) >> 6
        for i in 0..<min(needed, source.count) { setWord(i, source[i]) }
        let tail = self.count & 63
        if tail != 0, needed > 0, needed <= source.count {
            setWord(needed - 1, source[needed - 1] & ((1 << UInt64(tail)) - 1))
        }
    }
}
