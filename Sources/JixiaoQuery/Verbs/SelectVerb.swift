import JixiaoEngine
import JixiaoLanguage

/// `select COL | NAME = EXPR, …` keeps and computes columns; `select -COL, …` drops columns.
public struct SelectVerb: VerbClause {
    public static let name = "select"
    public static let usage = "select COL | NAME = EXPR | -COL, …"
    public static let summary = "keep, reorder and compute columns; -COL drops one"
    public static let example = "projects | select 项目名称, department, rate = execution_rate"

    /// One item of `select`.
    public enum Item: Sendable, Hashable {
        /// `COL` — keep it, in this position.
        case column(ColumnReference)
        /// `NAME = EXPR` — compute a column.
        case computed(Assignment)
        /// `-COL` — keep every other column.
        case drop(ColumnReference, span: SourceSpan)

        public var span: SourceSpan {
            switch self {
            case .column(let column): return column.span
            case .computed(let assignment): return assignment.span
            case .drop(_, let span): return span
            }
        }
    }

    public var items: [Item]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> SelectVerb {
        SelectVerb(
            items: try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parseItem(&parser)
            })
    }

    private static func parseItem(_ parser: inout SyntaxParser) throws(Diagnostic) -> Item {
        if let minus = parser.take(.minus) {
            let column = try parser.parseColumnReference("a column name to drop")
            return .drop(column, span: minus.span.union(column.span))
        }
        if parser.atNamedItem {
            return .computed(try parser.parseAssignment(usage: "select NAME = EXPR"))
        }
        guard parser.atIdentifier else {
            var diagnostic = parser.expected("a column name")
            diagnostic.note = "to compute a column, name it: `select NAME = EXPR`"
            throw diagnostic
        }
        let column = try parser.parseColumnReference()
        if !(parser.atStageEnd || parser.current.isSymbol(.comma)) {
            var diagnostic = parser.expected("`,` or the end of `select`")
            diagnostic.note = "to compute a column, name it: `select NAME = EXPR`"
            throw diagnostic
        }
        return .column(column)
    }

    public var printedArguments: [String] {
        items.map { item in
            switch item {
            case .column(let column): return SyntaxDump.column(column)
            case .computed(let value): return SyntaxDump.assignment(value)
            case .drop(let column, _): return "-\(SyntaxDump.column(column))"
            }
        }
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let drops = items.compactMap { item -> (ColumnReference, SourceSpan)? in
            if case .drop(let reference, let span) = item { return (reference, span) }
            return nil
        }
        if !drops.isEmpty {
            guard drops.count == items.count else {
                throw Diagnostic("`select` either keeps columns or drops them (-COL), not both", at: drops[0].1)
            }
            var dropped = Set<Int>()
            for (reference, _) in drops { dropped.insert(try context.resolve(reference, in: input)) }
            let kept = input.indices.filter { !dropped.contains($0) }
            return PlanStep(
                "Project (drop)",
                details: ["drops: " + dropped.sorted().map { input[$0].name }.joined(separator: ", ")],
                output: kept.map { input[$0] }, reads: [], lineage: kept.map { .input($0) },
                span: context.verb.span
            ) { $0.table.selecting(kept) }
        }
        var projections: [(name: String, expr: Expr)] = []
        var output: [PlanColumn] = []
        var lineage: [ColumnOrigin] = []
        var reads = Set<Int>()
        for item in items {
            let name: String, bound: BoundExpression
            switch item {
            case .column(let reference):
                let i = try context.resolve(reference, in: input)
                name = input[i].name
                bound = BoundExpression(.column(i), input[i].type)
            case .computed(let assignment):
                name = assignment.name.name
                bound = try context.bind(assignment.value, on: input)
            case .drop:
                continue
            }
            projections.append((name, bound.expr))
            reads.formUnion(bound.reads)
            let at = output.add(PlanColumn.projected(name, bound, from: input))
            if at == lineage.count { lineage.append(.computed) }
        }
        let span = items.first.map { $0.span } ?? SourceSpan(at: .start)
        let project = Project(projections, mode: .select)
        return PlanStep(
            "Project", details: ["columns: " + output.map(\.name).joined(separator: ", ")], output: output,
            reads: reads, lineage: lineage, span: span
        ) {
            try project.run($0.table, context: $0.context)
        }
    }
}
