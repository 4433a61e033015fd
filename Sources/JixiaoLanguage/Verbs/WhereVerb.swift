extension VerbGrammar {
    /// `where EXPR`: the filter. Named `filter` in Swift because `where` is a keyword there.
    static let filter = VerbGrammar(
        name: "where", usage: "where EXPR",
        summary: "keep the rows where EXPR is true (null counts as false)"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .filter(try parser.parseArgument())
    }
}
