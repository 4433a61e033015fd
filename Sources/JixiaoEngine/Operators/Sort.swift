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
    public func order(_ input: Table, limit: Int? = nil, context: ExecutionContext) throws -> Selection {
        let evaluator = ExpressionEvaluator(table: input, context: context)
        let sortKeys = try keys.map { SortKey(try evaluator.evaluate($0.expr), descending: $0.descending) }
        context.addProgress(rows: input.rowCount)
        let precedes: (Int32, Int32) -> Bool = { a, b in
            for key in sortKeys {
                let c = key.compare(Int(a), Int(b))
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        if let limit, limit < input.rowCount / 2 {
            return try TopRows.select(limit, of: input.rowCount, context: context, by: precedes)
        }
        var rows = Selection((0..<input.rowCount).map { Int32($0) })
        // The comparator checks for Ctrl-C now and then: a sort of millions of rows is one call.
        var comparisons = 0
        try rows.sort { a, b in
            comparisons &+= 1
            if comparisons & 0xFFFF == 0 { try context.checkInterrupt() }
            return precedes(a, b)
        }
        return rows
    }
}

/// One sort key's values in a form that compares as integers or doubles.
struct SortKey {
    private let ints: [Int64]
    private let doubles: [Double]
    private let isInteger: Bool
    private let validity: Bitmap?
    private let descending: Bool

    init(_ column: Column, descending: Bool) {
        self.descending = descending
        self.validity = column.validity
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
        }
    }

    /// -1, 0 or 1; nulls sort after every value whatever the direction.
    @inline(__always)
    func compare(_ a: Int, _ b: Int) -> Int {
        if let v = validity {
            let va = v[a], vb = v[b]
            if !va || !vb { return va == vb ? 0 : (va ? -1 : 1) }
        }
        var c: Int
        if isInteger {
            c = ints[a] < ints[b] ? -1 : (ints[a] > ints[b] ? 1 : 0)
        } else {
            let x = doubles[a], y = doubles[b]
            c = x < y ? -1 : (x > y ? 1 : 0)
        }
        return descending ? -c : c
    }
}
