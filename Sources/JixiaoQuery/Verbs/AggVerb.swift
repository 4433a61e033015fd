import JixiaoEngine
import JixiaoLanguage

/// `agg NAME = AGG, …`: aggregates per group (after `group`, which takes it into its step) or
/// over the whole table.
public struct AggVerb: VerbClause {
    public static let name = "agg"
    public static let usage = "agg NAME = AGG, …"
    public static let summary = "aggregate each group, or the whole table; AGG may combine aggregates: sum(score) / sum(weight)"
    public static let synonyms = ["summarize", "summarise", "aggregate"]
    public static let example = "indicators | agg n = count(), scored = count(score), rate = sum(score) / sum(weight)"

    public var items: [Assignment]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> AggVerb {
        AggVerb(items: try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseAssignment(usage: "agg NAME = AGG, …, as in `agg n = count()`")
        })
    }

    public var printedArguments: [String] { items.map(SyntaxDump.assignment) }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        try Aggregation.bind(keys: [], items: items, on: input, context, span: context.verb.span)
    }
}
