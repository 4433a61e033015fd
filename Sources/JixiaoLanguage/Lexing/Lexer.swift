/// Turns source text into tokens, with spans.
///
/// It never traps: every character either becomes part of a token or raises a ``Diagnostic``.
/// Newlines come out as ``Token/Kind/newline``; ``StatementBreaks`` then removes the ones that
/// only continue a statement. After a failure the fields `unclosedString` and `openParens` say
/// whether the text merely stopped early, which ``Parser/needsMoreInput(_:)`` asks.
struct Lexer {
    private let characters: [Character]
    private var index = 0
    private var location: SourceLocation
    private(set) var tokens: [Token] = []
    /// `(` not yet closed, so that newlines inside brackets do not end a statement.
    private(set) var openParens: [SourceSpan] = []
    /// Set when the input ended inside a string.
    private(set) var unclosedString = false

    init(_ source: String, startingAt start: SourceLocation = .start) {
        characters = Array(source)
        location = start
    }

    /// All tokens, ending with `.end`; continuation newlines removed.
    static func tokenize(_ source: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source)
        return StatementBreaks.apply(try lexer.run())
    }

    /// Lexes the whole text. Newlines are kept as they are, for the caller to interpret.
    mutating func run() throws(Diagnostic) -> [Token] {
        while let character = peek() {
            let start = location
            if character.isNewline {
                advance()
                emit(.newline, from: start)
            } else if character.isInlineSpace || character == "\u{FEFF}" {
                advance()
            } else if character == "#" {
                while let next = peek(), !next.isNewline { advance() }
            } else if character.isIdentifierStart {
                let name = readWhile { $0.isIdentifierContinue }
                if let keyword = Keyword(rawValue: name.lowercased()) {
                    emit(.keyword(keyword), from: start)
                } else {
                    emit(.identifier(name), from: start)
                }
            } else if character.isASCIIDigit || (character == "." && peek(1)?.isASCIIDigit == true) {
                try lexNumber(from: start)
            } else if let closing = character.closingQuote {
                try lexString(closing: closing, from: start)
            } else if character == "`" {
                try lexQuotedIdentifier(from: start)
            } else if character == "$" {
                try lexVariable(from: start)
            } else if character == "." && atStatementStart && peek(1)?.isIdentifierStart == true {
                lexDotCommand(from: start)
            } else {
                try lexSymbol(character, from: start)
            }
        }
        tokens.append(Token(kind: .end, span: SourceSpan(at: location)))
        return tokens
    }

    // MARK: Cursor

    private func peek(_ ahead: Int = 0) -> Character? {
        let position = index + ahead
        return position < characters.count ? characters[position] : nil
    }

    private mutating func advance() {
        guard let character = peek() else { return }
        location = location.advanced(past: character)
        index += 1
    }

    private mutating func readWhile(_ accept: (Character) -> Bool) -> String {
        var text = ""
        while let character = peek(), accept(character) {
            text.append(character)
            advance()
        }
        return text
    }

    private mutating func emit(_ kind: Token.Kind, from start: SourceLocation) {
        tokens.append(Token(kind: kind, span: SourceSpan(start: start, end: location)))
    }

    private func spanOfCurrent(from start: SourceLocation) -> SourceSpan {
        SourceSpan(start: start, end: location)
    }

    /// True when the next token would begin a statement: a dot-command is recognised only there,
    /// not on a line that continues a pipeline or sits inside brackets.
    private var atStatementStart: Bool {
        guard openParens.isEmpty else { return false }
        guard let last = tokens.last else { return true }
        if last.kind == .symbol(.semicolon) { return true }
        guard last.kind == .newline else { return false }
        guard let significant = tokens.last(where: { $0.kind != .newline }) else { return true }
        return !StatementBreaks.continuesAfter(significant)
    }

    // MARK: Token kinds

    /// Digits, an optional fraction and an optional exponent. Letters glued to a number
    /// (`2022年`, `12abc`) make it malformed rather than two tokens, which would only produce a
    /// more puzzling error later.
    private mutating func lexNumber(from start: SourceLocation) throws(Diagnostic) {
        var text = readWhile { $0.isASCIIDigit }
        if peek() == ".", peek(1)?.isASCIIDigit == true {
            advance()
            text += "." + readWhile { $0.isASCIIDigit }
        }
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if peek(signed ? 2 : 1)?.isASCIIDigit == true {
                advance()
                text.append(e)
                if signed, let sign = peek() {
                    text.append(sign)
                    advance()
                }
                text += readWhile { $0.isASCIIDigit }
            }
        }
        if let next = peek(), next.isIdentifierContinue {
            let rest = readWhile { $0.isIdentifierContinue }
            throw Diagnostic(
                "malformed number `\(text)\(rest)`", at: spanOfCurrent(from: start),
                note: "a number is digits with an optional fraction and exponent, like 95, 0.5 or 1e6")
        }
        emit(.number(text), from: start)
    }

    /// A string in `"…"`, `'…'` or curly quotes. It may span lines; escapes are
    /// `\" \' \\ \n \t \r \{ \}`.
    private mutating func lexString(closing: Character, from start: SourceLocation) throws(Diagnostic) {
        advance()
        let openingSpan = spanOfCurrent(from: start)
        var value = ""
        var raw = ""
        while true {
            guard let character = peek() else {
                unclosedString = true
                throw Diagnostic(
                    "unclosed string: expected a closing \(closing) for the string that starts here",
                    at: openingSpan)
            }
            if character == closing {
                advance()
                break
            }
            if character == "\\" {
                let escapeStart = location
                advance()
                raw.append(character)
                guard let escaped = peek() else { continue }
                advance()
                raw.append(escaped)
                guard let decoded = Self.unescape(escaped, closing: closing) else {
                    throw Diagnostic(
                        "unknown escape `\\\(escaped)` in a string", at: spanOfCurrent(from: escapeStart),
                        note: "the escapes are \\\" \\' \\\\ \\n \\t \\r \\{ \\}",
                        suggestion: "write `\\\\` for a backslash")
                }
                value.append(decoded)
                continue
            }
            advance()
            value.append(character)
            raw.append(character)
        }
        emit(.string(value: value, raw: raw), from: start)
    }

    /// What the escape `\c` stands for, or nil when it is not an escape.
    static func unescape(_ character: Character, closing: Character) -> Character? {
        switch character {
        case "\"", "'", "\\", "{", "}": return character
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        default: return character == closing ? character : nil
        }
    }

    /// `` `any name` `` on one line; a doubled backquote stands for one.
    private mutating func lexQuotedIdentifier(from start: SourceLocation) throws(Diagnostic) {
        advance()
        var name = ""
        while true {
            guard let character = peek(), !character.isNewline else {
                throw Diagnostic(
                    "unclosed quoted name: expected a closing ` on the same line",
                    at: SourceSpan(start: start, end: start.advanced(past: "`")))
            }
            advance()
            if character == "`" {
                if peek() == "`" {
                    advance()
                    name.append("`")
                    continue
                }
                break
            }
            name.append(character)
        }
        guard !name.isEmpty else {
            throw Diagnostic("empty quoted name ``", at: spanOfCurrent(from: start))
        }
        emit(.quotedIdentifier(name), from: start)
    }

    private mutating func lexVariable(from start: SourceLocation) throws(Diagnostic) {
        advance()
        guard let first = peek(), first.isIdentifierStart else {
            throw Diagnostic(
                "expected a variable name after `$`", at: spanOfCurrent(from: start),
                suggestion: "variables are written `$name`, after `set name = …` or `--set name=…`")
        }
        emit(.variable(readWhile { $0.isIdentifierContinue }), from: start)
    }

    /// `.mode csv`: the name and the raw rest of the line (a trailing ` # comment` dropped),
    /// up to a `;` so that `-c '.mode csv; projects'` runs both.
    private mutating func lexDotCommand(from start: SourceLocation) {
        advance()
        let name = readWhile { $0.isIdentifierContinue }
        var argument: [Character] = []
        while let character = peek(), !character.isNewline, character != ";" {
            if character == "#", argument.last?.isWhitespace ?? true {
                while let next = peek(), !next.isNewline { advance() }
                break
            }
            argument.append(character)
            advance()
        }
        while argument.first?.isWhitespace == true { argument.removeFirst() }
        while argument.last?.isWhitespace == true { argument.removeLast() }
        emit(.dotCommand(name: name, argument: String(argument)), from: start)
    }

    /// Operators and punctuation, including the alternative spellings analysts type: `≥ ≤ ≠ <>`
    /// and the full-width `，（）；｜＝＜＞` of a Chinese input method.
    private mutating func lexSymbol(_ character: Character, from start: SourceLocation) throws(Diagnostic) {
        advance()
        let symbol: Symbol
        switch character {
        case "+": symbol = .plus
        case "-": symbol = .minus
        case "*": symbol = .star
        case "/": symbol = .slash
        case "%": symbol = .percent
        case ",", "，": symbol = .comma
        case "|", "｜": symbol = take("|") ? .concatenate : .pipe
        case ";", "；": symbol = .semicolon
        case ".": symbol = .dot
        case "≥", "⩾": symbol = .greaterEqual
        case "≤", "⩽": symbol = .lessEqual
        case "≠": symbol = .notEqual
        case "(", "（":
            symbol = .leftParen
            openParens.append(spanOfCurrent(from: start))
        case ")", "）":
            symbol = .rightParen
            if !openParens.isEmpty { openParens.removeLast() }
        case "=", "＝":
            symbol = take("=") ? .doubleEqual : .equal
        case "<", "＜":
            symbol = take("=") ? .lessEqual : (take(">") ? .notEqual : .less)
        case ">", "＞":
            symbol = take("=") ? .greaterEqual : .greater
        case "!":
            guard take("=") else {
                throw Diagnostic(
                    "unexpected `!`", at: spanOfCurrent(from: start),
                    suggestion: "write `not` to negate a condition, or `!=` for not equal")
            }
            symbol = .notEqual
        case "&":
            _ = take("&")
            throw Diagnostic(
                "unexpected `\(spanText(from: start))`", at: spanOfCurrent(from: start),
                suggestion: "write `and` to combine conditions")
        default:
            throw Diagnostic(
                "unexpected character `\(character)`", at: spanOfCurrent(from: start),
                note: character == "[" || character == "{" ? "use ( ) to group expressions" : nil)
        }
        emit(.symbol(symbol), from: start)
    }

    /// Consumes `character` when it comes next.
    private mutating func take(_ character: Character) -> Bool {
        guard peek() == character else { return false }
        advance()
        return true
    }

    private func spanText(from start: SourceLocation) -> String {
        let length = location.column - start.column
        let first = max(index - length, 0)
        return String(characters[first..<index])
    }
}
