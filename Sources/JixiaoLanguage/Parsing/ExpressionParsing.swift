/// Expressions, from loosest to tightest binding:
/// `or` < `and` < `not` < comparison (`= != < <= > >=`, `in`, `between`, `is null`, `contains`,
/// `matches`) < `+ -` < `* / %` < unary `-` < primary.
extension SyntaxParser {
    mutating func parseExpression() throws(Diagnostic) -> Expression {
        try enter()
        defer { leave() }
        return try parseBinary(.or) { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseBinary(.and) { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseNot()
            }
        }
    }

    /// A left-associative chain of `operator`s over `operand`s. Each link counts as a level of
    /// nesting, since the tree it builds is as deep as the chain is long.
    private mutating func parseBinary(
        _ op: BinaryOperator,
        operand: (inout SyntaxParser) throws(Diagnostic) -> Expression
    ) throws(Diagnostic) -> Expression {
        var left = try operand(&self)
        var links = 0
        defer { leave(links) }
        while current.isKeyword(op == .or ? .or : .and) {
            advance()
            try enter()
            links += 1
            let right = try requireOperand(operand)
            left = Expression(.binary(op, left, right), span: left.span.union(right.span))
        }
        return left
    }

    /// `not x`, which binds looser than comparisons: `not a = b` is `not (a = b)`.
    private mutating func parseNot() throws(Diagnostic) -> Expression {
        guard let word = take(.not) else { return try parseComparison() }
        try enter()
        defer { leave() }
        let operand = try requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseNot()
        }
        return Expression(.unary(.not, operand), span: word.span.union(operand.span))
    }

    /// One comparison at most: `a < b < c` is an error, not `(a < b) < c`.
    private mutating func parseComparison() throws(Diagnostic) -> Expression {
        let left = try parseAdditive()
        guard let compared = try parseComparisonTail(left) else { return left }
        if comparisonOperator != nil || current.isKeyword(.in) || current.isKeyword(.between)
            || current.isKeyword(.is) {
            throw Diagnostic(
                "comparisons do not chain: expected `and` or `or` before \(current.display)", at: current.span,
                suggestion: "write `a < b and b < c`")
        }
        return compared
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

    /// What follows `left` at comparison level, or nil when nothing comparative does.
    private mutating func parseComparisonTail(_ left: Expression) throws(Diagnostic) -> Expression? {
        if let op = comparisonOperator {
            advance()
            let right = try requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseAdditive()
            }
            return Expression(.binary(op, left, right), span: left.span.union(right.span))
        }
        if current.isKeyword(.not) {
            // `x not in (…)`, `x not between …`, `x not contains …`, `x not matches …`.
            switch peek(1).kind {
            case .keyword(.in), .keyword(.between), .keyword(.contains), .keyword(.matches):
                advance()
                guard let inner = try parseComparisonTail(left) else { return nil }
                switch inner.kind {
                case .inList(let value, let items, _):
                    return Expression(.inList(value, items, negated: true), span: inner.span)
                case .between(let value, let lower, let upper, _):
                    return Expression(.between(value, lower: lower, upper: upper, negated: true), span: inner.span)
                default:
                    return Expression(.unary(.not, inner), span: inner.span)
                }
            default:
                return nil
            }
        }
        if take(.in) != nil { return try parseInList(left) }
        if take(.between) != nil {
            let lower = try requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseAdditive()
            }
            guard take(.and) != nil else {
                throw expected("`and` between the bounds of `between`")
            }
            let upper = try requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseAdditive()
            }
            return Expression(
                .between(left, lower: lower, upper: upper, negated: false), span: left.span.union(upper.span))
        }
        if take(.is) != nil {
            let negated = take(.not) != nil
            guard let null = take(.null) else {
                throw expected("`null`")
            }
            return Expression(.isNull(left, negated: negated), span: left.span.union(null.span))
        }
        return nil
    }

    /// `(a, b, …)` after `in`.
    private mutating func parseInList(_ left: Expression) throws(Diagnostic) -> Expression {
        guard let open = take(.leftParen) else {
            throw expected("`(` and a list of values, as in `x in (1, 2)`,")
        }
        try enter()
        defer { leave() }
        let items = try parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseExpression()
            }
        }
        let close = try expectClosing(open)
        return Expression(.inList(left, items, negated: false), span: left.span.union(close.span))
    }

    private mutating func parseAdditive() throws(Diagnostic) -> Expression {
        try parseArithmetic([.plus: .add, .minus: .subtract]) { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseMultiplicative()
        }
    }

    private mutating func parseMultiplicative() throws(Diagnostic) -> Expression {
        try parseArithmetic([.star: .multiply, .slash: .divide, .percent: .modulo]) {
            (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseUnary()
        }
    }

    /// A left-associative chain of the arithmetic `operators`.
    private mutating func parseArithmetic(
        _ operators: [Symbol: BinaryOperator],
        operand: (inout SyntaxParser) throws(Diagnostic) -> Expression
    ) throws(Diagnostic) -> Expression {
        var left = try operand(&self)
        var links = 0
        defer { leave(links) }
        while case .symbol(let symbol) = current.kind, let op = operators[symbol] {
            advance()
            try enter()
            links += 1
            let right = try requireOperand(operand)
            left = Expression(.binary(op, left, right), span: left.span.union(right.span))
        }
        return left
    }

    /// `-x`; a minus before a number literal is folded into the literal.
    private mutating func parseUnary() throws(Diagnostic) -> Expression {
        guard let minus = take(.minus) else { return try parsePrimary() }
        try enter()
        defer { leave() }
        let operand = try requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseUnary()
        }
        let span = minus.span.union(operand.span)
        switch operand.kind {
        case .integer(let value): return Expression(.integer(-value), span: span)
        case .decimal(let value): return Expression(.decimal(-value), span: span)
        default: return Expression(.unary(.negate, operand), span: span)
        }
    }

    /// Runs `parse` for an operand, turning "nothing there" into "expected an expression after
    /// `the previous token`".
    mutating func requireOperand(
        _ parse: (inout SyntaxParser) throws(Diagnostic) -> Expression
    ) throws(Diagnostic) -> Expression {
        guard startsExpression else { throw expected("an expression") }
        return try parse(&self)
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
