import JixiaoEngine

/// `sort [-]EXPR, …`: stable, `-` for descending, nulls last.
enum SortStage {
    static let help = VerbHelp(
        grammar: .sort,
        example: "projects | sort -budget_total, name | select name, budget_total")

    /// With a `limit` (from a `take` that follows), only the first `limit` rows of the order.
    static func apply(_ keys: [SortKey], to table: Table, runner: PipelineRunner, limit: Int? = nil) throws -> Table {
        var bound: [(expr: Expr, descending: Bool)] = []
        for key in keys {
            bound.append((try runner.bind(key.expression, on: table).expr, key.descending))
        }
        let span = keys.first?.span ?? SourceSpan(at: .start)
        return try runner.execute(at: span) { try Sort(bound).run(table, limit: limit, context: runner.context) }
    }
}
