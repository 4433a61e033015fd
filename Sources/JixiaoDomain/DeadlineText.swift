/// Reads deadline dates: `2022年12月30日前`, `12月20日前`, `次年3月底`, `2024年12月`, `2022年底`.
enum DeadlineText {
    /// Trailing words allowed after the date (`2022年12月底前完成`).
    static let tails: Set<String> = ["", "完成", "前完成", "内完成", "之前完成", "以前完成"]
    static let qualifiers = ["以前", "之前", "前", "底", "末"]

    static func parse(_ chars: [Character]) -> Deadline? {
        var i = 0
        var year: Int?
        var offset = 0
        if let rel = relativeYear(chars) {
            offset = rel
            i = 2
        } else if let (y, end) = digits(chars, from: 0, max: 4), end - 0 == 4, end < chars.count, chars[end] == "年" {
            year = y
            i = end + 1
        }
        var month: Int
        if let (m, end) = digits(chars, from: i, max: 2), end < chars.count, chars[end] == "月", (1...12).contains(m) {
            month = m
            i = end + 1
        } else if (year != nil || offset != 0), i < chars.count, chars[i] == "底" || chars[i] == "末" {
            // 2022年底: the end of December.
            month = 12
            return finish(chars, from: i, Deadline(year: year, yearOffset: offset, month: month))
        } else {
            return nil
        }
        var day: Int?
        if let (d, end) = digits(chars, from: i, max: 2), end < chars.count, chars[end] == "日" || chars[end] == "号",
            (1...31).contains(d)
        {
            day = d
            i = end + 1
        }
        return finish(chars, from: i, Deadline(year: year, yearOffset: offset, month: month, day: day))
    }

    static func finish(_ chars: [Character], from i: Int, _ deadline: Deadline) -> Deadline? {
        var d = deadline
        var rest = String(chars[min(i, chars.count)...])
        for q in qualifiers where rest.hasPrefix(q) {
            d.qualifier = q == "以前" || q == "之前" ? "前" : (q == "末" ? "底" : q)
            rest = String(rest.dropFirst(q.count))
            break
        }
        return tails.contains(rest) ? d : nil
    }

    static func relativeYear(_ chars: [Character]) -> Int? {
        guard chars.count >= 2 else { return nil }
        switch String(chars[0...1]) {
        case "次年", "明年": return 1
        case "当年", "本年", "今年": return 0
        default: return nil
        }
    }

    /// Up to `max` ASCII digits from `i`: their value and the index after them.
    static func digits(_ chars: [Character], from i: Int, max: Int) -> (Int, Int)? {
        var j = i
        var v = 0
        while j < chars.count, j - i < max, let d = chars[j].wholeNumberValue, chars[j].isASCII {
            v = v * 10 + d
            j += 1
        }
        return j > i ? (v, j) : nil
    }
}
