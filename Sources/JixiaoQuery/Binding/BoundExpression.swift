import JixiaoEngine

/// An engine expression with the type it yields (nil for an untyped null).
public struct BoundExpression {
    public var expr: Expr
    public var type: DataType?
    /// The input columns it reads, for column pruning.
    public var reads: Set<Int>

    public init(_ expr: Expr, _ type: DataType?) {
        self.expr = expr
        self.type = type
        self.reads = expr.columnsRead
    }

    public var constant: Value? {
        if case .literal(let v) = expr { return v }
        return nil
    }
}

extension Expr {
    /// Every column index the expression reads.
    var columnsRead: Set<Int> {
        var found = Set<Int>()
        collectColumns(into: &found)
        return found
    }

    private func collectColumns(into found: inout Set<Int>) {
        switch self {
        case .column(let i): found.insert(i)
        case .literal: break
        case .negate(let e), .not(let e), .isNull(let e, _), .inList(let e, _, _), .matches(let e, _):
            e.collectColumns(into: &found)
        case .arithmetic(_, let l, let r), .comparison(_, let l, let r), .and(let l, let r), .or(let l, let r),
            .contains(let l, let r):
            l.collectColumns(into: &found)
            r.collectColumns(into: &found)
        case .call(_, let arguments):
            for argument in arguments { argument.collectColumns(into: &found) }
        }
    }
}
