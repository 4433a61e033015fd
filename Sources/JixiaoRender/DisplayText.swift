/// Makes cell text safe to draw on one terminal line.
///
/// Text pulled from PDFs often carries line breaks and tabs inside a cell; drawn raw they would
/// break the table's rows apart, and a stray escape character could reprogram the terminal.
enum DisplayText {
    /// Drawn in place of a line break inside a cell.
    static let lineBreakMark: Unicode.Scalar = "↵"
    /// Drawn in place of any other control character.
    static let controlMark: Unicode.Scalar = "\u{FFFD}"

    /// `text` on one line: CR LF, LF, CR and the Unicode line/paragraph separators become `↵`,
    /// a tab becomes a space, other control characters become U+FFFD.
    static func singleLine(_ text: String) -> String {
        if !needsCleaning(text) { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0A:
                if !previousWasCR { out.append(lineBreakMark) }
            case 0x0D, 0x2028, 0x2029:
                out.append(lineBreakMark)
            case 0x09:
                out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0:
                out.append(controlMark)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with its line breaks as `\n` (for line mode, which can show them) and every other
    /// control character made safe as in `singleLine`.
    static func keepingLineBreaks(_ text: String) -> String {
        if !needsCleaning(text) { return text }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .map { singleLine(String($0)) }.joined(separator: "\n")
    }

    private static func needsCleaning(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: UInt8 = 0
        while let byte = utf8.next() {
            if byte < 0x20 || byte == 0x7F { return true }
            // C1 controls are C2 80…C2 9F; U+2028/2029 are E2 80 A8/A9.
            if previous == 0xC2, byte >= 0x80, byte < 0xA0 { return true }
            if previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            previous = byte
        }
        return false
    }
}
