extension VerbGrammar {
    /// `sort [-]EXPR, …`: a leading `-` sorts that key descending.
    static let sort = VerbGrammar(
        name: "sort", usage: "sort [-]EXPR, …",
        summary: "stable sort; - for descending; nulls last"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .sort(try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            let start = parser.current.span.start
            let descending = parser.take(.minus) != nil
            let expression = try parser.parseArgument()
            return SortKey(expression: expression, descending: descending, span: parser.span(from: start))
        })
    }
}
