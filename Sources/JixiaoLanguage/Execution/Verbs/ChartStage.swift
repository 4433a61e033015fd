import JixiaoEngine

/// `chart bar LABEL, VALUE`: the pipeline's result drawn as a horizontal bar chart.
enum ChartStage {
    static let help = VerbHelp(
        grammar: .chart,
        example: "projects | group department | agg budget = sum(budget_total) | chart bar department, budget")

    static func apply(_ kind: ChartKind, _ label: Expression, _ value: Expression, to table: Table,
                      runner: PipelineRunner) throws -> (Table, ChartRequest) {
        let boundLabel = try runner.bind(label, on: table), boundValue = try runner.bind(value, on: table)
        if let t = boundValue.type, !t.isNumeric {
            throw Diagnostic("the bar length must be a number, but this is \(t.noun)", at: value.span)
        }
        let projected = try runner.execute(at: label.span.union(value.span)) {
            try Project([(runner.defaultName(label, in: table), boundLabel.expr),
                         (runner.defaultName(value, in: table), boundValue.expr)], mode: .select)
                .run(table, context: runner.context)
        }
        return (projected, ChartRequest(kind: kind, labelColumn: 0, valueColumn: projected.columnCount > 1 ? 1 : 0))
    }
}
