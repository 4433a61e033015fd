import JixiaoEngine
import JixiaoLanguage

/// Binds the window calls of one windowed `derive` item: each window function or aggregate
/// becomes a hidden column of one `Window` run, and the item an ordinary expression over the
/// input and those hidden columns (`w / sum(w)` is a division by a hidden column).
struct WindowBinder {
    let input: BindingScope
    /// Whether the derive has `by`: aggregates then run through each row's peers.
    let ordered: Bool
    private(set) var calls: [(name: String, call: Window.Call)] = []
    private(set) var hiddenColumns: [PlanColumn] = []

    static func hiddenName(_ k: Int) -> String { "\u{1}window\(k)" }

    /// The item with every window call replaced by a reference to its hidden column.
    mutating func extract(_ e: Expression) throws(Diagnostic) -> Expression {
        if case .call(let function, let arguments) = e.kind {
            let name = function.name.lowercased()
            if WindowFunctions.named(name) != nil {
                return try add(try windowFunction(name, arguments, e.span), e.span)
            }
            if let aggregate = AggregateFunction.registry[name] {
                return try add(try windowAggregate(aggregate, arguments, e.span), e.span)
            }
        }
        return try e.mappingChildren { child throws(Diagnostic) in try extract(child) }
    }

    private mutating func add(
        _ bound: (Window.Call, DataType?, ColumnMeaning), _ span: SourceSpan
    ) throws(Diagnostic) -> Expression {
        let hidden = Self.hiddenName(calls.count)
        calls.append((hidden, bound.0))
        hiddenColumns.append(PlanColumn(Field(hidden), bound.1, meaning: bound.2))
        return Expression(.column(ColumnReference(column: Identifier(hidden, span: span))), span: span)
    }

    private func constantCount(_ e: Expression, _ what: String, minimum: Int) throws(Diagnostic) -> Int {
        let bound = try ExpressionBinder(scope: input).bind(e)
        guard case .literal(let v) = bound.expr, let n = v.number, n == n.rounded(), n >= Double(minimum), n < 1e9
        else {
            throw Diagnostic("\(what) must be a whole number of \(minimum) or more", at: e.span)
        }
        return Int(n)
    }

    private func windowFunction(
        _ name: String, _ arguments: [Expression],
        _ span: SourceSpan
    ) throws(Diagnostic) -> (Window.Call, DataType?, ColumnMeaning) {
        let binder = ExpressionBinder(scope: input)
        func arity(_ range: ClosedRange<Int>) throws(Diagnostic) {
            guard range.contains(arguments.count) else {
                throw Diagnostic(
                    "\(name)() takes \(ExpressionBinder.describe(range)), got \(arguments.count)", at: span,
                    note: WindowFunctions.named(name)?.summary)
            }
        }
        switch name {
        case "row_number", "rank", "dense_rank", "percent_rank":
            try arity(0...0)
            let function: Window.Function =
                name == "row_number"
                ? .rowNumber
                : name == "rank"
                    ? .rank
                    : name == "dense_rank" ? .denseRank : .percentRank
            return (Window.Call(function, []), name == "percent_rank" ? .double : .integer, .plain)
        case "ntile":
            try arity(1...1)
            return (
                Window.Call(.ntile(try constantCount(arguments[0], "ntile(n): n", minimum: 1)), []), .integer, .plain
            )
        case "lag", "lead":
            try arity(1...3)
            let x = try binder.bind(arguments[0])
            let offset = arguments.count > 1 ? try constantCount(arguments[1], "\(name)(x, n): n", minimum: 0) : 1
            var bound = [x.expr, Expr.literal(.integer(Int64(offset)))]
            var type = x.type
            if arguments.count > 2 {
                let fallback = try binder.asDate(try binder.bind(arguments[2]), beside: x, arguments[2].span)
                if let a = x.type, let b = fallback.type, a != b {
                    guard a.isNumeric && b.isNumeric else {
                        throw Diagnostic("\(name)()'s default is \(b.noun) but x is \(a.noun)", at: arguments[2].span)
                    }
                    type = DataType.widened(a, b)
                } else if type == nil {
                    type = fallback.type
                }
                bound.append(fallback.expr)
            }
            let meaning: ColumnMeaning
            if case .column(let i) = x.expr { meaning = input.columns[i].meaning } else { meaning = .plain }
            return (Window.Call(name == "lag" ? .lag(offset) : .lead(offset), bound), type, meaning)
        default:
            try arity(1...1)
            let x = try binder.bind(arguments[0])
            let meaning: ColumnMeaning
            if case .column(let i) = x.expr { meaning = input.columns[i].meaning } else { meaning = .plain }
            return (Window.Call(name == "first" ? .first : .last, [x.expr]), x.type, meaning)
        }
    }

    private func windowAggregate(
        _ aggregate: AggregateFunction, _ arguments: [Expression],
        _ span: SourceSpan
    ) throws(Diagnostic) -> (Window.Call, DataType?, ColumnMeaning) {
        let name = aggregate.name
        guard aggregate.arity.contains(arguments.count) else {
            throw Diagnostic(
                "\(name)() takes \(ExpressionBinder.describe(aggregate.arity)), got \(arguments.count)",
                at: span, note: aggregate.summary)
        }
        if ordered && !Window.runningAggregates.contains(name) {
            throw Diagnostic(
                "\(name)() cannot run from the first row through each row", at: span,
                suggestion: "drop `by` to take it over each whole partition")
        }
        let binder = ExpressionBinder(scope: input)
        var bound: [Expr] = []
        var types: [DataType?] = []
        for argument in arguments {
            let b = try binder.bind(argument)
            bound.append(b.expr)
            types.append(b.type)
        }
        var type: DataType?
        do { type = try aggregate.resultType(types) } catch {
            throw Diagnostic("\(error)", at: span, note: aggregate.summary)
        }
        let constants = bound.map { expr -> Value? in if case .literal(let v) = expr { return v } else { return nil } }
        if let problem = aggregate.problem(types: types, constants: constants) {
            throw Diagnostic(
                problem.message, at: problem.argument < arguments.count ? arguments[problem.argument].span : span)
        }
        if ordered && name == "avg" { type = .double }
        var meaning = ColumnMeaning.plain
        if name == "share" { meaning = .share }
        if ["sum", "avg", "min", "max"].contains(name), case .column(let i)? = bound.first {
            meaning = input.columns[i].meaning
        }
        return (Window.Call(.aggregate(aggregate), bound), type, meaning)
    }
}
