extension VerbGrammar {
    /// `join [left] TABLE on COL, … | EXPR`. `left` (or `inner`) is a modifier only when a
    /// table follows it, so a table called `left` can still be joined.
    static let join = VerbGrammar(
        name: "join", usage: "join [left] TABLE on COL | EXPR",
        summary: "inner or left join; clashing names get the right table's name as prefix"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        var kind = JoinKind.inner
        if parser.current.isWord("left") || parser.current.isWord("inner"),
           parser.peek(1).isSymbol(.leftParen) || (!parser.peek(1).isWord("on") && parser.isName(parser.peek(1))) {
            kind = parser.advance().isWord("left") ? .left : .inner
        }
        let source = try parser.parseSource("the table to join")
        try parser.expectWord("on", example: "join projects on project_id")
        let conditions = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseArgument()
        }
        let columns = conditions.compactMap(\.columnReference)
        if columns.count == conditions.count { return .join(kind, source, on: .columns(columns)) }
        guard conditions.count == 1, let condition = conditions.first else {
            throw Diagnostic(
                "expected column names or one condition after `on`", at: conditions.dropFirst().first?.span ?? parser.here,
                suggestion: "combine conditions with `and`")
        }
        return .join(kind, source, on: .expression(condition))
    }
}

extension SyntaxParser {
    /// True when `token` can be read as a name.
    func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier: return true
        default: return false
        }
    }
}
