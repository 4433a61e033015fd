import JixiaoEngine
import JixiaoLanguage

/// The binding `group … | agg …`, `agg` alone and `group` alone share: keys, then each item as
/// an expression over the keys and the hidden aggregate columns of one `HashAggregate`.
enum Aggregation {
    static func bind(
        keys: [GroupVerb.Key], items: [Assignment], on input: [PlanColumn], _ context: BindContext,
        span: SourceSpan
    ) throws -> PlanStep {
        var boundKeys: [(name: String, expr: Expr)] = []
        var grouped: [PlanColumn] = []
        var reads = Set<Int>()
        for key in keys {
            let b = try context.bind(key.expression, on: input)
            let name = key.name?.name ?? context.defaultName(key.expression, in: input)
            if boundKeys.contains(where: { $0.name == name }) {
                throw Diagnostic("the key \"\(name)\" is given twice", at: key.expression.span)
            }
            boundKeys.append((name, b.expr))
            reads.formUnion(b.reads)
            grouped.append(PlanColumn.projected(name, b, from: input))
        }
        var binder = AggregateBinder(input: context.scope(input))
        var rewritten: [(Assignment, Expression)] = []
        for item in items {
            if boundKeys.contains(where: { $0.name == item.name.name }) {
                throw Diagnostic("\"\(item.name.name)\" is already a group key", at: item.name.span)
            }
            rewritten.append((item, try binder.extract(item.value)))
        }
        for call in binder.calls { for argument in call.call.arguments { reads.formUnion(argument.columnsRead) } }
        let keyCount = grouped.count
        grouped += binder.hiddenColumns
        // Each item is now an expression over the keys and the hidden aggregate columns.
        var projections: [(name: String, expr: Expr)] = boundKeys.indices.map { (boundKeys[$0].name, Expr.column($0)) }
        var output = Array(grouped.prefix(keyCount))
        for (item, expression) in rewritten {
            let bound: BoundExpression
            do {
                bound = try context.bind(expression, on: grouped)
            } catch let d as Diagnostic where d.message.hasPrefix("unknown column") {
                // A real column of the input used bare: say why it is not allowed here.
                let name = context.text(of: d.span)
                guard input.index(of: name) != nil else {
                    throw Diagnostic.unknown(
                        "column", name, at: d.span,
                        among: input.flatMap { [$0.field.name] + $0.field.aliases })
                }
                throw Diagnostic(
                    "\"\(name)\" must be inside an aggregate such as sum(…) or be a group key",
                    at: d.span, suggestion: "wrap it, e.g. first(\(name)), or add it to `group`")
            }
            projections.append((item.name.name, bound.expr))
            output.add(PlanColumn.projected(item.name.name, bound, from: grouped))
        }
        let aggregate = HashAggregate(keys: boundKeys, aggregates: binder.calls)
        let project = Project(projections, mode: .select)
        var details: [String] = []
        if !keys.isEmpty {
            details.append("keys: " + keys.map { context.text(of: $0.expression.span) }.joined(separator: ", "))
        }
        details.append(
            "aggregates: "
                + items.map { "\($0.name.name) = \(context.text(of: $0.value.span))" }.joined(separator: ", "))
        return PlanStep(
            "HashAggregate", details: details, output: output, reads: reads,
            lineage: output.map { _ in .computed }, span: span
        ) { input in
            let groupedTable = try aggregate.run(input.table, context: input.context)
            return try project.run(groupedTable, context: input.context)
        }
    }
}
