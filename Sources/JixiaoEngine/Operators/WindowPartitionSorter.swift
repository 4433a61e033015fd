/// Sorts each partition of a window frame by its order and marks where its groups of peers begin.
///
/// With one order key each row becomes one 128-bit integer, its encoded key above its row number,
/// copied next to the others of its partition: the sort then compares integers in cache, ties fall
/// in row order as in a stable sort, and peers are runs of the same key. Nulls are set aside
/// first and follow in row order, all peers of one another. Several keys go through `SortKey`s.
struct PartitionSorter: Sendable {
    enum Order: Sendable {
        case none
        case encoded(WindowOrderKey)
        case compared([SortKey])
    }

    let rows: SharedBuffer<Int32>
    let peers: SharedBuffer<Bool>
    let bounds: [Int]
    let order: Order

    /// Sorts the partitions `partitions` (indices into `bounds`), which no other thread touches.
    func sort(partitions: Range<Int>) {
        var scratch: [UInt128] = []
        var nulls: [Int32] = []
        for k in partitions {
            let start = bounds[k], end = bounds[k + 1]
            guard start < end else { continue }
            peers[start] = true
            switch order {
            case .none:
                for p in (start + 1)..<end { peers[p] = false }
            case .encoded(let key):
                sortEncoded(start, end, key, &scratch, &nulls)
            case .compared(let keys):
                sortCompared(start, end, keys)
            }
        }
    }

    private func sortEncoded(
        _ start: Int, _ end: Int, _ key: WindowOrderKey, _ scratch: inout [UInt128], _ nulls: inout [Int32]
    ) {
        scratch.removeAll(keepingCapacity: true)
        nulls.removeAll(keepingCapacity: true)
        key.forEach(rows, start, end, nulls: &nulls) { row, code in
            scratch.append(UInt128(code) << 32 | UInt128(UInt32(bitPattern: row)))
        }
        scratch.sort()
        var p = start
        var previous: UInt64?
        for packed in scratch {
            let code = UInt64(truncatingIfNeeded: packed >> 32)
            rows[p] = Int32(truncatingIfNeeded: packed)
            peers[p] = previous.map { $0 != code } ?? true
            previous = code
            p += 1
        }
        for (i, row) in nulls.enumerated() {
            rows[p] = row
            peers[p] = i == 0
            p += 1
        }
    }

    /// Several order keys: a stable sort through the comparator, ties in row order.
    private func sortCompared(_ start: Int, _ end: Int, _ keys: [SortKey]) {
        var part = (start..<end).map { rows[$0] }
        part.sort { a, b in
            for key in keys {
                let c = key.compare(Int(a), Int(b))
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        for (i, row) in part.enumerated() {
            let p = start + i
            rows[p] = row
            peers[p] = i == 0 || keys.contains { $0.compare(Int(part[i - 1]), Int(row)) != 0 }
        }
    }
}
