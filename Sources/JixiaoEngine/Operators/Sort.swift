/// Stable sort by several keys, each ascending or descending, nulls last in both directions.
public struct Sort: Sendable {
    public let keys: [(expr: Expr, descending: Bool)]

    public init(_ keys: [(expr: Expr, descending: Bool)]) { self.keys = keys }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        input.gather(try order(input, context: context))
    }

    /// The row order, without moving any data.
    public func order(_ input: Table, context: ExecutionContext) throws -> Selection {
        let evaluator = ExpressionEvaluator(table: input, context: context)
        let sortKeys = try keys.map { SortKey(try evaluator.evaluate($0.expr), descending: $0.descending) }
        context.addProgress(rows: input.rowCount)
        var rows = Selection((0..<input.rowCount).map { Int32($0) })
        // The comparator checks for Ctrl-C now and then: a sort of millions of rows is one call.
        var comparisons = 0
        try rows.sort { a, b in
            comparisons &+= 1
            if comparisons & 0xFFFF == 0 { try context.checkInterrupt() }
            for key in sortKeys {
                let c = key.compare(Int(a), Int(b))
                if c != 0 { return c < 0 }
            }
            return a < b
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
