/// A name as written: a column, table, variable, function or new-column name.
///
/// The parser does not resolve names — the binder matches them against the catalog (and the
/// Chinese aliases of columns), using `span` to point at a misspelling.
public struct Identifier: Sendable, Hashable {
    /// The name without backquotes.
    public var name: String
    public var span: SourceSpan
    /// Written in backquotes (`` `weird name` ``): never a keyword or verb.
    public var isQuoted: Bool

    public init(_ name: String, span: SourceSpan, isQuoted: Bool = false) {
        self.name = name
        self.span = span
        self.isQuoted = isQuoted
    }
}

/// A reference to a column, optionally qualified by its table: `department`,
/// `projects.department` (useful after a `join`).
public struct ColumnReference: Sendable, Hashable {
    /// The table or alias before the dot, if any.
    public var table: Identifier?
    public var column: Identifier

    public init(table: Identifier? = nil, column: Identifier) {
        self.table = table
        self.column = column
    }

    /// From the qualifier (or the column) to the end of the column name.
    public var span: SourceSpan {
        guard let table else { return column.span }
        return table.span.union(column.span)
    }
}

/// A string literal in a statement position: a path, a file name, a message.
public struct StringLiteral: Sendable, Hashable {
    /// The decoded text (escapes resolved).
    public var value: String
    /// Including the quotes.
    public var span: SourceSpan

    public init(_ value: String, span: SourceSpan) {
        self.value = value
        self.span = span
    }
}
