import JixiaoEngine

/// `group KEY, …` names the keys for the `agg` after it. On its own it lists the distinct keys
/// with their row counts, which is what an analyst typing `indicators | group level1` wants to see.
enum GroupStage {
    static let help = VerbHelp(
        grammar: .group,
        example: "indicators | group level1, level2 | agg n = count(), weight = sum(weight)")

    static func applyAlone(keys: [GroupKey], to table: Table, runner: PipelineRunner, span: SourceSpan) throws -> Table {
        let count = Expression(.call(function: Identifier("count", span: span), arguments: []), span: span)
        return try AggregateStage.apply(keys: keys, items: [Assignment(name: Identifier("n", span: span), value: count)],
                                       to: table, runner: runner, span: span)
    }

    /// Bound keys with their output names.
    static func bindKeys(_ keys: [GroupKey], on table: Table, runner: PipelineRunner) throws -> [(name: String, expr: Expr)] {
        var bound: [(name: String, expr: Expr)] = []
        for key in keys {
            let b = try runner.bind(key.expression, on: table)
            let name = key.name?.name ?? runner.defaultName(key.expression, in: table)
            if bound.contains(where: { $0.name == name }) {
                throw Diagnostic("the key \"\(name)\" is given twice", at: key.expression.span)
            }
            bound.append((name, b.expr))
        }
        return bound
    }
}
