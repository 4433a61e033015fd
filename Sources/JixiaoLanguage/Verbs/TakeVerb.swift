extension VerbGrammar {
    /// `take N [offset M]`.
    static let take = VerbGrammar(
        name: "take", usage: "take N [offset M]",
        summary: "the first N rows (after skipping M)"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        let count = try parser.parseArgument()
        guard parser.takeWord("offset") != nil else { return .take(count: count, offset: nil) }
        return .take(count: count, offset: try parser.parseArgument())
    }
}
