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
        self.number = number
        self.raw = raw
        self.cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map { CellText.joined(String($0)) }
        self.compactCells = cells.map(CellText.compact)
    }

    /// A table row has at least one tab; a line without any is a title or prose.
    var isTableRow: Bool { cells.count > 1 }
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

    init(_ text: String) {
        var lines: [SourceLine] = []
        var n = 0
        for piece in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            n += 1
            lines.append(SourceLine(number: n, raw: String(piece)))
        }
        self.lines = lines
    }

    /// The first table row with a `三级指标` cell: every layout's indicator header has one.
    var indicatorHeader: SourceLine? { lines.first { $0.isTableRow && $0.index(of: "三级指标") != nil } }
}
