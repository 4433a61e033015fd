/// A packed bit per row; in a column's validity it is set where the row holds a value.
public struct Bitmap: Sendable, Hashable {
    public private(set) var words: [UInt64]
    public private(set) var count: Int

    /// Bits past `count` in the last word are always zero: appends and word-wise operations
    /// rely on it.
    public init(count: Int, allSet: Bool) {
        self.count = count
        let fill: UInt64 = allSet ? ~0 : 0
        words = Array(repeating: fill, count: (count + 63) >> 6)
        if allSet { clearBitsPastCount() }
    }

    /// Takes `words` as they are: the caller clears the bits past `count` itself.
    init(packedWords words: [UInt64], count: Int) {
        self.words = words
        self.count = count
    }

    @inline(__always)
    public subscript(index: Int) -> Bool {
        get { (words[index >> 6] >> UInt64(index & 63)) & 1 == 1 }
        set {
            let mask: UInt64 = 1 << UInt64(index & 63)
            if newValue { words[index >> 6] |= mask } else { words[index >> 6] &= ~mask }
        }
    }

    @inline(__always)
    public mutating func append(_ bit: Bool) {
        let i = count
        let one: UInt64 = bit ? 1 : 0
        if i & 63 == 0 {
            words.append(one)
        } else {
            words.withUnsafeMutableBufferPointer { $0[i >> 6] |= one << UInt64(i & 63) }
        }
        count = i + 1
    }

    /// Appends `n` copies of `bit`, a word at a time.
    public mutating func append(repeating bit: Bool, count n: Int) {
        guard n > 0 else { return }
        if bit {
            // Fill the rest of the last word, then whole words, then trim the excess.
            var remaining = n
            while remaining > 0 && count & 63 != 0 { append(true); remaining -= 1 }
            let wholeWords = remaining >> 6
            words.append(contentsOf: repeatElement(~0, count: wholeWords))
            count += wholeWords << 6
            for _ in 0..<(remaining & 63) { append(true) }
        } else {
            count += n
            let needed = (count + 63) >> 6
            if needed > words.count { words.append(contentsOf: repeatElement(0, count: needed - words.count)) }
        }
    }

    /// Appends the bits of `other`, shifted into place a word at a time.
    public mutating func append(contentsOf other: Bitmap) {
        let shift = count & 63
        guard shift != 0 else {
            words.append(contentsOf: other.words)
            count += other.count
            return
        }
        for w in other.words {
            words[words.count - 1] |= w << UInt64(shift)
            words.append(w >> UInt64(64 - shift))
        }
        // `other`'s unused high bits are zero, so what spills past the new count is zero too.
        count += other.count
        let needed = (count + 63) >> 6
        if words.count > needed { words.removeLast(words.count - needed) }
    }

    @inline(__always)
    mutating func setWord(_ index: Int, _ word: UInt64) { words[index] = word }

    /// Number of set bits among the first `count`.
    public var setCount: Int {
        var total = 0
        for (i, w) in words.enumerated() {
            let bitsInWord = min(64, count - i * 64)
            let masked = bitsInWord == 64 ? w : w & ((1 << UInt64(bitsInWord)) - 1)
            total += masked.nonzeroBitCount
        }
        return total
    }

    /// The bits at `selection`, in that order, assembled a word at a time.
    public func gather(_ selection: Selection) -> Bitmap {
        var out = Bitmap(count: selection.count, allSet: false)
        words.withUnsafeBufferPointer { source in
            out.words.withUnsafeMutableBufferPointer { target in
                selection.withUnsafeBufferPointer { rows in
                    var start = 0
                    while start < rows.count {
                        let end = Swift.min(start + 64, rows.count)
                        var word: UInt64 = 0
                        for i in start..<end {
                            let r = Int(rows[i])
                            precondition(r >= 0 && r < count, "gather: row out of range")
                            word |= ((source[r >> 6] >> UInt64(r & 63)) & 1) << UInt64(i - start)
                        }
                        target[start >> 6] = word
                        start = end
                    }
                }
            }
        }
        return out
    }
}
