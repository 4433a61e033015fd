/// Evaluates bound expressions a whole column at a time.
public struct ExpressionEvaluator {
    public let table: Table
    public let context: ExecutionContext
    /// The rows to evaluate: every row of the table, or one batch of them.
    public let rows: Range<Int>

    public init(table: Table, context: ExecutionContext, rows: Range<Int>? = nil) {
        self.table = table
        self.context = context
        self.rows = rows ?? 0..<table.rowCount
    }

    /// The same expressions over one batch of rows.
    public func batch(_ rows: Range<Int>) -> ExpressionEvaluator {
        ExpressionEvaluator(table: table, context: context, rows: rows)
    }

    var rowCount: Int { rows.count }

    /// The expression's value for every row of the table.
    public func evaluate(_ expr: Expr) throws -> Column {
        // A bare column of every row is handed over as stored: compact numbers stay compact
        // (a key to group, sort or join by reads them directly), with no copy.
        if case .column(let i) = expr, rows.count == table.columns[i].count { return table.columns[i] }
        let result = try operand(expr)
        let type = try expr.resultType(columnTypes: table.columns.map(\.type))
        return result.materialize(count: rowCount, type: type)
    }

    /// The expression's value, kept as a constant when it does not depend on any row.
    public func operand(_ expr: Expr) throws -> Operand {
        try context.checkInterrupt()
        switch expr {
        case .column(let i):
            let column = table.columns[i]
            // Inside an expression a column is plain numbers: whole (decoded once) or a batch.
            return .column(rows.count == column.count ? column.widened : column.slice(rows))
        case .literal(let v):
            return .constant(v)
        case .negate(let e):
            return try Arithmetic.negate(operand(e), count: rowCount)
        case .arithmetic(let op, let l, let r):
            return try Arithmetic.apply(op, operand(l), operand(r), count: rowCount, context: context)
        case .comparison(let op, let l, let r):
            return try Comparison.apply(op, operand(l), operand(r), count: rowCount, context: context)
        case .not(let e):
            return try Logic.not(operand(e), count: rowCount)
        case .and(let l, let r):
            return try Logic.and(operand(l), operand(r), count: rowCount)
        case .or(let l, let r):
            return try Logic.or(operand(l), operand(r), count: rowCount)
        case .isNull(let e, let negated):
            return Logic.isNull(try operand(e), negated: negated, count: rowCount)
        case .inList(let e, let values, let negated):
            return try Membership.inList(operand(e), values, negated: negated, count: rowCount, context: context)
        case .contains(let l, let r):
            return try StringPredicates.contains(operand(l), operand(r), count: rowCount, context: context)
        case .matches(let e, let pattern):
            return try StringPredicates.matches(operand(e), pattern: pattern, count: rowCount, context: context)
        case .call(let function, let args):
            return try function.evaluate(args.map { try operand($0) }, rowCount, context)
        }
    }
}

/// Builds a boolean column from a per-row predicate over valid rows, keeping nulls null.
@inline(__always)
func booleanColumn(count: Int, validity: Bitmap?, _ predicate: (Int) -> Bool) -> Column {
    var out = [Bool](repeating: false, count: count)
    out.withUnsafeMutableBufferPointer { buffer in
        for i in 0..<count { buffer[i] = predicate(i) }
    }
    return Column(.boolean(out), validity: validity)
}

/// Maps each row's dictionary code through a per-code answer, computed once per distinct string.
/// Null rows may hold code 0 of an empty dictionary, so an empty table answers false.
func columnFromTruthTable(_ codes: [UInt32], _ truth: [Bool], _ validity: Bitmap?) -> Column {
    var out = [Bool](repeating: false, count: codes.count)
    guard !truth.isEmpty else { return Column(.boolean(out), validity: validity) }
    truth.withUnsafeBufferPointer { t in
        codes.withUnsafeBufferPointer { c in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<c.count { o[i] = t[Int(c[i])] }
            }
        }
    }
    return Column(.boolean(out), validity: validity)
}
