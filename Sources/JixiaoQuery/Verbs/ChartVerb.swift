import JixiaoEngine
import JixiaoLanguage

/// `chart bar LABEL, VALUE`: the pipeline's result drawn as a horizontal bar chart. It must be
/// the last verb.
public struct ChartVerb: VerbClause {
    public static let name = "chart"
    public static let usage = "chart bar LABEL, VALUE"
    public static let summary = "a horizontal bar chart in the terminal (the last verb)"
    public static let example = "projects | group department | agg budget = sum(budget_total) | chart bar department, budget"

    public var kind: ChartKind
    public var label: Expression
    public var value: Expression

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> ChartVerb {
        let style = try parser.parseIdentifier("a chart kind (`bar`)")
        guard let kind = ChartKind(rawValue: style.name.lowercased()) else {
            throw Diagnostic.unknown("chart kind", style.name, at: style.span, among: ChartKind.allCases.map(\.rawValue))
        }
        let label = try parser.parseArgument()
        try parser.expect(.comma, example: "chart bar department, n")
        let value = try parser.parseArgument()
        return ChartVerb(kind: kind, label: label, value: value)
    }

    public var printedArguments: [String] {
        [kind.rawValue, SyntaxDump.expression(label), SyntaxDump.expression(value)]
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let boundLabel = try context.bind(label, on: input), boundValue = try context.bind(value, on: input)
        if let t = boundValue.type, !t.isNumeric {
            throw Diagnostic("the bar length must be a number, but this is \(t.noun)", at: value.span)
        }
        let names = (context.defaultName(label, in: input), context.defaultName(value, in: input))
        var output: [PlanColumn] = []
        output.add(PlanColumn.projected(names.0, boundLabel, from: input))
        output.add(PlanColumn.projected(names.1, boundValue, from: input))
        let project = Project([(names.0, boundLabel.expr), (names.1, boundValue.expr)], mode: .select)
        let request = ChartRequest(kind: kind, labelColumn: 0, valueColumn: output.count > 1 ? 1 : 0)
        return PlanStep("Project (chart \(kind.rawValue))", details: ["label: \(names.0)", "value: \(names.1)"],
                        output: output, reads: boundLabel.reads.union(boundValue.reads),
                        lineage: output.map { _ in .computed }, span: label.span.union(value.span), chart: request) {
            try project.run($0.table, context: $0.context)
        }
    }
}

/// The chart styles of `chart`.
public enum ChartKind: String, Sendable, Hashable, CaseIterable {
    /// Horizontal bars in the terminal.
    case bar
}
