extension VerbGrammar {
    /// `agg NAME = AGG(…), …`. Named `aggregate` in Swift for clarity.
    static let aggregate = VerbGrammar(
        name: "agg", usage: "agg NAME = AGG, …",
        summary: "aggregate each group (or the whole table): count(), sum(x), avg(x) …"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .aggregate(try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseAssignment(usage: "agg NAME = AGG, …`, as in `agg n = count()")
        })
    }
}
