/// The public face of the language front end: text in, statements or one diagnostic out.
///
/// A parser knows the verbs of the ``VerbTable`` it is made with; the query layer provides the
/// one with every verb (`Parser.jixiao`).
///
/// ```swift
/// switch Parser.jixiao.parse(source, file: "q.jx") {
/// case .success(let statements): …
/// case .failure(let diagnostic): print(diagnostic.render(source: source, file: "q.jx"))
/// }
/// ```
public struct Parser: Sendable {
    public let verbs: VerbTable

    public init(verbs: VerbTable) {
        self.verbs = verbs
    }

    /// Parses a whole script or REPL entry. Never traps or hangs, whatever the input: malformed
    /// text, deep nesting and out-of-range numbers all come back as a `Diagnostic` for the first
    /// problem found. `file` is not stored; pass it to ``Diagnostic/render(source:file:cellWidth:)``.
    public func parse(_ source: String, file: String? = nil) -> Result<[Statement], Diagnostic> {
        do {
            let tokens = try Lexer.tokenize(source)
            var parser = SyntaxParser(tokens: tokens, verbs: verbs)
            return .success(try parser.parseStatements())
        } catch {
            return .failure(error)
        }
    }

    /// Throwing variant of ``parse(_:file:)``.
    public func parseStatements(_ source: String) throws(Diagnostic) -> [Statement] {
        try parse(source).get()
    }

    /// Parses one expression, e.g. from a `--set name=value` default or a completion context.
    public func parseExpression(_ source: String) -> Result<Expression, Diagnostic> {
        do {
            let tokens = try Lexer.tokenize(source)
            var parser = SyntaxParser(tokens: tokens, verbs: verbs)
            let expression = try parser.parseArgument()
            guard parser.current.kind == .end else {
                return .failure(parser.expected("the end of the expression"))
            }
            return .success(expression)
        } catch {
            return .failure(error)
        }
    }

    /// Words that cannot be column names without backquotes, for completion and highlighting.
    public static let reservedWords: [String] = Keyword.allCases.map(\.rawValue)

    /// Words that begin a statement other than a pipeline (contextual: a table may share the name).
    public static let statementWords: [String] = SyntaxParser.statementWords

    /// True when the REPL should show its continuation prompt instead of running `text`: the
    /// last line ends with `|` or `,` (comments aside), a bracket is open, or a string is
    /// unclosed. Any other text — complete or wrong — is handed to the parser, so errors
    /// surface at once rather than waiting for input that cannot fix them.
    public static func needsMoreInput(_ text: String) -> Bool {
        var lexer = Lexer(text)
        do {
            let tokens = try lexer.run()
            if !lexer.openParens.isEmpty { return true }
            let last = tokens.last { $0.kind != .newline && $0.kind != .end }
            guard let last else { return false }
            return last.isSymbol(.pipe) || last.isSymbol(.comma)
        } catch {
            return lexer.unclosedString
        }
    }
}
