import JixiaoText

extension Diagnostic {
    /// The diagnostic as a terminal shows it:
    ///
    /// ```
    /// q.jx:2:9: error: unknown column "departmnet"
    ///     2 | | group departmnet
    ///       |         ^^^^^^^^^^
    ///   did you mean "department"?
    /// ```
    ///
    /// The caret is placed in terminal cells, not characters: `cellWidth` says how wide a
    /// character is drawn (a Chinese character takes two cells), so the caret stays under the
    /// right spot on a line full of Chinese text. Tabs are drawn as four spaces on both lines.
    /// Without `file` the first line starts at `line:column`. With `colored`, the severity, the
    /// caret and the suggestion are coloured for a terminal.
    public func render(
        source: String,
        file: String? = nil,
        cellWidth: (Character) -> Int = TerminalWidth.cells,
        colored: Bool = false
    ) -> String {
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let severityColor = severity == .error ? "1;31" : (severity == .warning ? "1;33" : "1;36")
        let position = "\(span.start.line):\(span.start.column)"
        var lines = [
            "\(file.map { "\($0):" } ?? "")\(position): \(paint(severity.rawValue + ":", severityColor)) \(message)"
        ]

        if let sourceLine = Self.line(span.start.line, of: source) {
            let gutter = String(span.start.line)
            let pad = String(repeating: " ", count: gutter.count)
            let shown = sourceLine.map { $0 == "\t" ? "    " : String($0) }.joined()
            lines.append("    \(gutter) | \(shown)")

            let characters = Array(sourceLine)
            let startIndex = min(max(span.start.column - 1, 0), characters.count)
            let endIndex: Int
            if span.end.line == span.start.line {
                endIndex = min(max(span.end.column - 1, startIndex), characters.count)
            } else {
                endIndex = characters.count
            }
            let indent = Self.cells(characters[0..<startIndex], cellWidth)
            let width = max(Self.cells(characters[startIndex..<endIndex], cellWidth), 1)
            let caret = String(repeating: " ", count: indent) + String(repeating: "^", count: width)
            lines.append("    \(pad) | \(paint(caret, "31"))")
        }
        if let note { lines.append("  \(paint("note:", "1")) \(note)") }
        if let suggestion { lines.append("  \(paint(suggestion, "32"))") }
        return lines.joined(separator: "\n")
    }

    /// Line `number` (1-based) of `source`, split the way the lexer counts lines.
    static func line(_ number: Int, of source: String) -> Substring? {
        guard number >= 1 else { return nil }
        var current = 1
        var lineStart = source.startIndex
        var index = source.startIndex
        while index < source.endIndex {
            if source[index].isNewline {
                if current == number { return source[lineStart..<index] }
                current += 1
                lineStart = source.index(after: index)
            }
            index = source.index(after: index)
        }
        return current == number ? source[lineStart..<source.endIndex] : nil
    }

    private static func cells(_ characters: ArraySlice<Character>, _ width: (Character) -> Int) -> Int {
        characters.reduce(0) { $0 + ($1 == "\t" ? 4 : max(width($1), 0)) }
    }
}
