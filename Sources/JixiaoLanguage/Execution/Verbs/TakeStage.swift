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

    /// offset + count when both are valid, for a `sort` before this `take`; nil leaves the error
    /// (if any) to `apply`, reported after the sort as before.
    static func rowsNeeded(_ count: Expression, _ offset: Expression?, on table: Table, runner: PipelineRunner) -> Int? {
        guard let n = try? runner.count(count, on: table, what: "the number of rows") else { return nil }
        guard let offset else { return n }
        return (try? runner.count(offset, on: table, what: "the offset")).map { n + $0 }
    }
}
