extension VerbGrammar {
    /// `pivot COL agg AGG by KEY, …`.
    static let pivot = VerbGrammar(
        name: "pivot", usage: "pivot COL agg AGG by KEY, …",
        summary: "one row per KEY, one column per distinct value of COL holding AGG"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        let column = try parser.parseColumnReference("the column whose values become columns")
        try parser.expectWord("agg", example: "pivot year agg sum(executed) by department")
        let aggregate = try parser.parseArgument()
        try parser.expectWord("by", example: "pivot year agg sum(executed) by department")
        return .pivot(column: column, aggregate: aggregate, by: try parser.parseColumns())
    }
}
