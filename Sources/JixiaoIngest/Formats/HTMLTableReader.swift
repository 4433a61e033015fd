import CXML2

/// A parsed web page walked into grids: each `<table>` one grid (a table inside a cell is a grid
/// of its own, after the one holding it, and leaves no text in that cell), with the text outside
/// tables before it as rows of one cell. Cells are placed as browsers place them: each in the
/// first column not taken by a `rowspan` from above.
struct HTMLTableReader {
    /// Elements whose text is no content.
    static let skipped: Set<String> = ["script", "style", "head", "noscript", "template", "select", "button"]
    /// Elements that end a line of prose (and a line within a cell).
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
        "article", "header", "footer", "center", "blockquote", "pre", "dd", "dt", "dl",
        "hr", "form", "tr", "caption", "main", "nav", "aside", "address",
    ]
    static let maximumSpan = 1_000

    private final class State {
        var grids: [Grid] = []
        var prose: [GridRow] = []
        var line = ""
        var lineNumber = 0

        func endLine() {
            let text = HTMLTableReader.collapsed(line)
            line = ""
            guard !text.isEmpty else { return }
            lineNumber += 1
            prose.append(GridRow(cells: [GridCell(text: text, column: 0, line: lineNumber)], line: lineNumber))
        }
    }

    func read(_ root: xmlNodePtr) -> [Grid] {
        let state = State()
        var tables: [xmlNodePtr] = []
        walkProse(root, state, tables: &tables)
        state.endLine()
        if !state.prose.isEmpty { state.grids.append(Grid(name: "text", rows: state.prose)) }
        return state.grids
    }

    /// Walks the page outside tables, iteratively (a page nested ten thousand deep must not
    /// overflow the stack): text joins the current line, blocks end it, a table is read whole.
    private func walkProse(_ root: xmlNodePtr, _ state: State, tables: inout [xmlNodePtr]) {
        var stack: [(node: xmlNodePtr, leaving: Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            let name = Self.name(node)
            if leaving {
                if Self.blocks.contains(name) { state.endLine() }
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { state.line += Self.inline(content) }
            case XML_ELEMENT_NODE:
                if Self.skipped.contains(name) { continue }
                if name == "table" {
                    state.endLine()
                    readTables(node, state)
                    continue
                }
                if Self.blocks.contains(name) { state.endLine() }
                stack.append((node, true))
                for child in Self.children(node).reversed() { stack.append((child, false)) }
            default: break
            }
        }
    }

    /// A table and the tables nested in its cells, each a grid, in document order.
    private func readTables(_ table: xmlNodePtr, _ state: State) {
        var queue = [table]
        var k = 0
        while k < queue.count, k < 10_000 {
            let current = queue[k]
            k += 1
            var nested: [xmlNodePtr] = []
            let rows = readRows(current, state, nested: &nested)
            state.grids.append(Grid(name: "table \(state.grids.count + 1)", rows: state.prose + rows))
            state.prose = []
            queue.insert(contentsOf: nested, at: k)
        }
    }

    /// The rows of one table (its own `tr`, also inside `thead`/`tbody`/`tfoot`), cells placed.
    private func readRows(_ table: xmlNodePtr, _ state: State, nested: inout [xmlNodePtr]) -> [GridRow] {
        var trs: [xmlNodePtr] = []
        for child in Self.children(table) where child.pointee.type == XML_ELEMENT_NODE {
            switch Self.name(child) {
            case "tr": trs.append(child)
            case "thead", "tbody", "tfoot":
                trs += Self.children(child).filter { $0.pointee.type == XML_ELEMENT_NODE && Self.name($0) == "tr" }
            case "caption":
                state.line = cellText(child, nested: &nested)
                state.endLine()
            default: break
            }
        }
        var out: [GridRow] = []
        // Columns taken by rowspans from above: column → the last row index it covers.
        var taken: [Int: Int] = [:]
        for (r, tr) in trs.enumerated() {
            state.lineNumber += 1
            var cells: [GridCell] = []
            var column = 0
            for td in Self.children(tr)
            where td.pointee.type == XML_ELEMENT_NODE && ["td", "th"].contains(Self.name(td)) {
                while let last = taken[column], last >= r { column += 1 }
                let rowSpan = Self.span(td, "rowspan"), columnSpan = Self.span(td, "colspan")
                let text = Self.collapsed(cellText(td, nested: &nested))
                if !text.isEmpty || rowSpan > 1 || columnSpan > 1 {
                    cells.append(
                        GridCell(
                            text: text, column: column, rowSpan: rowSpan, columnSpan: columnSpan,
                            line: state.lineNumber, offset: column))
                }
                if rowSpan > 1 { for c in column..<(column + columnSpan) { taken[c] = r + rowSpan - 1 } }
                column += columnSpan
                if column > DelimitedTableReader.maximumColumns { break }
            }
            out.append(GridRow(cells: cells, line: state.lineNumber))
        }
        return out.filter { !$0.cells.isEmpty }
    }

    /// A cell's text: blocks and `<br>` end its lines; nested tables are set aside in `nested`.
    private func cellText(_ cell: xmlNodePtr, nested: inout [xmlNodePtr]) -> String {
        var out = ""
        var stack: [(node: xmlNodePtr, leaving: Bool)] = Self.children(cell).reversed().map { ($0, false) }
        while let (node, leaving) = stack.popLast() {
            let name = Self.name(node)
            if leaving {
                if Self.blocks.contains(name) { out += "\n" }
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { out += Self.inline(content) }
            case XML_ELEMENT_NODE:
                if Self.skipped.contains(name) { continue }
                if name == "table" { nested.append(node); continue }
                if Self.blocks.contains(name) { out += "\n" }
                stack.append((node, true))
                for child in Self.children(node).reversed() { stack.append((child, false)) }
            default: break
            }
        }
        return out
    }

    /// A text node's content: its source line breaks are white space, not lines.
    static func inline(_ content: UnsafePointer<xmlChar>) -> String {
        String(cString: content).replacingOccurrences(of: "\n", with: " ")
    }

    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            out.append(c)
            child = c.pointee.next
        }
        return out
    }

    /// `rowspan`/`colspan` as a count from 1 to `maximumSpan` (browsers clamp them too).
    static func span(_ node: xmlNodePtr, _ attribute: String) -> Int {
        guard let value = xmlGetProp(node, attribute) else { return 1 }
        defer { jx_xml_free(value) }
        let digits = String(cString: value).trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isNumber }
        return min(max(Int(digits.prefix(6)) ?? 1, 1), maximumSpan)
    }

    /// Runs of white space (spaces, tabs, source line breaks, no-break spaces) made one space;
    /// the line breaks of blocks and `<br>` kept; each line trimmed.
    static func collapsed(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let words = line.split { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }
            let joined = words.joined(separator: " ")
            if !joined.isEmpty { lines.append(joined) }
        }
        return lines.joined(separator: "\n")
    }
}
