import JixiaoEngine

/// One thing shown while a report collects: a table, a chart, a printed line, a failure.
public enum ReportItem: Sendable {
    case table(Table)
    case chart(ChartData)
    case text(String)
    /// An error or a failed assert, shown as the terminal showed it.
    case failure(String)
}
