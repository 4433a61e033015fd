/// The fast path of `where`: a condition that is an `and` of simple comparisons (a column against
/// a constant, two numeric columns, `is [not] null`) is answered with a selection vector refined
/// one comparison at a time, so the second comparison only looks at rows the first kept and no
/// boolean column is ever built. SQL's nulls hold: a comparison on a null row is not true, so the
/// row goes. Anything else (or any comparison that could raise a type error) is left to the
/// general path, which evaluates the whole condition as a column.
enum ConjunctFilter {
    /// The kept rows, or nil when the condition is not of the simple form.
    static func selection(_ condition: Expr, _ table: Table) -> Selection? {
        var conjuncts: [Expr] = []
        flatten(condition, into: &conjuncts)
        var predicates: [Predicate] = []
        for c in conjuncts {
            guard let p = Predicate(c, table) else { return nil }
            predicates.append(p)
        }
        var selection: Selection?
        for p in predicates { selection = p.refine(selection, rowCount: table.rowCount) }
        return selection ?? Selection((0..<table.rowCount).map { Int32($0) })
    }

    private static func flatten(_ e: Expr, into out: inout [Expr]) {
        if case .and(let l, let r) = e {
            flatten(l, into: &out)
            flatten(r, into: &out)
        } else {
            out.append(e)
        }
    }

    /// One simple comparison, ready to test rows.
    private enum Predicate {
        /// Rows whose dictionary code's entry in `truth` is true.
        case codes([UInt32], truth: [Bool], Bitmap?)
        case integerConstant([Int64], ComparisonOperator, Int64, Bitmap?)
        case doubleConstant([Double], ComparisonOperator, Double, Bitmap?)
        case integerColumns([Int64], ComparisonOperator, [Int64], Bitmap?)
        case doubleColumns([Double], ComparisonOperator, [Double], Bitmap?)
        case validity(Bitmap?, wantNull: Bool)

        init?(_ e: Expr, _ table: Table) {
            switch e {
            case .comparison(let op, .column(let i), .literal(let v)):
                self.init(op, table.columns[i], v)
            case .comparison(let op, .literal(let v), .column(let i)):
                self.init(op.swapped, table.columns[i], v)
            case .comparison(let op, .column(let i), .column(let j)):
                let a = table.columns[i], b = table.columns[j]
                let validity = Bitmap.intersect(a.validity, b.validity)
                switch (a.data, b.data) {
                case (.integer(let x), .integer(let y)): self = .integerColumns(x, op, y, validity)
                case (.double(let x), .double(let y)): self = .doubleColumns(x, op, y, validity)
                case (.integer(let x), .double(let y)): self = .doubleColumns(x.map(Double.init), op, y, validity)
                case (.double(let x), .integer(let y)): self = .doubleColumns(x, op, y.map(Double.init), validity)
                default: return nil
                }
            case .isNull(.column(let i), let negated):
                self = .validity(table.columns[i].validity, wantNull: !negated)
            default:
                return nil
            }
        }

        private init?(_ op: ComparisonOperator, _ column: Column, _ value: Value) {
            switch (column.data, value) {
            case (.string(let codes, let dict), .string(let s)):
                let constant = CodePointOrder(string: s)
                self = .codes(codes, truth: dict.values.map { op.holds(CodePointOrder(string: $0), constant) }, column.validity)
            case (.integer(let a), .integer(let k)): self = .integerConstant(a, op, k, column.validity)
            case (.integer(let a), .double(let k)): self = .doubleConstant(a.map(Double.init), op, k, column.validity)
            case (.double(let a), .integer(let k)): self = .doubleConstant(a, op, Double(k), column.validity)
            case (.double(let a), .double(let k)): self = .doubleConstant(a, op, k, column.validity)
            default: return nil
            }
        }

        func refine(_ selection: Selection?, rowCount: Int) -> Selection {
            switch self {
            case .codes(let codes, let truth, let validity):
                if truth.isEmpty { return [] }
                return codes.withUnsafeBufferPointer { c in
                    truth.withUnsafeBufferPointer { t in
                        keep(selection, rowCount, validity) { t[Int(c[$0])] }
                    }
                }
            case .integerConstant(let a, let op, let k, let validity):
                return a.withUnsafeBufferPointer { x in compare(selection, rowCount, validity, op) { (x[$0], k) } }
            case .doubleConstant(let a, let op, let k, let validity):
                return a.withUnsafeBufferPointer { x in compare(selection, rowCount, validity, op) { (x[$0], k) } }
            case .integerColumns(let a, let op, let b, let validity):
                return a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in compare(selection, rowCount, validity, op) { (x[$0], y[$0]) } }
                }
            case .doubleColumns(let a, let op, let b, let validity):
                return a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in compare(selection, rowCount, validity, op) { (x[$0], y[$0]) } }
                }
            case .validity(let validity, let wantNull):
                guard let validity else { return wantNull ? [] : selection ?? all(rowCount) }
                return keep(selection, rowCount, nil) { validity[$0] != wantNull }
            }
        }

        /// One loop per operator, so the comparison is not a switch inside the row loop.
        @inline(__always)
        private func compare<T: Comparable>(_ selection: Selection?, _ n: Int, _ validity: Bitmap?,
                                            _ op: ComparisonOperator, _ pair: (Int) -> (T, T)) -> Selection {
            switch op {
            case .equal: return keep(selection, n, validity) { let (a, b) = pair($0); return a == b }
            case .notEqual: return keep(selection, n, validity) { let (a, b) = pair($0); return a != b }
            case .less: return keep(selection, n, validity) { let (a, b) = pair($0); return a < b }
            case .lessOrEqual: return keep(selection, n, validity) { let (a, b) = pair($0); return a <= b }
            case .greater: return keep(selection, n, validity) { let (a, b) = pair($0); return a > b }
            case .greaterOrEqual: return keep(selection, n, validity) { let (a, b) = pair($0); return a >= b }
            }
        }
    }

    private static func all(_ n: Int) -> Selection { Selection((0..<n).map { Int32($0) }) }

    /// The rows of `selection` (every row when nil) that are valid and pass `test`.
    @inline(__always)
    private static func keep(_ selection: Selection?, _ n: Int, _ validity: Bitmap?, _ test: (Int) -> Bool) -> Selection {
        var out = Selection()
        out.reserveCapacity(selection?.count ?? n)
        if let selection {
            for r in selection {
                let row = Int(r)
                if validity.map({ $0[row] }) ?? true, test(row) { out.append(r) }
            }
        } else if let validity {
            for row in 0..<n where validity[row] && test(row) { out.append(Int32(row)) }
        } else {
            for row in 0..<n where test(row) { out.append(Int32(row)) }
        }
        return out
    }
}
