/// A scalar expression, as in `where`, `derive`, `sort`, `agg` and `assert`.
///
/// Names are unresolved: `.column` may turn out to be a table name (the argument of `rows(…)`)
/// and `.call` may be a scalar or an aggregate function — the binder decides, and reports
/// unknown names against the spans kept here.
public struct Expression: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        /// An integer literal that fits in 64 bits (`-5` is folded into one literal).
        case integer(Int64)
        /// A literal with a fraction or exponent, or an integer too large for 64 bits.
        case decimal(Double)
        case string(String)
        /// `true` / `false`.
        case boolean(Bool)
        /// `null`.
        case null
        /// `department`, `主管部门`, `` `weird name` ``, `projects.name`.
        case column(ColumnReference)
        /// `$NAME`; the identifier holds the name without `$` (its span includes the `$`).
        case variable(Identifier)
        /// `name(arguments…)`, including `count()` with no arguments. `function.span` is the
        /// name alone, for "unknown function" carets.
        case call(function: Identifier, arguments: [Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// `value in (a, b, …)`; `negated` for `not in`.
        case inList(Expression, [Expression], negated: Bool)
        /// `value between lower and upper` (inclusive); `negated` for `not between`.
        case between(Expression, lower: Expression, upper: Expression, negated: Bool)
        /// `value is null`; `negated` for `is not null`.
        case isNull(Expression, negated: Bool)
        /// A pipeline used as a value, only where a function argument or parenthesised
        /// expression continues with `|`: `rows(projects | where grade = "优")`. A bare table
        /// name such as `rows(projects)` stays a `.column` — the binder knows which functions
        /// take tables.
        case pipeline(Pipeline)
        /// `case when COND then X … [else Y] end`: the value of the first branch whose
        /// condition is true; `otherwise` (or null) when none is.
        case caseWhen([CaseBranch], otherwise: Expression?)
    }

    public var kind: Kind
    /// The whole expression, including its parentheses if it was written in some.
    public var span: SourceSpan

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The column when the expression is just an unqualified or qualified column name.
    public var columnReference: ColumnReference? {
        if case .column(let reference) = kind { return reference }
        return nil
    }
}

/// `when COND then VALUE` inside `case … end`.
public struct CaseBranch: Sendable, Hashable {
    public var condition: Expression
    public var value: Expression

    public init(condition: Expression, value: Expression) {
        self.condition = condition
        self.value = value
    }
}
