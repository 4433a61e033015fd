/// How many terminal cells text occupies, and how to cut or pad it to a given number of cells:
/// the one measure of text width in jixiao, used by error carets, tables, charts, completion
/// listings and help.
///
/// Table columns line up only if every width is counted the way a terminal draws it: a Chinese
/// character or fullwidth punctuation mark takes two cells, a combining mark none. The rules follow
/// UAX #11 the way wcwidth does (see `EastAsianWidthTable` for the treatment of Ambiguous
/// characters). Widths are summed per Unicode scalar; multi-scalar emoji sequences joined with
/// ZWJ are not merged, as few terminals agree on how to draw them.
public enum TerminalWidth {
    /// The ellipsis that marks cut text; one cell wide.
    public static let ellipsis: Character = "…"

    /// Cells taken by one scalar: 0, 1 or 2.
    @inline(__always)
    public static func cells(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }  // DEL and C1 controls
        if v < 0x300 { return v == 0xAD ? 0 : 1 }  // Latin-1 and Latin Extended; soft hyphen
        if v >= 0x1100, EastAsianWidthTable.isWide(v) { return 2 }
        if EastAsianWidthTable.isZeroWidthExtra(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// Cells taken by one character (the sum of its scalars), for placing a caret under text.
    public static func cells(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + cells(of: $1) }
    }

    /// Cells taken by a run of text that is not a `String` (a line's slice).
    public static func cells(of text: Substring) -> Int {
        cells(of: String(text))
    }

    /// Cells taken by `text` on a terminal.
    public static func cells(of text: String) -> Int {
        var total = 0
        var allASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 { allASCII = false; break }
            total += (byte >= 0x20 && byte != 0x7F) ? 1 : 0
        }
        if allASCII { return total }
        total = 0
        for scalar in text.unicodeScalars { total += cells(of: scalar) }
        return total
    }

    /// `text` cut to at most `limit` cells, ending in `…` when anything was cut. A wide character
    /// that would straddle the limit is dropped whole, so the result may be one cell short.
    public static func truncate(_ text: String, toCells limit: Int) -> String {
        if limit <= 0 { return "" }
        if cells(of: text) <= limit { return text }
        let budget = limit - 1  // room left beside the ellipsis
        var used = 0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let w = cells(of: scalar)
            if used + w > budget { break }
            used += w
            kept.append(scalar)
        }
        return String(kept) + String(ellipsis)
    }

    /// Where text sits inside a wider cell.
    public enum Alignment: Sendable {
        case left, right
    }

    /// `text` padded with spaces to `width` cells (unchanged when already that wide or wider).
    public static func pad(_ text: String, toCells width: Int, alignment: Alignment = .left) -> String {
        pad(text, measured: cells(of: text), toCells: width, alignment: alignment)
    }

    /// `pad` for callers that already know the text's width.
    public static func pad(_ text: String, measured: Int, toCells width: Int, alignment: Alignment) -> String {
        let gap = width - measured
        if gap <= 0 { return text }
        let spaces = String(repeating: " ", count: gap)
        return alignment == .left ? text + spaces : spaces + text
    }

    /// `text` cut to `width` cells if longer, then padded to exactly `width` cells.
    public static func fit(_ text: String, toCells width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, toCells: width)
        return pad(cut, toCells: width, alignment: alignment)
    }
}
