import JixiaoEngine
import JixiaoLanguage

/// `top N by EXPR [per COL, …]`: the N rows with the largest EXPR, overall or per group, in
/// descending order of EXPR (ties keep input order; nulls never make the top).
public struct TopVerb: VerbClause {
    public static let name = "top"
    public static let usage = "top N by EXPR [per COL, …]"
    public static let summary = "the N rows with the largest EXPR, per group when given"
    public static let example = "indicators | top 2 by weight per level1 | select level1, name, weight"

    public var count: Expression
    public var by: Expression
    public var per: [ColumnReference]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> TopVerb {
        let count = try parser.parseArgument()
        try parser.expectWord("by", example: "top 5 by budget_total")
        let by = try parser.parseArgument()
        guard parser.takeWord("per") != nil else { return TopVerb(count: count, by: by, per: []) }
        return TopVerb(count: count, by: by, per: try parser.parseColumns())
    }

    public var printedArguments: [String] {
        let perText = per.isEmpty ? [] : ["per=\(SyntaxDump.list(per.map(SyntaxDump.column)))"]
        return [SyntaxDump.expression(count), "by=\(SyntaxDump.expression(by))"] + perText
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let n = try context.count(count, on: input, what: "the number of rows")
        let key = try context.bind(by, on: input)
        var groups: [Int] = []
        for reference in per { groups.append(try context.resolve(reference, in: input)) }
        var details = ["rows: \(n)", "by: \(context.text(of: by.span))"]
        if !per.isEmpty { details.append("per: " + groups.map { input[$0].name }.joined(separator: ", ")) }
        let perIsEmpty = per.isEmpty
        return PlanStep(
            "TopRows", details: details, output: input, reads: key.reads.union(groups),
            lineage: PlanStep.passing(input.count), span: by.span
        ) { input in
            let table = input.table, context = input.context
            // Without `per`, only the first n of the order can be kept (nulls sort last): a top-N heap.
            let ranked = try Sort([(key.expr, true)]).order(table, limit: perIsEmpty ? n : nil, context: context)
            let values = try ExpressionEvaluator(table: table, context: context).evaluate(key.expr)
            let index = GroupIndex.build(keys: groups.map { table.columns[$0] }, rowCount: table.rowCount)
            var taken = [Int](repeating: 0, count: max(index.groupCount, 1))
            var keep = Selection()
            for row in ranked where !values.isNull(Int(row)) {
                let g = Int(index.groupOfRow[Int(row)])
                if taken[g] < n { taken[g] += 1; keep.append(row) }
            }
            return table.gather(keep)
        }
    }
}
