/// `HashJoin` on one integer key (such as `project_id`), the common case, without boxing or
/// concatenating the key columns. Right rows are found by key through a table of their own: an
/// array indexed by `key - smallest` when the keys are dense enough (ids numbered 1, 2, 3, …, so
/// a probe is one read and consecutive left keys read consecutive entries), else an open-
/// addressing hash table. Each right row chains to the next right row of the same key, so the
/// pairs come out in left order and, within a left row, in right order, exactly as the general
/// path gives them.
enum IntegerKeyJoin {
    /// Keys of 64 or 32 bits on either side (a compact column's mantissas are its integers).
    static func pairs<L: FixedWidthInteger & SignedInteger & Sendable, R: FixedWidthInteger & SignedInteger>(
        left: [L], leftValidity: Bitmap?, right: [R], rightValidity: Bitmap?,
        keepUnmatched: Bool, context: ExecutionContext
    ) throws -> JoinPairs {
        let index = RightIndex(right, rightValidity)
        // The index is built once; a large left side is probed on every core in contiguous
        // ranges whose pairs are put back in left order, so the pairs do not depend on the count.
        let parts = try ParallelRows.map(left.count, threads: context.threads) { range in
            try probe(left, leftValidity, range, index, keepUnmatched: keepUnmatched, context: context)
        }
        return JoinPairs.concatenating(parts, ranges: ParallelRows.ranges(left.count, threads: context.threads))
    }

    /// The pairs of the left rows in `range`, in left order; left rows numbered as in the whole.
    private static func probe<L: FixedWidthInteger & SignedInteger>(
        _ left: [L], _ leftValidity: Bitmap?, _ range: Range<Int>, _ index: RightIndex,
        keepUnmatched: Bool, context: ExecutionContext
    ) throws -> JoinPairs {
        var out = JoinPairs.Builder(leftCount: range.count, firstLeft: range.lowerBound)
        try left.withUnsafeBufferPointer { keys in
            for l in range {
                if l & 0xFFFF == 0 { try context.checkInterrupt() }
                var r: Int32 = leftValidity?[l] ?? true ? index.first(Int64(keys[l])) : -1
                if r < 0 {
                    if keepUnmatched { out.append(l, -1) }
                    continue
                }
                while r >= 0 {
                    out.append(l, r)
                    r = index.next(after: r)
                    // A key shared by many rows multiplies them: check for Ctrl-C by output too.
                    if out.count & 0xFFFF == 0 { try context.checkInterrupt() }
                }
            }
        }
        return out.build()
    }

    /// The right rows by key, each chained to the next of the same key.
    private struct RightIndex {
        private var lowest: Int64 = 0
        /// Direct table: the first right row of key `lowest + i`, or -1.
        private var direct: [Int32] = []
        /// Hash table: slot keys and the first right row of each slot's key (-1 when empty).
        private var slotKey: [Int64] = []
        private var slotHead: [Int32] = []
        private var mask = 0
        private var chain: [Int32]
        private let isDirect: Bool

        init<R: FixedWidthInteger & SignedInteger>(_ keys: [R], _ validity: Bitmap?) {
            chain = [Int32](repeating: -1, count: keys.count)
            var lo = Int64.max, hi = Int64.min
            for r in keys.indices where validity?[r] ?? true {
                lo = Swift.min(lo, Int64(keys[r])); hi = Swift.max(hi, Int64(keys[r]))
            }
            let (span, overflow) = hi.subtractingReportingOverflow(lo)
            isDirect = lo <= hi && !overflow && span < Int64(Swift.max(keys.count * 4, 1024)) && span < 1 << 30
            if isDirect {
                lowest = lo
                direct = [Int32](repeating: -1, count: Int(span) + 1)
            } else {
                var capacity = 16
                while capacity < keys.count * 2 { capacity <<= 1 }
                mask = capacity - 1
                slotKey = [Int64](repeating: 0, count: capacity)
                slotHead = [Int32](repeating: -1, count: capacity)
            }
            // Right rows are inserted last to first so that each chain runs in row order.
            for r in stride(from: keys.count - 1, through: 0, by: -1) where validity?[r] ?? true {
                let key = Int64(keys[r])
                if isDirect {
                    let i = Int(key &- lo)
                    chain[r] = direct[i]
                    direct[i] = Int32(r)
                } else {
                    var slot = DenseCoder.slot(UInt64(bitPattern: key), mask)
                    while slotHead[slot] >= 0 && slotKey[slot] != key { slot = (slot + 1) & mask }
                    chain[r] = slotHead[slot]
                    slotKey[slot] = key
                    slotHead[slot] = Int32(r)
                }
            }
        }

        /// The first right row of `key`, or -1.
        @inline(__always)
        func first(_ key: Int64) -> Int32 {
            if isDirect {
                let (i, overflow) = key.subtractingReportingOverflow(lowest)
                return !overflow && i >= 0 && i < direct.count ? direct[Int(i)] : -1
            }
            var slot = DenseCoder.slot(UInt64(bitPattern: key), mask)
            while slotHead[slot] >= 0 {
                if slotKey[slot] == key { return slotHead[slot] }
                slot = (slot + 1) & mask
            }
            return -1
        }

        @inline(__always)
        func next(after r: Int32) -> Int32 { chain[Int(r)] }
    }
}
