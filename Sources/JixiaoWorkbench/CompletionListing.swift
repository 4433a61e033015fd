import JixiaoText

/// Lays completion candidates out in columns, measured in terminal cells so Chinese names line up.
public enum CompletionListing {
    public static func layout(_ words: [String], width: Int) -> String {
        let cells = words.map { TerminalWidth.cells(of: $0) }
        let columnWidth = (cells.max() ?? 0) + 2
        let perRow = max(1, width / max(columnWidth, 1))
        let rows = (words.count + perRow - 1) / perRow
        var text = ""
        for row in 0..<rows {
            var line = ""
            // Column-major, as shells list completions.
            for column in 0..<perRow {
                let i = column * rows + row
                guard i < words.count else { break }
                line += TerminalWidth.pad(words[i], toCells: columnWidth)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
