import JixiaoEngine

/// `where EXPR`: keep the rows where EXPR is true (null counts as false).
enum WhereStage {
    static let help = VerbHelp(
        grammar: .filter,
        example: "indicators | where level1 = \"产出指标\" and weight >= 10")

    static func apply(_ condition: Expression, to table: Table, runner: PipelineRunner) throws -> Table {
        let bound = try runner.bind(condition, on: table)
        if let t = bound.type, t != .boolean {
            throw Diagnostic("`where` needs a condition (true/false), but this is \(t.noun)", at: condition.span,
                             suggestion: "compare it, e.g. `where x > 0`")
        }
        return try runner.execute(at: condition.span) { try Filter(bound.expr).run(table, context: runner.context) }
    }
}
