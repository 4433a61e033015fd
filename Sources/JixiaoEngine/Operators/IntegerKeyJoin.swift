/// `HashJoin` on one integer key (such as `project_id`), the common case, without boxing or
/// concatenating the key columns: the right side's keys go into an open-addressing table of
/// their own, and each right row chains to the next right row of the same key, so the pairs come
/// out in left order and, within a left row, in right order, exactly as the general path does.
enum IntegerKeyJoin {
    static func pairs(left: [Int64], leftValidity: Bitmap?, right: [Int64], rightValidity: Bitmap?,
                      keepUnmatched: Bool, context: ExecutionContext) throws -> (left: Selection, right: Selection) {
        var capacity = 16
        while capacity < right.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slotKey = [Int64](repeating: 0, count: capacity)
        var slotHead = [Int32](repeating: -1, count: capacity)
        var next = [Int32](repeating: -1, count: right.count)
        // Right rows are inserted last to first so that each chain runs in row order.
        for r in stride(from: right.count - 1, through: 0, by: -1) where rightValidity?[r] ?? true {
            let key = right[r]
            var slot = slot(of: key, mask)
            while slotHead[slot] >= 0 && slotKey[slot] != key { slot = (slot + 1) & mask }
            next[r] = slotHead[slot]
            slotKey[slot] = key
            slotHead[slot] = Int32(r)
        }
        var leftRows = Selection(), rightRows = Selection()
        leftRows.reserveCapacity(left.count)
        rightRows.reserveCapacity(left.count)
        for l in 0..<left.count {
            if l & 0xFFFF == 0 { try context.checkInterrupt() }
            var r: Int32 = -1
            if leftValidity?[l] ?? true {
                let key = left[l]
                var slot = slot(of: key, mask)
                while slotHead[slot] >= 0 && slotKey[slot] != key { slot = (slot + 1) & mask }
                r = slotHead[slot]
            }
            if r < 0 {
                if keepUnmatched { leftRows.append(Int32(l)); rightRows.append(-1) }
                continue
            }
            while r >= 0 {
                leftRows.append(Int32(l)); rightRows.append(r)
                r = next[Int(r)]
                // A key shared by many rows multiplies them: check for Ctrl-C by output too.
                if leftRows.count & 0xFFFF == 0 { try context.checkInterrupt() }
            }
        }
        return (leftRows, rightRows)
    }

    /// A multiplicative hash of the key, so that consecutive ids spread over the table.
    @inline(__always)
    private static func slot(of key: Int64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }
}
