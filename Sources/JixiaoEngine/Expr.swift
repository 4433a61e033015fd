/// A bound expression: names are already resolved to column indices and functions to
/// implementations, so evaluation never looks anything up by string.
public indirect enum Expr: Sendable {
    case column(Int)
    case literal(Value)
    case negate(Expr)
    case not(Expr)
    case arithmetic(ArithmeticOperator, Expr, Expr)
    case comparison(ComparisonOperator, Expr, Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case isNull(Expr, negated: Bool)
    case inList(Expr, [Value], negated: Bool)
    case contains(Expr, Expr)
    case matches(Expr, pattern: String)
    case call(ScalarFunction, [Expr])
}

public enum ArithmeticOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}

public enum ComparisonOperator: String, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    /// The operator that gives the same answer with the operands swapped.
    public var swapped: ComparisonOperator {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        }
    }

    @inline(__always)
    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

extension Expr {
    /// The type the expression yields over `fields` of types `types`; nil for an all-null literal.
    public func resultType(columnTypes types: [DataType]) throws -> DataType? {
        switch self {
        case .column(let i): return types[i]
        case .literal(let v): return v.type
        case .negate(let e):
            let t = try e.resultType(columnTypes: types)
            guard t == nil || t!.isNumeric else { throw EngineError.typeMismatch("cannot negate a \(t!.rawValue)") }
            return t
        case .not, .comparison, .and, .or, .isNull, .inList, .contains, .matches:
            return .boolean
        case .arithmetic(let op, let l, let r):
            let lt = try l.resultType(columnTypes: types), rt = try r.resultType(columnTypes: types)
            if let dated = try DateArithmetic.resultType(op, lt, rt) { return dated }
            for t in [lt, rt] {
                if let t, !t.isNumeric {
                    throw EngineError.typeMismatch("`\(op.rawValue)` needs numbers, got \(t.rawValue)")
                }
            }
            if op == .divide { return .double }
            if lt == .double || rt == .double { return .double }
            return (lt == nil && rt == nil) ? nil : .integer
        case .call(let f, let args):
            return try f.resultType(args.map { try $0.resultType(columnTypes: types) })
        }
    }
}
