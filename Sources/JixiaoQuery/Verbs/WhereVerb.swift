import JixiaoEngine
import JixiaoLanguage

/// `where EXPR`: keep the rows where EXPR is true (null counts as false).
public struct WhereVerb: VerbClause {
    public static let name = "where"
    public static let usage = "where EXPR"
    public static let summary = "keep the rows where EXPR is true (null counts as false)"
    public static let synonyms = ["filter"]
    public static let example = "indicators | where level1 = \"产出指标\" and weight >= 10"

    public var condition: Expression

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> WhereVerb {
        WhereVerb(condition: try parser.parseArgument())
    }

    public var printedArguments: [String] { [SyntaxDump.expression(condition)] }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let bound = try context.bind(condition, on: input)
        if let t = bound.type, t != .boolean {
            throw Diagnostic(
                "`where` needs a condition (true/false), but this is \(t.noun)", at: condition.span,
                suggestion: "compare it, e.g. `where x > 0`")
        }
        let filter = Filter(bound.expr)
        let probe = textEquality(bound.expr, input)
        return PlanStep(
            "Filter", details: ["condition: \(context.text(of: condition.span))"], output: input,
            reads: bound.reads, lineage: PlanStep.passing(input.count), span: condition.span
        ) { step in
            let kept = try filter.run(step.table, context: step.context)
            if kept.rowCount == 0, step.table.rowCount > 0, let probe {
                Self.noteNearest(probe, in: step.table, step.context)
            }
            return kept
        }
    }

    /// `column = "text"` (either way round) on a text column: the column and the text.
    private func textEquality(_ expr: Expr, _ input: [PlanColumn]) -> (column: Int, name: String, text: String)? {
        guard case .comparison(.equal, let l, let r) = expr else { return nil }
        switch (l, r) {
        case (.column(let i), .literal(.string(let text))), (.literal(.string(let text)), .column(let i)):
            guard i < input.count, input[i].type == .string else { return nil }
            return (i, input[i].name, text)
        default:
            return nil
        }
    }

    /// When `column = "text"` kept nothing because no row has that text, the nearest text that
    /// is there: a typo in a Chinese category costs nothing to point out.
    private static func noteNearest(
        _ probe: (column: Int, name: String, text: String), in table: Table,
        _ context: ExecutionContext
    ) {
        guard let dictionary = table.columns[probe.column].dictionary,
            dictionary.code(of: probe.text) == nil,
            let nearest = Suggest.nearest(probe.text, among: dictionary.values)
        else { return }
        context.warn("no row has \(probe.name) = \"\(probe.text)\"; the nearest value is \"\(nearest)\"")
    }
}
