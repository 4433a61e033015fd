import JixiaoEngine

/// `agg NAME = AGG, …`: aggregates per group (after `group`) or over the whole table.
enum AggregateStage {
    static let help = VerbHelp(
        grammar: .aggregate,
        example: "indicators | agg n = count(), scored = count(score), rate = sum(score) / sum(weight)")

    static func apply(keys: [GroupKey], items: [Assignment], to table: Table, runner: PipelineRunner,
                      span: SourceSpan) throws -> Table {
        let boundKeys = try GroupStage.bindKeys(keys, on: table, runner: runner)
        var binder = AggregateBinder(input: runner.scope(table))
        var rewritten: [(Assignment, Expression)] = []
        for item in items {
            if boundKeys.contains(where: { $0.name == item.name.name }) {
                throw Diagnostic("\"\(item.name.name)\" is already a group key", at: item.name.span)
            }
            rewritten.append((item, try binder.extract(item.value)))
        }
        let grouped = try runner.execute(at: span) {
            try HashAggregate(keys: boundKeys, aggregates: binder.calls).run(table, context: runner.context)
        }
        // Each item is now an expression over the keys and the hidden aggregate columns.
        var projections: [(name: String, expr: Expr)] = boundKeys.indices.map { (boundKeys[$0].name, Expr.column($0)) }
        for (item, expression) in rewritten {
            let bound: BoundExpression
            do {
                bound = try runner.bind(expression, on: grouped)
            } catch let d as Diagnostic where d.message.hasPrefix("unknown column") {
                // A real column of the input used bare: say why it is not allowed here.
                let name = runner.scope(table).text(of: d.span)
                guard table.index(of: name) != nil else { throw try unknownInInput(d, table, runner) }
                throw Diagnostic("\"\(name)\" must be inside an aggregate such as sum(…) or be a group key",
                                 at: d.span, suggestion: "wrap it, e.g. first(\(name)), or add it to `group`")
            }
            projections.append((item.name.name, bound.expr))
        }
        return try runner.execute(at: span) { try Project(projections, mode: .select).run(grouped, context: runner.context) }
    }

    /// The did-you-mean for a misspelt column, against the input's columns, not the hidden ones.
    private static func unknownInInput(_ d: Diagnostic, _ table: Table, _ runner: PipelineRunner) throws -> Diagnostic {
        let name = runner.scope(table).text(of: d.span)
        return Diagnostic.unknown("column", name, at: d.span, among: table.fields.flatMap { [$0.name] + $0.aliases })
    }
}
