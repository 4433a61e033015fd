import JixiaoEngine

/// `distinct [COL, …]`: distinct rows, or distinct combinations of the named columns.
enum DistinctStage {
    static let help = VerbHelp(
        grammar: .distinct,
        example: "indicators | distinct level1, level2")

    static func apply(_ columns: [ColumnReference], to table: Table, runner: PipelineRunner) throws -> Table {
        var indices: [Int] = []
        for reference in columns { indices.append(try runner.scope(table).resolve(reference)) }
        if indices.isEmpty { indices = Array(0..<table.columnCount) }
        let groups = GroupIndex.build(keys: indices.map { table.columns[$0] }, rowCount: table.rowCount)
        return table.selecting(indices).gather(groups.firstRow)
    }
}
