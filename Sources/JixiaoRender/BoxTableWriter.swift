import JixiaoEngine
import JixiaoText

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
        let layout = BoxLayout(
            table, window: window, width: options.width, numbers: options.numbers,
            roles: options.columnRoles)
        let style = CellStyler(color: options.color)
        out.append(layout.rule(.top) + "\n")
        out.append(layout.line(layout.columns.map { style.header($0.header, $0) }) + "\n")
        out.append(layout.rule(.middle) + "\n")
        // Cells were made for the drawn rows only: head rows first, then tail rows.
        for i in 0..<window.shownCount {
            if i == window.head.count && window.isElided {
                out.append(layout.line(layout.columns.map { style.elision($0) }) + "\n")
            }
            if options.wrapLines > 1 {
                for line in wrappedRow(i, layout, style, maxLines: options.wrapLines) { out.append(line + "\n") }
            } else {
                out.append(layout.line(layout.columns.map { style.body($0.body[i], $0) }) + "\n")
            }
        }
        out.append(layout.rule(.bottom) + "\n")
        let room = max(options.width, 20)
        // Wrapped cells are cut only when they need more lines than allowed.
        let cut =
            options.wrapLines > 1
            ? layout.columns.filter { column in
                !column.shown.isNumeric
                    && column.body.contains { cell in
                        !cell.isNull
                            && CellWrapping.lines(cell.text, cells: column.width, maxLines: options.wrapLines).last?
                                .hasSuffix("…") == true
                    }
            }.map(\.header) : layout.cut
        let chinese = options.chineseText
        if var text = footer(table, window: window, omitted: layout.omitted, cut: cut, naming: true, chinese: chinese) {
            if TerminalWidth.cells(of: text) > room {
                text = footer(table, window: window, omitted: layout.omitted, naming: true, chinese: chinese) ?? text
            }
            if TerminalWidth.cells(of: text) > room {
                text =
                    footer(table, window: window, omitted: layout.omitted, cut: cut, naming: false, chinese: chinese)
                    ?? text
            }
            out.append(style.footer(TerminalWidth.truncate(text, toCells: room)) + "\n")
        }
    }

    /// Row `i` with each long text cell folded onto up to `maxLines` lines; the row is as tall
    /// as its tallest cell, the others padded with blank lines below their text.
    static func wrappedRow(_ i: Int, _ layout: BoxLayout, _ style: CellStyler, maxLines: Int) -> [String] {
        let folded: [[ShownColumn.Cell]] = layout.columns.map { column in
            let cell = column.body[i]
            guard !cell.isNull, !column.shown.isNumeric, cell.cells > column.width else { return [cell] }
            return CellWrapping.lines(cell.text, cells: column.width, maxLines: maxLines).map {
                ShownColumn.Cell(text: $0, cells: TerminalWidth.cells(of: $0), isNull: false)
            }
        }
        let height = folded.map(\.count).max() ?? 1
        return (0..<height).map { k in
            layout.line(
                zip(layout.columns, folded).map { column, lines in
                    k < lines.count ? style.body(lines[k], column) : String(repeating: " ", count: column.width)
                })
        }
    }

    /// `1,234 rows (showing 40) × 7 columns (2 not shown: goal, outcome; cut: name)`, or nil
    /// when the table is drawn whole and is not empty. Without `naming` the left-out columns are
    /// only counted (and the cut ones not named).
    /// With `chinese`, the same in Chinese: `1,234 行（显示 40）× 7 列（2 列未显示：goal, outcome；截断：name）`.
    static func footer(
        _ table: Table, window: RowWindow, omitted: [String], cut: [String] = [], naming: Bool,
        chinese: Bool = false
    ) -> String? {
        guard window.isElided || !omitted.isEmpty || table.rowCount == 0 || (!cut.isEmpty && naming) else { return nil }
        var text = chinese ? "\(CountText.grouped(table.rowCount)) 行" : CountText.counted(table.rowCount, "row")
        if window.isElided {
            text +=
                chinese
                ? "（显示 \(CountText.grouped(window.shownCount))）" : " (showing \(CountText.grouped(window.shownCount)))"
        }
        text +=
            " × "
            + (chinese ? "\(CountText.grouped(table.columnCount)) 列" : CountText.counted(table.columnCount, "column"))
        var notes: [String] = []
        if !omitted.isEmpty {
            let names = naming ? (chinese ? "：" : ": ") + omitted.joined(separator: ", ") : ""
            notes.append(chinese ? "\(omitted.count) 列未显示" + names : "\(omitted.count) not shown" + names)
        }
        if !cut.isEmpty && naming { notes.append((chinese ? "截断：" : "cut: ") + cut.joined(separator: ", ")) }
        if !notes.isEmpty {
            text += chinese ? "（" + notes.joined(separator: "；") + "）" : " (" + notes.joined(separator: "; ") + ")"
        }
        return text
    }
}
