/// The atoms of expressions: literals, names, variables, calls and parentheses.
extension SyntaxParser {
    mutating func parsePrimary() throws(Diagnostic) -> Expression {
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
        case .identifier(let name) where peek(1).isSymbol(.leftParen):
            advance()
            return try parseCall(Identifier(name, span: token.span))
        case .identifier, .quotedIdentifier:
            let reference = try parseColumnReference()
            return Expression(.column(reference), span: reference.span)
        case .symbol(.leftParen):
            return try parseParenthesised()
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

    /// `name(arguments)`; the name is already consumed.
    private mutating func parseCall(_ function: Identifier) throws(Diagnostic) -> Expression {
        let open = advance()
        try enter()
        defer { leave() }
        var arguments: [Expression] = []
        if !current.isSymbol(.rightParen) {
            if current.isSymbol(.star), peek(1).isSymbol(.rightParen) {
                throw Diagnostic(
                    "expected an expression or `)` after `(`, found `*`", at: current.span,
                    suggestion: "write `\(function.name)()` to count rows")
            }
            arguments = try parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                try parser.parseOperandOrPipeline()
            }
        }
        let close = try expectClosing(open)
        return Expression(.call(function: function, arguments: arguments), span: function.span.union(close.span))
    }

    /// `( expr )`, or `( table | verbs… )` used as a value.
    private mutating func parseParenthesised() throws(Diagnostic) -> Expression {
        let open = advance()
        try enter()
        defer { leave() }
        let inner = try parseOperandOrPipeline()
        let close = try expectClosing(open)
        return Expression(inner.kind, span: open.span.union(close.span))
    }

    /// An expression; when it is a table name (or a pipeline) followed by `|`, the verbs after
    /// it make it a pipeline: `rows(projects | where grade = "优")`.
    private mutating func parseOperandOrPipeline() throws(Diagnostic) -> Expression {
        let expression = try requireOperand { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseExpression()
        }
        guard current.isSymbol(.pipe) else { return expression }
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
}
