/// One cell of a source, wherever it came from: a span of a text line, a workbook cell, a Word or
/// web table cell, a run of words on a PDF page. Every reader makes its source into cells first;
/// only then is the grid read as a form or a plain table, so one form reader serves every format.
public struct GridCell: Sendable, Hashable {
    /// The text as printed, trimmed of surrounding white space.
    public var text: String
    /// The 0-based column the cell starts in.
    public var column: Int
    /// How many rows and columns a merged cell covers (1 when not merged). The rows and columns
    /// it covers hold no cell of their own.
    public var rowSpan: Int
    public var columnSpan: Int
    /// Where the cell was read: the 1-based line of a text file, the 1-based row of a sheet or
    /// table, the line of a PDF page's text (what warnings cite).
    public var line: Int
    /// The 0-based offset within `line`: the UTF-8 byte of a text line, the column of a sheet.
    public var offset: Int
    /// The number a typed source stored (a workbook's numeric cell, in the unit of its number
    /// format: a cell shown as `95%` holds 0.95 and is given here as 95 with `text` "95%").
    public var number: Double?

    public init(
        text: String, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, line: Int, offset: Int = 0,
        number: Double? = nil
    ) {
        self.text = text
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.line = line
        self.offset = offset
        self.number = number
    }
}

/// One row of a grid: its cells in column order (empty cells may be left out).
public struct GridRow: Sendable, Hashable {
    public var cells: [GridCell]
    /// The source line or sheet row the row was read from.
    public var line: Int
    /// Prose rather than a table row: a title or a paragraph between tables. By default a row of
    /// one cell is prose, as a line without tabs is in text.
    public var isProse: Bool
    /// Whether every empty cell of the source survived (one cell per line, a workbook row), so
    /// that an indicator row's values can be read by their position under the header.
    public var keepsEmptyCells: Bool

    public init(cells: [GridCell], line: Int, isProse: Bool? = nil, keepsEmptyCells: Bool = false) {
        self.cells = cells
        self.line = line
        self.isProse = isProse ?? (cells.filter { !$0.text.isEmpty }.count <= 1)
        self.keepsEmptyCells = keepsEmptyCells
    }

    /// The row's texts by column, empty strings where no cell stands (covered by a merge or blank).
    public var texts: [String] {
        guard let width = cells.map({ $0.column + 1 }).max() else { return [] }
        var out = [String](repeating: "", count: width)
        for cell in cells where cell.column >= 0 { out[cell.column] = cell.text }
        return out
    }
}

/// A table of cells read from one source block: a text block in one separation mode, a sheet, a
/// Word or web table, the table of a PDF (pages joined). Prose between tables (a title, a
/// `(2024年度)` line) is a row of one cell, as in text.
public struct Grid: Sendable, Hashable {
    /// What the grid is within its file, for messages: `sheet 项目1`, `table 2`, `page 3`.
    public var name: String?
    public var rows: [GridRow]

    public init(name: String? = nil, rows: [GridRow]) {
        self.name = name
        self.rows = rows
    }
}
