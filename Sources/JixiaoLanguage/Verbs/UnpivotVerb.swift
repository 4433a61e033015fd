extension VerbGrammar {
    /// `unpivot COL, … into NAME, VALUE`.
    static let unpivot = VerbGrammar(
        name: "unpivot", usage: "unpivot COL, … into NAME, VALUE",
        summary: "turn columns into rows of (name, value)"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        let columns = try parser.parseColumns()
        try parser.expectWord("into", example: "unpivot y2022, y2024 into year, value")
        let name = try parser.parseIdentifier("the name column's name")
        try parser.expect(.comma, example: "unpivot y2022, y2024 into year, value")
        let value = try parser.parseIdentifier("the value column's name")
        return .unpivot(columns: columns, nameColumn: name, valueColumn: value)
    }
}
