import JixiaoDomain

/// One line of a document, split into its tab-separated cells.
struct SourceLine: Sendable {
    /// 1-based line number in the source text.
    let number: Int
    let raw: String
    /// The cells with wrapped text joined (`CellText.joined`); empty cells are kept so that
    /// positions still line up with the header.
    let cells: [String]
    /// The cells in the shape labels are compared in (`CellText.compact`).
    let compactCells: [String]

    init(number: Int, raw: String) {
        // Split on the tab byte: a tab is never part of a multi-byte character.
        let cells = raw.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
        self.init(number: number, raw: raw, cells: cells, isTableRow: cells.count > 1, keepsEmptyCells: false)
    }

    /// A line whose cells were found by a grid (pipes, aligned columns, a workbook row, a row
    /// rebuilt from a stream of cells); `isTableRow` is false for prose (a title).
    init(number: Int, raw: String, cells: [String], isTableRow: Bool, keepsEmptyCells: Bool) {
        self.number = number
        self.raw = raw
        self.cells = cells.map(CellText.joined)
        self.compactCells = self.cells.map(CellText.compact)
        self.isTableRow = isTableRow
        self.keepsEmptyCells = keepsEmptyCells
    }

    /// Whether the empty cells of the line are all there (see `GridRow.keepsEmptyCells`).
    let keepsEmptyCells: Bool

    /// A table row has at least one tab (or was found as a row by a grid); a line without any is a title or prose.
    let isTableRow: Bool
    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// The non-empty cells with their positions.
    var filled: [(index: Int, text: String)] {
        cells.enumerated().filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) }
    }

    /// The index of the first cell whose compact form is `label`.
    func index(of label: String) -> Int? { compactCells.firstIndex(of: label) }

    /// The text of the line with cells joined by one space, for prose lines such as titles.
    var text: String { cells.filter { !$0.isEmpty }.joined(separator: " ") }
}

/// A document as lines of cells.
struct SourceText: Sendable {
    let lines: [SourceLine]

    /// Lines end at LF, CRLF or a lone CR, found by byte (line breaks are ASCII). The text is
    /// first put in canonical composed form when it needs it (`CanonicalText`), so that labels
    /// and words are then matched by their bytes.
    init(_ text: String) {
        let text = CanonicalText.composed(text)
        var lines: [SourceLine] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines.append(SourceLine(number: lines.count + 1, raw: String(Substring(text[start..<i]))))
                var next = utf8.index(after: i)
                if b == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        lines.append(SourceLine(number: lines.count + 1, raw: String(Substring(text[start..<utf8.endIndex]))))
        self.lines = lines
    }

    init(lines: [SourceLine]) {
        self.lines = lines
    }

    /// The rows of grids as lines of cells, in order: a row of one cell is prose (a title), as a
    /// line without tabs is in text.
    init(grids: [Grid]) {
        var lines: [SourceLine] = []
        for grid in grids {
            for row in grid.rows {
                let texts = row.texts
                let raw = texts.filter { !$0.isEmpty }.joined(separator: " ")
                let prose = row.isProse
                lines.append(
                    SourceLine(
                        number: row.line, raw: raw, cells: prose ? [raw] : texts, isTableRow: !prose,
                        keepsEmptyCells: row.keepsEmptyCells))
            }
        }
        self.lines = lines
    }

    /// The first table row with a `三级指标` cell: every layout's indicator header has one.
    var indicatorHeader: SourceLine? { lines.first { $0.isTableRow && $0.index(of: "三级指标") != nil } }
}
