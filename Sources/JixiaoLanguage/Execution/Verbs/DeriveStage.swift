import JixiaoEngine

/// `derive NAME = EXPR, …`: add columns, or replace those of the same name.
enum DeriveStage {
    static let help = VerbHelp(
        grammar: .derive,
        example: "indicators | derive gap = actual - target, pct = round(100 * actual / target, 1) | take 5")

    static func apply(_ items: [Assignment], to table: Table, runner: PipelineRunner) throws -> Table {
        var output = table
        for item in items {
            let bound = try runner.bind(item.value, on: output)
            output = try runner.execute(at: item.span) {
                try Project([(item.name.name, bound.expr)], mode: .derive).run(output, context: runner.context)
            }
        }
        return output
    }
}
