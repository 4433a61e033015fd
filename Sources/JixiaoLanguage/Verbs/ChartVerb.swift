extension VerbGrammar {
    /// `chart bar LABEL, VALUE`, `chart line X, Y [by SERIES]`, `chart hist VALUE`.
    static let chart = VerbGrammar(
        name: "chart", usage: "chart bar LABEL, VALUE | chart line X, Y [by SERIES] | chart hist VALUE",
        summary: "a chart: horizontal bars, lines over years (one per series), or a histogram"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        let style = try parser.parseIdentifier("a chart kind (`bar`, `line`, `hist`)")
        guard let kind = ChartKind(rawValue: style.name.lowercased()) else {
            throw Diagnostic.unknown("chart kind", style.name, at: style.span, among: ChartKind.allCases.map(\.rawValue))
        }
        let label = try parser.parseArgument()
        if kind == .hist { return .chart(kind, label: label, value: label) }
        try parser.expect(.comma, example: kind == .line ? "chart line year, budget by region" : "chart bar department, n")
        let value = try parser.parseArgument()
        var series: Expression?
        if kind == .line, parser.takeWord("by") != nil { series = try parser.parseArgument() }
        return .chart(kind, label: label, value: value, series: series)
    }
}
