import JixiaoEngine
import JixiaoLanguage

/// `pivot COL agg AGG by KEY, …`: one row per key, one column per distinct value of COL (in
/// ascending order), each cell AGG over the rows with that key and value; null where none.
///
/// Its columns come from the data, so binding stops here and resumes on its output once it has
/// run — unless the values are given (`pivot year in (2022, 2024) …`): then those are the
/// columns, in that order, and binding goes on.
public struct PivotVerb: VerbClause {
    public static let name = "pivot"
    public static let usage = "pivot COL [in (VALUE, …)] agg AGG by KEY, …"
    public static let summary = "one row per KEY, one column per distinct value of COL holding AGG"
    public static let example = "projects | pivot year agg sum(budget_total) by department"

    public var column: ColumnReference
    /// The values to make columns of, when given.
    public var values: [Expression]?
    public var aggregate: Expression
    public var by: [ColumnReference]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> PivotVerb {
        let column = try parser.parseColumnReference("the column whose values become columns")
        var values: [Expression]?
        if parser.take(.in) != nil {
            let open = try parser.expect(
                .leftParen, example: "pivot year in (2022, 2024) agg sum(executed) by department")
            values = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseArgument()
            }
            try parser.expectClosing(open)
        }
        try parser.expectWord("agg", example: "pivot year agg sum(executed) by department")
        let aggregate = try parser.parseArgument()
        try parser.expectWord("by", example: "pivot year agg sum(executed) by department")
        return PivotVerb(column: column, values: values, aggregate: aggregate, by: try parser.parseColumns())
    }

    public var printedArguments: [String] {
        [SyntaxDump.column(column)] + (values.map { ["in=" + SyntaxDump.list($0.map(SyntaxDump.expression))] } ?? [])
            + [
                "agg=\(SyntaxDump.expression(aggregate))",
                "by=\(SyntaxDump.list(by.map(SyntaxDump.column)))",
            ]
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
        var given: [Value]?
        if let values {
            given = []
            for value in values {
                guard let constant = try context.bind(value, on: input).constant else {
                    throw Diagnostic("`pivot … in (…)` needs values known before the rows are read", at: value.span)
                }
                given?.append(constant)
            }
        }
        let pivot = Pivot(
            keys: keys, spread: spread, spreadName: input[spread].name, aggregates: binder.calls,
            cell: cell.expr, values: given)
        var output: [PlanColumn]?
        if let given {
            let names = Pivot.names(
                keys: keys.map(\.name), headings: given.map(Pivot.heading), spreadName: input[spread].name)
            output =
                Array(grouped.prefix(keys.count)) + names.dropFirst(keys.count).map { PlanColumn(Field($0), cell.type) }
        }
        let details = [
            "columns from: \(input[spread].name)"
                + (given.map { " in " + $0.map(Pivot.heading).joined(separator: ", ") } ?? ""),
            "cells: \(context.text(of: aggregate.span))", "keys: " + keys.map(\.name).joined(separator: ", "),
        ]
        return PlanStep(
            "Pivot", details: details, output: output, reads: reads,
            lineage: output.map { $0.map { _ in ColumnOrigin.computed } } ?? [], span: aggregate.span
        ) {
            try pivot.run($0.table, context: $0.context)
        }
    }
}
