import JixiaoLanguage
import JixiaoText

/// A diagnostic as the session shows it: in the interface's language, and with a very long
/// source line shown as a window around the caret rather than whole (a 12,000-character line
/// would otherwise be echoed in full above a caret line of thousands of spaces).
struct DiagnosticPresentation {
    let catalog: MessageCatalog
    /// The terminal's width, when known; the window is sized to it.
    let width: Int?

    /// Cells of source text shown at most; the window keeps about a third of it before the caret.
    var windowCells: Int { max(40, (width ?? 100) - 16) }

    func render(_ diagnostic: Diagnostic, source: String, file: String?, colored: Bool) -> String {
        var shown = diagnostic
        shown.message = catalog.translate(diagnostic.message)
        shown.note = diagnostic.note.map(catalog.translate)
        shown.suggestion = diagnostic.suggestion.map(catalog.translate)
        var text: String
        if let (windowSource, windowSpan) = window(diagnostic.span, in: source) {
            var windowed = shown
            windowed.span = windowSpan
            text = windowed.render(source: windowSource, file: file, colored: colored)
        } else {
            text = shown.render(source: source, file: file, colored: colored)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard !lines.isEmpty else { return text }
        lines[0] = firstLine(shown, original: diagnostic.span, file: file, colored: colored)
        if catalog.language == .chinese {
            let note = colored ? "\u{1B}[1mnote:\u{1B}[0m" : "note:"
            let translatedNote =
                colored ? "\u{1B}[1m\(catalog.text(.noteLabel)):\u{1B}[0m" : catalog.text(.noteLabel) + ":"
            lines = lines.map { $0.hasPrefix("  " + note) ? "  " + translatedNote + $0.dropFirst(2 + note.count) : $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// `file:line:column: error: message`, with the position of the whole line and the label
    /// in the interface's language.
    private func firstLine(_ d: Diagnostic, original: SourceSpan, file: String?, colored: Bool) -> String {
        let key: MessageKey = d.severity == .error ? .errorLabel : (d.severity == .warning ? .warningLabel : .noteLabel)
        let color = d.severity == .error ? "1;31" : (d.severity == .warning ? "1;33" : "1;36")
        let label = catalog.text(key) + ":"
        let painted = colored ? "\u{1B}[\(color)m\(label)\u{1B}[0m" : label
        return "\(file.map { "\($0):" } ?? "")\(original.start.line):\(original.start.column): \(painted) \(d.message)"
    }

    /// When the line of the span is wider than the window: a source holding only the cut line
    /// (at its line number, `…` marking each cut) and the span moved into it.
    private func window(_ span: SourceSpan, in source: String) -> (String, SourceSpan)? {
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard span.start.line >= 1, span.start.line <= lines.count else { return nil }
        let characters = Array(lines[span.start.line - 1])
        let cells = characters.reduce(0) { $0 + TerminalWidth.cells($1) }
        guard cells > windowCells else { return nil }
        let start = min(max(span.start.column - 1, 0), characters.count)
        let end =
            span.end.line == span.start.line ? min(max(span.end.column - 1, start), characters.count) : characters.count
        var lo = start, used = 0
        while lo > 0 && used < windowCells / 3 {
            lo -= 1
            used += TerminalWidth.cells(characters[lo])
        }
        var hi = start
        while hi < characters.count && used < windowCells {
            used += TerminalWidth.cells(characters[hi])
            hi += 1
        }
        let head = lo > 0 ? "…" : ""
        let tail = hi < characters.count ? "…" : ""
        let text = head + String(characters[lo..<hi]) + tail
        let shift = lo - head.count
        let newStart = SourceLocation(offset: 0, line: span.start.line, column: start - shift + 1)
        let newEnd = SourceLocation(offset: 0, line: span.start.line, column: min(end, hi) - shift + 1)
        let padded = String(repeating: "\n", count: span.start.line - 1) + text
        return (padded, SourceSpan(start: newStart, end: newEnd))
    }
}
