/// The atoms of expressions: literals, names, variables, calls and parentheses.
extension SyntaxParser {
    /// Dispatches to the bracket parsers, which recurse, or to ``parseAtom()``, which does not.
    mutating func parsePrimary() throws(Diagnostic) -> Expression {
        if at(.leftParen) { return try parseParenthesised() }
        if current.isWord("case") && peek(1).isWord("when") { return try parseCase() }
        if atCall { return try parseCall() }
        return try parseAtom()
    }

    /// A bare name followed by `(`.
    private var atCall: Bool {
        guard case .identifier = peek(0).kind else { return false }
        return peek(1).isSymbol(.leftParen)
    }

    /// A literal, a variable or a column name.
    @inline(never)
    private mutating func parseAtom() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .number(let text):
            advance()
            return Expression(try Self.numberLiteral(text, at: token.span), span: token.span)
        case .string(let value, _):
            advance()
            return Expression(.string(value), span: token.span)
        case .keyword(.true), .keyword(.false):
            advance()
            return Expression(.boolean(token.isKeyword(.true)), span: token.span)
        case .keyword(.null):
            advance()
            return Expression(.null, span: token.span)
        case .variable(let name):
            advance()
            return Expression(.variable(Identifier(name, span: token.span)), span: token.span)
        case .identifier, .quotedIdentifier:
            let reference = try parseColumnReference()
            return Expression(.column(reference), span: reference.span)
        default:
            throw expected("an expression")
        }
    }

    /// The value of a number literal; out-of-range numbers are errors, never traps or infinities.
    /// Integers too large for 64 bits become decimals, as a spreadsheet would read them.
    static func numberLiteral(_ text: String, at span: SourceSpan) throws(Diagnostic) -> Expression.Kind {
        let isIntegral = !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
        if isIntegral, let value = Int64(text) { return .integer(value) }
        if let value = Double(text), value.isFinite { return .decimal(value) }
        throw Diagnostic(
            "number `\(text)` is out of range", at: span,
            note: "numbers must lie within ±1.8e308")
    }

    /// `name(arguments)`, including `count()`. The name's span is kept apart for "unknown
    /// function" carets.
    private mutating func parseCall() throws(Diagnostic) -> Expression {
        let function = try parseIdentifier("a function name")
        let open = advance().span
        try enter()
        defer { leave() }
        var arguments: [Expression] = []
        if function.name.lowercased() == "position", let (part, whole) = try parsePositionArguments() {
            // SQL's `position(sub in s)` is `strpos(s, sub)`.
            let close = try expectClosing(open).span
            return Self.call(Identifier("strpos", span: function.span), [whole, part], close: close)
        }
        if !at(.rightParen) {
            try rejectCountStar(function)
            repeat {
                arguments.append(try parseOperandOrPipeline())
            } while take(.comma) != nil
        }
        let close = try expectClosing(open).span
        return Self.call(function, arguments, close: close)
    }

    /// `sub in s` inside `position(…)`: the two operands, or nil (nothing consumed) when the
    /// call is written with commas.
    @inline(never)
    private mutating func parsePositionArguments() throws(Diagnostic) -> (Expression, Expression)? {
        var probe = self
        guard !probe.at(.rightParen), (try? probe.parseBinary(above: BinaryOperator.add.precedence)) != nil,
            probe.at(.in), !probe.peek(1).isSymbol(.leftParen)
        else { return nil }
        let part = try parseBinary(above: BinaryOperator.add.precedence)
        advance()
        return (part, try parseExpression())
    }

    @inline(never)
    private static func call(_ function: Identifier, _ arguments: [Expression], close: SourceSpan) -> Expression {
        Expression(.call(function: function, arguments: arguments), span: function.span.union(close))
    }

    /// SQL's `count(*)` is `count()` here; say so rather than "expected an expression".
    @inline(never)
    private func rejectCountStar(_ function: Identifier) throws(Diagnostic) {
        guard at(.star), peek(1).isSymbol(.rightParen) else { return }
        throw Diagnostic(
            "expected an expression or `)` after `(`, found `*`", at: current.span,
            suggestion: "write `\(function.name)()` to count rows")
    }

    /// `( expr )`, or `( table | verbs… )` used as a value.
    private mutating func parseParenthesised() throws(Diagnostic) -> Expression {
        let open = advance().span
        try enter()
        defer { leave() }
        var inner = try parseOperandOrPipeline()
        inner.span = open.union(try expectClosing(open).span)
        return inner
    }

    /// An expression; when it is a table name (or a pipeline) followed by `|`, the verbs after
    /// it make it a pipeline: `rows(projects | where grade = "优")`.
    private mutating func parseOperandOrPipeline() throws(Diagnostic) -> Expression {
        try requireExpressionStart()
        let expression = try parseExpression()
        guard at(.pipe) else { return expression }
        return try continuePipeline(expression)
    }

    @inline(never)
    private mutating func continuePipeline(_ expression: Expression) throws(Diagnostic) -> Expression {
        let source: PipelineSource
        switch expression.kind {
        case .column(let reference) where reference.table == nil:
            source = .table(reference.column)
        case .pipeline(let pipeline):
            source = .pipeline(pipeline)
        default:
            throw Diagnostic(
                "expected a table name before `|`", at: expression.span,
                note: "a pipeline starts with a table name, as in `rows(projects | where …)`")
        }
        let pipeline = try parseStages(after: source)
        return Expression(.pipeline(pipeline), span: pipeline.span)
    }

    /// `case when COND then X [when …] [else Y] end`. The words are keywords only here, so a
    /// column may still be called `end` or `when` elsewhere.
    private mutating func parseCase() throws(Diagnostic) -> Expression {
        let start = advance().span.start
        try enter()
        defer { leave() }
        var branches: [CaseBranch] = []
        while takeWord("when") != nil {
            let condition = try parseArgument()
            try expectWord("then", example: "case when weight > 10 then \"heavy\" else \"light\" end")
            branches.append(CaseBranch(condition: condition, value: try parseArgument()))
        }
        let otherwise = takeWord("else") != nil ? try parseArgument() : nil
        try expectWord("end", example: "case when weight > 10 then \"heavy\" else \"light\" end")
        return Expression(.caseWhen(branches, otherwise: otherwise), span: span(from: start))
    }
}
