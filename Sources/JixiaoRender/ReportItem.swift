import JixiaoEngine

/// One thing shown while a report collects: a table, a chart, a printed line, a failure.
public enum ReportItem: Sendable {
    /// A table with what its columns' numbers are, as the plan knew them (see `RenderOptions.columnRoles`).
    case table(Table, roles: [ColumnRole?] = [])
    case chart(ChartData)
    case text(String)
    /// An error or a failed assert, shown as the terminal showed it.
    case failure(String)
}
