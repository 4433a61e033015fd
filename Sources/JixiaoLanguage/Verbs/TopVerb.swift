extension VerbGrammar {
    /// `top N by EXPR [per COL, …]`.
    static let top = VerbGrammar(
        name: "top", usage: "top N by EXPR [per COL, …]",
        summary: "the N rows with the largest EXPR, per group when given"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        let count = try parser.parseArgument()
        try parser.expectWord("by", example: "top 5 by budget_total")
        let by = try parser.parseArgument()
        guard parser.takeWord("per") != nil else { return .top(count: count, by: by, per: []) }
        return .top(count: count, by: by, per: try parser.parseColumns())
    }
}
