/// What the grids of one file hold: a performance form (read by the one form reader, whatever the
/// format the cells came from) or plain tables. Every reader of `Formats/` that finds cells ends here.
enum GridContent {
    /// `runTogether`: the source may glue a label to its value in one cell (a PDF's words are
    /// cut into cells by the gaps between them, and a label set tight against its value has none).
    static func read(
        _ grids: [Grid], file: String, options: LoadOptions, runTogether: Bool = false
    ) throws -> FileContent {
        if !runTogether, !grids.isEmpty, grids.allSatisfy(isPlainlyTable),
            let tables = PlainGridTable.content(grids, file: file)
        {
            return tables
        }
        let text = SourceText(grids: runTogether ? grids.map(Self.splittingRunTogetherCells) : grids)
        if let layout = LayoutRegistry.detect(text) {
            return .document(try DocumentImporter.load(text, layout: layout, source: file, options: options))
        }
        if let tables = PlainGridTable.content(grids, file: file) { return tables }
        throw DocumentImportError(file: file, reason: .notADocument)
    }

    /// Whether a large grid is plainly a table, not a form: its first `leadingRows` rows, read
    /// alone, are no form (a form shows its project fields or its indicator header at the top).
    /// The form detection, which reads every row (a fifth of loading a sheet of 50,000 rows), is
    /// then not run on the rest; a grid of no more rows than that goes the whole way, as before.
    /// Not for cells that may hold a label run together with its value (a PDF's): those are
    /// split first, on the detection's path.
    static func isPlainlyTable(_ grid: Grid) -> Bool {
        guard grid.rows.count > leadingRows else { return false }
        let top = Grid(name: grid.name, rows: Array(grid.rows.prefix(leadingRows)))
        return LayoutRegistry.detect(SourceText(grids: [top])) == nil
    }

    /// How many rows at the top of a grid tell a form from a table.
    static let leadingRows = 200

    /// Each cell that holds a label and its value, or several labels, run together
    /// (`项目名称自治区医疗保障局2024年专项业务费`, `二级指标三级指标`) made into the cells it holds; a
    /// row of one such cell becomes a table row.
    static func splittingRunTogetherCells(_ grid: Grid) -> Grid {
        var out = grid
        for r in out.rows.indices {
            let row = out.rows[r]
            var cells: [GridCell] = []
            var split = false
            for cell in row.cells {
                let pieces = cell.text.isEmpty ? [cell] : WordSplitter.splitRunTogether(cell)
                let labelled =
                    pieces.count > 1
                    && pieces.contains { FormVocabulary.kind(of: $0.text, inIndicators: true) != .text }
                if labelled { split = true }
                cells += labelled ? pieces : [cell]
            }
            guard split else { continue }
            for k in cells.indices { cells[k].column = k }
            out.rows[r] = GridRow(cells: cells, line: row.line, isProse: false, keepsEmptyCells: false)
        }
        return out
    }
}
