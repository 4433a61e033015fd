extension VerbGrammar {
    /// `chart bar LABEL, VALUE`.
    static let chart = VerbGrammar(
        name: "chart", usage: "chart bar LABEL, VALUE",
        summary: "a horizontal bar chart in the terminal"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        let style = try parser.parseIdentifier("a chart kind (`bar`)")
        guard let kind = ChartKind(rawValue: style.name.lowercased()) else {
            throw Diagnostic.unknown("chart kind", style.name, at: style.span, among: ChartKind.allCases.map(\.rawValue))
        }
        let label = try parser.parseArgument()
        try parser.expect(.comma, example: "chart bar department, n")
        let value = try parser.parseArgument()
        return .chart(kind, label: label, value: value)
    }
}
