/// `date ± n` (n whole days) is a date and `date − date` the days between, as in SQL;
/// any other arithmetic with a date is a type error, found when binding.
public enum DateArithmetic {
    /// The type of `l op r` when either side is a date; nil when neither is.
    public static func resultType(_ op: ArithmeticOperator, _ l: DataType?, _ r: DataType?) throws -> DataType? {
        guard l == .date || r == .date else { return nil }
        func days(_ t: DataType?) -> Bool { t == nil || t == .integer }
        switch (op, l, r) {
        case (.add, .date, let t) where days(t), (.add, let t, .date) where days(t): return .date
        case (.subtract, .date, .date), (.subtract, nil, .date): return .integer
        case (.subtract, .date, let t) where days(t): return .date
        default:
            throw EngineError.typeMismatch(
                "`\(op.rawValue)` with a date: a date plus or minus whole days is a date, and date − date is the days between; got \(l?.rawValue ?? "null") \(op.rawValue) \(r?.rawValue ?? "null")"
            )
        }
    }

    static func apply(_ op: ArithmeticOperator, _ l: Operand, _ r: Operand, count: Int) throws -> Operand {
        guard let type = try resultType(op, l.type, r.type) else {
            throw EngineError.typeMismatch("date arithmetic without a date")
        }
        if l.isNullConstant || r.isNullConstant { return .column(.nulls(count: count, type: type)) }
        guard let a = DayView(l), let b = DayView(r) else {
            throw EngineError.typeMismatch("`\(op.rawValue)` needs a date and whole days")
        }
        let n = a.stride == 0 && b.stride == 0 ? 1 : count
        var validity = Bitmap.intersect(a.validity, b.validity)
        var out = [Int64](repeating: 0, count: n)
        let sign: Int64 = op == .add ? 1 : -1
        var outOfRange = false
        for i in 0..<n {
            // Days fit in 32 bits, so only a huge integer operand can overflow; it is out of range.
            let (v, overflow) = a.values[i * a.stride].addingReportingOverflow(sign &* b.values[i * b.stride])
            out[i] = overflow ? .max : v
            outOfRange = outOfRange || overflow || !CivilDay.representable.contains(v)
        }
        let column: Column
        if type == .integer {
            column = Column(.integer(out), validity: validity)
        } else {
            // A day past 9999-12-31 or before year 1 has no ISO text: null, like an invalid date.
            if outOfRange {
                var v = validity ?? Bitmap(count: n, allSet: true)
                for i in 0..<n where !CivilDay.representable.contains(out[i]) { v[i] = false }
                validity = v
            }
            column = Column(.date(out.map { CivilDay.representable.contains($0) ? Int32($0) : 0 }), validity: validity)
        }
        return a.stride == 0 && b.stride == 0 ? .constant(column[0]) : .column(column)
    }

    /// A date or integer operand as 64-bit day counts, with a stride of 0 for a constant.
    private struct DayView {
        var values: [Int64]
        var stride: Int
        var validity: Bitmap?

        init?(_ operand: Operand) {
            switch operand {
            case .constant(.date(let d)): (values, stride) = ([Int64(d)], 0)
            case .constant(.integer(let i)): (values, stride) = ([i], 0)
            case .constant: return nil
            case .column(let c):
                (stride, validity) = (1, c.validity)
                switch c.data {
                case .date(let a): values = a.map { Int64($0) }
                case .integer(let a): values = a
                case .compact(let n) where n.isInteger: values = n.mantissas.map { Int64($0) }
                default: return nil
                }
            }
        }
    }
}
