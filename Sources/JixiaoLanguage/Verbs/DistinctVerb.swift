extension VerbGrammar {
    /// `distinct [COL, …]`.
    static let distinct = VerbGrammar(
        name: "distinct", usage: "distinct [COL, …]",
        summary: "distinct rows, or distinct values of the columns"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .distinct(try parser.parseOptionalColumns())
    }
}
