import JixiaoEngine
import JixiaoLanguage

/// `group KEY, …` names the keys for the `agg` after it, and runs with it as one hash
/// aggregation. On its own it lists the distinct keys with their row counts, which is what an
/// analyst typing `indicators | group level1` wants to see.
public struct GroupVerb: VerbClause {
    public static let name = "group"
    public static let usage = "group EXPR, …  (then agg NAME = AGG, …)"
    public static let summary = "one row per distinct key (a column or NAME = EXPR), aggregated by the agg after it"
    public static let synonyms = ["groupby"]
    public static let example = "indicators | group level1, level2 | agg n = count(), weight = sum(weight)"

    /// A grouping key: `department`, or `y = year(date)` with an explicit output name.
    public struct Key: Sendable, Hashable {
        /// The output column's name when written as `name = expr`; otherwise the column's name
        /// or the expression's text.
        public var name: Identifier?
        public var expression: Expression
    }

    public var keys: [Key]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> GroupVerb {
        GroupVerb(
            keys: try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                if parser.atNamedItem {
                    let assignment = try parser.parseAssignment(usage: "group NAME = EXPR")
                    return Key(name: assignment.name, expression: assignment.value)
                }
                return Key(name: nil, expression: try parser.parseArgument())
            })
    }

    public var printedArguments: [String] {
        keys.map { key in
            key.name.map { "\(SyntaxDump.identifier($0))=\(SyntaxDump.expression(key.expression))" }
                ?? SyntaxDump.expression(key.expression)
        }
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        if let agg = context.next(AggVerb.self), let span = context.nextSpan {
            context.consumeNext()
            return try Aggregation.bind(keys: keys, items: agg.items, on: input, context, span: span)
        }
        let span = context.verb.span
        let count = Expression(.call(function: Identifier("count", span: span), arguments: []), span: span)
        return try Aggregation.bind(
            keys: keys, items: [Assignment(name: Identifier("n", span: span), value: count)],
            on: input, context, span: span)
    }
}
