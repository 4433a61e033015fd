import Foundation
import JixiaoEngine
import JixiaoLanguage

/// Turns a syntax expression into an engine expression: resolves columns (by name or Chinese
/// label), variables and functions, checks types, and reports every problem at its span.
public struct ExpressionBinder {
    public let scope: BindingScope

    public init(scope: BindingScope) { self.scope = scope }

    /// Functions that take a pipeline and are evaluated before the expression runs.
    static let pipelineFunctions = ["rows", "value"]

    public func bind(_ e: Expression) throws(Diagnostic) -> BoundExpression {
        switch e.kind {
        case .integer(let i): return BoundExpression(.literal(.integer(i)), .integer)
        case .decimal(let d):
            guard d.isFinite else {
                throw Diagnostic("number out of range", at: e.span, suggestion: "numbers must lie within ±1.8e308")
            }
            return BoundExpression(.literal(.double(d)), .double)
        case .string(let s): return BoundExpression(.literal(.string(s)), .string)
        case .boolean(let b): return BoundExpression(.literal(.boolean(b)), .boolean)
        case .null: return BoundExpression(.literal(.null), nil)
        case .column(let reference):
            let i = try scope.resolve(reference)
            return BoundExpression(.column(i), scope.columns[i].type)
        case .variable(let name):
            guard let value = scope.variables[name.name] else {
                throw Diagnostic.unknown(
                    "variable", "$" + name.name, at: name.span,
                    among: scope.variables.keys.sorted().map { "$" + $0 })
            }
            return BoundExpression(.literal(value), value.type)
        case .call(let function, let arguments):
            return try bindCall(function, arguments, span: e.span)
        case .unary(.negate, let operand):
            let bound = try bind(operand)
            try requireNumber(bound, operand.span, "`-`")
            return BoundExpression(.negate(bound.expr), bound.type)
        case .unary(.not, let operand):
            let bound = try bind(operand)
            try requireCondition(bound, operand.span, "`not`")
            return BoundExpression(.not(bound.expr), .boolean)
        case .binary(let op, let l, let r):
            return try bindBinary(op, l, r, span: e.span)
        case .inList(let value, let list, let negated):
            return try bindInList(value, list, negated: negated)
        case .between(let value, let lower, let upper, let negated):
            let v = try bind(value)
            let lo = try asDate(try bind(lower), beside: v, lower.span)
            let hi = try asDate(try bind(upper), beside: v, upper.span)
            try requireComparable(v, lo, e.span)
            try requireComparable(v, hi, e.span)
            let test = Expr.and(
                .comparison(.greaterOrEqual, v.expr, lo.expr), .comparison(.lessOrEqual, v.expr, hi.expr))
            return BoundExpression(negated ? .not(test) : test, .boolean)
        case .isNull(let value, let negated):
            return BoundExpression(.isNull(try bind(value).expr, negated: negated), .boolean)
        case .pipeline:
            throw Diagnostic("a pipeline can only be used inside rows(…) or value(…)", at: e.span)
        case .caseWhen(let branches, let otherwise):
            return try bindCase(branches, otherwise, span: e.span)
        }
    }

    private func bindBinary(
        _ op: BinaryOperator, _ l: Expression, _ r: Expression,
        span: SourceSpan
    ) throws(Diagnostic) -> BoundExpression {
        var a = try bind(l), b = try bind(r)
        let arithmetic: Set<BinaryOperator> = [.add, .subtract, .multiply, .divide, .modulo]
        if arithmetic.contains(op), a.type == .date || b.type == .date {
            return try bindDateArithmetic(op, a, b, span: span)
        }
        switch op {
        case .and, .or:
            try requireCondition(a, l.span, "`\(op.rawValue)`")
            try requireCondition(b, r.span, "`\(op.rawValue)`")
            return BoundExpression(op == .and ? .and(a.expr, b.expr) : .or(a.expr, b.expr), .boolean)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            a = try asDate(a, beside: b, l.span)
            b = try asDate(b, beside: a, r.span)
            try requireComparable(a, b, span)
            let cmp: ComparisonOperator =
                switch op {
                case .equal: .equal
                case .notEqual: .notEqual
                case .less: .less
                case .lessOrEqual: .lessOrEqual
                case .greater: .greater
                default: .greaterOrEqual
                }
            return BoundExpression(.comparison(cmp, a.expr, b.expr), .boolean)
        case .concatenate:
            guard let concat = ScalarFunction.registry["concat"], let choose = ScalarFunction.registry["if"] else {
                throw Diagnostic("`||` needs concat()", at: span)
            }
            let eitherNull = Expr.or(.isNull(a.expr, negated: false), .isNull(b.expr, negated: false))
            return BoundExpression(
                .call(choose, [eitherNull, .literal(.null), .call(concat, [a.expr, b.expr])]), .string)
        case .contains:
            try requireString(a, l.span, "`contains`")
            try requireString(b, r.span, "`contains`")
            return BoundExpression(.contains(a.expr, b.expr), .boolean)
        case .matches:
            try requireString(a, l.span, "`matches`")
            guard case .literal(.string(let pattern)) = b.expr else {
                throw Diagnostic("`matches` needs a regular expression in quotes", at: r.span)
            }
            do { _ = try NSRegularExpression(pattern: pattern) } catch {
                throw Diagnostic("invalid regular expression \"\(pattern)\"", at: r.span)
            }
            return BoundExpression(.matches(a.expr, pattern: pattern), .boolean)
        case .add, .subtract, .multiply, .divide, .modulo:
            try requireNumber(a, l.span, "`\(op.rawValue)`")
            try requireNumber(b, r.span, "`\(op.rawValue)`")
            let arith: ArithmeticOperator =
                switch op {
                case .add: .add
                case .subtract: .subtract
                case .multiply: .multiply
                case .divide: .divide
                default: .remainder
                }
            let type: DataType? =
                (a.type == nil && b.type == nil)
                ? nil
                : (arith == .divide || a.type == .double || b.type == .double) ? .double : .integer
            return BoundExpression(.arithmetic(arith, a.expr, b.expr), type)
        }
    }

    /// `date ± days` and `date − date`; any other arithmetic with a date says what is possible.
    private func bindDateArithmetic(
        _ op: BinaryOperator, _ a: BoundExpression, _ b: BoundExpression, span: SourceSpan
    ) throws(Diagnostic) -> BoundExpression {
        guard op == .add || op == .subtract else {
            throw Diagnostic(
                "`\(op.rawValue)` does not apply to a date", at: span,
                suggestion: "a date plus or minus whole days is a date; date − date is the days between")
        }
        let arith: ArithmeticOperator = op == .add ? .add : .subtract
        do {
            return BoundExpression(
                .arithmetic(arith, a.expr, b.expr), try DateArithmetic.resultType(arith, a.type, b.type))
        } catch {
            throw Diagnostic("\(error)", at: span, suggestion: "date_diff(\"month\", a, b) counts in other units")
        }
    }

    private func bindInList(
        _ value: Expression, _ list: [Expression], negated: Bool
    ) throws(Diagnostic) -> BoundExpression {
        let v = try bind(value)
        var constants: [Value] = []
        var others: [BoundExpression] = []
        for item in list {
            let bound = try asDate(try bind(item), beside: v, item.span)
            try requireComparable(v, bound, item.span)
            if let c = bound.constant { constants.append(c) } else { others.append(bound) }
        }
        // Non-constant members become equalities or-ed onto the set lookup.
        var test = Expr.inList(v.expr, constants, negated: false)
        for other in others { test = .or(test, .comparison(.equal, v.expr, other.expr)) }
        return BoundExpression(negated ? .not(test) : test, .boolean)
    }

    private func bindCall(
        _ function: Identifier, _ arguments: [Expression], span: SourceSpan
    ) throws(Diagnostic) -> BoundExpression {
        let name = function.name.lowercased()
        if Self.pipelineFunctions.contains(name) {
            return try bindPipelineFunction(name, function, arguments, span: span)
        }
        if name == "col" { return try bindColumnByName(arguments, span: span) }
        if AggregateFunction.registry[name] != nil {
            throw Diagnostic(
                "\(name)() is an aggregate: use it in `agg`, e.g. `| agg x = \(name)(…)`", at: function.span)
        }
        if WindowFunctions.named(name) != nil {
            throw Diagnostic(
                "\(name)() is a window function: use it in a derive with per or by", at: function.span,
                suggestion: "e.g. `| derive r = \(name)(…) per department by -budget_total`")
        }
        guard let f = ScalarFunction.registry[name] else {
            let known =
                ScalarFunction.registry.keys.sorted() + AggregateFunction.registry.keys.sorted()
                + Self.pipelineFunctions
                + ["col"]
                + WindowFunctions.all.map(\.name)
            throw Diagnostic.unknown("function", function.name, at: function.span, among: known)
        }
        guard f.arity.contains(arguments.count) else {
            throw Diagnostic(
                "\(name)() takes \(Self.describe(f.arity)), got \(arguments.count)", at: span,
                note: f.summary)
        }
        var bound: [BoundExpression] = []
        for argument in arguments { bound.append(try bind(argument)) }
        do {
            let type = try f.resultType(bound.map(\.type))
            return BoundExpression(.call(f, bound.map(\.expr)), type)
        } catch {
            throw Diagnostic("\(error)", at: span, note: f.summary)
        }
    }

    /// `rows(PIPELINE)` is the row count and `value(PIPELINE)` the single cell of its result,
    /// computed now and used as a constant.
    private func bindPipelineFunction(
        _ name: String, _ function: Identifier, _ arguments: [Expression],
        span: SourceSpan
    ) throws(Diagnostic) -> BoundExpression {
        guard arguments.count == 1 else {
            throw Diagnostic("\(name)(…) takes one pipeline, e.g. \(name)(projects | where grade = \"优\")", at: span)
        }
        let pipeline: Pipeline
        switch arguments[0].kind {
        case .pipeline(let p): pipeline = p
        case .column(let reference) where reference.table == nil:
            pipeline = Pipeline(source: .table(reference.column), stages: [], span: reference.span)
        default:
            throw Diagnostic("\(name)(…) needs a table or a pipeline", at: arguments[0].span)
        }
        let table: Table
        do { table = try scope.evaluatePipeline(pipeline) } catch let d as Diagnostic { throw d } catch {
            throw Diagnostic("\(error)", at: arguments[0].span)
        }
        if name == "rows" { return BoundExpression(.literal(.integer(Int64(table.rowCount))), .integer) }
        guard table.rowCount == 1, table.columnCount == 1 else {
            throw Diagnostic(
                "value(…) needs exactly one row and one column, got \(table.rowCount) × \(table.columnCount)",
                at: arguments[0].span, suggestion: "end the pipeline with `agg` or `select` one column")
        }
        let v = table[0, 0]
        return BoundExpression(.literal(v), v.type)
    }

    /// `case when … then … else … end` as nested `if`s: the first true condition wins, a null
    /// condition counts as false, and without `else` nothing matching gives null. Branches of
    /// integers and decimals widen to decimal; text beside a number is an error.
    private func bindCase(
        _ branches: [CaseBranch], _ otherwise: Expression?, span: SourceSpan
    ) throws(Diagnostic) -> BoundExpression {
        guard let choose = ScalarFunction.registry["if"] else { throw Diagnostic("`case` needs if()", at: span) }
        var conditions: [BoundExpression] = [], values: [BoundExpression] = []
        var type: DataType?
        var typeSpan = span
        for branch in branches {
            let c = try bind(branch.condition)
            try requireCondition(c, branch.condition.span, "`when`")
            conditions.append(c)
        }
        for value in branches.map(\.value) + (otherwise.map { [$0] } ?? []) {
            let v = try bind(value)
            if let t = v.type {
                if let current = type, current != t {
                    guard current.isNumeric && t.isNumeric else {
                        throw Diagnostic(
                            "the branches of `case` differ: \(current.noun) and \(t.noun)", at: value.span,
                            note: "the first branch of that kind is at \(typeSpan.start)")
                    }
                    type = DataType.widened(current, t)
                } else if type == nil {
                    type = t
                    typeSpan = value.span
                }
            }
            values.append(v)
        }
        var result: Expr = otherwise == nil ? .literal(.null) : values[values.count - 1].expr
        for i in stride(from: conditions.count - 1, through: 0, by: -1) {
            result = .call(choose, [conditions[i].expr, values[i].expr, result])
        }
        return BoundExpression(result, type)
    }

    /// `col(EXPR)`: the column whose name EXPR gives — a pivoted year, `col($to) - col($from)`.
    /// EXPR must be known when binding (a literal or a variable).
    private func bindColumnByName(_ arguments: [Expression], span: SourceSpan) throws(Diagnostic) -> BoundExpression {
        guard arguments.count == 1 else {
            throw Diagnostic("col(…) takes one name, e.g. col(\"2024\") or col($to)", at: span)
        }
        let name = try bind(arguments[0])
        guard let value = name.constant, !value.isNull else {
            throw Diagnostic(
                "col(…) needs a name known before the rows are read: text, a number or a $variable",
                at: arguments[0].span)
        }
        let text = value.description
        guard let i = scope.columns.index(of: text) else {
            throw Diagnostic.unknown("column", text, at: arguments[0].span, among: scope.columnNames)
        }
        return BoundExpression(.column(i), scope.columns[i].type)
    }

    static func describe(_ arity: ClosedRange<Int>) -> String {
        if arity.lowerBound == arity.upperBound {
            return arity.lowerBound == 1 ? "1 argument" : "\(arity.lowerBound) arguments"
        }
        return "\(arity.lowerBound) to \(arity.upperBound) arguments"
    }

    // MARK: Type checks, reported where the operand was written

    /// Text in quotes beside a date is the date it names (`deadline < "2024-03-01"`), as a SQL
    /// literal beside a DATE is; text that names no day is an error at the text.
    func asDate(
        _ b: BoundExpression, beside other: BoundExpression, _ span: SourceSpan
    ) throws(Diagnostic) -> BoundExpression {
        guard other.type == .date, case .literal(.string(let text)) = b.expr else { return b }
        guard let day = CivilDay(text: text) else {
            throw Diagnostic(
                "\"\(text)\" is not a date", at: span, suggestion: "write a date as \"2024-03-01\" or \"2024年3月1日\"")
        }
        return BoundExpression(.literal(.date(day.days)), .date)
    }

    private func requireNumber(_ b: BoundExpression, _ span: SourceSpan, _ what: String) throws(Diagnostic) {
        guard let t = b.type, !t.isNumeric else { return }
        throw Diagnostic(
            "\(what) needs a number, but this is \(t.noun)", at: span,
            suggestion: t == .boolean ? "a true/false value is not a number; if(x, 1, 0) makes one of it" : nil)
    }

    private func requireString(_ b: BoundExpression, _ span: SourceSpan, _ what: String) throws(Diagnostic) {
        guard let t = b.type, t != .string else { return }
        throw Diagnostic("\(what) needs text, but this is \(t.noun)", at: span)
    }

    private func requireCondition(_ b: BoundExpression, _ span: SourceSpan, _ what: String) throws(Diagnostic) {
        guard let t = b.type, t != .boolean else { return }
        throw Diagnostic("\(what) needs a condition (true/false), but this is \(t.noun)", at: span)
    }

    private func requireComparable(_ a: BoundExpression, _ b: BoundExpression, _ span: SourceSpan) throws(Diagnostic) {
        guard let x = a.type, let y = b.type else { return }
        if x == y || (x.isNumeric && y.isNumeric) { return }
        // A true/false column is not a number or text: say how to test it instead.
        let suggestion: String? =
            if x == .boolean || y == .boolean {
                "a true/false value is compared with true or false (`met = true`), or used alone (`where met`)"
            } else if x == .string || y == .string {
                "put numbers without quotes, text in quotes"
            } else {
                nil
            }
        throw Diagnostic("cannot compare \(x.noun) with \(y.noun)", at: span, suggestion: suggestion)
    }
}
