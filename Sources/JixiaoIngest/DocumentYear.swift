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

    /// Four-digit years from 2000 to 2099 followed (after optional spaces) by 年.
    static func years(in text: String) -> [Int] {
        let chars = Array(text)
        var out: [Int] = []
        var i = 0
        while i + 4 <= chars.count {
            let four = chars[i..<(i + 4)]
            let precededByDigit = i > 0 && chars[i - 1].isASCII && chars[i - 1].isNumber
            if !precededByDigit, four.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(String(four)), (2000...2099).contains(y) {
                var j = i + 4
                while j < chars.count, chars[j] == " " { j += 1 }
                if j < chars.count, chars[j] == "年" {
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
