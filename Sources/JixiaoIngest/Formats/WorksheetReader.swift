import Foundation

/// One worksheet's XML streamed into a grid: every cell with its text as printed and, for a
/// number, the number in the unit of its format; merged ranges (`mergeCell`, listed after the
/// cells) give their first cell its spans and drop the cells they cover. Formulas count by their
/// cached value (`v`); a formula without one is empty.
struct WorksheetReader {
    let strings: SharedStrings
    let styles: WorkbookStyles
    let date1904: Bool

    /// Excel's limits: a reference past them is a damaged sheet.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    func read(_ xml: XMLStream, name: String) throws -> Grid {
        var rows: [(line: Int, cells: [GridCell])] = []
        var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
        var nextRow = 1
        while try xml.next() {
            guard xml.kind == .element else { continue }
            if xml.isNamed("row") {
                let line = xml.attribute("r").flatMap(Int.init) ?? nextRow
                guard (1...Self.maximumRows).contains(line) else {
                    throw XMLStreamError(member: xml.name, why: "has a row number \(line) outside a sheet")
                }
                nextRow = line + 1
                let cells = xml.isEmptyElement ? [] : try readRow(xml, line: line)
                if !cells.isEmpty { rows.append((line, cells)) }
            } else if xml.isNamed("mergeCell") {
                if let ref = xml.attribute("ref"), let range = Self.range(ref) { merges.append(range) }
            }
        }
        return Grid(name: name, rows: Self.merged(rows, merges))
    }

    private func readRow(_ xml: XMLStream, line: Int) throws -> [GridCell] {
        let rowDepth = xml.depth
        var cells: [GridCell] = []
        var nextColumn = 0
        while try xml.next() {
            if xml.kind == .endElement, xml.depth == rowDepth { break }
            guard xml.kind == .element, xml.isNamed("c") else { continue }
            let column = xml.attribute("r").flatMap { Self.reference($0)?.column } ?? nextColumn
            guard column < Self.maximumColumns else {
                throw XMLStreamError(member: xml.name, why: "has a cell past column XFD")
            }
            nextColumn = column + 1
            let type = xml.attribute("t") ?? "n"
            let style = xml.attribute("s").flatMap(Int.init) ?? 0
            let (raw, inline) = try cellContent(xml)
            if let cell = cell(type: type, style: style, raw: raw, inline: inline, column: column, line: line) {
                cells.append(cell)
            }
        }
        return cells.sorted { $0.column < $1.column }
    }

    /// The cached value (`v`) and inline text (`is`) inside one `c` element.
    private func cellContent(_ xml: XMLStream) throws -> (String?, String?) {
        guard !xml.isEmptyElement else { return (nil, nil) }
        let depth = xml.depth
        var raw: String?, inline: String?
        while try xml.next() {
            if xml.kind == .endElement, xml.depth == depth { break }
            guard xml.kind == .element else { continue }
            if xml.isNamed("v") {
                raw = try xml.text()
            } else if xml.isNamed("is") {
                inline = try xml.text(skipping: ["rPh", "phoneticPr"])
            }
        }
        return (raw, inline)
    }

    private func cell(type: String, style: Int, raw: String?, inline: String?, column: Int, line: Int) -> GridCell? {
        var text: String
        var number: Double?
        switch type {
        case "s":
            guard let index = raw.flatMap({ Int(Self.trimmed($0)) }), let shared = strings[index]
            else { return nil }
            text = shared
        case "inlineStr":
            text = inline ?? raw ?? ""
        case "str", "e":
            text = raw ?? ""
        case "b":
            text = raw == "1" ? "TRUE" : "FALSE"
        case "d":
            // An ISO date-time stored as text: the date alone unless the time is not midnight.
            let value = raw ?? ""
            text =
                value.hasSuffix("T00:00:00") || value.count == 10
                ? String(value.prefix(10)) : value.replacingOccurrences(of: "T", with: " ")
        default:
            guard let raw, let value = Double(Self.trimmed(raw)) else {
                guard let raw, !raw.isEmpty else { return nil }
                text = raw
                break
            }
            (number, text) = styles.format(style).present(value, date1904: date1904)
        }
        text = Self.trimmed(text)
        guard !text.isEmpty else { return nil }
        return GridCell(text: text, column: column, line: line, offset: column, number: number)
    }

    /// The text without surrounding white space; checked by byte first, since most cells have
    /// none and Foundation's trimming is slow for a sheet of 50,000 rows.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        let plain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x80 }
        if plain(first), plain(last) { return text }
        // Chinese text: its first and last characters are seldom white space either.
        let blank: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
        if let head = text.unicodeScalars.first, let tail = text.unicodeScalars.last, !blank(head), !blank(tail) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Applies merged ranges: the first cell of a range spans it, the others are dropped (a merge
    /// whose first cell is empty gets an empty first cell, so the span is kept). Only rows that
    /// hold cells are visited, and at most `maximumMergeVisits` of them in all: a damaged sheet
    /// of overlapping merges over a million rows costs a bounded time.
    static func merged(
        _ rows: [(line: Int, cells: [GridCell])],
        _ merges: [(top: Int, left: Int, bottom: Int, right: Int)]
    ) -> [GridRow] {
        var out = rows.sorted { $0.line < $1.line }.map { GridRow(cells: $0.cells, line: $0.line) }
        var visits = 0
        for m in merges where m.bottom > m.top || m.right > m.left {
            var k = lowerBound(out, m.top)
            if k == out.count || out[k].line != m.top {
                out.insert(GridRow(cells: [], line: m.top), at: k)
            }
            var top = out[k].cells
            if let first = top.firstIndex(where: { $0.column == m.left }) {
                top[first].rowSpan = m.bottom - m.top + 1
                top[first].columnSpan = m.right - m.left + 1
            } else {
                top.append(
                    GridCell(
                        text: "", column: m.left, rowSpan: m.bottom - m.top + 1, columnSpan: m.right - m.left + 1,
                        line: m.top, offset: m.left))
                top.sort { $0.column < $1.column }
            }
            top.removeAll { $0.column > m.left && $0.column <= m.right }
            out[k].cells = top
            k += 1
            while k < out.count, out[k].line <= m.bottom, visits < maximumMergeVisits {
                out[k].cells.removeAll { $0.column >= m.left && $0.column <= m.right }
                k += 1
                visits += 1
            }
        }
        return out.filter { !$0.cells.isEmpty }
    }

    static let maximumMergeVisits = 4_000_000

    /// The index of the first row whose line is at least `line`.
    private static func lowerBound(_ rows: [GridRow], _ line: Int) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if rows[mid].line < line { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// `B3` → row 3, column 1 (0-based columns); nil when it is no cell reference.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row >= 1 else { return nil }
        return (row, column - 1)
    }

    /// `A1:C2` → rows 1…2, columns 0…2.
    static func range(_ text: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let parts = text.split(separator: ":")
        guard let first = parts.first.flatMap({ reference(String($0)) }) else { return nil }
        let last = parts.count > 1 ? reference(String(parts[1])) ?? first : first
        guard last.row <= maximumRows, last.column < maximumColumns else { return nil }
        return (
            min(first.row, last.row), min(first.column, last.column), max(first.row, last.row),
            max(first.column, last.column)
        )
    }
}
