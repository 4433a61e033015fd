/// Keeps the rows where a condition is true; null counts as false.
///
/// The condition is tested a batch at a time: an `and` of simple comparisons by refining the
/// batch's row numbers one comparison after another (`ConjunctFilter`), anything else by
/// evaluating it over the batch. Only the kept row numbers outlive a batch.
public struct Filter: Sendable {
    public let condition: Expr

    public init(_ condition: Expr) { self.condition = condition }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        try context.checkInterrupt()
        let kept = try selection(input, context: context)
        context.addProgress(rows: input.rowCount)
        return kept.count == input.rowCount ? input : ParallelRows.gather(input, kept, threads: context.threads)
    }

    /// The rows of `input` where the condition is true, in order: a large table's row ranges are
    /// tested on every core and their rows joined in range order (`ParallelRows`).
    public func selection(_ input: Table, context: ExecutionContext) throws -> Selection {
        let parts = try ParallelRows.map(input.rowCount, threads: context.threads) { [condition] range in
            try Filter(condition).selection(input, range, context: context)
        }
        if parts.count == 1 { return parts[0] }
        var kept = Selection()
        kept.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { kept.append(contentsOf: part) }
        return kept
    }

    /// The rows of `range` where the condition is true, in order.
    private func selection(_ input: Table, _ range: Range<Int>, context: ExecutionContext) throws -> Selection {
        var kept = Selection()
        if let conjuncts = ConjunctFilter(condition, input) {
            var scratch = [Int32](repeating: 0, count: Batch.size)
            for rows in Batch.ranges(range.count) {
                try context.checkInterrupt()
                conjuncts.append(
                    (rows.lowerBound + range.lowerBound)..<(rows.upperBound + range.lowerBound), to: &kept,
                    scratch: &scratch)
            }
            return kept
        }
        let evaluator = ExpressionEvaluator(table: input, context: context)
        for local in Batch.ranges(range.count) {
            let rows = (local.lowerBound + range.lowerBound)..<(local.upperBound + range.lowerBound)
            try context.checkInterrupt()
            switch try evaluator.batch(rows).operand(condition) {
            case .constant(.boolean(true)): kept.append(contentsOf: rows.lazy.map { Int32($0) })
            case .constant(.boolean(false)), .constant(.null): break
            case .constant(let v):
                throw EngineError.typeMismatch(
                    "`where` needs a condition (true/false), got \(v.type?.rawValue ?? "null")")
            case .column(let column): try Filter.appendTrueRows(column, offset: rows.lowerBound, to: &kept)
            }
        }
        return kept
    }

    /// Appends `offset + i` for each row `i` of a boolean column that is true and not null.
    static func appendTrueRows(_ column: Column, offset: Int, to selection: inout Selection) throws {
        guard case .boolean(let flags) = column.data else {
            throw EngineError.typeMismatch("`where` needs a condition (true/false), got a \(column.type.rawValue)")
        }
        let base = Int32(offset)
        if let validity = column.validity {
            for i in 0..<flags.count where flags[i] && validity[i] { selection.append(base + Int32(i)) }
        } else {
            for i in 0..<flags.count where flags[i] { selection.append(base + Int32(i)) }
        }
    }
}
