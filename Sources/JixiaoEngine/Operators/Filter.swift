/// Keeps the rows where a condition is true; null counts as false.
public struct Filter: Sendable {
    public let condition: Expr

    public init(_ condition: Expr) { self.condition = condition }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        try context.checkInterrupt()
        if let kept = ConjunctFilter.selection(condition, input) {
            context.addProgress(rows: input.rowCount)
            return input.gather(kept)
        }
        let result = try ExpressionEvaluator(table: input, context: context).operand(condition)
        switch result {
        case .constant(.boolean(true)): return input
        case .constant(.boolean(false)), .constant(.null): return input.gather([])
        case .constant(let v):
            throw EngineError.typeMismatch("`where` needs a condition (true/false), got \(v.type?.rawValue ?? "null")")
        case .column(let column):
            context.addProgress(rows: input.rowCount)
            return input.gather(try Filter.selection(column))
        }
    }

    /// The rows of a boolean column that are true and not null.
    public static func selection(_ column: Column) throws -> Selection {
        guard case .boolean(let flags) = column.data else {
            throw EngineError.typeMismatch("`where` needs a condition (true/false), got a \(column.type.rawValue)")
        }
        var selection = Selection()
        selection.reserveCapacity(flags.count / 4)
        if let validity = column.validity {
            for i in 0..<flags.count where flags[i] && validity[i] { selection.append(Int32(i)) }
        } else {
            for i in 0..<flags.count where flags[i] { selection.append(Int32(i)) }
        }
        return selection
    }
}
