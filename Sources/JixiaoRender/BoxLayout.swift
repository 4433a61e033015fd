import JixiaoEngine

/// The fitted columns of a box table and the lines they make.
struct BoxLayout {
    struct FittedColumn {
        let shown: ShownColumn
        let width: Int
        var header: String { shown.header }
        var body: [ShownColumn.Cell] { shown.body }
    }

    enum Rule { case top, middle, bottom }

    let columns: [FittedColumn]

    init(_ table: Table, window: RowWindow, width: Int, numbers: NumberStyle = .plain) {
        let rows = window.rows
        var shown: [ShownColumn] = []
        var demands: [ColumnFitter.Demand] = []
        var used = 1
        for (field, column) in zip(table.fields, table.columns) {
            // Columns that cannot start within the width would be dropped anyway: skip their text.
            if used > width && !shown.isEmpty { break }
            let s = ShownColumn(name: field.name, column: column, rows: rows, aliases: field.aliases, numbers: numbers)
            let d = ColumnFitter.demand(headerCells: s.headerCells, bodyCells: s.bodyCells, isNumeric: s.isNumeric)
            used += d.minimum + 3
            shown.append(s)
            demands.append(d)
        }
        let widths = ColumnFitter.fit(demands, into: width)
        columns = zip(shown, widths).map { FittedColumn(shown: $0, width: $1) }
    }

    func rule(_ kind: Rule) -> String {
        let (left, join, right): (String, String, String)
        switch kind {
        case .top: (left, join, right) = ("┌", "┬", "┐")
        case .middle: (left, join, right) = ("├", "┼", "┤")
        case .bottom: (left, join, right) = ("└", "┴", "┘")
        }
        return left + columns.map { String(repeating: "─", count: $0.width + 2) }.joined(separator: join) + right
    }

    /// One row from already fitted, padded and styled cell texts.
    func line(_ cells: [String]) -> String {
        "│ " + cells.joined(separator: " │ ") + " │"
    }
}
