import JixiaoEngine
import JixiaoLanguage

/// `agg NAME = AGG, …`: aggregates per group (after `group`, which takes it into its step) or
/// over the whole table.
public struct AggVerb: VerbClause {
    public static let name = "agg"
    public static let usage = "agg [NAME =] AGG, …"
    public static let summary =
        "aggregate each group, or the whole table; AGG may combine aggregates: sum(score) / sum(weight)"
    public static let synonyms = ["summarize", "summarise", "aggregate"]
    public static let example = "indicators | agg n = count(), scored = count(score), rate = sum(score) / sum(weight)"

    public var items: [Assignment]

    /// An item without a name is named after what it computes: `count()` is `count`,
    /// `sum(weight)` is `sum_weight`; a second item of the same name gets `_2`.
    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> AggVerb {
        var taken = Set<String>()
        let items = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) -> Assignment in
            if parser.atNamedItem {
                let item = try parser.parseAssignment(usage: "agg NAME = AGG, …`, as in `agg n = count()")
                taken.insert(item.name.name)
                return item
            }
            let value = try parser.parseArgument()
            var name = defaultName(value), k = 2
            while taken.contains(name) { name = "\(defaultName(value))_\(k)"; k += 1 }
            taken.insert(name)
            return Assignment(name: Identifier(name, span: value.span), value: value)
        }
        return AggVerb(items: items)
    }

    /// `count`, `sum_weight`, `quantile_score`: the function and the columns it reads; any
    /// other expression is named `value`.
    static func defaultName(_ e: Expression) -> String {
        guard case .call(let function, let arguments) = e.kind else { return e.columnReference?.column.name ?? "value" }
        let columns = arguments.compactMap { $0.columnReference?.column.name }
        return ([function.name.lowercased()] + columns).joined(separator: "_")
    }

    public var printedArguments: [String] { items.map(SyntaxDump.assignment) }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        try Aggregation.bind(keys: [], items: items, on: input, context, span: context.verb.span)
    }
}
