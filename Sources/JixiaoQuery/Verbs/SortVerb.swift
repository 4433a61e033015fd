import JixiaoEngine
import JixiaoLanguage

/// `sort [-]EXPR, …`: stable, a leading `-` for descending, nulls last. Followed by `take`, it
/// keeps only the rows the take needs (a top-N heap).
public struct SortVerb: VerbClause {
    public static let name = "sort"
    public static let usage = "sort [-]EXPR, …"
    public static let summary =
        "stable sort; - for descending; nulls last, NaN after every number (as PostgreSQL and DuckDB)"
    public static let synonyms = ["order", "orderby"]
    public static let example = "projects | sort -budget_total, name | select name, budget_total"

    public var keys: [SortKey]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> SortVerb {
        SortVerb(
            keys: try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                let start = parser.current.span.start
                let descending = parser.take(.minus) != nil
                let expression = try parser.parseArgument()
                return SortKey(expression: expression, descending: descending, span: parser.span(from: start))
            })
    }

    public var printedArguments: [String] {
        keys.map { ($0.descending ? "-" : "") + SyntaxDump.expression($0.expression) }
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var bound: [(expr: Expr, descending: Bool)] = []
        var reads = Set<Int>()
        for key in keys {
            let b = try context.bind(key.expression, on: input)
            bound.append((b.expr, key.descending))
            reads.formUnion(b.reads)
        }
        let limit = context.next(TakeVerb.self).flatMap { $0.rowsNeeded(on: input, context) }
        let sort = Sort(bound)
        var details = ["keys: " + keys.map { context.text(of: $0.span) }.joined(separator: ", ")]
        if let limit { details.append("only the first \(limit) rows (top-N heap for the take after it)") }
        return PlanStep(
            limit == nil ? "Sort" : "Sort (top \(limit ?? 0))", details: details, output: input,
            reads: reads, lineage: PlanStep.passing(input.count), span: keys.first?.span ?? context.verb.span
        ) {
            try sort.run($0.table, limit: limit, context: $0.context)
        }
    }
}
