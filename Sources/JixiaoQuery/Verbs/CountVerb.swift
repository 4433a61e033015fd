import JixiaoEngine
import JixiaoLanguage

/// `count [COL, …]`: rows per distinct key with their share of the total, most frequent first.
public struct CountVerb: VerbClause {
    public static let name = "count"
    public static let usage = "count [COL, …]"
    public static let summary = "rows per distinct key (n) with their share in percent, most frequent first"
    public static let example = "indicators | count level1"

    public var columns: [ColumnReference]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> CountVerb {
        CountVerb(columns: try parser.parseOptionalColumns())
    }

    public var printedArguments: [String] { columns.map(SyntaxDump.column) }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var keys: [(name: String, expr: Expr)] = []
        var output: [PlanColumn] = []
        for reference in columns {
            let i = try context.resolve(reference, in: input)
            keys.append((input[i].name, .column(i)))
            output.add(input[i])
        }
        guard let count = AggregateFunction.registry["count"], let share = AggregateFunction.registry["share"] else {
            throw Diagnostic("count() and share() are missing from the aggregates", at: context.verb.span)
        }
        output.add(PlanColumn(Field("n"), .integer, meaning: .plain))
        output.add(PlanColumn(Field("share"), .double, meaning: .share))
        let aggregate = HashAggregate(
            keys: keys, aggregates: [("n", AggregateCall(count, [])), ("share", AggregateCall(share, []))])
        let order = Sort([(.column(keys.count), true)])
        let details = [
            "keys: " + keys.map(\.name).joined(separator: ", "), "aggregates: n = count(), share = share()",
            "then sorted by n, descending",
        ]
        return PlanStep(
            "HashAggregate", details: details, output: output,
            reads: Set(
                keys.compactMap {
                    if case .column(let i) = $0.expr { return i } else { return nil }
                }), lineage: output.map { _ in .computed }, span: context.verb.span
        ) { input in
            let grouped = try aggregate.run(input.table, context: input.context)
            return try order.run(grouped, context: input.context)
        }
    }
}
