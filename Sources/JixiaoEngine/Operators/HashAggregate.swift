/// One row per distinct key, with aggregates over each group's rows. With no keys, one row for
/// the whole table (even when it is empty, so `agg n = count()` on nothing answers 0).
public struct HashAggregate: Sendable {
    public let keys: [(name: String, expr: Expr)]
    public let aggregates: [(name: String, call: AggregateCall)]

    public init(keys: [(name: String, expr: Expr)], aggregates: [(name: String, call: AggregateCall)]) {
        self.keys = keys
        self.aggregates = aggregates
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        let evaluator = ExpressionEvaluator(table: input, context: context)
        let keyColumns = try keys.map { try evaluator.evaluate($0.expr) }
        let groups = keys.isEmpty
            ? GroupIndex.single(rowCount: input.rowCount)
            : GroupIndex.build(keys: keyColumns, rowCount: input.rowCount)
        context.addProgress(rows: input.rowCount)
        var fields: [Field] = []
        var columns: [Column] = []
        for (key, column) in zip(keys, keyColumns) {
            var field = Field(key.name)
            if case .column(let i) = key.expr, input.fields[i].name == key.name { field = input.fields[i] }
            fields.append(field)
            columns.append(column.gather(groups.firstRow))
        }
        for aggregate in aggregates {
            try context.checkInterrupt()
            let arguments = try aggregate.call.arguments.map { try evaluator.evaluate($0) }
            let column = try aggregate.call.function.evaluate(arguments, groups: groups, context: context)
            if let existing = fields.firstIndex(where: { $0.name == aggregate.name }) {
                columns[existing] = column
            } else {
                fields.append(Field(aggregate.name))
                columns.append(column)
            }
        }
        return Table(fields: fields, columns: columns, rowCount: groups.groupCount)
    }
}
