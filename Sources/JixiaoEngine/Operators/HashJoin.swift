/// The row pairs of a join: the left rows (nil when they are simply every left row once, in
/// order, as joining each indicator to its one project gives, so the left columns are used as
/// they are instead of being copied) and, for each, its right row (-1 for none, in a left join).
public struct JoinPairs: Sendable {
    public let left: Selection?
    public let right: Selection

    public var count: Int { right.count }

    /// Collects pairs in left order; the left rows are only written out once a left row has
    /// been skipped or repeated. `firstLeft` is the first left row of the range being paired
    /// (a part of a join probed on several cores), `leftCount` the range's length.
    struct Builder {
        private var left: Selection?
        private var right = Selection()
        private let leftCount: Int
        private let firstLeft: Int

        init(leftCount: Int, firstLeft: Int = 0) {
            self.leftCount = leftCount
            self.firstLeft = firstLeft
            right.reserveCapacity(leftCount)
        }

        var count: Int { right.count }

        @inline(__always)
        mutating func append(_ l: Int, _ r: Int32) {
            if left == nil, l != firstLeft + right.count {
                left = Selection((0..<right.count).map { Int32(firstLeft + $0) })
            }
            left?.append(Int32(l))
            right.append(r)
        }

        /// Left rows stay nil only when every left row was paired exactly once.
        func build() -> JoinPairs {
            if left == nil, right.count != leftCount {
                return JoinPairs(left: Selection((0..<right.count).map { Int32(firstLeft + $0) }), right: right)
            }
            return JoinPairs(left: left, right: right)
        }
    }

    /// The pairs of consecutive ranges of the left rows (`ranges`, one part each), joined in
    /// order. The left rows stay nil only when every part left them nil (each of its rows paired
    /// once, in order).
    static func concatenating(_ parts: [JoinPairs], ranges: [Range<Int>]) -> JoinPairs {
        if parts.count == 1 { return parts[0] }
        var right = Selection()
        right.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { right.append(contentsOf: part.right) }
        guard parts.contains(where: { $0.left != nil }) else { return JoinPairs(left: nil, right: right) }
        var left = Selection()
        left.reserveCapacity(right.count)
        for (part, range) in zip(parts, ranges) {
            if let rows = part.left {
                left.append(contentsOf: rows)
            } else {
                left.append(contentsOf: range.lazy.map { Int32($0) })
            }
        }
        return JoinPairs(left: left, right: right)
    }
}

/// Equi-join by key columns: the matching row pairs, in left order, each left row's matches in
/// right order. Null keys never match. In a left join an unmatched left row pairs with -1.
public struct HashJoin: Sendable {
    public enum Kind: Sendable { case inner, left }

    public let kind: Kind

    public init(kind: Kind) { self.kind = kind }

    /// The pairs through `IntegerKeyJoin` when both keys are integers, plain or compact; nil otherwise.
    private func integerPairs(_ left: Column, _ right: Column, _ context: ExecutionContext) throws -> JoinPairs? {
        switch left.data {
        case .integer(let a): return try integerPairs(a, left.validity, right, context)
        case .compact(let c) where c.isInteger: return try integerPairs(c.mantissas, left.validity, right, context)
        default: return nil
        }
    }

    private func integerPairs<L: FixedWidthInteger & SignedInteger & Sendable>(
        _ left: [L], _ leftValidity: Bitmap?, _ right: Column, _ context: ExecutionContext
    ) throws -> JoinPairs? {
        switch right.data {
        case .integer(let b):
            return try IntegerKeyJoin.pairs(
                left: left, leftValidity: leftValidity, right: b, rightValidity: right.validity,
                keepUnmatched: kind == .left, context: context)
        case .compact(let c) where c.isInteger:
            return try IntegerKeyJoin.pairs(
                left: left, leftValidity: leftValidity, right: c.mantissas, rightValidity: right.validity,
                keepUnmatched: kind == .left, context: context)
        default: return nil
        }
    }

    public func pairs(
        leftKeys: [Column], rightKeys: [Column], leftCount: Int, rightCount: Int,
        context: ExecutionContext
    ) throws -> JoinPairs {
        if leftKeys.count == 1, let pairs = try integerPairs(leftKeys[0], rightKeys[0], context) { return pairs }
        // One code space for both sides: group the concatenated key columns.
        let combined = zip(leftKeys, rightKeys).map { Column.concatenate($0, leftCount, $1, rightCount) }
        let groups = GroupIndex.build(keys: combined, rowCount: leftCount + rightCount)
        func hasNullKey(_ row: Int) -> Bool { combined.contains { $0.isNull(row) } }
        // Right rows by key, chained through `next` so no per-key array is allocated.
        var head = [Int32](repeating: -1, count: groups.groupCount)
        var next = [Int32](repeating: -1, count: rightCount)
        for r in stride(from: rightCount - 1, through: 0, by: -1) where !hasNullKey(leftCount + r) {
            let g = Int(groups.groupOfRow[leftCount + r])
            next[r] = head[g]
            head[g] = Int32(r)
        }
        var out = JoinPairs.Builder(leftCount: leftCount)
        for l in 0..<leftCount {
            if l & 0xFFFF == 0 { try context.checkInterrupt() }
            var r = hasNullKey(l) ? -1 : head[Int(groups.groupOfRow[l])]
            if r < 0 && kind == .left {
                out.append(l, -1)
                continue
            }
            while r >= 0 {
                out.append(l, r)
                r = next[Int(r)]
                // By output pairs, not left rows: one left row may match millions of right rows.
                if out.count & 0xFFFF == 0 { try context.checkInterrupt() }
            }
        }
        return out.build()
    }
}

extension Column {
    /// Like `gather`, but a negative row number gives null (the unmatched side of a left join).
    public func gatherAllowingNulls(_ selection: Selection) -> Column {
        guard selection.contains(where: { $0 < 0 }) else { return gather(selection) }
        if count == 0 { return .nulls(count: selection.count, type: type) }
        var gathered = gather(selection.map { Swift.max($0, 0) })
        var validity = gathered.validity ?? Bitmap(count: selection.count, allSet: true)
        for (i, r) in selection.enumerated() where r < 0 { validity[i] = false }
        gathered.validity = validity
        return gathered
    }
}
