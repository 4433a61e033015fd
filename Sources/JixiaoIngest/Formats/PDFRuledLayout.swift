import JixiaoDomain

/// PDF pages made into one grid by the tables their ruling lines draw (`PDFLattice`): each word
/// goes to the cell around its middle, each lattice row is a grid row, and a merged cell keeps its
/// text in its first row and column with the span it covers, as a Word table's merged cell reads.
/// Words outside every table (titles, the `(2024年度)` line, notes) are one-cell prose rows, in
/// their place down the page. A table that ends one page and starts the next at the same width is
/// one table: its columns are those of all its parts.
///
/// A page with no table keeps the spacing rules (`PDFPageLayout`), as does a PDF without rulings.
enum PDFRuledLayout {
    typealias Word = PopplerText.Fragment
    typealias Segment = PDFRulings.Segment

    /// How far apart the edges of a table's parts on two pages may be.
    static let edgeTolerance = 2.0
    /// A gap in a line of prose wider than this many line heights parts two cells (a note at the
    /// left margin and the unit at the right).
    static let proseGap = 1.5

    /// The grid, and whether a page of it was read by spacing (whose cells may then hold a label
    /// run together with its value).
    static func grid(_ pages: [PopplerText.Page], rulings: [[Segment]]?) -> (grid: Grid, spaced: Bool) {
        guard let rulings, rulings.count == pages.count else { return (PDFPageLayout().grid(pages), true) }
        // The tables of each page that hold text (an empty box is decoration).
        let tables = zip(pages, rulings).map { page, segments in
            PDFLattice.tables(segments).filter { table in
                page.words.contains { table.cell(at: ($0.xMin + $0.xMax) / 2, ($0.yMin + $0.yMax) / 2) != nil }
            }
        }
        guard tables.contains(where: { !$0.isEmpty }) else { return (PDFPageLayout().grid(pages), true) }
        let columns = columnsOfParts(tables)
        var rows: [GridRow] = []
        var spacedRun: [PopplerText.Page] = []
        var spaced = false
        func flush() {
            guard !spacedRun.isEmpty else { return }
            rows += PDFPageLayout().grid(spacedRun).rows
            spacedRun = []
            spaced = true
        }
        // Where the last page's last table ended, when nothing came after it on that page.
        var endOfTable: Int?
        for (p, page) in pages.enumerated() {
            if tables[p].isEmpty {
                spacedRun.append(page)
                endOfTable = nil
                continue
            }
            flush()
            let goesOn = continues(tables, page: p)
            var part = self.rows(page, tables[p], columns: columns[p], continues: goesOn)
            var last = part.lastTableRow.map { rows.count + $0 }
            if goesOn, let above = endOfTable, let first = part.firstTableRow,
                joinsAcrossPageBreak(rows[above], part.rows[first])
            {
                rows[above] = joined(rows[above], part.rows[first])
                part.rows.remove(at: first)
                // The table's last row is now one up, or the joined row when it was the only one.
                last = last.map { $0 == rows.count + first ? above : $0 - 1 }
            }
            rows += part.rows
            endOfTable = last == rows.count - 1 ? last : nil
        }
        flush()
        return (Grid(name: "pages", rows: numbered(rows)), spaced)
    }

    /// Whether the first table of page `p` goes on from the last table of the page before.
    static func continues(_ tables: [[PDFLattice]], page p: Int) -> Bool {
        guard p > 0, let last = tables[p - 1].last, let first = tables[p].first else { return false }
        return abs(last.left - first.left) <= edgeTolerance && abs(last.right - first.right) <= edgeTolerance
    }

    /// For each table of each page, the column boundaries of the whole table it is part of.
    static func columnsOfParts(_ tables: [[PDFLattice]]) -> [[[Double]]] {
        var out = tables.map { $0.map(\.xs) }
        var p = 0
        while p < tables.count {
            guard !tables[p].isEmpty else {
                p += 1
                continue
            }
            // The parts chained from the last table of page p onward, through pages that hold
            // nothing but a part of it.
            var end = p
            while end + 1 < tables.count, end == p || tables[end].count == 1, continues(tables, page: end + 1) {
                end += 1
            }
            if end > p {
                var all = tables[p].last!.xs
                for q in (p + 1)...end { all += tables[q].first!.xs }
                var xs: [Double] = []
                for x in all.sorted() where xs.last.map({ x - $0 > PDFLattice.tolerance }) ?? true { xs.append(x) }
                out[p][out[p].count - 1] = xs
                for q in (p + 1)...end { out[q][0] = xs }
            }
            // The last page's later tables may go on to the next.
            p = end > p ? end : p + 1
        }
        return out
    }

    /// A table row that a page break cut in two: the first row of a table's part on the next page
    /// goes on in the last row before the break when its cells stand only where that row has text
    /// and the cut shows: a label completed by the text under it (`项目名` and `称`, `时效指` and
    /// `标`) or a figure (`18000元/` and `年`); a field's value going on under no label (the row below leaves the label's column
    /// empty and holds fewer cells); one cell of plain text under a row of two or more (a new
    /// indicator row has its target); or texts without the figures of the row above (a new
    /// indicator row has its own). A row that merely has text in the same columns stays a row.
    static func joinsAcrossPageBreak(_ above: GridRow, _ below: GridRow) -> Bool {
        var texts: [Int: String] = [:]
        for cell in above.cells where !cell.text.isEmpty { texts[cell.column] = cell.text }
        let cells = below.cells.filter { !$0.text.isEmpty }
        guard !cells.isEmpty, cells.allSatisfy({ texts[$0.column] != nil }) else { return false }
        if cells.contains(where: { completesLabel(texts[$0.column] ?? "", $0.text) }) { return true }
        // A figure completed by the text under it (`18000元/` and `年`).
        let isFigure = { (text: String) in FormVocabulary.kind(of: text, inIndicators: true) == .value }
        if cells.contains(where: { !isFigure(texts[$0.column] ?? "") && isFigure((texts[$0.column] ?? "") + $0.text) })
        {
            return true
        }
        // `指标` alone is the rest of a wrapped `达成预期指标` or `效益指标` far more often than a
        // caption starting a row.
        let isWrappedTail = { (text: String) in CellText.compact(text) == "指标" }
        if cells.count == 1, texts.count >= 2,
            FormVocabulary.kind(of: cells[0].text, inIndicators: true) == .text || isWrappedTail(cells[0].text)
        {
            return true
        }
        guard cells.count < texts.count,
            !cells.contains(where: { FormVocabulary.isExactLabel($0.text) && !isWrappedTail($0.text) })
        else { return false }
        // The rest of a row's wrapped texts, without the figures the row above holds (figures do
        // not wrap; a new indicator row brings its own).
        let columns = Set(cells.map(\.column))
        if !cells.contains(where: { isFigure($0.text) }),
            texts.contains(where: { !columns.contains($0.key) && isFigure($0.value) })
        {
            return true
        }
        guard let label = above.cells.first(where: { !$0.text.isEmpty }),
            !cells.contains(where: { $0.column == label.column })
        else { return false }
        return FormVocabulary.kind(of: label.text, inIndicators: false) == .field
    }

    /// Whether `top` and `below` make a label that `top` alone is not (`可持续` and `影响指`), or
    /// the whole of one that `top` only starts (`时效指`, read as 时效指标, and `标`).
    static func completesLabel(_ top: String, _ below: String) -> Bool {
        let whole = top + below
        guard !top.isEmpty, FormVocabulary.isExactLabel(whole) else { return false }
        if let level = LevelName.label(whole) {
            // The name in full (`效益` and `指标`, even though `指标` alone is a caption).
            if level.name == CellText.compact(whole), level.name != CellText.compact(top) { return true }
            return LevelName.label(top) == nil && !FormVocabulary.isExactLabel(below)
        }
        return !FormVocabulary.isExactLabel(top) && !FormVocabulary.isExactLabel(below)
    }

    /// The row above with the texts of the row below appended in their columns, as the lines of
    /// a wrapped cell join (`PDFCellText.continued`).
    static func joined(_ above: GridRow, _ below: GridRow) -> GridRow {
        var out = above
        for cell in below.cells where !cell.text.isEmpty {
            guard let k = out.cells.firstIndex(where: { $0.column == cell.column }) else { continue }
            out.cells[k].text = PDFCellText.continued(out.cells[k].text, cell.text)
        }
        return out
    }

    /// One page's rows: its tables' rows and its prose lines, top to bottom, with where the
    /// first table's first row and the last table's last row stand among them.
    static func rows(
        _ page: PopplerText.Page, _ tables: [PDFLattice], columns: [[Double]], continues: Bool
    ) -> (rows: [GridRow], firstTableRow: Int?, lastTableRow: Int?) {
        var inCell: [[[Word]]] = tables.map { [[Word]](repeating: [], count: $0.cells.count) }
        var prose: [Word] = []
        for word in page.words {
            let x = (word.xMin + word.xMax) / 2, y = (word.yMin + word.yMax) / 2
            if let t = tables.firstIndex(where: { $0.cell(at: x, y) != nil }), let c = tables[t].cell(at: x, y) {
                inCell[t][c].append(word)
            } else {
                prose.append(word)
            }
        }
        var blocks: [(top: Double, table: Int?, rows: [GridRow])] = PDFCellText.lines(prose).map { line in
            (line.map(\.yMin).min() ?? 0, nil, [proseRow(line)])
        }
        for (t, table) in tables.enumerated() {
            blocks.append(
                (table.top, t, tableRows(table, texts: inCell[t], columns: columns[t], continues: continues && t == 0)))
        }
        var out: [GridRow] = []
        var first: Int?, last: Int?
        for block in blocks.enumerated().sorted(by: { ($0.element.top, $0.offset) < ($1.element.top, $1.offset) })
            .map(\.element)
        {
            if block.table == 0, !block.rows.isEmpty { first = out.count }
            if block.table == tables.count - 1, !block.rows.isEmpty { last = out.count + block.rows.count - 1 }
            out += block.rows
        }
        return (out, first, last)
    }

    /// A line of prose: one cell, or a cell for each part of it standing `proseGap` apart.
    static func proseRow(_ line: [Word]) -> GridRow {
        var parts: [[Word]] = []
        for word in line {
            if let last = parts.last?.last, word.xMin - last.xMax <= proseGap * max(last.yMax - last.yMin, 1) {
                parts[parts.count - 1].append(word)
            } else {
                parts.append([word])
            }
        }
        let cells = parts.enumerated().map { k, part in
            GridCell(text: PDFCellText.joined(part), column: k, line: 0, offset: Int(part[0].xMin.rounded()))
        }
        return GridRow(cells: cells, line: 0)
    }

    /// A table's rows, one per lattice row, in the columns of the whole table. A cell is kept
    /// when it holds text or is merged (as Word's reader keeps it); at the top of a part that goes
    /// on from the page before, an empty merged cell is the rest of one above and is left out.
    static func tableRows(_ table: PDFLattice, texts: [[Word]], columns: [Double], continues: Bool) -> [GridRow] {
        func column(_ x: Double) -> Int {
            let k = PDFLattice.lowerBound(columns, x - PDFLattice.tolerance)
            return min(k, max(columns.count - 1, 0))
        }
        var rows = [[GridCell]](repeating: [], count: max(table.ys.count - 1, 0))
        for (k, cell) in table.cells.enumerated() {
            let text = PDFCellText.text(texts[k])
            let first = column(table.xs[cell.column])
            let span = max(1, column(table.xs[cell.column + cell.columnSpan]) - first)
            let merged = cell.rowSpan > 1 || span > 1
            guard !text.isEmpty || (merged && !(continues && cell.row == 0)) else { continue }
            rows[cell.row].append(
                GridCell(text: text, column: first, rowSpan: cell.rowSpan, columnSpan: span, line: 0, offset: first))
        }
        return rows.map { GridRow(cells: $0.sorted { $0.column < $1.column }, line: 0) }
    }

    /// The rows numbered down the grid, the line warnings cite.
    static func numbered(_ rows: [GridRow]) -> [GridRow] {
        rows.enumerated().map { k, row in
            var row = row
            row.line = k + 1
            for c in row.cells.indices { row.cells[c].line = k + 1 }
            return row
        }
    }
}
