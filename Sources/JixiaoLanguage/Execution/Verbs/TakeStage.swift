import JixiaoEngine

/// `take N [offset M]`.
enum TakeStage {
    static let help = VerbHelp(
        grammar: .take,
        example: "indicators | sort -weight | take 5 offset 5")

    static func apply(_ count: Expression, _ offset: Expression?, to table: Table, runner: PipelineRunner) throws -> Table {
        let n = try runner.count(count, on: table, what: "the number of rows")
        let m = try offset.map { try runner.count($0, on: table, what: "the offset") } ?? 0
        return try Take(count: n, offset: m).run(table, context: runner.context)
    }
}
