import Foundation

/// `= != < <= > >=` on numbers, strings (by code point), dates (by day) and booleans, with SQL's nulls:
/// a comparison with null is null, which `where` treats as false.
enum Comparison {
    static func apply(
        _ op: ComparisonOperator, _ l: Operand, _ r: Operand, count: Int,
        context: ExecutionContext
    ) throws -> Operand {
        if l.isNullConstant || r.isNullConstant { return .constant(.null) }
        if case .constant(let a) = l, case .constant(let b) = r {
            return .constant(try compareValues(op, a, b).map(Value.boolean) ?? .null)
        }
        // Put the column on the left so there is one constant-side case per type.
        if case .constant = l { return try apply(op.swapped, r, l, count: count, context: context) }
        guard case .column(let column) = l else { return .constant(.null) }
        switch (column.data, r) {
        case (.string(let codes, let dict), .constant(.string(let s))):
            let truth = context.perDictionary(dict, "\(op.rawValue) \(s)") {
                dict.values.map { op.holds(CodePointOrder(string: $0), CodePointOrder(string: s)) }
            }
            return .column(columnFromTruthTable(codes, truth, column.validity))
        case (.string(let lc, let ld), .column(let other)):
            guard case .string(let rc, let rd) = other.data else { throw mismatch(column.type, other.type) }
            let validity = Bitmap.intersect(column.validity, other.validity)
            if ld === rd {
                let rank = context.perDictionary(ld, "ranks") { CodePointOrder.ranks(of: ld) }
                return .column(
                    booleanColumn(count: count, validity: validity) { i in
                        op.holds(rank[Int(lc[i])], rank[Int(rc[i])])
                    })
            }
            return .column(
                booleanColumn(count: count, validity: validity) { i in
                    op.holds(
                        CodePointOrder(string: ld.values[Int(lc[i])]), CodePointOrder(string: rd.values[Int(rc[i])]))
                })
        case (.string, _), (_, .constant(.string)):
            throw mismatch(column.type, r.type)
        case (.date(let days), .constant(.date(let d))):
            return .column(numericCompare(op, days, 1, [d], 0, count, column.validity))
        case (.date(let lhs), .column(let other)):
            guard case .date(let rhs) = other.data else { throw mismatch(column.type, other.type) }
            let validity = Bitmap.intersect(column.validity, other.validity)
            return .column(numericCompare(op, lhs, 1, rhs, 1, count, validity))
        case (.date, _), (_, .constant(.date)):
            throw mismatch(column.type, r.type)
        default:
            break
        }
        if case .column(let other) = r, other.type == .string || other.type == .date {
            throw mismatch(column.type, other.type)
        }
        guard var a = NumericView(l), var b = NumericView(r) else { throw mismatch(column.type, r.type) }
        let validity = Bitmap.intersect(a.validity, b.validity)
        if a.isInteger && b.isInteger {
            return .column(numericCompare(op, a.ints, a.stride, b.ints, b.stride, count, validity))
        }
        a.promoteToDouble()
        b.promoteToDouble()
        return .column(numericCompare(op, a.doubles, a.stride, b.doubles, b.stride, count, validity))
    }

    private static func mismatch(_ a: DataType?, _ b: DataType?) -> EngineError {
        .typeMismatch("cannot compare \(a?.rawValue ?? "null") with \(b?.rawValue ?? "null")")
    }

    /// Compares two boxed values; nil when either is null.
    static func compareValues(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.string(let x), .string(let y)):
            return op.holds(CodePointOrder(string: x), CodePointOrder(string: y))
        case (.boolean(let x), .boolean(let y)): return op.holds(x ? 1 : 0, y ? 1 : 0)
        case (.date(let x), .date(let y)): return op.holds(x, y)
        case (.date, _), (_, .date): throw mismatch(a.type, b.type)
        case (.integer(let x), .integer(let y)): return op.holds(x, y)
        default:
            guard let x = a.number ?? (a == .boolean(true) ? 1 : a == .boolean(false) ? 0 : nil),
                let y = b.number ?? (b == .boolean(true) ? 1 : b == .boolean(false) ? 0 : nil)
            else {
                throw mismatch(a.type, b.type)
            }
            return op.holds(x, y)
        }
    }

    private static func numericCompare<T: Comparable>(
        _ op: ComparisonOperator, _ a: [T], _ sa: Int, _ b: [T], _ sb: Int,
        _ n: Int, _ validity: Bitmap?
    ) -> Column {
        var out = [Bool](repeating: false, count: n)
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    switch op {
                    case .equal: for i in 0..<n { o[i] = x[i * sa] == y[i * sb] }
                    case .notEqual: for i in 0..<n { o[i] = x[i * sa] != y[i * sb] }
                    case .less: for i in 0..<n { o[i] = x[i * sa] < y[i * sb] }
                    case .lessOrEqual: for i in 0..<n { o[i] = x[i * sa] <= y[i * sb] }
                    case .greater: for i in 0..<n { o[i] = x[i * sa] > y[i * sb] }
                    case .greaterOrEqual: for i in 0..<n { o[i] = x[i * sa] >= y[i * sb] }
                    }
                }
            }
        }
        return Column(.boolean(out), validity: validity)
    }
}

/// Strings ordered by Unicode code point (UTF-8 byte order), as SQLite's BINARY collation does,
/// rather than by Swift's canonical-equivalence ordering.
public struct CodePointOrder: Comparable {
    public let string: String

    public init(string: String) { self.string = string }

    public static func < (a: CodePointOrder, b: CodePointOrder) -> Bool {
        var x = a.string, y = b.string
        return x.withUTF8 { p in
            y.withUTF8 { q in
                let common = Swift.min(p.count, q.count)
                let c = common == 0 ? 0 : memcmp(p.baseAddress!, q.baseAddress!, common)
                return c != 0 ? c < 0 : p.count < q.count
            }
        }
    }

    public static func == (a: CodePointOrder, b: CodePointOrder) -> Bool { sameUTF8(a.string, b.string) }

    /// For each dictionary code, its rank among the dictionary's values in code-point order,
    /// so that rows compare as integers.
    public static func ranks(of dictionary: StringDictionary) -> [Int32] {
        let order = dictionary.values.indices.sorted {
            CodePointOrder(string: dictionary.values[$0]) < CodePointOrder(string: dictionary.values[$1])
        }
        var rank = [Int32](repeating: 0, count: dictionary.count)
        var current: Int32 = -1
        var previous: String?
        for code in order {
            let value = dictionary.values[code]
            if previous.map({ !sameUTF8($0, value) }) ?? true { current += 1 }
            rank[code] = current
            previous = value
        }
        return rank
    }
}
