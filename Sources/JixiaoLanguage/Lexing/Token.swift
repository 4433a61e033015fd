/// One lexical unit of a jixiao script.
///
/// Statement keywords (`let`, `load` …), verb names and clause words (`by`, `per`, `on`, `as`,
/// `to`, `into`, `offset`, `agg`, `left`) are *not* tokens of their own: they arrive as
/// ``Kind/identifier(_:)`` and the parser recognises them by position, so a column may be called
/// `count`, `year` or `by`. Only the words of ``Keyword`` are reserved.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A bare identifier: ASCII or Unicode letters, digits and `_`, e.g. `主管部门`.
        case identifier(String)
        /// A backquoted identifier, never a keyword: `` `weird name` ``.
        case quotedIdentifier(String)
        /// A reserved word.
        case keyword(Keyword)
        /// A numeric literal as written; the parser converts it and reports overflow.
        case number(String)
        /// A string literal: its decoded value and the raw text between the quotes (for `print`
        /// interpolation, whose spans must map back to the source).
        case string(value: String, raw: String)
        /// `$NAME`.
        case variable(String)
        case symbol(Symbol)
        /// A line `.name rest of line` at the start of a statement.
        case dotCommand(name: String, argument: String)
        /// The end of a statement's line (continuation newlines are already removed).
        case newline
        case end
    }

    public var kind: Kind
    public var span: SourceSpan

    /// How the token is named in "expected … after `X`" messages.
    public var display: String {
        switch kind {
        case .identifier(let name): return "`\(name)`"
        case .quotedIdentifier(let name): return "`\(name)`"
        case .keyword(let keyword): return "`\(keyword.rawValue)`"
        case .number(let text): return "`\(text)`"
        case .string(_, let raw): return raw.count > 20 ? "a string" : "\"\(raw)\""
        case .variable(let name): return "`$\(name)`"
        case .symbol(let symbol): return "`\(symbol.rawValue)`"
        case .dotCommand(let name, _): return "`.\(name)`"
        case .newline: return "the end of the line"
        case .end: return "the end of the input"
        }
    }

    /// True for a bare identifier spelled `word` (case-insensitive): how contextual words are seen.
    public func isWord(_ word: String) -> Bool {
        if case .identifier(let name) = kind { return name.lowercased() == word }
        return false
    }

    public func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    public func isKeyword(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }

    /// True where a statement stops: a newline, `;` or the end of input.
    public var endsStatement: Bool {
        switch kind {
        case .newline, .end, .symbol(.semicolon): return true
        default: return false
        }
    }
}

/// The reserved words: they build expressions, so they cannot also be column names (write
/// `` `in` `` for a column that is called that). Matched case-insensitively, as SQL users type
/// `AND`.
public enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `in`, between, `is`, null, `true`, `false`, contains, matches
}

/// Operators and punctuation. Alternative spellings (`<>`, `≥`, full-width `，`) lex to the same
/// symbol, so the parser sees one form.
public enum Symbol: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
    case equal = "=", doubleEqual = "==", notEqual = "!="
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case leftParen = "(", rightParen = ")", comma = ",", pipe = "|", semicolon = ";", dot = "."
    /// `||`, text concatenation (null when either side is null, as in SQL).
    case concatenate = "||"
}
