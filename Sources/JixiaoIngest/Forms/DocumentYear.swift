import JixiaoDomain

/// Finds the year a document is about: titles state it (`2022年市级预算项目…`, `(2024年度)`);
/// when none does, the most frequent year in the document's dates is taken, as a guess.
enum DocumentYear {
    /// The year stated by the nearest title line (a line without tabs) before `lineIndex`.
    static func stated(before lineIndex: Int, in text: SourceText) -> Int? {
        var i = min(lineIndex, text.lines.count) - 1
        while i >= 0 {
            let line = text.lines[i]
            if !line.isTableRow, let y = years(in: line.raw).first { return y }
            i -= 1
        }
        return nil
    }

    /// The most frequent year written anywhere in the text, and how often it occurs.
    static func mostFrequent(in text: SourceText) -> Int? {
        var counts: [Int: Int] = [:]
        for line in text.lines { for y in years(in: line.raw) { counts[y, default: 0] += 1 } }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }

    /// Four-digit years from 2000 to 2099 followed (after optional spaces) by 年, read from the
    /// UTF-8 bytes: digits, spaces and the three bytes of 年 are all that matter.
    static func years(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { b in
            var out: [Int] = []
            func isDigit(_ k: Int) -> Bool { b[k] &- 0x30 < 10 }
            var i = 0
            while i + 4 <= b.count {
                if !(i > 0 && isDigit(i - 1)), isDigit(i), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3) {
                    let y = (0..<4).reduce(0) { $0 * 10 + Int(b[i + $1] &- 0x30) }
                    var j = i + 4
                    while j < b.count, b[j] == 0x20 { j += 1 }
                    // 年 is E5 B9 B4.
                    if (2000...2099).contains(y), j + 3 <= b.count, b[j] == 0xE5, b[j + 1] == 0xB9, b[j + 2] == 0xB4 {
                        out.append(y)
                        i = j
                        continue
                    }
                }
                i += 1
            }
            return out
        }
    }
}
