import JixiaoEngine

/// `top N by EXPR [per COL, …]`: the N rows with the largest EXPR, overall or per group,
/// in descending order of EXPR (ties keep input order; nulls never make the top).
enum TopStage {
    static let help = VerbHelp(
        grammar: .top,
        example: "indicators | top 2 by weight per level1 | select level1, name, weight")

    static func apply(_ count: Expression, by: Expression, per: [ColumnReference], to table: Table,
                      runner: PipelineRunner) throws -> Table {
        let n = try runner.count(count, on: table, what: "the number of rows")
        let key = try runner.bind(by, on: table)
        var groupColumns: [Column] = []
        for reference in per { groupColumns.append(table.columns[try runner.scope(table).resolve(reference)]) }
        return try runner.execute(at: by.span) {
            // Without `per`, only the first n of the order can be kept (nulls sort last): a top-N heap.
            let ranked = try Sort([(key.expr, true)]).order(table, limit: per.isEmpty ? n : nil, context: runner.context)
            let values = try ExpressionEvaluator(table: table, context: runner.context).evaluate(key.expr)
            let groups = GroupIndex.build(keys: groupColumns, rowCount: table.rowCount)
            var taken = [Int](repeating: 0, count: max(groups.groupCount, 1))
            var keep = Selection()
            for row in ranked where !values.isNull(Int(row)) {
                let g = Int(groups.groupOfRow[Int(row)])
                if taken[g] < n { taken[g] += 1; keep.append(row) }
            }
            return table.gather(keep)
        }
    }
}
