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
            throw Diagnostic("`where` needs a condition (true/false), but this is \(t.noun)", at: condition.span,
                             suggestion: "compare it, e.g. `where x > 0`")
        }
        let filter = Filter(bound.expr)
        return PlanStep("Filter", details: ["condition: \(context.text(of: condition.span))"], output: input,
                        reads: bound.reads, lineage: PlanStep.passing(input.count), span: condition.span) {
            try filter.run($0.table, context: $0.context)
        }
    }
}
