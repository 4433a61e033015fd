import JixiaoEngine

/// `select COL | NAME = EXPR, …` keeps and computes columns; `select -COL, …` drops columns.
enum SelectStage {
    static let help = VerbHelp(
        grammar: .select,
        example: "projects | select 项目名称, department, rate = execution_rate")

    static func apply(_ items: [SelectItem], to table: Table, runner: PipelineRunner) throws -> Table {
        let drops = items.compactMap { item -> (ColumnReference, SourceSpan)? in
            if case .drop(let reference, let span) = item { return (reference, span) }
            return nil
        }
        if !drops.isEmpty {
            guard drops.count == items.count else {
                throw Diagnostic("`select` either keeps columns or drops them (-COL), not both", at: drops[0].1)
            }
            var dropped = Set<Int>()
            for (reference, _) in drops { dropped.insert(try runner.scope(table).resolve(reference)) }
            return table.selecting((0..<table.columnCount).filter { !dropped.contains($0) })
        }
        var projections: [(name: String, expr: Expr)] = []
        for item in items {
            switch item {
            case .column(let reference):
                let i = try runner.scope(table).resolve(reference)
                projections.append((table.fields[i].name, .column(i)))
            case .computed(let assignment):
                let bound = try runner.bind(assignment.value, on: table)
                projections.append((assignment.name.name, bound.expr))
            case .drop:
                break
            }
        }
        let span = items.first.map { $0.span } ?? SourceSpan(at: .start)
        return try runner.execute(at: span) { try Project(projections, mode: .select).run(table, context: runner.context) }
    }
}
