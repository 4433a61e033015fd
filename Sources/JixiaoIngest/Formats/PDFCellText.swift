/// The text of a cell (or a line of prose) from the words pdftotext found in it, as it was typed.
/// pdftotext cuts words where the font changes as well as at spaces (`自治区医疗保障局` `2024`
/// `年专项业务费` were typed as one run), so a space goes only where the gap between two words
/// is as wide as one (`spaceGap`); a cell's wrapped lines join with nothing between Chinese text
/// (which wraps anywhere) and a space between Latin words (which wrap at one).
enum PDFCellText {
    typealias Word = PopplerText.Fragment

    /// A gap between words wider than this share of the line's height is a typed space: the
    /// gap where the font changes within a run stays under a sixth of the height, a space is over
    /// a fifth (measured on LibreOffice's output).
    static let spaceGap = 0.18

    static func text(_ words: [Word]) -> String {
        lines(words).reduce("") { continued($0, joined($1)) }
    }

    /// A cell's text with its next line: a space only between Latin words (not after a hyphen).
    static func continued(_ text: String, _ line: String) -> String {
        if let last = text.unicodeScalars.last, let first = line.unicodeScalars.first,
            !isWide(last), !isWide(first), last != "-"
        {
            return text + " " + line
        }
        return text + line
    }

    /// The words in lines, top to bottom, each line left to right: a word is on the line whose
    /// height its middle falls within.
    static func lines(_ words: [Word]) -> [[Word]] {
        var out: [(top: Double, bottom: Double, words: [Word])] = []
        for word in words.sorted(by: { ($0.yMin + $0.yMax, $0.xMin) < ($1.yMin + $1.yMax, $1.xMin) }) {
            let middle = (word.yMin + word.yMax) / 2
            if let last = out.last, middle >= last.top, middle <= last.bottom {
                out[out.count - 1].words.append(word)
            } else {
                out.append((word.yMin, word.yMax, [word]))
            }
        }
        return out.map { $0.words.sorted { $0.xMin < $1.xMin } }
    }

    /// One line's words, a space where the gap is a typed one.
    static func joined(_ line: [Word]) -> String {
        var out = ""
        var previous: Word?
        for word in line {
            if let previous, word.xMin - previous.xMax > spaceGap * max(previous.yMax - previous.yMin, 0.01) {
                out += " "
            }
            out += word.text
            previous = word
        }
        return out
    }

    /// Chinese, Japanese and full-width characters and punctuation: text that wraps with no space.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2E80 && scalar.value < 0xFFF0 || scalar.value >= 0x20000 && scalar.value < 0x32000
    }
}
