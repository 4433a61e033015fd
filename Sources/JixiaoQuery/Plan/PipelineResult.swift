import JixiaoEngine

/// What a pipeline produced: a table, and how it asks to be shown.
public struct PipelineResult {
    public var table: Table
    /// Set by a final `chart` verb: draw these columns as a chart instead of a table.
    public var chart: ChartRequest?

    public init(table: Table, chart: ChartRequest? = nil) {
        self.table = table
        self.chart = chart
    }
}

/// The columns a final `chart` draws, and how.
public struct ChartRequest: Sendable {
    public var kind: ChartKind
    public var labelColumn: Int
    public var valueColumn: Int
}
