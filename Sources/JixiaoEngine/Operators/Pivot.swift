/// One row per key, one column per distinct value of a spread column (ascending, nulls last),
/// each cell an expression over aggregates of the rows with that key and value; null where no
/// row has them.
///
/// Columnar throughout: the aggregation runs once over (keys, spread), the cell expression is
/// evaluated once over its result, and each output column is a gather of that column by the
/// row that fills each key's cell.
public struct Pivot: Sendable {
    public let keys: [(name: String, expr: Expr)]
    /// The input column whose values become columns.
    public let spread: Int
    /// Its name, which prefixes a value that would clash with a key's name (`year_2024`).
    public let spreadName: String
    public let aggregates: [(name: String, call: AggregateCall)]
    /// The cell, over the aggregation's columns: keys, then the spread value, then the aggregates.
    public let cell: Expr

    public init(keys: [(name: String, expr: Expr)], spread: Int, spreadName: String,
                aggregates: [(name: String, call: AggregateCall)], cell: Expr) {
        self.keys = keys
        self.spread = spread
        self.spreadName = spreadName
        self.aggregates = aggregates
        self.cell = cell
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        let grouped = try HashAggregate(keys: keys + [("\u{1}spread", .column(spread))], aggregates: aggregates)
            .run(input, context: context)
        let values = try ExpressionEvaluator(table: grouped, context: context).evaluate(cell)
        let spreadColumn = grouped.columns[keys.count]
        // The distinct spread values in ascending order, each named as it prints; values that
        // print alike share a column.
        let distinct = GroupIndex.build(keys: [spreadColumn], rowCount: grouped.rowCount)
        let representatives = Table(fields: [Field("v")], columns: [spreadColumn.gather(distinct.firstRow)])
        let order = try Sort([(.column(0), false)]).order(representatives, context: context)
        var headings: [String] = []
        var headingOfValue = [Int](repeating: 0, count: distinct.groupCount)
        var columnOfHeading: [String: Int] = [:]
        for value in order {
            let row = Int(distinct.firstRow[Int(value)])
            let heading = spreadColumn.isNull(row) ? "null" : spreadColumn[row].description
            if columnOfHeading[heading] == nil {
                columnOfHeading[heading] = headings.count
                headings.append(heading)
            }
            headingOfValue[Int(value)] = columnOfHeading[heading] ?? 0
        }
        let rowGroups = GroupIndex.build(keys: Array(grouped.columns.prefix(keys.count)), rowCount: grouped.rowCount)
        var filledBy = [Selection](repeating: Selection(repeating: -1, count: rowGroups.groupCount), count: headings.count)
        for row in 0..<grouped.rowCount {
            let c = headingOfValue[Int(distinct.groupOfRow[row])]
            filledBy[c][Int(rowGroups.groupOfRow[row])] = Int32(row)
        }
        var fields = Array(grouped.fields.prefix(keys.count))
        var columns = grouped.columns.prefix(keys.count).map { $0.gather(rowGroups.firstRow) }
        for (c, heading) in headings.enumerated() {
            fields.append(Field(fields.contains(where: { $0.name == heading }) ? "\(spreadName)_\(heading)" : heading))
            columns.append(values.gatherAllowingNulls(filledBy[c]))
        }
        return Table(fields: fields, columns: columns, rowCount: rowGroups.groupCount)
    }
}
