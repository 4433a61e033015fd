/// Expressions, by precedence climbing, from loosest to tightest binding:
/// `or` < `and` < `not` < comparison (`= != < <= > >=`, `in`, `between`, `is null`, `contains`,
/// `matches`) < `+ -` < `* / %` < unary `-` < primary.
///
/// One function handles every binary level, so a level of parentheses costs a handful of stack
/// frames rather than one per precedence level — this keeps deep nesting cheap on small stacks.
extension SyntaxParser {
    /// The precedence of prefix `not`: looser than comparisons, so `not a = b` is `not (a = b)`.
    private static let notPrecedence = 3

    /// Any expression. Recursion is counted where it happens — parentheses, calls, lists,
    /// prefix operators and operator chains — against ``maximumDepth``.
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        try parseBinary(above: 1)
    }

    // The functions on the recursion path (parseBinary, parseUnary, parsePrimary and the
    // bracket parsers) keep their bodies small and hand everything else to helpers: debug builds
    // give every temporary its own stack slot, so a large recursive function would make each
    // level of nesting cost kilobytes of stack.

    /// An expression whose operators all bind at least as tightly as `minimum`.
    mutating func parseBinary(above minimum: Int) throws(Diagnostic) -> Expression {
        var left =
            minimum <= Self.notPrecedence && at(.not)
            ? try parseNot()
            : try parseUnary()
        // Each operator applied makes the tree one level deeper; count them so that a chain of
        // 50,000 `+` is refused like 50,000 parentheses (its consumers recurse too).
        var links = 0
        defer { shortenChain(by: links) }
        while let precedence = operatorPrecedence, precedence >= minimum {
            try extendChain()
            links += 1
            if precedence == BinaryOperator.equal.precedence {
                left = try parseComparisonTail(left)
                try rejectChainedComparison()
            } else {
                let op = try takeOperator()
                let right = try parseBinary(above: precedence + 1)
                left = Self.binary(op, left, right)
            }
        }
        return left
    }

    /// `not x`: its operand may hold comparisons but not `and`/`or`.
    private mutating func parseNot() throws(Diagnostic) -> Expression {
        let word = advance()
        try enter()
        defer { leave() }
        try requireExpressionStart()
        let operand = try parseBinary(above: Self.notPrecedence)
        return Expression(.unary(.not, operand), span: word.span.union(operand.span))
    }

    /// Consumes the operator at the cursor, and checks an operand follows.
    @inline(never)
    private mutating func takeOperator() throws(Diagnostic) -> BinaryOperator {
        let op = binaryOperator ?? .and
        advance()
        try requireExpressionStart()
        return op
    }

    @inline(never)
    private static func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression) -> Expression {
        Expression(.binary(op, left, right), span: left.span.union(right.span))
    }

    /// `a < b < c` is an error rather than `(a < b) < c`.
    @inline(never)
    private func rejectChainedComparison() throws(Diagnostic) {
        guard operatorPrecedence == BinaryOperator.equal.precedence else { return }
        throw Diagnostic(
            "comparisons do not chain: expected `and` or `or` before \(current.display)",
            at: current.span, suggestion: "write `a < b and b < c`")
    }

    /// The binary operator at the cursor, for the arithmetic and logical levels.
    private var binaryOperator: BinaryOperator? {
        switch current.kind {
        case .keyword(.or): return .or
        case .keyword(.and): return .and
        case .symbol(.plus): return .add
        case .symbol(.minus): return .subtract
        case .symbol(.star): return .multiply
        case .symbol(.slash): return .divide
        case .symbol(.percent): return .modulo
        case .symbol(.concatenate): return .concatenate
        default: return comparisonOperator
        }
    }

    /// How tightly the operator at the cursor binds, or nil when none follows. Everything that
    /// starts a comparison — including `in`, `between`, `is` and `not in` — is at comparison level.
    private var operatorPrecedence: Int? {
        if let op = binaryOperator { return op.precedence }
        switch current.kind {
        case .keyword(.in), .keyword(.between), .keyword(.is):
            return BinaryOperator.equal.precedence
        case .keyword(.not):
            switch peek(1).kind {
            case .keyword(.in), .keyword(.between), .keyword(.contains), .keyword(.matches):
                return BinaryOperator.equal.precedence
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// The comparison operator at the cursor, if any.
    private var comparisonOperator: BinaryOperator? {
        switch current.kind {
        case .symbol(.equal), .symbol(.doubleEqual): return .equal
        case .symbol(.notEqual): return .notEqual
        case .symbol(.less): return .less
        case .symbol(.lessEqual): return .lessOrEqual
        case .symbol(.greater): return .greater
        case .symbol(.greaterEqual): return .greaterOrEqual
        case .keyword(.contains): return .contains
        case .keyword(.matches): return .matches
        default: return nil
        }
    }

    /// The comparison after `left`; the cursor is on its operator (or a `not` before one).
    private mutating func parseComparisonTail(_ left: Expression) throws(Diagnostic) -> Expression {
        let negated = take(.not) != nil
        if take(.in) != nil { return try parseInList(left, negated: negated) }
        if take(.between) != nil { return try parseBetween(left, negated: negated) }
        if at(.is) { return try parseIsNull(left) }
        let op = try takeOperator()
        let right = try parseBinary(above: BinaryOperator.add.precedence)
        return Self.comparison(op, left, right, negated: negated)
    }

    @inline(never)
    private static func comparison(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression, negated: Bool
    ) -> Expression {
        let comparison = binary(op, left, right)
        return negated ? Expression(.unary(.not, comparison), span: comparison.span) : comparison
    }

    /// `between lower and upper`; the bounds are arithmetic, so the `and` is unambiguous.
    private mutating func parseBetween(_ left: Expression, negated: Bool) throws(Diagnostic) -> Expression {
        try requireExpressionStart()
        let lower = try parseBinary(above: BinaryOperator.add.precedence)
        try expectBetweenAnd()
        let upper = try parseBinary(above: BinaryOperator.add.precedence)
        return Self.between(left, lower, upper, negated: negated)
    }

    @inline(never)
    private mutating func expectBetweenAnd() throws(Diagnostic) {
        guard take(.and) != nil else { throw expected("`and` between the bounds of `between`") }
        try requireExpressionStart()
    }

    @inline(never)
    private static func between(
        _ value: Expression, _ lower: Expression, _ upper: Expression, negated: Bool
    ) -> Expression {
        Expression(.between(value, lower: lower, upper: upper, negated: negated), span: value.span.union(upper.span))
    }

    /// `is [not] null`.
    @inline(never)
    private mutating func parseIsNull(_ left: Expression) throws(Diagnostic) -> Expression {
        advance()
        let negated = take(.not) != nil
        guard let null = take(.null) else { throw expected("`null`") }
        return Expression(.isNull(left, negated: negated), span: left.span.union(null.span))
    }

    /// `(a, b, …)` after `in`.
    private mutating func parseInList(_ left: Expression, negated: Bool) throws(Diagnostic) -> Expression {
        let open = try expectInListOpen()
        try enter()
        defer { leave() }
        var items: [Expression] = []
        repeat {
            try requireExpressionStart()
            items.append(try parseExpression())
        } while take(.comma) != nil
        let close = try expectClosing(open).span
        return Self.inList(left, items, negated: negated, close: close)
    }

    @inline(never)
    private mutating func expectInListOpen() throws(Diagnostic) -> SourceSpan {
        guard let open = take(.leftParen) else {
            throw expected("`(` and a list of values, as in `x in (1, 2)`,")
        }
        return open.span
    }

    @inline(never)
    private static func inList(
        _ value: Expression, _ items: [Expression], negated: Bool, close: SourceSpan
    ) -> Expression {
        Expression(.inList(value, items, negated: negated), span: value.span.union(close))
    }

    /// `-x`; a minus before a number literal is folded into the literal.
    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        guard at(.minus) else { return try parsePrimary() }
        let start = advance().span
        try enter()
        defer { leave() }
        try requireExpressionStart()
        return Self.negate(try parseUnary(), from: start)
    }

    @inline(never)
    private static func negate(_ operand: Expression, from minus: SourceSpan) -> Expression {
        let span = minus.union(operand.span)
        switch operand.kind {
        case .integer(let value): return Expression(.integer(-value), span: span)
        case .decimal(let value): return Expression(.decimal(-value), span: span)
        default: return Expression(.unary(.negate, operand), span: span)
        }
    }

    /// Fails with "expected an expression after `previous token`" unless one can start here.
    @inline(never)
    mutating func requireExpressionStart() throws(Diagnostic) {
        guard startsExpression else { throw expected("an expression") }
    }

    /// True when the current token can begin an expression.
    var startsExpression: Bool {
        switch current.kind {
        case .identifier, .quotedIdentifier, .number, .string, .variable: return true
        case .keyword(let keyword): return [.not, .null, .true, .false].contains(keyword)
        case .symbol(let symbol): return symbol == .leftParen || symbol == .minus
        default: return false
        }
    }
}
