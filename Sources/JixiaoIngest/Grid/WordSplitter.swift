import JixiaoDomain

/// Splits flattened text into cells. Where a converter ran a table's cells together with single
/// spaces, or with no separator at all (`产出指标数量指标足额保障率=100% 22.5`), the cells are told
/// apart by the forms' vocabulary: labels, level names, operators and numbers with their units.
enum WordSplitter {
    static let operatorSymbols: Set<Character> = ["≥", "≤", "=", "＝", "＞", "＜", ">", "<", "≧", "≦", "═"]

    /// Labels that start a new cell even in the middle of a run of text. Only words that do not
    /// occur inside indicator names (`年度目标完成率` must stay whole, so `年度目标` is not here).
    static let cellStarters: [String] = {
        var words: [String] = LevelName.standard.map(\.name)
        words += [
            "一级指标", "二级指标", "三级指标", "绩效标准", "年度指标值", "实际完成值", "当年预期实现值", "指标值",
            "偏差原因分析及改进措施", "项目名称", "主管部门审核意见", "主管部门", "实施单位", "项目类别", "项目性质",
            "立项依据", "项目资金", "年度资金总额", "绩效指标", "保障绩效目标实现措施", "项目预算成本构成",
            "评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人", "合计", "反映", "绩效目标表", "项目属性", "不超预算", "不超过预算",
            "项目期", "年初预算数", "全年预算数", "全年执行数", "单位公章",
        ]
        return words.sorted { $0.count > $1.count }
    }()

    /// Units that follow a number in a target or a figure, longest first.
    static let units: [String] = [
        "百分比", "万人次", "平方米", "平米", "万元", "亿元", "人次", "户次", "小时", "分钟", "公里", "个月", "%", "％", "元", "次", "个",
        "人", "天", "日", "年", "月", "台", "套", "家", "项", "所", "户", "件", "份", "篇", "册", "期", "场", "批", "座", "处",
        "辆", "株", "亩", "吨", "米", "分", "本", "张", "条", "名", "位", "周",
    ].sorted { $0.count > $1.count }

    /// The cells of one line of flattened text, with the line's number and each cell's byte offset.
    static func cells(of text: String, line: Int) -> [GridCell] {
        cells(ofWords: spaceSeparated(text, line: line))
    }

    /// The cells of words already separated at white space (of one line or of several: a label
    /// wrapped over two lines is joined too).
    static func cells(ofWords words: [GridCell]) -> [GridCell] {
        joinWrappedValues(joinWrappedLabels(glueParentheticals(joinClauses(closeBrackets(joinVerticalText(words))))))
            .flatMap(splitRunTogether)
    }

    /// Words between runs of white space.
    static func spaceSeparated(_ text: String, line: Int) -> [GridCell] {
        var out: [GridCell] = []
        var start: String.Index?
        var offset = 0
        var startOffset = 0
        for i in text.indices {
            let isSpace = text[i].isWhitespace
            if isSpace, let s = start {
                out.append(GridCell(text: String(text[s..<i]), column: out.count, line: line, offset: startOffset))
                start = nil
            } else if !isSpace, start == nil {
                start = i
                startOffset = offset
            }
            offset += text[i].utf8.count
        }
        if let s = start {
            out.append(GridCell(text: String(text[s...]), column: out.count, line: line, offset: startOffset))
        }
        return out
    }

    /// Text a merged cell printed one character per line (`绩 效 指 标`): three or more single
    /// Chinese characters in a row are one word.
    static func joinVerticalText(_ tokens: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        var run: [GridCell] = []
        func flush() {
            if run.count >= 3, var first = run.first {
                first.text = run.map(\.text).joined()
                out.append(first)
            } else {
                out += run
            }
            run = []
        }
        for t in tokens {
            if t.text.count == 1, let c = t.text.unicodeScalars.first, c.value >= 0x4E00, c.value <= 0x9FFF {
                run.append(t)
            } else {
                flush()
                out.append(t)
            }
        }
        flush()
        return out
    }

    /// A bracket opened in one word and closed in a later one (`批复表(2022 年度)`) is one cell.
    static func closeBrackets(_ tokens: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        var i = 0
        while i < tokens.count {
            var open = depth(tokens[i].text)
            var j = i
            // Only a bracket that closes within the next few words: an unclosed one was cut off.
            while open > 0, j + 1 < tokens.count, j - i < 3, tokens[j + 1].line == tokens[i].line {
                j += 1
                open += depth(tokens[j].text)
            }
            if j > i, open <= 0 {
                var joined = tokens[i]
                joined.text = tokens[i...j].map(\.text).joined()
                out.append(joined)
            } else {
                j = i
                out.append(tokens[i])
            }
            i = j + 1
        }
        return out
    }

    static func depth(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1 == "(" || $1 == "（" ? 1 : $1 == ")" || $1 == "）" ? -1 : 0) }
    }

    /// A value or a verdict the text wrapped in two (`=460平` `米`, `=100百` `分比`, `达成预` `期指标`).
    static func joinWrappedValues(_ tokens: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        for t in tokens {
            if var last = out.last, last.line == t.line, t.text.count <= 8, isWrappedValue(last.text, t.text) {
                last.text += t.text
                out[out.count - 1] = last
            } else {
                out.append(t)
            }
        }
        return out
    }

    static let verdicts = ["达成预期指标", "部分达成预期指标", "未达成预期指标", "未完成预期指标", "达成年度指标"]

    static func isWrappedValue(_ a: String, _ b: String) -> Bool {
        let joined = a + b
        // A converter's LaTeX operator before its number (`\geq 100000`, `$\geq 90\%$`).
        if a.hasPrefix("\\") || a.hasPrefix("$\\"), a.count <= 6, b.first.map({ $0.isASCII && $0.isNumber }) == true {
            return true
        }
        guard !b.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
        if verdicts.contains(where: { $0.hasPrefix(joined) && $0.count > a.count + 1 || $0 == joined }), a.count >= 2 {
            return true
        }
        // A number whose unit was cut: the joined text is a value and the first part's unit was no unit.
        guard a.contains(where: { $0.isASCII && $0.isNumber }),
            !FormVocabulary.isValue(HeaderField.key(a)) || a.last.map({ !$0.isASCII }) == true
        else { return false }
        let key = HeaderField.key(joined)
        return FormVocabulary.isNumberWithUnit(key)
            || FormVocabulary.startsWithOperatorAndNumber(key) && hasKnownUnit(key)
                && !hasKnownUnit(HeaderField.key(a))
    }

    /// Whether a value ends in a known unit (`≥90百分比`, `=460平米`).
    static func hasKnownUnit(_ key: String) -> Bool {
        let tail = key.reversed().prefix { !($0.isASCII && $0.isNumber) }
        return units.contains(String(tail.reversed())) || tail.isEmpty
    }

    /// A word ending in a comma or an enumeration mark goes on in the next (`便利, 小病不出村`):
    /// Chinese text puts no space between clauses, so the space came from the cell, not a separator.
    static func joinClauses(_ tokens: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        for t in tokens {
            if var last = out.last, let end = last.text.last, [",", "，", "、", ";", "；"].contains(end),
                last.line == t.line,
                !CellText.isNumber(t.text)
            {
                last.text += t.text
                out[out.count - 1] = last
            } else {
                out.append(t)
            }
        }
        return out
    }

    /// `项目资金 (万元)`, `产出指标 (50分)`, `自评表 (2022年度)`: a bracketed note belongs to the word before it.
    static func glueParentheticals(_ tokens: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        for t in tokens {
            let opens = t.text.first == "(" || t.text.first == "（"
            let closes = t.text == ")" || t.text == "）" || t.text == "分)" || t.text == "分）"
            // Points glue only onto a level label (`产出指标 (50分)`), never onto a column name.
            let points = LevelPoints.isPointsOnly(t.text)
            if var last = out.last, (opens && t.text.count <= 12) || closes, !CellText.isNumber(last.text),
                !last.text.hasSuffix(")"), !last.text.hasSuffix("）"),
                !points || LevelName.label(last.text + t.text) != nil || last.text.hasSuffix("情况")
            {
                last.text += t.text
                out[out.count - 1] = last
            } else {
                out.append(t)
            }
        }
        return out
    }

    /// A label the text wrapped in two (`经济效益` `指标`, `可持续影` `响指标`, `一级` `指标`) is one cell.
    static func joinWrappedLabels(_ tokens: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        var i = 0
        while i < tokens.count {
            if i + 1 < tokens.count, isWrappedLabel(tokens[i].text, tokens[i + 1].text) {
                var joined = tokens[i]
                joined.text += tokens[i + 1].text
                out.append(joined)
                i += 2
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }

    static func isWrappedLabel(_ a: String, _ b: String) -> Bool {
        guard a.count <= 8, b.count <= 8, !CellText.isNumber(a), !CellText.isNumber(b) else { return false }
        // Both halves whole labels already (`二级指标 三级指标`) is two cells, not one.
        guard !FormVocabulary.isExactLabel(a) || !FormVocabulary.isExactLabel(b) else { return false }
        return FormVocabulary.isExactLabel(a + b)
    }

    /// Splits a word where cells ran together: before an operator that starts a target, and in
    /// a run of text that holds labels, at each label, before `反映` (a description), and around
    /// numbers with their units.
    static func splitRunTogether(_ token: GridCell) -> [GridCell] {
        let chars = Array(token.text)
        guard chars.count > 1 else { return [token] }
        // A figure set tight against the direction after it (`20反向`: a weight right-aligned
        // against the next cell of a printed sheet).
        if chars.count > 2,
            let direction = Direction.allCases.map(\.rawValue).first(where: { token.text.hasSuffix($0) }),
            CellText.isNumber(String(chars.dropLast(direction.count)))
        {
            let figure = String(chars.dropLast(direction.count))
            return [
                GridCell(text: figure, column: token.column, line: token.line, offset: token.offset),
                GridCell(
                    text: direction, column: token.column, line: token.line,
                    offset: token.offset + figure.utf8.count),
            ]
        }
        let hits = starterHits(chars)
        let runTogether = hits.count >= 2 || hits.first == 0
        let bracketed = insideBrackets(chars)
        var cuts: Set<Int> = []
        for (i, c) in chars.enumerated() where i > 0 && operatorSymbols.contains(c) {
            let prev = chars[i - 1]
            if !operatorSymbols.contains(prev), prev != "(", prev != "（", prev != "$", prev != "\\" {
                cuts.insert(i)
            }
        }
        if runTogether {
            for h in hits where h > 0 { cuts.insert(h) }
            for h in hits {
                if let word = starter(at: h, in: chars) {
                    var end = h + word.count
                    if end < chars.count, chars[end] == ":" || chars[end] == "：" { end += 1 }
                    if word != "反映", end < chars.count, chars[end] != "(", chars[end] != "（" { cuts.insert(end) }
                }
            }
            for (start, end) in numberRuns(chars) where !isYear(chars, start) {
                if start > 0, !operatorSymbols.contains(chars[start - 1]) { cuts.insert(start) }
                if end < chars.count { cuts.insert(end) }
            }
        }
        cuts = cuts.filter { !bracketed[$0] }
        guard !cuts.isEmpty else { return [token] }
        var out: [GridCell] = []
        var from = 0
        var offset = token.offset
        for cut in cuts.sorted() + [chars.count] where cut > from {
            let piece = String(chars[from..<cut])
            out.append(GridCell(text: piece, column: token.column, line: token.line, offset: offset))
            offset += piece.utf8.count
            from = cut
        }
        return out
    }

    /// For each character, whether it stands inside brackets (`(50分)`, `(计算方法为:结余数/预算数)`),
    /// where no cell starts.
    static func insideBrackets(_ chars: [Character]) -> [Bool] {
        var depth = 0
        return chars.map { c in
            if c == "(" || c == "（" { depth += 1; return depth > 1 }
            if c == ")" || c == "）" { depth = max(0, depth - 1); return true }
            return depth > 0
        }
    }

    /// Positions where a cell-starting label begins (the longest at each place, not overlapping).
    static func starterHits(_ chars: [Character]) -> [Int] {
        var hits: [Int] = []
        var i = 0
        while i < chars.count {
            if let word = starter(at: i, in: chars) {
                hits.append(i)
                i += word.count
            } else {
                i += 1
            }
        }
        return hits
    }

    /// The cell starters by their first character, each as characters, longest first.
    static let startersByFirst: [Character: [(word: String, chars: [Character])]] = {
        var out: [Character: [(String, [Character])]] = [:]
        for word in cellStarters {
            let chars = Array(word)
            if let first = chars.first { out[first, default: []].append((word, chars)) }
        }
        return out
    }()

    static func starter(at i: Int, in chars: [Character]) -> String? {
        guard let candidates = startersByFirst[chars[i]] else { return nil }
        for (word, w) in candidates where i + w.count <= chars.count {
            var k = 1
            while k < w.count, chars[i + k] == w[k] { k += 1 }
            if k == w.count { return word }
        }
        return nil
    }

    /// Runs of a number with the operator before it and the unit after it: (start, end) in characters.
    static func numberRuns(_ chars: [Character]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else {
                i += 1
                continue
            }
            var start = i
            while start > 0, operatorSymbols.contains(chars[start - 1]) { start -= 1 }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "." || chars[j] == "," { j += 1 }
            let rest = String(chars[j..<min(chars.count, j + 4)])
            if let unit = units.first(where: { rest.hasPrefix($0) }) { j += unit.count }
            out.append((start, j))
            i = j
        }
        return out
    }

    /// A year (`2022年…`) belongs to the title or date it stands in, not a cell of its own.
    static func isYear(_ chars: [Character], _ start: Int) -> Bool {
        guard start + 5 <= chars.count else { return false }
        let y = String(chars[start..<(start + 4)])
        return y.hasPrefix("20") && y.allSatisfy { $0.isASCII && $0.isNumber } && chars[start + 4] == "年"
    }
}
