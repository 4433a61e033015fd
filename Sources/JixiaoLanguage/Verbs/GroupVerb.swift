extension VerbGrammar {
    /// `group KEY, …`, a key being `name = expr` or an expression (usually a bare column).
    static let group = VerbGrammar(
        name: "group", usage: "group EXPR, …  (then agg NAME = AGG, …)",
        summary: "one row per distinct key, aggregated by the following agg"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .group(try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            if parser.atNamedItem {
                let assignment = try parser.parseAssignment(usage: "group NAME = EXPR")
                return GroupKey(name: assignment.name, expression: assignment.value)
            }
            return GroupKey(name: nil, expression: try parser.parseArgument())
        })
    }
}
