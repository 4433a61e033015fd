/// A position in a source text.
///
/// `offset` is a UTF-8 byte offset so that a consumer can slice the original text cheaply;
/// `line` and `column` are 1-based and counted in characters (grapheme clusters), which is what
/// an analyst counts when told "line 3, column 14" — a Chinese character is one column. Terminal
/// cell widths are a rendering concern and live in ``TerminalWidth``.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// UTF-8 byte offset from the start of the text.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The start of a text.
    public static let start = SourceLocation(offset: 0, line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.offset < rhs.offset
    }

    /// `line:column`, the form used in messages such as "to close `(` at 3:14".
    public var description: String { "\(line):\(column)" }

    /// The location after `character`, which starts here.
    func advanced(past character: Character) -> SourceLocation {
        let bytes = character.utf8.count
        if character.isNewline {
            return SourceLocation(offset: offset + bytes, line: line + 1, column: 1)
        }
        return SourceLocation(offset: offset + bytes, line: line, column: column + 1)
    }

    /// The location after every character of `text`, which starts here.
    func advanced(past text: some StringProtocol) -> SourceLocation {
        var location = self
        for character in text { location = location.advanced(past: character) }
        return location
    }
}

/// A half-open range of source text, `start ..< end`, carried by every token and AST node so
/// that any later stage (binder, engine, runner) can point a caret at the exact place.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    public var start: SourceLocation
    /// The location just past the last character of the span.
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty span at `location`, used for "expected … here" at the end of the input.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// Byte length of the spanned text.
    public var length: Int { end.offset - start.offset }

    public var description: String { "\(start)-\(end)" }
}
