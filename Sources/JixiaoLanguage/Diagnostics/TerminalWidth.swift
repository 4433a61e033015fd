/// How many terminal cells a character occupies, after Unicode's East Asian Width property
/// (UAX #11): wide and full-width characters — Chinese, Japanese, Korean, full-width punctuation,
/// most emoji — take two cells, combining marks none, everything else one.
///
/// A compact range table rather than the full Unicode database: it covers what budget documents
/// contain and errs towards 1 for the rest.
public enum TerminalWidth {
    /// Cells taken by `character` when printed on a terminal.
    public static func cells(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if first.properties.generalCategory == .nonspacingMark
            || first.properties.generalCategory == .enclosingMark
            || value == 0x200B {
            return 0
        }
        return isWide(value) ? 2 : 1
    }

    /// Cells taken by `text`.
    public static func cells(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + cells($1) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initials
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small forms
        0xFF00...0xFF60,   // full-width ASCII variants
        0xFFE0...0xFFE6,   // full-width signs
        0x1F300...0x1F64F, // pictographs, emoticons
        0x1F900...0x1F9FF, // supplemental pictographs
        0x20000...0x2FFFD, // CJK extensions B–F
        0x30000...0x3FFFD, // CJK extension G
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(value) }
    }
}
