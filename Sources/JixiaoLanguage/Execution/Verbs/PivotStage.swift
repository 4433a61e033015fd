import JixiaoEngine

/// `pivot COL agg AGG by KEY, …`: one row per key, one column per distinct value of COL (in
/// ascending order), each cell AGG over the rows with that key and value; null where none.
enum PivotStage {
    static let help = VerbHelp(
        grammar: .pivot,
        example: "projects | pivot year agg sum(budget_total) by department")

    static func apply(_ column: ColumnReference, _ aggregate: Expression, _ by: [ColumnReference], to table: Table,
                      runner: PipelineRunner, span: SourceSpan) throws -> Table {
        let scope = runner.scope(table)
        let spread = try scope.resolve(column)
        var keys: [(name: String, expr: Expr)] = []
        for reference in by {
            let i = try scope.resolve(reference)
            keys.append((table.fields[i].name, .column(i)))
        }
        var binder = AggregateBinder(input: scope)
        let rewritten = try binder.extract(aggregate)
        guard !binder.calls.isEmpty else {
            throw Diagnostic("`pivot … agg` needs an aggregate such as sum(executed)", at: aggregate.span)
        }
        let grouped = try runner.execute(at: span) {
            try HashAggregate(keys: keys + [("\u{1}spread", .column(spread))], aggregates: binder.calls)
                .run(table, context: runner.context)
        }
        let cell = try runner.bind(rewritten, on: grouped)
        let values = try runner.execute(at: aggregate.span) {
            try ExpressionEvaluator(table: grouped, context: runner.context).evaluate(cell.expr)
        }
        let spreadColumn = grouped.columns[keys.count]
        // Output columns: distinct spread values, ascending, nulls last.
        let order = try Sort([(.column(keys.count), false)]).order(grouped, context: runner.context)
        var headings: [String] = []
        var columnOf: [String: Int] = [:]
        for row in order {
            let heading = spreadColumn[Int(row)].isNull ? "null" : spreadColumn[Int(row)].description
            if columnOf[heading] == nil { columnOf[heading] = headings.count; headings.append(heading) }
        }
        let rowGroups = GroupIndex.build(keys: Array(grouped.columns.prefix(keys.count)), rowCount: grouped.rowCount)
        var cells = [[Value]](repeating: [Value](repeating: .null, count: rowGroups.groupCount), count: headings.count)
        for row in 0..<grouped.rowCount {
            let heading = spreadColumn[row].isNull ? "null" : spreadColumn[row].description
            guard let c = columnOf[heading] else { continue }
            cells[c][Int(rowGroups.groupOfRow[row])] = values[row]
        }
        var fields = Array(grouped.fields.prefix(keys.count))
        var columns = grouped.columns.prefix(keys.count).map { $0.gather(rowGroups.firstRow) }
        for (c, heading) in headings.enumerated() {
            let name = fields.contains(where: { $0.name == heading }) ? "\(table.fields[spread].name)_\(heading)" : heading
            fields.append(Field(name))
            var builder = ColumnBuilder(type: values.type, capacity: rowGroups.groupCount)
            for v in cells[c] { builder.append(v) }
            columns.append(builder.build())
        }
        return Table(fields: fields, columns: columns, rowCount: rowGroups.groupCount)
    }
}
