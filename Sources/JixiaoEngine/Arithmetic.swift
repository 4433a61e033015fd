import Foundation

/// `+ - * / %` and unary minus (with a date: `DateArithmetic`). Integers stay integers unless a result overflows, which turns
/// the column into doubles instead of trapping; `/` always gives a double.
enum Arithmetic {
    static func negate(_ operand: Operand, count: Int) throws -> Operand {
        switch operand {
        case .constant(.null): return operand
        case .constant(.integer(let i)):
            return i == .min ? .constant(.double(-Double(i))) : .constant(.integer(-i))
        case .constant(.double(let d)): return .constant(.double(-d))
        case .constant(let v): throw EngineError.typeMismatch("cannot negate \(v.type?.rawValue ?? "null")")
        case .column(let c):
            switch c.widened.data {
            case .integer(let a):
                if a.contains(.min) { return .column(Column(.double(a.map { -Double($0) }), validity: c.validity)) }
                return .column(Column(.integer(a.map { -$0 }), validity: c.validity))
            case .double(let a): return .column(Column(.double(a.map { -$0 }), validity: c.validity))
            default: throw EngineError.typeMismatch("cannot negate a \(c.type.rawValue) column")
            }
        }
    }

    static func apply(
        _ op: ArithmeticOperator, _ l: Operand, _ r: Operand, count: Int,
        context: ExecutionContext
    ) throws -> Operand {
        if l.type == .date || r.type == .date { return try DateArithmetic.apply(op, l, r, count: count) }
        if l.isNullConstant || r.isNullConstant {
            let bothInt = (l.type ?? .integer) == .integer && (r.type ?? .integer) == .integer && op != .divide
            return .column(.nulls(count: count, type: bothInt ? .integer : .double))
        }
        guard var a = NumericView(l), var b = NumericView(r) else {
            throw EngineError.typeMismatch(
                "`\(op.rawValue)` needs numbers, got \(l.type?.rawValue ?? "null") and \(r.type?.rawValue ?? "null")")
        }
        let n = (a.stride == 0 && b.stride == 0) ? 1 : count
        var validity = Bitmap.intersect(a.validity, b.validity)
        if a.isInteger && b.isInteger && op != .divide {
            if let ints = integerResult(op, a, b, n, &validity, context) {
                return wrap(Column(.integer(ints), validity: validity), constant: a.stride == 0 && b.stride == 0)
            }
        }
        a.promoteToDouble()
        b.promoteToDouble()
        let doubles = doubleResult(op, a, b, n, &validity, context)
        return wrap(Column(.double(doubles), validity: validity), constant: a.stride == 0 && b.stride == 0)
    }

    private static func wrap(_ column: Column, constant: Bool) -> Operand {
        constant ? .constant(column[0]) : .column(column)
    }

    /// Integer results, or nil when any valid row overflows (the caller redoes it in doubles).
    private static func integerResult(
        _ op: ArithmeticOperator, _ a: NumericView, _ b: NumericView, _ n: Int,
        _ validity: inout Bitmap?, _ context: ExecutionContext
    ) -> [Int64]? {
        var out = [Int64](repeating: 0, count: n)
        let sa = a.stride, sb = b.stride
        var overflow = false
        var zeroDivisors = 0
        a.ints.withUnsafeBufferPointer { x in
            b.ints.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    switch op {
                    case .add:
                        for i in 0..<n {
                            let (v, f) = x[i * sa].addingReportingOverflow(y[i * sb]); o[i] = v;
                            overflow = overflow || f
                        }
                    case .subtract:
                        for i in 0..<n {
                            let (v, f) = x[i * sa].subtractingReportingOverflow(y[i * sb]); o[i] = v;
                            overflow = overflow || f
                        }
                    case .multiply:
                        for i in 0..<n {
                            let (v, f) = x[i * sa].multipliedReportingOverflow(by: y[i * sb]); o[i] = v;
                            overflow = overflow || f
                        }
                    case .remainder:
                        for i in 0..<n {
                            let d = y[i * sb]
                            if d == 0 { zeroDivisors += 1; continue }
                            o[i] = d == -1 ? 0 : x[i * sa] % d
                        }
                    case .divide:
                        break
                    }
                }
            }
        }
        if op == .remainder {
            markZeroDivisors(b, n, &validity, context, found: zeroDivisors)
        }
        if overflow {
            // Only an overflow on a valid row matters; null rows hold placeholders.
            return nil
        }
        return out
    }

    private static func doubleResult(
        _ op: ArithmeticOperator, _ a: NumericView, _ b: NumericView, _ n: Int,
        _ validity: inout Bitmap?, _ context: ExecutionContext
    ) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        let sa = a.stride, sb = b.stride
        var zeroDivisors = 0
        a.doubles.withUnsafeBufferPointer { x in
            b.doubles.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    switch op {
                    case .add: for i in 0..<n { o[i] = x[i * sa] + y[i * sb] }
                    case .subtract: for i in 0..<n { o[i] = x[i * sa] - y[i * sb] }
                    case .multiply: for i in 0..<n { o[i] = x[i * sa] * y[i * sb] }
                    case .divide:
                        for i in 0..<n {
                            let d = y[i * sb]
                            if d == 0 { zeroDivisors += 1 } else { o[i] = x[i * sa] / d }
                        }
                    case .remainder:
                        for i in 0..<n {
                            let d = y[i * sb]
                            if d == 0 { zeroDivisors += 1 } else { o[i] = fmod(x[i * sa], d) }
                        }
                    }
                }
            }
        }
        if op == .divide || op == .remainder {
            markZeroDivisors(b, n, &validity, context, found: zeroDivisors)
        }
        return out
    }

    /// Division by zero gives null and one counted warning, not a trap.
    private static func markZeroDivisors(
        _ b: NumericView, _ n: Int, _ validity: inout Bitmap?,
        _ context: ExecutionContext, found: Int
    ) {
        guard found > 0 else { return }
        var v = validity ?? Bitmap(count: n, allSet: true)
        var nullsMade = 0
        for i in 0..<n {
            let isZero = b.isInteger ? b.ints[i * b.stride] == 0 : b.doubles[i * b.stride] == 0
            if isZero && v[i] { v[i] = false; nullsMade += 1 }
        }
        validity = v
        if nullsMade > 0 { context.warn("division by zero gave null", count: nullsMade) }
    }
}
