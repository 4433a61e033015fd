extension VerbGrammar {
    /// `derive NAME = EXPR, …`.
    static let derive = VerbGrammar(
        name: "derive", usage: "derive NAME = EXPR, …",
        summary: "add or replace columns"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .derive(try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseAssignment(usage: "derive NAME = EXPR, …")
        })
    }
}
