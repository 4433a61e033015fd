import JixiaoEngine
import JixiaoLanguage

/// `derive NAME = EXPR, … [per KEY, …] [by [-]EXPR, …]`: add columns, or replace those of the
/// same name; each item sees the columns derived before it.
///
/// With `per` or `by` the derive is windowed: `per` partitions the rows, `by` orders them inside
/// each partition (`-` descending, nulls last), and window functions (`rank()`, `lag(x)` …) and
/// aggregates (`w / sum(w) per project`, a running `sum(x) per k by year`) see the partition.
/// The rows keep their order.
public struct DeriveVerb: VerbClause {
    public static let name = "derive"
    public static let usage = "derive NAME = EXPR, … [per KEY, …] [by [-]EXPR, …]"
    public static let summary = "add or replace columns; with per/by, window functions and aggregates over partitions"
    public static let synonyms = ["mutate"]
    public static let example =
        "indicators | derive gap = actual - target, pct = round(100 * actual / target, 1) | take 5"

    public var items: [Assignment]
    /// The partition keys after `per`.
    public var per: [Expression]
    /// The order inside each partition after `by`.
    public var by: [SortKey]

    public var isWindowed: Bool { !per.isEmpty || !by.isEmpty }

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> DeriveVerb {
        let items = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseAssignment(usage: "derive NAME = EXPR, …")
        }
        var per: [Expression] = [], by: [SortKey] = []
        // `per` and `by` close the clause, in either order.
        for _ in 0..<2 {
            if per.isEmpty, parser.takeWord("per") != nil {
                per = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                    try parser.parseArgument()
                }
            } else if by.isEmpty, parser.takeWord("by") != nil {
                by = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                    let start = parser.current.span.start
                    let descending = parser.take(.minus) != nil
                    let expression = try parser.parseArgument()
                    return SortKey(expression: expression, descending: descending, span: parser.span(from: start))
                }
            }
        }
        return DeriveVerb(items: items, per: per, by: by)
    }

    public var printedArguments: [String] {
        var printed = items.map(SyntaxDump.assignment)
        if !per.isEmpty { printed.append("per=" + SyntaxDump.list(per.map(SyntaxDump.expression))) }
        if !by.isEmpty {
            printed.append(
                "by=" + SyntaxDump.list(by.map { ($0.descending ? "-" : "") + SyntaxDump.expression($0.expression) }))
        }
        return printed
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var columns = input
        var lineage = PlanStep.passing(input.count)
        var reads = Set<Int>()
        var window: Window?
        if isWindowed {
            var partition: [Expr] = [], order: [(expr: Expr, descending: Bool)] = []
            for key in per {
                let b = try context.bind(key, on: input)
                partition.append(b.expr)
                reads.formUnion(b.reads)
            }
            for key in by {
                let b = try context.bind(key.expression, on: input)
                order.append((b.expr, key.descending))
                reads.formUnion(b.reads)
            }
            window = Window(partition: partition, order: order)
        }
        var bound: [(item: Assignment, expr: Expr, calls: [Window.Call])] = []
        for item in items {
            var expression = item.value
            var scope = columns
            var calls: [Window.Call] = []
            if isWindowed {
                var binder = WindowBinder(input: context.scope(columns), ordered: !by.isEmpty)
                expression = try binder.extract(item.value)
                calls = binder.calls.map(\.call)
                for call in calls {
                    for argument in call.arguments { reads.formUnion(argument.columnsRead.filter { $0 < input.count }) }
                }
                scope += binder.hiddenColumns
            }
            let b = try context.bind(expression, on: scope)
            // A derived column read by a later item was counted by its own reads already.
            reads.formUnion(b.reads.filter { $0 < input.count })
            let meaning: ColumnMeaning
            if case .column(let i) = b.expr { meaning = scope[i].meaning } else { meaning = .plain }
            let before = columns.count
            columns.set(PlanColumn(Field(item.name.name), b.type, meaning: meaning))
            if columns.count > before {
                lineage.append(.computed)
            } else if let i = columns.firstIndex(where: { $0.name == item.name.name }) {
                lineage[i] = .computed
            }
            bound.append((item, b.expr, calls))
        }
        var details = items.map { "\($0.name.name) = \(context.text(of: $0.value.span))" }
        if !per.isEmpty { details.append("per: " + per.map { context.text(of: $0.span) }.joined(separator: ", ")) }
        if !by.isEmpty { details.append("by: " + by.map { context.text(of: $0.span) }.joined(separator: ", ")) }
        return PlanStep(
            window == nil ? "Project (derive)" : "Window", details: details, output: columns, reads: reads,
            lineage: lineage, span: context.verb.span
        ) { input in
            var output = input.table
            // One sort for every item: deriving keeps the rows in their order.
            let frame = try window.map { try $0.frame(input.table, context: input.context) }
            for (item, expr, calls) in bound {
                output = try onEngineError(at: item.span) {
                    guard let window, let frame, !calls.isEmpty else {
                        return try Project([(item.name.name, expr)], mode: .derive).run(output, context: input.context)
                    }
                    let hidden = try window.run(output, frame: frame, calls: calls, context: input.context)
                    var extended = output
                    for (k, column) in hidden.enumerated() { extended.set(WindowBinder.hiddenName(k), column) }
                    let derived = try Project([(item.name.name, expr)], mode: .derive).run(
                        extended, context: input.context)
                    let keep = derived.fields.indices.filter { !derived.fields[$0].name.hasPrefix("\u{1}window") }
                    return derived.selecting(keep)
                }
            }
            return output
        }
    }
}
