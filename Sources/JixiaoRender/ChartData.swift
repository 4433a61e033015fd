import JixiaoEngine

/// What a chart shows, apart from how: the terminal and the HTML report draw the same data.
public struct ChartData: Sendable {
    public enum Kind: String, Sendable { case bar, line, hist }

    public var kind: Kind
    /// The bar's label, the line's x value (a year, usually), unused by a histogram.
    public var labels: [String]
    public var values: [Double?]
    /// The line each point belongs to (`by SERIES`); nil for a single line.
    public var series: [String]?
    public var labelName: String
    public var valueName: String

    public init(
        kind: Kind, labels: [String], values: [Double?], series: [String]? = nil,
        labelName: String = "", valueName: String = ""
    ) {
        self.kind = kind
        self.labels = labels
        self.values = values
        self.series = series
        self.labelName = labelName
        self.valueName = valueName
    }

    /// The chart of `table` for a chart verb's columns.
    public init(kind: Kind, table: Table, labelColumn: Int, valueColumn: Int, seriesColumn: Int?) {
        let rows = 0..<table.rowCount
        self.init(
            kind: kind,
            labels: rows.map { table[$0, labelColumn].isNull ? "null" : table[$0, labelColumn].description },
            values: rows.map { table.columns[valueColumn].number(at: $0) },
            series: seriesColumn.map { c in rows.map { table[$0, c].isNull ? "null" : table[$0, c].description } },
            labelName: table.names[labelColumn], valueName: table.names[valueColumn])
    }

    /// The lines of a line chart: each series with its points in order of x, and the x values.
    var lines: (xs: [String], lines: [(name: String, points: [Int: Double])]) {
        var xs: [String] = []
        var xIndex: [String: Int] = [:]
        for label in labels where xIndex[label] == nil {
            xIndex[label] = xs.count
            xs.append(label)
        }
        // Years and other numbers go left to right in order, whatever the rows' order.
        if xs.allSatisfy({ Double($0) != nil }) {
            xs.sort { (Double($0) ?? 0) < (Double($1) ?? 0) }
            for (i, x) in xs.enumerated() { xIndex[x] = i }
        }
        var names: [String] = []
        var points: [String: [Int: Double]] = [:]
        for (row, label) in labels.enumerated() {
            let name = series?[row] ?? valueName
            if points[name] == nil { names.append(name); points[name] = [:] }
            if let v = values[row], v.isFinite, let x = xIndex[label] { points[name]?[x] = v }
        }
        return (xs, names.map { ($0, points[$0] ?? [:]) })
    }
}
