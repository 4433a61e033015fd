/// Cleaning of cell text pulled out of PDFs: the extractor breaks a cell's text wherever the
/// PDF wrapped it (`产出指 标`, `≥90百 分比`), which must be undone before anything is matched.
public enum CellText {
    /// Joins the pieces of a wrapped cell: whitespace disappears except between Latin words,
    /// where it collapses to one space (`ORACLE 数据库` keeps its space, `办公场所维修建设 合格率` loses it).
    public static func joined(_ text: String) -> String {
        guard mayHoldWhitespace(text) else { return text }
        var out = ""
        var pendingSpace = false
        for ch in text {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, let last = out.last, isLatinLetter(last) || isLatinLetter(ch) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(ch)
        }
        return out
    }

    /// The cell with every whitespace removed and a trailing colon dropped; the form labels are compared in this shape.
    public static func compact(_ text: String) -> String {
        if !mayHoldWhitespace(text), !endsWithColon(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { scalars.append(scalar) }
        while let last = scalars.last, last == ":" || last == "：" { scalars.removeLast() }
        return String(scalars)
    }

    /// A plain number such as `24.958`, `-3`, `1,200` or `99.83%` (the percent sign is dropped:
    /// rates are kept as percent numbers). Nil for anything else, including an empty cell.
    public static func number(_ text: String) -> Double? {
        var t = halfWidth(compact(text))
        if t.hasSuffix("%") { t.removeLast() }
        t.removeAll { $0 == "," }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
            let d = Double(t), d.isFinite
        else { return nil }
        return d
    }

    /// Whether the cell holds only a number (so it can be a weight, a score or a budget figure).
    public static func isNumber(_ text: String) -> Bool { number(text) != nil }

    /// Full-width digits and signs (common in GB-encoded Excel exports) turned into ASCII.
    public static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0xFF01 && s.value <= 0xFF5E, "０１２３４５６７８９％．＝＞＜－～＋，".unicodeScalars.contains(s),
                let ascii = Unicode.Scalar(s.value - 0xFEE0)
            {
                out.append(ascii)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Splits a leading code such as `262-` or `2001-` off a department or unit name.
    public static func splitCode(_ text: String) -> (code: String?, name: String) {
        let t = joined(text)
        let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = t.dropFirst(digits.count)
        guard !digits.isEmpty, let sep = rest.first, "-－—_".contains(sep) else { return (nil, t) }
        let name = String(rest.dropFirst()).trimmingSpaces
        return name.isEmpty ? (nil, t) : (String(digits), name)
    }

    static func isLatinLetter(_ ch: Character) -> Bool { ch.isASCII && ch.isLetter }

    /// False when no byte of the text can start a whitespace character (ASCII space, tab and line
    /// breaks; U+0085 and U+00A0 behind 0xC2; U+1680 behind 0xE1; U+2000–U+205F behind 0xE2;
    /// U+3000 behind 0xE3): most cells, which then need no character-by-character pass.
    static func mayHoldWhitespace(_ text: String) -> Bool {
        text.utf8.contains { b in (b >= 0x09 && b <= 0x0D) || b == 0x20 || b == 0xC2 || (b >= 0xE1 && b <= 0xE3) }
    }

    static func endsWithColon(_ text: String) -> Bool {
        text.utf8.last == UInt8(ascii: ":") || text.utf8.reversed().starts(with: [0x9A, 0xBC, 0xEF])
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
