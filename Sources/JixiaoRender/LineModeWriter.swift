import JixiaoEngine
import JixiaoText

/// One field per line, a blank line between rows, as sqlite3's and DuckDB's `.mode line`:
///
///          name = 医保智能审核移动终端经费
///     goal_text = 完成移动终端采购……（the whole text, however long）
///
/// For reading long text (goals, outcomes, audit findings) that a box table must cut. Names are
/// right-aligned in terminal cells; numbers are shown as in the box table (rounded, grouped,
/// units after the name); text is shown whole, its line breaks continuing under the value.
enum LineModeWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        let window = RowWindow(rowCount: table.rowCount, maxRows: options.maxRows)
        let rows = window.rows
        let shown = zip(table.fields, table.columns).enumerated().map { i, pair in
            ShownColumn(
                name: pair.0.name, column: pair.1, rows: rows, aliases: pair.0.aliases, numbers: options.numbers,
                keepLineBreaks: true, role: options.role(ofColumn: i))
        }
        let nameCells = shown.map(\.headerCells).max() ?? 0
        let style = CellStyler(color: options.color)
        for (i, _) in rows.enumerated() {
            if i > 0 { out.append("\n") }
            if i == window.head.count && window.isElided { out.append(style.footer("…") + "\n\n") }
            for column in shown {
                let name = TerminalWidth.pad(column.header, toCells: nameCells, alignment: .right)
                let cell = column.body[i]
                let indent = String(repeating: " ", count: nameCells + 3)
                let value = cell.text.split(separator: "\n", omittingEmptySubsequences: false).joined(
                    separator: "\n" + indent)
                let painted = cell.isNull ? style.footer(value) : value
                out.append(name + " = " + painted + "\n")
            }
            out.endRecord()
        }
        if window.isElided || table.rowCount == 0 {
            var text =
                options.chineseText
                ? "\(CountText.grouped(table.rowCount)) 行" : CountText.counted(table.rowCount, "row")
            if window.isElided {
                text +=
                    options.chineseText
                    ? "（显示 \(CountText.grouped(window.shownCount))）"
                    : " (showing \(CountText.grouped(window.shownCount)))"
            }
            out.append((table.rowCount == 0 ? "" : "\n") + style.footer(text) + "\n")
        }
    }
}
