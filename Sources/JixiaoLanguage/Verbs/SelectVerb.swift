extension VerbGrammar {
    /// `select COL | NAME = EXPR | -COL, …`.
    static let select = VerbGrammar(
        name: "select", usage: "select COL | NAME = EXPR | -COL, …",
        summary: "keep, reorder and compute columns; -COL drops one"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .select(try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseSelectItem()
        })
    }
}

extension SyntaxParser {
    fileprivate mutating func parseSelectItem() throws(Diagnostic) -> SelectItem {
        if let minus = take(.minus) {
            let column = try parseColumnReference("a column name to drop")
            return .drop(column, span: minus.span.union(column.span))
        }
        if atNamedItem {
            return .computed(try parseAssignment(usage: "select NAME = EXPR"))
        }
        guard atIdentifier else {
            var diagnostic = expected("a column name")
            diagnostic.note = "to compute a column, name it: `select NAME = EXPR`"
            throw diagnostic
        }
        let column = try parseColumnReference()
        if !(atStageEnd || current.isSymbol(.comma)) {
            var diagnostic = expected("`,` or the end of `select`")
            diagnostic.note = "to compute a column, name it: `select NAME = EXPR`"
            throw diagnostic
        }
        return .column(column)
    }
}
