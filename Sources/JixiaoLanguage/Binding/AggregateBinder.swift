import JixiaoEngine

/// Binds `agg` items, which may combine aggregates with arithmetic (`sum(score) / sum(weight)`).
///
/// Each aggregate call becomes a hidden column of one `HashAggregate`; each item is then an
/// ordinary expression over the keys and those hidden columns, evaluated on the grouped table.
struct AggregateBinder {
    let input: BindingScope
    private(set) var calls: [(name: String, call: AggregateCall)] = []

    init(input: BindingScope) { self.input = input }

    static func hiddenName(_ k: Int) -> String { "\u{1}agg\(k)" }

    /// The item with every aggregate call replaced by a reference to its hidden column.
    mutating func extract(_ e: Expression) throws(Diagnostic) -> Expression {
        switch e.kind {
        case .call(let function, let arguments):
            let name = function.name.lowercased()
            if let aggregate = AggregateFunction.registry[name] {
                guard aggregate.arity.contains(arguments.count) else {
                    throw Diagnostic("\(name)() takes \(ExpressionBinder.describe(aggregate.arity)), got \(arguments.count)",
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
                do { _ = try aggregate.resultType(types) } catch {
                    throw Diagnostic("\(error)", at: e.span, note: aggregate.summary)
                }
                try checkArgumentTypes(name, types, arguments, e.span)
                let hidden = Self.hiddenName(calls.count)
                calls.append((hidden, AggregateCall(aggregate, bound)))
                return Expression(.column(ColumnReference(column: Identifier(hidden, span: e.span))), span: e.span)
            }
            var rewritten: [Expression] = []
            for argument in arguments { rewritten.append(try extract(argument)) }
            return Expression(.call(function: function, arguments: rewritten), span: e.span)
        case .unary(let op, let operand):
            return Expression(.unary(op, try extract(operand)), span: e.span)
        case .binary(let op, let l, let r):
            return Expression(.binary(op, try extract(l), try extract(r)), span: e.span)
        case .inList(let v, let list, let negated):
            var items: [Expression] = []
            for item in list { items.append(try extract(item)) }
            return Expression(.inList(try extract(v), items, negated: negated), span: e.span)
        case .between(let v, let lo, let hi, let negated):
            return Expression(.between(try extract(v), lower: try extract(lo), upper: try extract(hi), negated: negated), span: e.span)
        case .isNull(let v, let negated):
            return Expression(.isNull(try extract(v), negated: negated), span: e.span)
        default:
            return e
        }
    }

    /// Aggregates that need numbers say so at the call rather than deep in the engine.
    private func checkArgumentTypes(_ name: String, _ types: [DataType?], _ arguments: [Expression],
                                    _ span: SourceSpan) throws(Diagnostic) {
        let numeric = ["sum", "avg", "median", "quantile", "stddev"]
        if numeric.contains(name), let t = types.first ?? nil, !t.isNumeric {
            throw Diagnostic("\(name)() needs numbers, but this is \(t.noun)", at: arguments.first?.span ?? span,
                             suggestion: t == .boolean ? "count the true rows with count_if(…), or share them with avg(if(…, 100, 0))" : nil)
        }
        if name == "count_if", let t = types.first ?? nil, t != .boolean {
            throw Diagnostic("count_if() needs a condition such as `actual < target`", at: arguments.first?.span ?? span)
        }
        if name == "quantile", arguments.count == 2 {
            guard case .decimal(let q) = arguments[1].kind, q >= 0, q <= 1 else {
                if case .integer(let q) = arguments[1].kind, q == 0 || q == 1 { return }
                throw Diagnostic("quantile(x, q): q must be a number from 0 to 1", at: arguments[1].span)
            }
        }
    }
}
