import JixiaoEngine

/// The table drawn for a person at a terminal, with box-drawing lines:
///
///     ┌──────────┬────────┐
///     │ name     │ budget │
///     ├──────────┼────────┤
///     │ 道路养护 │   12.5 │
///     └──────────┴────────┘
///
/// Widths are counted in terminal cells, numbers are right-aligned and text left-aligned, and the
/// table is fitted to `options.width` (see `ColumnFitter`). A long table shows its first and last
/// rows around a `…` row. A footer gives the size whenever something is left out, and for an
/// empty result. A null is drawn as `null` (dim when colour is on).
enum BoxTableWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        let window = RowWindow(rowCount: table.rowCount, maxRows: options.maxRows)
        guard table.columnCount > 0 else {
            out.append("(no columns)\n")
            out.append(CountText.counted(table.rowCount, "row") + "\n")
            return
        }
        let layout = BoxLayout(table, window: window, width: options.width, numbers: options.numbers)
        let style = CellStyler(color: options.color)
        out.append(layout.rule(.top) + "\n")
        out.append(layout.line(layout.columns.map { style.header($0.header, $0) }) + "\n")
        out.append(layout.rule(.middle) + "\n")
        // Cells were made for the drawn rows only: head rows first, then tail rows.
        for i in 0..<window.shownCount {
            if i == window.head.count && window.isElided {
                out.append(layout.line(layout.columns.map { style.elision($0) }) + "\n")
            }
            out.append(layout.line(layout.columns.map { style.body($0.body[i], $0) }) + "\n")
        }
        out.append(layout.rule(.bottom) + "\n")
        let room = max(options.width, 20)
        if var text = footer(table, window: window, shownColumns: layout.columns.count, naming: true) {
            if TerminalWidth.cells(of: text) > room {
                text = footer(table, window: window, shownColumns: layout.columns.count, naming: false) ?? text
            }
            out.append(style.footer(TerminalWidth.truncate(text, toCells: room)) + "\n")
        }
    }

    /// `1,234 rows (showing 40) × 7 columns (2 not shown: goal, outcome)`, or nil when the
    /// table is drawn whole and is not empty. Without `naming` the left-out columns are only counted.
    static func footer(_ table: Table, window: RowWindow, shownColumns: Int, naming: Bool) -> String? {
        let droppedNames = table.names[shownColumns...]
        guard window.isElided || !droppedNames.isEmpty || table.rowCount == 0 else { return nil }
        var text = CountText.counted(table.rowCount, "row")
        if window.isElided { text += " (showing \(CountText.grouped(window.shownCount)))" }
        text += " × " + CountText.counted(table.columnCount, "column")
        if !droppedNames.isEmpty {
            let names = naming ? ": " + droppedNames.joined(separator: ", ") : ""
            text += " (\(droppedNames.count) not shown\(names))"
        }
        return text
    }
}
