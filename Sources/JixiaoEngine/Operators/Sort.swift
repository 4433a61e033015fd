/// Stable sort by several keys, each ascending or descending, nulls last in both directions.
public struct Sort: Sendable {
    public let keys: [(expr: Expr, descending: Bool)]

    public init(_ keys: [(expr: Expr, descending: Bool)]) { self.keys = keys }

    /// The sorted table; with a `limit`, only its first `limit` rows (what `sort | take` needs).
    public func run(_ input: Table, limit: Int? = nil, context: ExecutionContext) throws -> Table {
        input.gather(try order(input, limit: limit, context: context))
    }

    /// The row order, without moving any data. With a `limit` smaller than the table, only the
    /// first `limit` rows of that order, found with a bounded heap in O(n log limit) instead of
    /// sorting every row; ties still go by row number, so the answer is the full sort's prefix.
    /// `parallelAbove` is the least number of rows sorted on several cores (a million unless a
    /// test lowers it).
    public func order(
        _ input: Table, limit: Int? = nil, context: ExecutionContext,
        parallelAbove: Int? = nil
    ) throws -> Selection {
        let parallelAbove = parallelAbove ?? ParallelRows.minimumRows
        let evaluator = ExpressionEvaluator(table: input, context: context)
        let sortKeys = try keys.map { SortKey(try evaluator.evaluate($0.expr), descending: $0.descending) }
        context.addProgress(rows: input.rowCount)
        let precedes: @Sendable (Int32, Int32) -> Bool = { a, b in
            for key in sortKeys {
                let c = key.compare(Int(a), Int(b))
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        if let limit, limit < input.rowCount / 2 {
            return try TopRows.select(limit, of: input.rowCount, context: context, by: precedes)
        }
        if sortKeys.count == 1 {
            return try Self.orderByOneKey(
                sortKeys[0], rowCount: input.rowCount, context: context, parallelAbove: parallelAbove)
        }
        // Ties go by row number, so the order is total and any correct sort gives this one
        // answer: a large table is sorted in contiguous ranges on every core, then merged.
        let parts = try ParallelRows.map(input.rowCount, threads: context.threads, minimumRows: parallelAbove) {
            range in
            var rows = Selection(range.lazy.map { Int32($0) })
            // The comparator checks for Ctrl-C now and then: a sort of millions of rows is one call.
            var comparisons = 0
            try rows.sort { a, b in
                comparisons &+= 1
                if comparisons & 0xFFFF == 0 { try context.checkInterrupt() }
                return precedes(a, b)
            }
            return rows
        }
        try context.checkInterrupt()
        return Self.merge(parts, by: precedes)
    }

    /// The order by one key without a comparator: each row that has a value becomes one 128-bit
    /// integer, the key encoded so that integer order is the key's order (direction folded in)
    /// above the row number, so ties fall in row order; the integers sort as integers, in
    /// contiguous ranges on every core, and merge. The null rows follow in row order, as the
    /// comparator puts them.
    static func orderByOneKey(
        _ key: SortKey, rowCount: Int, context: ExecutionContext, parallelAbove: Int
    ) throws -> Selection {
        let parts = try ParallelRows.map(rowCount, threads: context.threads, minimumRows: parallelAbove) { range in
            var codes: [UInt128] = []
            codes.reserveCapacity(range.count)
            var nulls: Selection = []
            for r in range {
                if let code = key.code(r) {
                    codes.append(UInt128(code) << 64 | UInt128(r))
                } else {
                    nulls.append(Int32(r))
                }
            }
            try context.checkInterrupt()
            codes.sort()
            return (codes, nulls)
        }
        try context.checkInterrupt()
        let merged = Self.merge(parts.map(\.0), by: <)
        var rows = Selection(unsafeUninitializedCapacity: rowCount) { out, initialized in
            for (i, code) in merged.enumerated() { out[i] = Int32(truncatingIfNeeded: code) }
            initialized = merged.count
        }
        for part in parts { rows.append(contentsOf: part.1) }
        return rows
    }

    /// Sorted runs, in order, as one sorted run (one run is returned as it is).
    static func merge<T>(_ runs: [[T]], by precedes: (T, T) -> Bool) -> [T] {
        guard var merged = runs.first else { return [] }
        for run in runs.dropFirst() { merged = merge(merged, run, by: precedes) }
        return merged
    }

    /// Two sorted runs as one sorted run.
    static func merge<T>(_ a: [T], _ b: [T], by precedes: (T, T) -> Bool) -> [T] {
        [T](unsafeUninitializedCapacity: a.count + b.count) { out, initialized in
            var i = 0, j = 0, k = 0
            while i < a.count, j < b.count {
                if precedes(b[j], a[i]) {
                    (out.baseAddress! + k).initialize(to: b[j])
                    j += 1
                } else {
                    (out.baseAddress! + k).initialize(to: a[i])
                    i += 1
                }
                k += 1
            }
            while i < a.count {
                (out.baseAddress! + k).initialize(to: a[i])
                i += 1
                k += 1
            }
            while j < b.count {
                (out.baseAddress! + k).initialize(to: b[j])
                j += 1
                k += 1
            }
            initialized = k
        }
    }
}

/// One sort key's values in a form that compares as integers or doubles.
struct SortKey {
    private let ints: [Int64]
    private let doubles: [Double]
    /// A compact column's mantissas: one scale, so their order is the numbers' order.
    private let mantissas: [Int32]
    private let isInteger: Bool
    private let isCompact: Bool
    private let validity: Bitmap?
    private let descending: Bool

    init(_ column: Column, descending: Bool) {
        self.descending = descending
        self.validity = column.validity
        var mantissas: [Int32] = [], isCompact = false
        switch column.data {
        case .integer(let a): ints = a; doubles = []; isInteger = true
        case .double(let a): ints = []; doubles = a; isInteger = false
        case .boolean(let a): ints = a.map { $0 ? 1 : 0 }; doubles = []; isInteger = true
        case .date(let a): ints = a.map { Int64($0) }; doubles = []; isInteger = true
        case .string(let codes, let dict):
            let rank = CodePointOrder.ranks(of: dict)
            ints = codes.map { rank.isEmpty ? 0 : Int64(rank[Int($0)]) }
            doubles = []
            isInteger = true
        case .narrowString(let codes, let dict):
            let rank = CodePointOrder.ranks(of: dict)
            ints = (0..<codes.count).map { rank.isEmpty ? 0 : Int64(rank[Int(codes[$0])]) }
            doubles = []
            isInteger = true
        case .compact(let c):
            ints = []; doubles = []; isInteger = true
            mantissas = c.mantissas
            isCompact = true
        }
        self.mantissas = mantissas
        self.isCompact = isCompact
    }

    /// The row's value as an unsigned integer whose order is this key's order, direction
    /// included; nil for a null. Equal values give equal codes (-0.0 as 0.0); NaN comes after
    /// every number.
    @inline(__always)
    func code(_ row: Int) -> UInt64? {
        if let v = validity, !v[row] { return nil }
        var code: UInt64
        if isCompact {
            code = UInt64(bitPattern: Int64(mantissas[row])) ^ (1 << 63)
        } else if isInteger {
            code = UInt64(bitPattern: ints[row]) ^ (1 << 63)
        } else {
            var x = doubles[row]
            if x == 0 { x = 0 }
            if x.isNaN { x = .nan }
            let bits = x.bitPattern
            code = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        }
        return descending ? ~code : code
    }

    /// -1, 0 or 1; nulls sort after every value whatever the direction.
    @inline(__always)
    func compare(_ a: Int, _ b: Int) -> Int {
        if let v = validity {
            let va = v[a], vb = v[b]
            if !va || !vb { return va == vb ? 0 : (va ? -1 : 1) }
        }
        var c: Int
        if isCompact {
            c = mantissas[a] < mantissas[b] ? -1 : (mantissas[a] > mantissas[b] ? 1 : 0)
        } else if isInteger {
            c = ints[a] < ints[b] ? -1 : (ints[a] > ints[b] ? 1 : 0)
        } else {
            let x = doubles[a], y = doubles[b]
            // NaN after every number, as `code` puts it, so that every path agrees.
            if x.isNaN || y.isNaN {
                c = x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1)
            } else {
                c = x < y ? -1 : (x > y ? 1 : 0)
            }
        }
        return descending ? -c : c
    }
}
