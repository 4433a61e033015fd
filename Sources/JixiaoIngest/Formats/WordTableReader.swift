/// The body of `word/document.xml` streamed into grids: one per top-level table, the paragraphs
/// before it first (each a row of one cell), and a last grid for the paragraphs after the last
/// table. A table inside a cell adds its text to that cell. Rows are numbered through the whole
/// document (paragraphs and table rows alike), which is the line warnings cite.
struct WordTableReader {
    /// A cell as read, before its place in the grid is known.
    private struct WordCell {
        var text = ""
        var span = 1
        /// `restart` starts a vertical merge, `continue` extends the one above.
        var verticalMerge: String?
    }

    private struct WordRow {
        var cells: [WordCell] = []
        var skippedColumns = 0
        var line = 0
    }

    func read(_ xml: XMLStream) throws -> [Grid] {
        var grids: [Grid] = []
        var prose: [GridRow] = []
        var line = 0
        var tableLevel = 0
        var rows: [WordRow] = []
        var row: WordRow?
        var cell: WordCell?
        var paragraph = ""
        while try xml.next() {
            switch xml.kind {
            case .element:
                let empty = xml.isEmptyElement
                switch xml.localName {
                case "tbl":
                    if !empty {
                        tableLevel += 1
                        if tableLevel == 1 { rows = [] }
                    }
                case "tr" where tableLevel == 1:
                    line += 1
                    row = WordRow(line: line)
                case "tc" where tableLevel == 1:
                    cell = WordCell()
                    if empty { row?.cells.append(WordCell()); cell = nil }
                case "gridBefore" where tableLevel == 1 && cell == nil:
                    row?.skippedColumns = Int(xml.attribute("w:val") ?? "") ?? 0
                case "gridSpan" where tableLevel == 1:
                    cell?.span = max(1, min(Int(xml.attribute("w:val") ?? "") ?? 1, 1_000))
                case "vMerge" where tableLevel == 1:
                    cell?.verticalMerge = xml.attribute("w:val") ?? "continue"
                case "t":
                    paragraph += try xml.text()
                case "tab":
                    paragraph += tableLevel > 0 ? " " : "\t"
                case "br", "cr":
                    paragraph += "\n"
                default: break
                }
            case .endElement:
                switch xml.localName {
                case "p":
                    let text = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
                    paragraph = ""
                    if tableLevel > 0 {
                        if !text.isEmpty, var open = cell {
                            open.text += (open.text.isEmpty ? "" : "\n") + text
                            cell = open
                        }
                    } else if !text.isEmpty {
                        line += 1
                        prose.append(GridRow(cells: [GridCell(text: text, column: 0, line: line)], line: line))
                    }
                case "tc" where tableLevel == 1:
                    if let done = cell { row?.cells.append(done) }
                    cell = nil
                case "tr" where tableLevel == 1:
                    if let done = row { rows.append(done) }
                    row = nil
                case "tbl":
                    tableLevel -= 1
                    if tableLevel == 0 {
                        grids.append(Grid(name: "table \(grids.count + 1)", rows: prose + Self.grid(rows)))
                        prose = []
                    }
                default: break
                }
            default: break
            }
        }
        if !prose.isEmpty { grids.append(Grid(name: "text", rows: prose)) }
        return grids
    }

    /// Places the cells of a table: columns by the spans before them, a `continue` cell folded
    /// into the `restart` cell above it (which spans one more row).
    private static func grid(_ rows: [WordRow]) -> [GridRow] {
        var out: [GridRow] = []
        // The grid row and cell index of the merge open in each column.
        var open: [Int: (row: Int, cell: Int)] = [:]
        for row in rows {
            var cells: [GridCell] = []
            var column = row.skippedColumns
            for word in row.cells {
                if word.verticalMerge == "continue", let start = open[column], start.row < out.count,
                    start.cell < out[start.row].cells.count
                {
                    out[start.row].cells[start.cell].rowSpan += 1
                } else {
                    let text = word.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    if word.verticalMerge == "restart" {
                        open[column] = (out.count, cells.count)
                    } else {
                        open[column] = nil
                    }
                    cells.append(
                        GridCell(text: text, column: column, columnSpan: word.span, line: row.line, offset: column))
                }
                column += word.span
            }
            // Empty cells that start no merge add nothing to the grid.
            out.append(GridRow(cells: cells, line: row.line))
        }
        return out.map { row in
            GridRow(cells: row.cells.filter { !$0.text.isEmpty || $0.rowSpan > 1 || $0.columnSpan > 1 }, line: row.line)
        }
    }
}
