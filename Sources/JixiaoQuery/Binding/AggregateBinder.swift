import JixiaoEngine
import JixiaoLanguage

/// Binds `agg` items, which may combine aggregates with arithmetic (`sum(score) / sum(weight)`).
///
/// Each aggregate call becomes a hidden column of one `HashAggregate`; each item is then an
/// ordinary expression over the keys and those hidden columns, evaluated on the grouped table.
struct AggregateBinder {
    let input: BindingScope
    private(set) var calls: [(name: String, call: AggregateCall)] = []
    /// The hidden columns the calls produce, in order, for binding what is computed from them.
    private(set) var hiddenColumns: [PlanColumn] = []

    init(input: BindingScope) { self.input = input }

    static func hiddenName(_ k: Int) -> String { "\u{1}agg\(k)" }

    /// The item with every aggregate call replaced by a reference to its hidden column.
    mutating func extract(_ e: Expression) throws(Diagnostic) -> Expression {
        if case .call(let function, let arguments) = e.kind {
            let name = function.name.lowercased()
            if let aggregate = AggregateFunction.registry[name] {
                guard aggregate.arity.contains(arguments.count) else {
                    throw Diagnostic(
                        "\(name)() takes \(ExpressionBinder.describe(aggregate.arity)), got \(arguments.count)",
                        at: e.span, note: aggregate.summary)
                }
                let binder = ExpressionBinder(scope: input)
                var bound: [Expr] = []
                var types: [DataType?] = []
                for argument in arguments {
                    let b = try binder.bind(argument)
                    bound.append(b.expr)
                    types.append(b.type)
                }
                let resultType: DataType?
                do { resultType = try aggregate.resultType(types) } catch {
                    throw Diagnostic("\(error)", at: e.span, note: aggregate.summary)
                }
                let constants = bound.map { expr -> Value? in
                    if case .literal(let v) = expr { return v } else { return nil }
                }
                if let problem = aggregate.problem(types: types, constants: constants) {
                    let span = problem.argument < arguments.count ? arguments[problem.argument].span : e.span
                    throw Diagnostic(problem.message, at: span, suggestion: problem.suggestion)
                }
                let hidden = Self.hiddenName(calls.count)
                calls.append((hidden, AggregateCall(aggregate, bound)))
                hiddenColumns.append(PlanColumn(Field(hidden), resultType, meaning: meaning(of: name, bound)))
                return Expression(.column(ColumnReference(column: Identifier(hidden, span: e.span))), span: e.span)
            }
        }
        return try e.mappingChildren { child throws(Diagnostic) in try extract(child) }
    }

    /// sum, avg, min, max, median, first, last of one column keep what its numbers mean;
    /// `share()` is a share; anything else (counts, spreads) means nothing in particular.
    private func meaning(of name: String, _ arguments: [Expr]) -> ColumnMeaning {
        if name == "share" { return .share }
        guard ["sum", "avg", "min", "max", "median", "first", "last"].contains(name),
            arguments.count == 1, case .column(let i) = arguments[0]
        else { return .plain }
        return input.columns[i].meaning
    }
}
