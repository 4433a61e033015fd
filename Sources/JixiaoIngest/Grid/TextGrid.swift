import JixiaoDomain

/// Makes a document's text into grids, block by block, whichever way its cells were separated:
/// tabs, pipes (`a | b | c |`), columns aligned by runs of spaces (`pdftotext -layout`), one cell
/// per line (each closed by ` |`), or flattened text where only the vocabulary tells cells apart.
/// A block is a run of lines that share one way of separating cells; one file may change mode
/// from block to block. Rows lost in a stream of cells (one per line, flattened) are rebuilt by
/// `RowBuilder`.
enum TextGrid {
    enum Mode: Equatable { case tabs, pipes, cellPerLine, aligned, words }

    static func grids(_ text: SourceText) -> [Grid] {
        let lines = text.lines
        let classes = lines.map(classify)
        // In a document of tab or pipe rows, a line without separators is a title or a note.
        let hasTabs = classes.contains(.tabs) || classes.contains(.pipes) || classes.contains(.cellPerLine)
        var grids: [Grid] = []
        var i = 0
        while i < lines.count {
            let mode = classes[i]
            if mode == nil {
                i += 1
                continue
            }
            // A title, unless it is a whole table flattened onto one line.
            if hasTabs, mode == .words || mode == .aligned {
                let line = lines[i]
                if WordSplitter.starterHits(Array(line.raw)).count >= 3 {
                    grids.append(RowBuilder.rows(words([line]), preservesEmpties: false))
                } else {
                    grids.append(
                        Grid(rows: [GridRow(cells: [cell(line.raw, line.number)], line: line.number, isProse: true)]))
                }
                i += 1
                continue
            }
            var j = i + 1
            var block = [lines[i]]
            while j < lines.count {
                let m = classes[j]
                if m == nil || sameBlock(mode, m) {
                    if m != nil || mode == .cellPerLine || mode == .words { block.append(lines[j]) }
                    j += 1
                } else {
                    break
                }
            }
            grids.append(
                grid(block.filter { !$0.raw.allSatisfy(\.isWhitespace) || mode == .cellPerLine }, mode: mode ?? .words))
            i = j
        }
        return grids
    }

    static func sameBlock(_ a: Mode?, _ b: Mode?) -> Bool {
        if a == b { return true }
        // Aligned columns and plain words mix in pdftotext output and indented text.
        let loose: [Mode?] = [.aligned, .words]
        return loose.contains(a) && loose.contains(b)
    }

    static func grid(_ block: [SourceLine], mode: Mode) -> Grid {
        switch mode {
        case .tabs:
            return Grid(
                rows: block.map { line in
                    GridRow(
                        cells: line.cells.enumerated().map { cell($1, line.number, column: $0) }, line: line.number,
                        isProse: !line.isTableRow)
                })
        case .pipes:
            return Grid(rows: block.map(pipeRow))
        case .cellPerLine:
            var cells: [RowBuilder.StreamCell] = []
            for line in block {
                var t = line.raw.trimmingSpaces
                if t.hasSuffix("|") { t.removeLast() }
                cells.append(RowBuilder.StreamCell(cell: cell(t.trimmingSpaces, line.number), lineStart: true))
            }
            return RowBuilder.rows(cells, preservesEmpties: true)
        case .aligned, .words:
            let aligned = block.filter { alignedCells($0.raw).count >= 2 }.count
            if aligned * 2 >= block.count, aligned >= 2 {
                return Grid(
                    rows: block.map { line in
                        let cells = alignedCells(line.raw).flatMap(splitAfterNumber)
                        // A lone cell is a title, unless it is a label (a merged cell's, printed mid-way down its rows).
                        let kind = cells.first.map { FormVocabulary.kind(of: $0, inIndicators: true) }
                        let lone = cells.count == 1 && (kind == .text || kind == .title)
                        return GridRow(
                            cells: cells.enumerated().map { cell($1, line.number, column: $0) }, line: line.number,
                            isProse: cells.count == 1 ? lone : false)
                    })
            }
            return RowBuilder.rows(words(block), preservesEmpties: false)
        }
    }

    /// The cells of a block of flattened lines as one stream.
    static func words(_ block: [SourceLine]) -> [RowBuilder.StreamCell] {
        let words = block.flatMap { WordSplitter.spaceSeparated($0.raw, line: $0.number) }
        var previousLine = 0
        return WordSplitter.cells(ofWords: words).map { cell in
            defer { previousLine = cell.line }
            return RowBuilder.StreamCell(cell: cell, lineStart: cell.line != previousLine)
        }
    }

    static func pipeRow(_ line: SourceLine) -> GridRow {
        var parts = line.raw.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        if parts.first == "" { parts.removeFirst() }
        while parts.last == "" { parts.removeLast() }
        return GridRow(cells: parts.enumerated().map { cell($1, line.number, column: $0) }, line: line.number)
    }

    /// Cells separated by runs of two or more spaces (indentation before the first is not a cell).
    static func alignedCells(_ raw: String) -> [String] {
        var out: [String] = []
        var current = ""
        var spaces = 0
        for ch in raw {
            if ch == " " || ch == "\u{3000}" {
                spaces += 1
                continue
            }
            if spaces >= 2, !current.isEmpty {
                out.append(current)
                current = ""
            } else if spaces == 1, !current.isEmpty {
                current.append(" ")
            }
            spaces = 0
            current.append(ch)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A right-aligned figure printed one space before the next column's text (`1200000 人次`,
    /// `20 正向`): two cells.
    static func splitAfterNumber(_ cell: String) -> [String] {
        let parts = cell.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 2 else { return [cell] }
        var out: [String] = []
        var current = ""
        for part in parts {
            if !current.isEmpty, CellText.isNumber(current), !CellText.isNumber(part) || CellText.isNumber(current) {
                out.append(current)
                current = part
            } else {
                current = current.isEmpty ? part : current + " " + part
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func classify(_ line: SourceLine) -> Mode? {
        let raw = line.raw
        if raw.allSatisfy(\.isWhitespace) { return nil }
        if raw.utf8.contains(0x09) { return .tabs }
        let pipes = raw.utf8.filter { $0 == UInt8(ascii: "|") }.count
        if pipes > 0 {
            let t = raw.trimmingSpaces
            if pipes == 1, t.hasSuffix("|") { return .cellPerLine }
            return .pipes
        }
        return alignedCells(raw).count >= 2 ? .aligned : .words
    }

    static func cell(_ text: String, _ line: Int, column: Int = 0) -> GridCell {
        GridCell(text: text.trimmingSpaces, column: column, line: line)
    }
}
