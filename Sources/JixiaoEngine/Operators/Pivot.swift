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
    /// The values to make columns of, in this order, when given (`pivot year in (2022, 2024)`):
    /// other values are left out and a value no row has gives a column of nulls.
    public let values: [Value]?

    public init(
        keys: [(name: String, expr: Expr)], spread: Int, spreadName: String,
        aggregates: [(name: String, call: AggregateCall)], cell: Expr, values: [Value]? = nil
    ) {
        self.keys = keys
        self.spread = spread
        self.spreadName = spreadName
        self.aggregates = aggregates
        self.cell = cell
        self.values = values
    }

    /// A value as a column heading: as it prints, `null` for null.
    public static func heading(_ value: Value) -> String { value.isNull ? "null" : value.description }

    /// The output's column names for the given key names and headings: a heading that clashes
    /// with a key (or an earlier heading) is prefixed by the spread column's name.
    public static func names(keys: [String], headings: [String], spreadName: String) -> [String] {
        var names = keys
        for heading in headings { names.append(names.contains(heading) ? "\(spreadName)_\(heading)" : heading) }
        return names
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        let grouped = try HashAggregate(keys: keys + [("\u{1}spread", .column(spread))], aggregates: aggregates)
            .run(input, context: context)
        let cells = try ExpressionEvaluator(table: grouped, context: context).evaluate(cell)
        let spreadColumn = grouped.columns[keys.count]
        // The distinct spread values in ascending order, each named as it prints; values that
        // print alike share a column.
        let distinct = GroupIndex.build(keys: [spreadColumn], rowCount: grouped.rowCount)
        let representatives = Table(fields: [Field("v")], columns: [spreadColumn.gather(distinct.firstRow)])
        let order = try Sort([(.column(0), false)]).order(representatives, context: context)
        var headings: [String] = values.map { $0.map(Self.heading) } ?? []
        var headingOfValue = [Int](repeating: -1, count: distinct.groupCount)
        var columnOfHeading: [String: Int] = [:]
        for (c, heading) in headings.enumerated() where columnOfHeading[heading] == nil { columnOfHeading[heading] = c }
        for value in order {
            let row = Int(distinct.firstRow[Int(value)])
            let heading = spreadColumn.isNull(row) ? "null" : spreadColumn[row].description
            if columnOfHeading[heading] == nil {
                guard values == nil else { continue }
                columnOfHeading[heading] = headings.count
                headings.append(heading)
            }
            headingOfValue[Int(value)] = columnOfHeading[heading] ?? -1
        }
        let rowGroups = GroupIndex.build(keys: Array(grouped.columns.prefix(keys.count)), rowCount: grouped.rowCount)
        var filledBy = [Selection](
            repeating: Selection(repeating: -1, count: rowGroups.groupCount), count: headings.count)
        for row in 0..<grouped.rowCount {
            let c = headingOfValue[Int(distinct.groupOfRow[row])]
            if c >= 0 { filledBy[c][Int(rowGroups.groupOfRow[row])] = Int32(row) }
        }
        var fields = Array(grouped.fields.prefix(keys.count))
        var columns = grouped.columns.prefix(keys.count).map { $0.gather(rowGroups.firstRow) }
        let names = Self.names(keys: fields.map(\.name), headings: headings, spreadName: spreadName)
        for c in headings.indices {
            fields.append(Field(names[keys.count + c]))
            columns.append(cells.gatherAllowingNulls(filledBy[c]))
        }
        return Table(fields: fields, columns: columns, rowCount: rowGroups.groupCount)
    }
}
