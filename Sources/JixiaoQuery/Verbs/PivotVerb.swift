import JixiaoEngine
import JixiaoLanguage

/// `pivot COL agg AGG by KEY, …`: one row per key, one column per distinct value of COL (in
/// ascending order), each cell AGG over the rows with that key and value; null where none.
///
/// Its columns come from the data, so binding stops here and resumes on its output once it has
/// run.
public struct PivotVerb: VerbClause {
    public static let name = "pivot"
    public static let usage = "pivot COL agg AGG by KEY, …"
    public static let summary = "one row per KEY, one column per distinct value of COL holding AGG"
    public static let example = "projects | pivot year agg sum(budget_total) by department"

    public var column: ColumnReference
    public var aggregate: Expression
    public var by: [ColumnReference]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> PivotVerb {
        let column = try parser.parseColumnReference("the column whose values become columns")
        try parser.expectWord("agg", example: "pivot year agg sum(executed) by department")
        let aggregate = try parser.parseArgument()
        try parser.expectWord("by", example: "pivot year agg sum(executed) by department")
        return PivotVerb(column: column, aggregate: aggregate, by: try parser.parseColumns())
    }

    public var printedArguments: [String] {
        [SyntaxDump.column(column), "agg=\(SyntaxDump.expression(aggregate))",
         "by=\(SyntaxDump.list(by.map(SyntaxDump.column)))"]
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let spread = try context.resolve(column, in: input)
        var keys: [(name: String, expr: Expr)] = []
        var grouped: [PlanColumn] = []
        for reference in by {
            let i = try context.resolve(reference, in: input)
            keys.append((input[i].name, .column(i)))
            grouped.append(input[i])
        }
        var binder = AggregateBinder(input: context.scope(input))
        let rewritten = try binder.extract(aggregate)
        guard !binder.calls.isEmpty else {
            throw Diagnostic("`pivot … agg` needs an aggregate such as sum(executed)", at: aggregate.span)
        }
        grouped.append(PlanColumn(Field("\u{1}spread"), input[spread].type))
        grouped += binder.hiddenColumns
        let cell = try context.bind(rewritten, on: grouped)
        var reads: Set<Int> = [spread]
        for case .column(let i) in keys.map(\.expr) { reads.insert(i) }
        for call in binder.calls { for argument in call.call.arguments { reads.formUnion(argument.columnsRead) } }
        let pivot = Pivot(keys: keys, spread: spread, spreadName: input[spread].name, aggregates: binder.calls,
                          cell: cell.expr)
        let details = ["columns from: \(input[spread].name)", "cells: \(context.text(of: aggregate.span))",
                       "keys: " + keys.map(\.name).joined(separator: ", ")]
        return PlanStep("Pivot", details: details, output: nil, reads: reads, lineage: [], span: aggregate.span) {
            try pivot.run($0.table, context: $0.context)
        }
    }
}
