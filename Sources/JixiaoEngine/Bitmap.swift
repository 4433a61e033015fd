/// A packed bit per row; in a column's validity it is set where the row holds a value.
public struct Bitmap: Sendable, Hashable {
    public private(set) var words: [UInt64]
    public private(set) var count: Int

    public init(count: Int, allSet: Bool) {
        self.count = count
        let fill: UInt64 = allSet ? ~0 : 0
        words = Array(repeating: fill, count: (count + 63) >> 6)
    }

    @inline(__always)
    public subscript(index: Int) -> Bool {
        get { (words[index >> 6] >> UInt64(index & 63)) & 1 == 1 }
        set {
            let mask: UInt64 = 1 << UInt64(index & 63)
            if newValue { words[index >> 6] |= mask } else { words[index >> 6] &= ~mask }
        }
    }

    public mutating func append(_ bit: Bool) {
        if count & 63 == 0 { words.append(0) }
        count += 1
        if bit { self[count - 1] = true }
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
