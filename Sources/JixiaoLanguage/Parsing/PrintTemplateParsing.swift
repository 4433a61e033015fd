import Foundation

/// `print "text {$NAME} {expr}"`: the string is split into text and interpolated expressions.
///
/// The split works on the string's raw text (escapes unresolved), because raw characters map
/// one-to-one onto source positions: each `{…}` is lexed and parsed in place, and its spans point
/// into the source line like any other expression's.
extension SyntaxParser {
    mutating func parsePrintTemplate() throws(Diagnostic) -> PrintTemplate {
        guard case .string(let value, let raw) = current.kind else {
            var diagnostic = expected("a quoted text")
            diagnostic.suggestion = "write `print \"total: {$total}\"`"
            throw diagnostic
        }
        let token = advance()
        // Opening and closing quotes have the same width in bytes; the rest is the raw text.
        let quoteBytes = max((token.span.length - raw.utf8.count) / 2, 0)
        let rawStart = SourceLocation(
            offset: token.span.start.offset + quoteBytes, line: token.span.start.line,
            column: token.span.start.column + 1)
        let parts = try Self.templateParts(raw, startingAt: rawStart, verbs: verbs)
        _ = value
        return PrintTemplate(raw: raw, parts: parts, span: token.span)
    }

    static func templateParts(
        _ raw: String, startingAt start: SourceLocation, verbs: VerbTable
    ) throws(Diagnostic) -> [PrintTemplate.Part] {
        let characters = Array(raw)
        var parts: [PrintTemplate.Part] = []
        var text = ""
        var index = 0
        var location = start
        func character(_ at: Int) -> Character? { at < characters.count ? characters[at] : nil }

        while let next = character(index) {
            if next == "\\", let escaped = character(index + 1) {
                text.append(Lexer.unescape(escaped, closing: escaped) ?? escaped)
                location = location.advanced(past: next).advanced(past: escaped)
                index += 2
            } else if (next == "{" || next == "}"), character(index + 1) == next {
                text.append(next)
                location = location.advanced(past: next).advanced(past: next)
                index += 2
            } else if next == "{" {
                let open = location
                guard let close = closingBrace(characters, from: index + 1) else {
                    throw Diagnostic(
                        "unclosed `{` in print text", at: SourceSpan(start: open, end: open.advanced(past: next)),
                        suggestion: "write `{{` for a literal brace")
                }
                let inner = String(characters[(index + 1)..<close])
                let innerStart = open.advanced(past: next)
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(.expression(try interpolation(inner, startingAt: innerStart, open: open, verbs: verbs)))
                location = innerStart.advanced(past: inner).advanced(past: "}")
                index = close + 1
            } else {
                text.append(next)
                location = location.advanced(past: next)
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }

    /// The index of the `}` closing a `{` whose contents start at `start`, skipping quoted text.
    /// Inside the print string a quote of the same kind is written escaped (`{if(ok, \"是\", \"否\")}`),
    /// and then the escaped quote is what opens and closes the inner text.
    private static func closingBrace(_ characters: [Character], from start: Int) -> Int? {
        var quote: Character?
        var escapedQuote = false
        var index = start
        while index < characters.count {
            let character = characters[index]
            let following = index + 1 < characters.count ? characters[index + 1] : nil
            if let open = quote {
                if character == "\\", following == open, escapedQuote {
                    quote = nil
                    index += 1
                } else if character == "\\" {
                    index += 1
                } else if character == open, !escapedQuote {
                    quote = nil
                }
            } else if character == "\\", let q = following, q == "'" || q == "\"" {
                quote = q
                escapedQuote = true
                index += 1
            } else if character == "'" || character == "\"" {
                quote = character
                escapedQuote = false
            } else if character == "}" {
                return index
            }
            index += 1
        }
        return nil
    }

    /// One `{…}`: a complete expression and nothing else.
    private static func interpolation(
        _ text: String, startingAt start: SourceLocation, open: SourceLocation, verbs: VerbTable
    ) throws(Diagnostic) -> Expression {
        // Escaped quotes stand for plain quotes inside the braces.
        let text = text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\'", with: "'")
        var lexer = Lexer(text, startingAt: start)
        let tokens = try lexer.run().filter { $0.kind != .newline }
        var parser = SyntaxParser(tokens: tokens, verbs: verbs)
        guard parser.startsExpression else {
            throw Diagnostic(
                "expected an expression inside `{`…`}`\(parser.found)",
                at: parser.current.kind == .end ? SourceSpan(at: open) : parser.current.span,
                suggestion: "write `{$name}` for a variable, or `{{` for a literal brace")
        }
        let expression = try parser.parseExpression()
        guard parser.current.kind == .end else {
            throw Diagnostic("expected `}` to end the interpolation\(parser.found)", at: parser.current.span)
        }
        return expression
    }
}
