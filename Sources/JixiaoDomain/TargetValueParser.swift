import JixiaoEngine

/// Splits a printed target or actual value (`≥90百分比`, `\geq 100000`, `不少于2次`, `3-4次`,
/// `2022年12月30日前`, `7日内`, `效果显著`) into operator, number, unit and the rest (DOMAIN.md §4).
///
/// Order of work: join the cell's wrapped pieces, strip LaTeX residue and full-width forms, then
/// read a deadline date, or operator → number → range → unit → suffix operator → rate suffix → remainder.
/// Text with no number is qualitative. The parser never converts units; callers decide what a bare
/// `万` means on their row and turn money into 万元.
public enum TargetValueParser {
    public static func parse(_ printed: String) -> TargetValue {
        let text = CellText.joined(printed)
        let chars = Array(normalised(text))
        if chars.isEmpty { return TargetValue(text: text, kind: .empty) }

        var start = 0
        let leadingOp = symbolOperator(chars, &start)
        let body = Array(chars[start...])
        if let deadline = DeadlineText.parse(body) {
            return TargetValue(text: text, kind: .deadline, op: .atMost, deadline: deadline)
        }
        guard let hit = firstNumber(in: body) else {
            return TargetValue(text: text, kind: .qualitative, op: .qualitative)
        }
        var value = TargetValue(
            text: text, kind: .quantity, op: leadingOp ?? wordOperator(in: String(body[..<hit.start])),
            number: hit.value)
        var i = hit.end
        if hit.isArabic { i = readRange(body, from: i, into: &value) }
        readUnitAndSuffixes(body, from: i, into: &value)
        if value.upper != nil {
            value.kind = .range
        } else if let unit = value.unit, timeUnits.contains(unit), value.op == .atMost {
            value.kind = .duration
        }
        return value
    }

    /// The text with LaTeX residue, full-width forms and all whitespace removed.
    public static func normalised(_ text: String) -> String {
        var s = CellText.halfWidth(text)
        if s.utf8.contains(UInt8(ascii: "\\")) || s.utf8.contains(UInt8(ascii: "{")) {
            for (latex, plain) in latexReplacements { s = s.replacingAll(latex, with: plain) }
        }
        return String(s.filter { !$0.isWhitespace && $0 != "$" })
    }

    static let latexReplacements: [(String, String)] = [
        ("\\geqslant", "≥"), ("\\leqslant", "≤"), ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"),
        ("\\%", "%"), ("\\sim", "~"), ("\\times", "×"), ("\\,", ""), ("\\;", ""), ("\\text", ""), ("{", ""), ("}", ""),
    ]

    static let timeUnits: Set<String> = ["日", "天", "工作日", "个工作日", "分钟", "小时", "周", "个月", "秒"]

    /// Operator words that may precede the number, negated forms first so that `不低于` is not read as `低于`.
    static let operatorWords: [(String, TargetOperator)] = [
        ("不少于", .atLeast), ("不低于", .atLeast), ("不小于", .atLeast), ("不超过", .atMost), ("不高于", .atMost),
        ("不大于", .atMost), ("不多于", .atMost), ("小于或等于", .atMost), ("小于等于", .atMost), ("大于或等于", .atLeast),
        ("大于等于", .atLeast), ("至少", .atLeast), ("最多", .atMost), ("最少", .atLeast), ("低于", .atMost),
        ("高于", .atLeast), ("超过", .atLeast), ("大于", .atLeast), ("小于", .atMost), ("达到", .atLeast),
        ("控制在", .atMost), ("等于", .equal),
    ]

    /// Operator words that may follow the unit (`20次以上`, `7日内`, `12月前`).
    static let suffixWords: [(String, TargetOperator)] = [
        ("及以上", .atLeast), ("以上", .atLeast), ("以下", .atMost), ("以内", .atMost), ("之内", .atMost),
        ("以前", .atMost), ("之前", .atMost), ("内", .atMost), ("前", .atMost),
    ]

    static func symbolOperator(_ chars: [Character], _ i: inout Int) -> TargetOperator? {
        guard i < chars.count else { return nil }
        let two = i + 1 < chars.count ? String(chars[i...(i + 1)]) : ""
        switch two {
        case ">=": i += 2; return .atLeast
        case "<=": i += 2; return .atMost
        case "==": i += 2; return .equal
        default: break
        }
        switch chars[i] {
        case "≥", "≧", "⩾", ">": i += 1; return .atLeast
        case "≤", "≦", "⩽", "<": i += 1; return .atMost
        case "=", "＝", "═": i += 1; return .equal
        default: return nil
        }
    }

    static func wordOperator(in prefix: String) -> TargetOperator? {
        operatorWords.first { prefix.containsExactly($0.0) }?.1
    }

    struct NumberHit { var start: Int; var end: Int; var value: Double; var isArabic: Bool }

    /// The first number: Arabic digits (with `.` and thousands commas), or a small Chinese numeral
    /// directly before a counting unit (`两次`, `三个`). `一年` stays words, as the forms use it for a period.
    static func firstNumber(in chars: [Character]) -> NumberHit? {
        if let s = chars.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            var e = s
            var digits = ""
            while e < chars.count {
                let c = chars[e]
                if c.isASCII && c.isNumber {
                    digits.append(c)
                } else if c == "." && e + 1 < chars.count && chars[e + 1].isASCII && chars[e + 1].isNumber {
                    digits.append(c)
                } else if c == "," && e + 1 < chars.count && chars[e + 1].isASCII && chars[e + 1].isNumber
                    && !digits.contains(".")
                {
                    // thousands separator: skip it
                } else {
                    break
                }
                e += 1
            }
            guard let v = Double(digits) else { return nil }
            return NumberHit(start: s, end: e, value: v, isArabic: true)
        }
        for (k, c) in chars.enumerated() {
            guard let v = chineseDigits[c], k + 1 < chars.count, countingUnits.contains(chars[k + 1]) else { continue }
            return NumberHit(start: k, end: k + 1, value: v, isArabic: false)
        }
        return nil
    }

    static let chineseDigits: [Character: Double] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    ]
    static let countingUnits: Set<Character> = ["次", "个", "项", "人", "台", "家", "本", "册", "条", "场", "批", "期", "套"]

    /// Reads `-4` after `3` in `3-4次`.
    static func readRange(_ chars: [Character], from i: Int, into value: inout TargetValue) -> Int {
        guard i + 1 < chars.count, "-~～至—–".contains(chars[i]) else { return i }
        let rest = Array(chars[(i + 1)...])
        guard let hit = firstNumber(in: rest), hit.start == 0, hit.isArabic else { return i }
        value.upper = hit.value
        return i + 1 + hit.end
    }

    static func readUnitAndSuffixes(_ chars: [Character], from i: Int, into value: inout TargetValue) {
        var j = i
        var run = ""
        while j < chars.count, !(chars[j].isASCII && chars[j].isNumber), chars[j] != "/" {
            run.append(chars[j])
            j += 1
        }
        var tail = ""
        if let (_, op, range) = earliestSuffix(in: run) {
            if value.op == nil || value.op == op { value.op = op }
            tail = String(run[range.upperBound...])
            run = String(run[..<range.lowerBound])
        }
        if run.hasPrefix("%") {
            tail = String(run.dropFirst()) + tail
            run = "%"
        }
        value.unit = normalisedUnit(run)
        if j < chars.count, chars[j] == "/" {
            var suffix = "/"
            j += 1
            while j < chars.count, !(chars[j].isASCII && chars[j].isNumber) {
                suffix.append(chars[j])
                j += 1
            }
            if suffix.count > 1 { value.rateSuffix = suffix }
        }
        let remainder = tail + String(chars[min(j, chars.count)...])
        value.remainder = remainder.isEmpty ? nil : remainder
    }

    static func earliestSuffix(in run: String) -> (String, TargetOperator, Range<String.Index>)? {
        var best: (String, TargetOperator, Range<String.Index>)?
        for (word, op) in suffixWords {
            guard let r = run.firstExactRange(of: word) else { continue }
            if let b = best, b.2.lowerBound <= r.lowerBound { continue }
            best = (word, op, r)
        }
        return best
    }

    /// `百分比` and `百分之` mean `%`; an empty unit is nil.
    public static func normalisedUnit(_ unit: String) -> String? {
        let u = CellText.compact(unit)
        switch u {
        case "": return nil
        case "百分比", "百分之", "％": return "%"
        default: return u
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced; Foundation-free so the domain stays portable.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, containsExactly(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstExactRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
