import JixiaoEngine

/// What a pipeline produced: a table, and how it asks to be shown.
public struct PipelineResult {
    public var table: Table
    /// Set by a final `chart` verb: draw these columns as a chart instead of a table.
    public var chart: ChartRequest?
    /// The bound plan's final columns (labels, type, meaning), one per column of `table`; nil
    /// when no plan made the table.
    public var columns: [PlanColumn]?

    public init(table: Table, chart: ChartRequest? = nil, columns: [PlanColumn]? = nil) {
        self.table = table
        self.chart = chart
        self.columns = columns
    }
}

/// The columns a final `chart` draws, and how.
public struct ChartRequest: Sendable {
    public var kind: ChartKind
    public var labelColumn: Int
    public var valueColumn: Int
    /// The column naming each line of a line chart (`by SERIES`).
    public var seriesColumn: Int? = nil

    public init(kind: ChartKind, labelColumn: Int, valueColumn: Int, seriesColumn: Int? = nil) {
        self.kind = kind
        self.labelColumn = labelColumn
        self.valueColumn = valueColumn
        self.seriesColumn = seriesColumn
    }
}
