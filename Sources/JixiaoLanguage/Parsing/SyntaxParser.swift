/// The recursive-descent parser's state: a cursor over the tokens of one text and the current
/// nesting depth. The grammar itself is spread over extensions by level — statements, pipelines,
/// expressions — and one file per verb under `Verbs/`.
///
/// Every method either consumes input and returns a node or throws a ``Diagnostic`` saying what
/// was expected where; nothing indexes the token array unchecked, and recursion is bounded by
/// ``maximumDepth`` so that 20,000 nested parentheses give an error, not a stack overflow.
public struct SyntaxParser {
    /// The deepest nesting accepted: parentheses, function calls, `in` lists, prefix operators
    /// and bracketed pipelines each count one level. Real queries stay under ten; the bound keeps
    /// the recursion within a 512 KB thread stack even in a debug build.
    static let maximumDepth = 64

    /// The most binary operators pending along one path of an expression tree (`a + b + …`).
    /// Chains are parsed by iteration, not recursion, but they build a tree as deep as they are
    /// long, and the binder and evaluator recurse over that tree.
    static let maximumChain = 256

    private let tokens: [Token]
    private var position = 0
    private var depth = 0
    private var chain = 0
    /// The end of the last consumed token: where "expected … after X" points at the end of input.
    private(set) var previousEnd: SourceLocation
    private var previous: Token?
    /// The verbs a `|` may be followed by.
    public let verbs: VerbTable

    /// `tokens` should end with `.end`; one is added when it does not.
    init(tokens: [Token], verbs: VerbTable) {
        self.verbs = verbs
        var tokens = tokens
        if tokens.last?.kind != .end {
            tokens.append(Token(kind: .end, span: SourceSpan(at: tokens.last?.span.end ?? .start)))
        }
        self.tokens = tokens
        previousEnd = tokens.first?.span.start ?? .start
    }

    // MARK: Cursor

    public var current: Token { peek(0) }

    public func peek(_ ahead: Int) -> Token {
        let index = position + ahead
        if index >= 0, index < tokens.count { return tokens[index] }
        return tokens[tokens.count - 1]
    }

    @discardableResult
    public mutating func advance() -> Token {
        let token = current
        if token.kind != .end {
            position += 1
            previous = token
            previousEnd = token.span.end
        }
        return token
    }

    /// True when the current token is `symbol`. (Asking here rather than through `current` keeps
    /// the copied token out of the caller's stack frame in debug builds.)
    public func at(_ symbol: Symbol) -> Bool { peek(0).isSymbol(symbol) }

    /// True when the current token is `keyword`.
    public func at(_ keyword: Keyword) -> Bool { peek(0).isKeyword(keyword) }

    /// Consumes the symbol when it comes next.
    public mutating func take(_ symbol: Symbol) -> Token? {
        current.isSymbol(symbol) ? advance() : nil
    }

    /// Consumes the keyword when it comes next.
    public mutating func take(_ keyword: Keyword) -> Token? {
        current.isKeyword(keyword) ? advance() : nil
    }

    /// Consumes the contextual word (`by`, `per`, `on` …) when it comes next.
    public mutating func takeWord(_ word: String) -> Token? {
        current.isWord(word) ? advance() : nil
    }

    /// Consumes `symbol` or fails with "expected `symbol` after X", noting `example`.
    @discardableResult
    public mutating func expect(_ symbol: Symbol, example: String? = nil) throws(Diagnostic) -> Token {
        if let token = take(symbol) { return token }
        var diagnostic = expected("`\(symbol.rawValue)`")
        diagnostic.note = example.map { "as in `\($0)`" }
        throw diagnostic
    }

    /// Consumes the closing `)` of the `(` at `open`, or says which one is left open.
    @discardableResult
    public mutating func expectClosing(_ open: Token) throws(Diagnostic) -> Token {
        try expectClosing(open.span)
    }

    /// Consumes the closing `)` of the `(` spanning `open` and returns its span.
    @inline(never)
    @discardableResult
    mutating func expectClosing(_ open: SourceSpan) throws(Diagnostic) -> Token {
        if let token = take(.rightParen) { return token }
        throw Diagnostic("expected `)` to close `(` at \(open.start)\(found)", at: here)
    }

    /// Consumes the contextual word or fails with "expected `word` after X", noting `example`.
    @discardableResult
    public mutating func expectWord(_ word: String, example: String? = nil) throws(Diagnostic) -> Token {
        if let token = takeWord(word) { return token }
        var diagnostic = expected("`\(word)`")
        diagnostic.note = example.map { "as in `\($0)`" }
        throw diagnostic
    }

    /// A span from `start` to the end of the last consumed token.
    public func span(from start: SourceLocation) -> SourceSpan {
        SourceSpan(start: start, end: previousEnd)
    }

    // MARK: Nesting

    /// Counts one level of nesting, failing beyond ``maximumDepth``. Pair with ``leave()``.
    @inline(never)
    mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumDepth {
            throw Diagnostic(
                "expression nested too deeply (more than \(Self.maximumDepth) levels of brackets, calls or prefix operators)",
                at: current.span, note: "split it into steps with `derive` or `let`")
        }
    }

    mutating func leave() {
        depth = max(depth - 1, 0)
    }

    /// Counts one more pending binary operator, failing beyond ``maximumChain``.
    @inline(never)
    mutating func extendChain() throws(Diagnostic) {
        chain += 1
        if chain > Self.maximumChain {
            throw Diagnostic(
                "expression nested too deeply (more than \(Self.maximumChain) operators in a row)",
                at: current.span, note: "split it into steps with `derive`, or use `in (…)` for many alternatives")
        }
    }

    mutating func shortenChain(by links: Int) {
        chain = max(chain - links, 0)
    }

    // MARK: Errors

    /// Where an error about the current token points: the token itself, or just after the last
    /// consumed token when the statement or input ended.
    public var here: SourceSpan {
        switch current.kind {
        case .newline, .end: return SourceSpan(at: previousEnd)
        default: return current.span
        }
    }

    /// ", found X" for the current token, or nothing at the end of a line or input (where "after
    /// Y" already says it).
    public var found: String {
        switch current.kind {
        case .newline, .end: return ""
        default: return ", found \(current.display)"
        }
    }

    /// "expected WHAT after `PREVIOUS`, found X".
    @inline(never)
    public func expected(_ what: String) -> Diagnostic {
        let after = previous.map { " after \($0.display)" } ?? ""
        var suggestion: String?
        if case .keyword(let keyword) = current.kind {
            suggestion =
                "`\(keyword.rawValue)` is a reserved word; write `` `\(keyword.rawValue)` `` to use it as a name"
        }
        return Diagnostic("expected \(what)\(after)\(found)", at: here, suggestion: suggestion)
    }

    // MARK: Names

    /// An identifier, bare or backquoted, described as `what` in the error.
    public mutating func parseIdentifier(_ what: String) throws(Diagnostic) -> Identifier {
        switch current.kind {
        case .identifier(let name):
            return Identifier(name, span: advance().span)
        case .quotedIdentifier(let name):
            return Identifier(name, span: advance().span, isQuoted: true)
        default:
            throw expected(what)
        }
    }

    /// True when the current token can be read as a name.
    public var atIdentifier: Bool {
        switch current.kind {
        case .identifier, .quotedIdentifier: return true
        default: return false
        }
    }

    /// `column` or `table.column`.
    public mutating func parseColumnReference(_ what: String = "a column name") throws(Diagnostic) -> ColumnReference {
        let first = try parseIdentifier(what)
        guard take(.dot) != nil else { return ColumnReference(column: first) }
        let column = try parseIdentifier("a column name")
        return ColumnReference(table: first, column: column)
    }

    /// A quoted string, described as `what` in the error.
    public mutating func parseStringLiteral(_ what: String) throws(Diagnostic) -> StringLiteral {
        guard case .string(let value, _) = current.kind else { throw expected(what) }
        return StringLiteral(value, span: advance().span)
    }

    // MARK: Lists

    /// True where a verb's arguments stop: the end of the statement, the next `|`, a closing
    /// `)`, or `to "FILE"` ending the pipeline of a `save`.
    public var atStageEnd: Bool {
        if current.endsStatement || current.isSymbol(.pipe) || current.isSymbol(.rightParen) { return true }
        if current.isWord("to"), case .string = peek(1).kind { return true }
        return false
    }

    /// One or more items separated by commas.
    public mutating func parseList<Item>(
        _ parseItem: (inout SyntaxParser) throws(Diagnostic) -> Item
    ) throws(Diagnostic) -> [Item] {
        var items = [try parseItem(&self)]
        while take(.comma) != nil {
            items.append(try parseItem(&self))
        }
        return items
    }
}
