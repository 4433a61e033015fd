import JixiaoEngine

/// `chart bar LABEL, VALUE`: the pipeline's result drawn as a horizontal bar chart.
enum ChartStage {
    static let help = VerbHelp(
        grammar: .chart,
        example: "projects | group department | agg budget = sum(budget_total) | chart bar department, budget")

    static func apply(_ kind: ChartKind, _ label: Expression, _ value: Expression, series: Expression? = nil,
                      to table: Table, runner: PipelineRunner) throws -> (Table, ChartRequest) {
        let boundLabel = try runner.bind(label, on: table), boundValue = try runner.bind(value, on: table)
        if let t = boundValue.type, !t.isNumeric {
            let what = kind == .bar ? "the bar length" : (kind == .line ? "the line's value" : "a histogram's value")
            throw Diagnostic("\(what) must be a number, but this is \(t.noun)", at: value.span)
        }
        var items = [(runner.defaultName(label, in: table), boundLabel.expr)]
        if kind != .hist { items.append((runner.defaultName(value, in: table), boundValue.expr)) }
        if let series {
            items.append((runner.defaultName(series, in: table), try runner.bind(series, on: table).expr))
        }
        // Two items of one name would clash in the projection: the later ones get a position.
        var seen: Set<String> = []
        for i in items.indices where !seen.insert(items[i].0).inserted { items[i].0 += "_\(i + 1)" }
        let projected = try runner.execute(at: label.span.union(value.span)) {
            try Project(items, mode: .select).run(table, context: runner.context)
        }
        let valueColumn = kind == .hist ? 0 : (projected.columnCount > 1 ? 1 : 0)
        return (projected, ChartRequest(kind: kind, labelColumn: 0, valueColumn: valueColumn,
                                        seriesColumn: series == nil ? nil : projected.columnCount - 1))
    }
}
