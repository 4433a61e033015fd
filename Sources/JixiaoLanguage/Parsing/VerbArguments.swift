/// Argument shapes shared by several verbs.
extension SyntaxParser {
    /// An expression argument, with "expected an expression after `verb`" when it is missing.
    public mutating func parseArgument() throws(Diagnostic) -> Expression {
        try requireExpressionStart()
        return try parseExpression()
    }

    /// `NAME = EXPR`; `usage` is shown when the `=` is missing.
    public mutating func parseAssignment(usage: String) throws(Diagnostic) -> Assignment {
        let name = try parseIdentifier("a new column name")
        guard take(.equal) != nil else {
            var diagnostic = expected("`=`")
            diagnostic.note = "write `\(usage)`"
            throw diagnostic
        }
        return Assignment(name: name, value: try parseArgument())
    }

    /// True when the cursor is at `NAME =` (a single `=`, not `==`).
    public var atNamedItem: Bool {
        atIdentifier && peek(1).isSymbol(.equal)
    }

    /// `COL, …` or nothing at all (for `distinct` and `count`).
    public mutating func parseOptionalColumns() throws(Diagnostic) -> [ColumnReference] {
        if atStageEnd { return [] }
        return try parseColumns()
    }

    /// `COL, …`, at least one.
    public mutating func parseColumns() throws(Diagnostic) -> [ColumnReference] {
        try parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseColumnReference()
        }
    }
}

extension SyntaxParser {
    /// True when `token` can be read as a name.
    public func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier: return true
        default: return false
        }
    }
}
