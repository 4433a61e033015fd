import JixiaoEngine
import JixiaoLanguage

/// `chart bar LABEL, VALUE`, `chart line X, Y [by SERIES]`, `chart hist VALUE`: the pipeline's
/// result drawn as a chart (bars, lines over years, or a histogram). It must be the last verb.
public struct ChartVerb: VerbClause {
    public static let name = "chart"
    public static let usage = "chart bar LABEL, VALUE | chart line X, Y [by SERIES] | chart hist VALUE"
    public static let summary =
        "a chart: horizontal bars, lines over years (one per series), or a histogram (the last verb)"
    public static let example =
        "projects | group department | agg budget = sum(budget_total) | chart bar department, budget"

    public var kind: ChartKind
    public var label: Expression
    /// The value; `chart hist VALUE` has its one argument as both label and value.
    public var value: Expression
    /// The column naming each line of a line chart (`by SERIES`).
    public var series: Expression?

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> ChartVerb {
        let style = try parser.parseIdentifier("a chart kind (`bar`, `line`, `hist`)")
        guard let kind = ChartKind(rawValue: style.name.lowercased()) else {
            throw Diagnostic.unknown(
                "chart kind", style.name, at: style.span, among: ChartKind.allCases.map(\.rawValue))
        }
        let label = try parser.parseArgument()
        if kind == .hist { return ChartVerb(kind: kind, label: label, value: label) }
        try parser.expect(
            .comma, example: kind == .line ? "chart line year, budget by region" : "chart bar department, n")
        let value = try parser.parseArgument()
        var series: Expression?
        if kind == .line, parser.takeWord("by") != nil { series = try parser.parseArgument() }
        return ChartVerb(kind: kind, label: label, value: value, series: series)
    }

    public var printedArguments: [String] {
        [kind.rawValue, SyntaxDump.expression(label), SyntaxDump.expression(value)]
            + (series.map { ["by=" + SyntaxDump.expression($0)] } ?? [])
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let boundLabel = try context.bind(label, on: input), boundValue = try context.bind(value, on: input)
        if let t = boundValue.type, !t.isNumeric {
            let what =
                switch kind {
                case .bar: "the bar length"
                case .line: "the line's value"
                case .hist: "a histogram's value"
                }
            throw Diagnostic("\(what) must be a number, but this is \(t.noun)", at: value.span)
        }
        var items = [(context.defaultName(label, in: input), boundLabel)]
        if kind != .hist { items.append((context.defaultName(value, in: input), boundValue)) }
        if let series { items.append((context.defaultName(series, in: input), try context.bind(series, on: input))) }
        // Two items of one name would clash in the projection: the later ones get a position.
        var seen: Set<String> = []
        for i in items.indices where !seen.insert(items[i].0).inserted { items[i].0 += "_\(i + 1)" }
        var output: [PlanColumn] = []
        for (name, bound) in items { output.add(PlanColumn.projected(name, bound, from: input)) }
        let project = Project(items.map { ($0.0, $0.1.expr) }, mode: .select)
        let valueColumn = kind == .hist ? 0 : (output.count > 1 ? 1 : 0)
        let request = ChartRequest(
            kind: kind, labelColumn: 0, valueColumn: valueColumn,
            seriesColumn: series == nil ? nil : output.count - 1)
        var details = kind == .hist ? ["value: \(items[0].0)"] : ["label: \(items[0].0)", "value: \(items[1].0)"]
        if series != nil, let last = items.last { details.append("series: \(last.0)") }
        let reads = items.reduce(into: Set<Int>()) { $0.formUnion($1.1.reads) }
        let span = series.map { label.span.union(value.span).union($0.span) } ?? label.span.union(value.span)
        return PlanStep(
            "Project (chart \(kind.rawValue))", details: details,
            output: output, reads: reads,
            lineage: output.map { _ in .computed }, span: span, chart: request
        ) {
            try project.run($0.table, context: $0.context)
        }
    }
}

/// The chart styles of `chart`.
public enum ChartKind: String, Sendable, Hashable, CaseIterable {
    /// Horizontal bars in the terminal.
    case bar
    /// VALUE over LABEL (years, usually), one line per SERIES.
    case line
    /// How VALUE's values are distributed, counted in bins.
    case hist
}
