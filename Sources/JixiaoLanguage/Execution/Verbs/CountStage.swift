import JixiaoEngine

/// `count [COL, …]`: rows per distinct key with their share of the total, most frequent first.
enum CountStage {
    static let help = VerbHelp(
        grammar: .count,
        example: "indicators | count level1")

    static func apply(_ columns: [ColumnReference], to table: Table, runner: PipelineRunner, span: SourceSpan) throws -> Table {
        var keys: [(name: String, expr: Expr)] = []
        for reference in columns {
            let i = try runner.scope(table).resolve(reference)
            keys.append((table.fields[i].name, .column(i)))
        }
        guard let count = AggregateFunction.registry["count"], let share = AggregateFunction.registry["share"] else {
            return table
        }
        return try runner.execute(at: span) {
            let grouped = try HashAggregate(keys: keys, aggregates: [("n", AggregateCall(count, [])), ("share", AggregateCall(share, []))])
                .run(table, context: runner.context)
            return try Sort([(.column(keys.count), true)]).run(grouped, context: runner.context)
        }
    }
}
