extension VerbGrammar {
    /// `count [COL, …]`: group by the columns, count, share of total, sorted by count.
    static let count = VerbGrammar(
        name: "count", usage: "count [COL, …]",
        summary: "rows per distinct key with their share, most frequent first"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .count(try parser.parseOptionalColumns())
    }
}
