/// Computes named expressions: `derive` adds or replaces them on the input, `select` keeps only them.
public struct Project: Sendable {
    public enum Mode: Sendable { case derive, select }

    public let items: [(name: String, expr: Expr)]
    public let mode: Mode

    public init(_ items: [(name: String, expr: Expr)], mode: Mode) {
        self.items = items
        self.mode = mode
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        switch mode {
        case .derive:
            // Each item sees the columns derived before it, as an analyst reading left to right expects.
            var output = input
            for item in items {
                let column = try ExpressionEvaluator(table: output, context: context).evaluate(item.expr)
                output.set(item.name, column)
            }
            return output
        case .select:
            let evaluator = ExpressionEvaluator(table: input, context: context)
            var fields: [Field] = []
            var columns: [Column] = []
            for item in items {
                let column = try evaluator.evaluate(item.expr)
                var field = Field(item.name)
                // A column passed through keeps the Chinese labels it answers to.
                if case .column(let i) = item.expr, input.fields[i].name == item.name { field = input.fields[i] }
                if let existing = fields.firstIndex(where: { $0.name == item.name }) {
                    columns[existing] = column
                } else {
                    fields.append(field)
                    columns.append(column)
                }
            }
            return Table(fields: fields, columns: columns, rowCount: input.rowCount)
        }
    }
}
