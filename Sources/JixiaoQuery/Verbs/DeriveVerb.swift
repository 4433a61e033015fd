import JixiaoEngine
import JixiaoLanguage

/// `derive NAME = EXPR, …`: add columns, or replace those of the same name. Each item sees the
/// columns derived before it.
public struct DeriveVerb: VerbClause {
    public static let name = "derive"
    public static let usage = "derive NAME = EXPR, …"
    public static let summary = "add or replace columns; each may use the ones before it"
    public static let synonyms = ["mutate"]
    public static let example = "indicators | derive gap = actual - target, pct = round(100 * actual / target, 1) | take 5"

    public var items: [Assignment]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> DeriveVerb {
        DeriveVerb(items: try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseAssignment(usage: "derive NAME = EXPR, …")
        })
    }

    public var printedArguments: [String] { items.map(SyntaxDump.assignment) }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var columns = input
        var lineage = PlanStep.passing(input.count)
        var reads = Set<Int>()
        var bound: [(item: Assignment, expr: Expr)] = []
        for item in items {
            let b = try context.bind(item.value, on: columns)
            // A derived column read by a later item was counted by its own reads already.
            reads.formUnion(b.reads.filter { $0 < input.count })
            let meaning: ColumnMeaning
            if case .column(let i) = b.expr { meaning = columns[i].meaning } else { meaning = .none }
            let before = columns.count
            columns.set(PlanColumn(Field(item.name.name), b.type, meaning: meaning))
            if columns.count > before {
                lineage.append(.computed)
            } else if let i = columns.firstIndex(where: { $0.name == item.name.name }) {
                lineage[i] = .computed
            }
            bound.append((item, b.expr))
        }
        let details = items.map { "\($0.name.name) = \(context.text(of: $0.value.span))" }
        return PlanStep("Project (derive)", details: details, output: columns, reads: reads, lineage: lineage,
                        span: context.verb.span) { input in
            var output = input.table
            for (item, expr) in bound {
                output = try onEngineError(at: item.span) {
                    try Project([(item.name.name, expr)], mode: .derive).run(output, context: input.context)
                }
            }
            return output
        }
    }
}
