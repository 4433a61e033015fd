/// Which characters may appear where in a jixiao token.
extension Character {
    /// Starts an identifier: ASCII letters, `_`, and any Unicode letter, so `主管部门` and
    /// `項目` are names without quoting.
    var isIdentifierStart: Bool {
        self == "_" || isLetter
    }

    /// Continues an identifier: additionally ASCII digits and other Unicode digits.
    var isIdentifierContinue: Bool {
        isIdentifierStart || isNumber
    }

    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return ascii >= 0x30 && ascii <= 0x39
    }

    /// Blank within a line; newlines are significant and handled apart.
    var isInlineSpace: Bool {
        isWhitespace && !isNewline
    }

    /// The closing quote for an opening one: straight quotes, and the curly quotes a Chinese
    /// input method types (`“财政局”`), which an analyst means as a string too.
    var closingQuote: Character? {
        switch self {
        case "\"": return "\""
        case "'": return "'"
        case "\u{201C}": return "\u{201D}"  // “ ”
        case "\u{2018}": return "\u{2019}"  // ‘ ’
        default: return nil
        }
    }
}
