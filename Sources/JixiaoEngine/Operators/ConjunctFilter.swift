/// The fast path of `where`: a condition that is an `and` of simple comparisons (a column against
/// a constant, two numeric columns, `is [not] null`) is answered batch by batch: the first
/// comparison writes the batch's passing row numbers into a scratch buffer, each later one
/// compacts that buffer in place, so it only looks at rows the earlier ones kept and no boolean
/// column is ever built. SQL's nulls hold: a comparison on a null row is not true, so the row
/// goes. Anything else (or any comparison that could raise a type error) is left to the general
/// path, which evaluates the whole condition.
struct ConjunctFilter {
    private let predicates: [Predicate]

    /// Nil when the condition is not of the simple form.
    init?(_ condition: Expr, _ table: Table) {
        var conjuncts: [Expr] = []
        Self.flatten(condition, into: &conjuncts)
        var predicates: [Predicate] = []
        for c in conjuncts {
            guard let p = Predicate(c, table) else { return nil }
            predicates.append(p)
        }
        self.predicates = predicates
    }

    /// Appends the rows of `rows` that pass every comparison to `kept`; `scratch` holds at
    /// least `Batch.size` row numbers.
    func append(_ rows: Range<Int>, to kept: inout Selection, scratch: inout [Int32]) {
        var count = 0
        scratch.withUnsafeMutableBufferPointer { buffer in
            for (k, p) in predicates.enumerated() {
                p.refine(buffer.baseAddress!, &count, scan: k == 0 ? rows : nil)
                if count == 0 { return }
            }
            if predicates.isEmpty {
                for row in rows { buffer[count] = Int32(row); count += 1 }
            }
        }
        kept.append(contentsOf: scratch[0..<count])
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
        /// Rows whose dictionary code's entry in `truth` is 1.
        case codes([UInt32], truth: [UInt8], Bitmap?)
        case byteCodes([UInt8], truth: [UInt8], Bitmap?)
        case pairCodes([UInt16], truth: [UInt8], Bitmap?)
        case integerConstant([Int64], ComparisonOperator, Int64, Bitmap?)
        /// An integer column against a decimal constant, compared as doubles row by row.
        case integerToDouble([Int64], ComparisonOperator, Double, Bitmap?)
        case doubleConstant([Double], ComparisonOperator, Double, Bitmap?)
        case integerColumns([Int64], ComparisonOperator, [Int64], Bitmap?)
        case doubleColumns([Double], ComparisonOperator, [Double], Bitmap?)
        case integerDoubleColumns([Int64], ComparisonOperator, [Double], Bitmap?)
        /// Days against a day (`due < "2024-01-01"`, the text read when binding) or against days.
        case dateConstant([Int32], ComparisonOperator, Int32, Bitmap?)
        case dateColumns([Int32], ComparisonOperator, [Int32], Bitmap?)
        case validity(Bitmap?, wantNull: Bool)
        /// Compact integers against an integer, as integers.
        case mantissaInteger([Int32], ComparisonOperator, Int64, Bitmap?)
        /// Compact numbers (mantissas over `divisor`) against a number, decoded row by row.
        case compactConstant([Int32], Double, ComparisonOperator, Double, Bitmap?)
        /// Two compact columns of one scale: their mantissas order as their numbers do.
        case mantissaColumns([Int32], ComparisonOperator, [Int32], Bitmap?)
        /// Two compact columns of different scales, decoded row by row.
        case compactColumns([Int32], Double, ComparisonOperator, [Int32], Double, Bitmap?)

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
                case (.integer(let x), .double(let y)): self = .integerDoubleColumns(x, op, y, validity)
                case (.double(let x), .integer(let y)): self = .integerDoubleColumns(y, op.swapped, x, validity)
                case (.date(let x), .date(let y)): self = .dateColumns(x, op, y, validity)
                case (.compact(let x), .compact(let y)):
                    self =
                        x.scale == y.scale
                        ? .mantissaColumns(x.mantissas, op, y.mantissas, validity)
                        : .compactColumns(x.mantissas, x.divisor, op, y.mantissas, y.divisor, validity)
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
                self = .codes(
                    codes, truth: dict.values.map { op.holds(CodePointOrder(string: $0), constant) ? 1 : 0 },
                    column.validity)
            case (.narrowString(let codes, let dict), .string(let s)):
                let constant = CodePointOrder(string: s)
                let truth: [UInt8] = dict.values.map { op.holds(CodePointOrder(string: $0), constant) ? 1 : 0 }
                switch codes {
                case .bytes(let a): self = .byteCodes(a, truth: truth, column.validity)
                case .pairs(let a): self = .pairCodes(a, truth: truth, column.validity)
                }
            case (.integer(let a), .integer(let k)): self = .integerConstant(a, op, k, column.validity)
            case (.integer(let a), .double(let k)): self = .integerToDouble(a, op, k, column.validity)
            case (.double(let a), .integer(let k)): self = .doubleConstant(a, op, Double(k), column.validity)
            case (.double(let a), .double(let k)): self = .doubleConstant(a, op, k, column.validity)
            case (.date(let a), .date(let k)): self = .dateConstant(a, op, k, column.validity)
            case (.compact(let c), .integer(let k)) where c.isInteger:
                self = .mantissaInteger(c.mantissas, op, k, column.validity)
            case (.compact(let c), .integer(let k)):
                self = .compactConstant(c.mantissas, c.divisor, op, Double(k), column.validity)
            case (.compact(let c), .double(let k)):
                self = .compactConstant(c.mantissas, c.divisor, op, k, column.validity)
            default: return nil
            }
        }

        /// Keeps the rows that pass: all of `scan` when given (the first comparison), else the
        /// `count` rows already in `rows`, compacted in place.
        func refine(_ rows: UnsafeMutablePointer<Int32>, _ count: inout Int, scan: Range<Int>?) {
            switch self {
            case .codes(let codes, let truth, let validity):
                lookUp(codes, truth, validity, rows, &count, scan)
            case .byteCodes(let codes, let truth, let validity):
                lookUp(codes, truth, validity, rows, &count, scan)
            case .pairCodes(let codes, let truth, let validity):
                lookUp(codes, truth, validity, rows, &count, scan)
            case .integerConstant(let a, let op, let k, let validity):
                a.withUnsafeBufferPointer { x in compare(rows, &count, scan, validity, op) { (x[$0], k) } }
            case .integerToDouble(let a, let op, let k, let validity):
                a.withUnsafeBufferPointer { x in compare(rows, &count, scan, validity, op) { (Double(x[$0]), k) } }
            case .doubleConstant(let a, let op, let k, let validity):
                a.withUnsafeBufferPointer { x in compare(rows, &count, scan, validity, op) { (x[$0], k) } }
            case .integerColumns(let a, let op, let b, let validity):
                a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in compare(rows, &count, scan, validity, op) { (x[$0], y[$0]) } }
                }
            case .doubleColumns(let a, let op, let b, let validity):
                a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in compare(rows, &count, scan, validity, op) { (x[$0], y[$0]) } }
                }
            case .integerDoubleColumns(let a, let op, let b, let validity):
                a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in
                        compare(rows, &count, scan, validity, op) { (Double(x[$0]), y[$0]) }
                    }
                }
            case .dateConstant(let a, let op, let k, let validity):
                a.withUnsafeBufferPointer { x in compare(rows, &count, scan, validity, op) { (x[$0], k) } }
            case .dateColumns(let a, let op, let b, let validity):
                a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in compare(rows, &count, scan, validity, op) { (x[$0], y[$0]) } }
                }
            case .mantissaInteger(let a, let op, let k, let validity):
                a.withUnsafeBufferPointer { x in compare(rows, &count, scan, validity, op) { (Int64(x[$0]), k) } }
            case .compactConstant(let a, let p, let op, let k, let validity):
                a.withUnsafeBufferPointer { x in compare(rows, &count, scan, validity, op) { (Double(x[$0]) / p, k) } }
            case .mantissaColumns(let a, let op, let b, let validity):
                a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in compare(rows, &count, scan, validity, op) { (x[$0], y[$0]) } }
                }
            case .compactColumns(let a, let p, let op, let b, let q, let validity):
                a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { y in
                        compare(rows, &count, scan, validity, op) { (Double(x[$0]) / p, Double(y[$0]) / q) }
                    }
                }
            case .validity(let validity, let wantNull):
                guard let validity else {
                    if wantNull { count = 0 } else { keep(rows, &count, scan, nil) { _ in 1 } }
                    return
                }
                validity.words.withUnsafeBufferPointer { w in
                    let flip: UInt64 = wantNull ? 1 : 0
                    keep(rows, &count, scan, nil) {
                        Int(truncatingIfNeeded: ((w[$0 >> 6] >> UInt64($0 & 63)) & 1) ^ flip)
                    }
                }
            }
        }

        /// Keeps the rows whose code's entry in `truth` is 1, for codes of any width.
        @inline(__always)
        private func lookUp<Code: FixedWidthInteger>(
            _ codes: [Code], _ truth: [UInt8], _ validity: Bitmap?,
            _ rows: UnsafeMutablePointer<Int32>, _ count: inout Int, _ scan: Range<Int>?
        ) {
            if truth.isEmpty { count = 0; return }
            codes.withUnsafeBufferPointer { c in
                truth.withUnsafeBufferPointer { t in
                    keep(rows, &count, scan, validity) { Int(t[Int(c[$0])]) }
                }
            }
        }

        /// One loop per operator, so the comparison is not a switch inside the row loop.
        @inline(__always)
        private func compare<T: Comparable>(
            _ rows: UnsafeMutablePointer<Int32>, _ count: inout Int, _ scan: Range<Int>?,
            _ validity: Bitmap?, _ op: ComparisonOperator, _ pair: (Int) -> (T, T)
        ) {
            switch op {
            case .equal:
                keep(rows, &count, scan, validity) {
                    let (a, b) = pair($0); return a == b ? 1 : 0
                }
            case .notEqual:
                keep(rows, &count, scan, validity) {
                    let (a, b) = pair($0); return a != b ? 1 : 0
                }
            case .less:
                keep(rows, &count, scan, validity) {
                    let (a, b) = pair($0); return a < b ? 1 : 0
                }
            case .lessOrEqual:
                keep(rows, &count, scan, validity) {
                    let (a, b) = pair($0); return a <= b ? 1 : 0
                }
            case .greater:
                keep(rows, &count, scan, validity) {
                    let (a, b) = pair($0); return a > b ? 1 : 0
                }
            case .greaterOrEqual:
                keep(rows, &count, scan, validity) {
                    let (a, b) = pair($0); return a >= b ? 1 : 0
                }
            }
        }
    }

    /// Writes each candidate row, then advances past it only if it is valid and passes `test`
    /// (which answers 1 or 0): no branch on the outcome, which is as good as random for most
    /// comparisons.
    @inline(__always)
    private static func keep(
        _ rows: UnsafeMutablePointer<Int32>, _ count: inout Int, _ scan: Range<Int>?,
        _ validity: Bitmap?, _ test: (Int) -> Int
    ) {
        var kept = 0
        if let validity {
            validity.words.withUnsafeBufferPointer { w in
                @inline(__always) func valid(_ r: Int) -> Int {
                    Int(truncatingIfNeeded: (w[r >> 6] >> UInt64(r & 63)) & 1)
                }
                if let scan {
                    for r in scan { rows[kept] = Int32(truncatingIfNeeded: r); kept &+= valid(r) & test(r) }
                } else {
                    for k in 0..<count { let r = Int(rows[k]); rows[kept] = rows[k]; kept &+= valid(r) & test(r) }
                }
            }
        } else if let scan {
            for r in scan { rows[kept] = Int32(truncatingIfNeeded: r); kept &+= test(r) }
        } else {
            for k in 0..<count { let r = Int(rows[k]); rows[kept] = rows[k]; kept &+= test(r) }
        }
        count = kept
    }
}
