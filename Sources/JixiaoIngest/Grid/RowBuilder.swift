import JixiaoDomain

/// Rebuilds the rows of a table whose cells reached the text as one stream: one cell per line, or
/// flattened onto a line. The forms' vocabulary says where a row starts: a field label starts a
/// header row, the budget and indicator column names make header rows, a level label or a new
/// indicator name after a complete row starts an indicator row, and closing labels (`合计`,
/// `评价结论`) rows of their own. What stands before any label is prose (titles, page furniture).
struct RowBuilder {
    /// A cell of the stream, and whether it began its source line (a hint, not a rule).
    struct StreamCell {
        var cell: GridCell
        var lineStart: Bool
    }

    enum RowKind {
        case prose, field, budgetHeader, budgetRow, goalHeader, goalValues, indicatorHeader, indicator, closing
    }
    enum Section { case head, budget, goal, indicators, closing, note }

    let stream: [StreamCell]
    /// One cell per line keeps empty cells, so an indicator row's values are read by position.
    let preservesEmpties: Bool
    var rows: [GridRow] = []
    var current: [GridCell] = []
    var kind: RowKind = .prose
    var section: Section = .head
    /// The indicator header's value columns, for telling when a row is complete.
    var roles: [IndicatorHeader.Role?] = []
    var hasName = false
    var valueCount = 0
    var numberCount = 0
    var hasValue = false
    /// The last indicator header row, and whether later column names are being added to it.
    var headerRow: Int?
    var extendsHeader = false

    static func rows(_ stream: [StreamCell], preservesEmpties: Bool) -> Grid {
        var builder = RowBuilder(stream: stream, preservesEmpties: preservesEmpties)
        builder.build()
        return Grid(rows: builder.rows)
    }

    mutating func build() {
        for i in stream.indices { take(i) }
        flush()
    }

    mutating func take(_ i: Int) {
        let s = stream[i]
        let c = s.cell
        if c.text.isEmpty {
            if preservesEmpties, kind == .indicator || kind == .budgetRow, hasName || kind == .budgetRow { append(c) }
            return
        }
        if c.text == "……" || c.text == "…" {
            // A placeholder row of the form (`指标2: ……`): a row of its own, skipped by the reader.
            if kind == .indicator, hasName, !s.lineStart { append(c); return }
            flush()
            start(.indicator, c)
            hasName = true
            flush()
            return
        }
        if LevelPoints.isPointsOnly(c.text), section == .indicators || kind == .indicatorHeader {
            // `(50分)` where the text lost a vertical 一级指标 label: the level follows from its 二级指标.
            return
        }
        // A column name the text wrapped (`偏差原` `因分析` `及改进`) goes on in the header's last cell.
        if kind == .indicatorHeader, let last = current.last, Self.continuesColumnName(last.text, c.text) {
            current[current.count - 1].text += c.text
            return
        }
        var k = FormVocabulary.kind(of: c.text, inIndicators: section == .indicators)
        // Inside a header row, any column name the indicator reader knows is a column (`备注` too).
        if kind == .indicatorHeader, IndicatorHeader.role(of: HeaderField.key(c.text)) != nil { k = .indicatorColumn }
        // A field label takes the next cell as its value, even one that reads like a label (a
        // project named 上年结转资金); other fields give way to a label that follows them.
        if kind == .field, current.count == 1 {
            let isName = HeaderField.label(current[0].text) == .name
            if isName && !CellText.isNumber(c.text)
                || !isName
                    && ![.field, .title, .closing, .indicatorColumn, .budgetColumn, .budgetRow, .goalColumn, .level]
                        .contains(k)
            {
                append(c)
                return
            }
        }
        if section == .note, k != .title, k != .field {
            append(c)
            return
        }
        switch k {
        case .title:
            flush()
            start(.prose, c)
            flush()
            section = .head
        case .field:
            flush()
            start(.field, c)
            section = .head
        case .budgetColumn:
            if kind != .budgetHeader { flush(); kind = .budgetHeader }
            append(c)
            section = .budget
        case .budgetRow:
            flush()
            start(.budgetRow, c)
            section = .budget
        case .goalColumn:
            // `年度目标: 建设…`: a goal label with its text, unless more goal headings follow (预期目标 …).
            if HeaderField.label(c.text) == .goal, kind != .goalHeader, !nextIsGoalColumn(after: i) {
                flush()
                start(.field, c)
                section = .head
                return
            }
            if kind != .goalHeader { flush(); kind = .goalHeader }
            append(c)
            section = .goal
        case .indicatorColumn:
            // The rest of a header whose value columns a converter moved further down (稷山县:
            // `一级指标 二级指标 三级指标` … `实际 指标值 完成值` … `分值 得分`): into that header.
            if kind != .indicatorHeader, headerRow != nil, roles.compactMap({ $0 }).isEmpty,
                FormVocabulary.indicatorCaptions.contains(FormVocabulary.withoutPoints(HeaderField.key(c.text)))
            {
                return
            }
            if kind != .indicatorHeader, let h = headerRow, roles.compactMap({ $0 }).isEmpty || extendsHeader,
                IndicatorHeader.role(of: HeaderField.key(c.text)) != nil
            {
                rows[h].cells.append(
                    GridCell(text: c.text, column: rows[h].cells.count, line: c.line, offset: c.offset))
                roles = Self.roles(of: rows[h].cells)
                extendsHeader = true
                return
            }
            if kind != .indicatorHeader { flush(); kind = .indicatorHeader }
            extendsHeader = false
            append(c)
            section = .indicators
        case .closing:
            flush()
            start(.closing, c)
            section =
                FormVocabulary.noteWords.contains(FormVocabulary.withoutPoints(HeaderField.key(c.text)))
                ? .note : .closing
        case .level:
            // A second-level label with no indicator after it before the next label is a placeholder row of its own.
            let level = LevelName.label(c.text)?.level
            let closesEmptyRow =
                current.contains { LevelName.label($0.text)?.level == .second } && level != nil
                || level == .first && current.contains { LevelName.label($0.text)?.level == .first }
            if kind != .indicator || hasName || closesEmptyRow { flush(); kind = .indicator }
            append(c)
            section = .indicators
        case .value, .text:
            takeContent(i, isValue: k == .value)
        }
    }

    mutating func takeContent(_ i: Int, isValue: Bool) {
        let s = stream[i]
        let c = s.cell
        switch kind {
        case .field:
            // `序号 | 项目名称 | 1 | …`: a numbered list of the projects, not a project's name.
            let listNumber = HeaderField.label(current[0].text) == .name && CellText.isNumber(c.text)
            if current.count == 1, !listNumber { append(c) } else { flush(); start(.prose, c) }
        case .prose:
            if s.lineStart, !current.isEmpty { flush(); kind = .prose }
            append(c)
        case .budgetHeader, .budgetRow:
            if kind == .budgetHeader { flush(); kind = .budgetRow }
            append(c)
        case .goalHeader:
            flush()
            start(.goalValues, c)
        case .goalValues, .closing:
            append(c)
        case .indicatorHeader:
            flush()
            start(.indicator, c)
            if !isValue { hasName = true }
        case .indicator:
            if s.lineStart, !isValue, opensNewForm(from: i) {
                flush()
                start(.prose, c)
                return
            }
            takeIndicatorCell(i, isValue: isValue)
        }
    }

    mutating func takeIndicatorCell(_ i: Int, isValue: Bool) {
        let s = stream[i]
        let c = s.cell
        if !hasName {
            append(c)
            if !isValue { hasName = true }
            return
        }
        if preservesEmpties {
            let positional = valueCount < roles.count ? roles[valueCount] : nil
            // One cell of shift at most: a row printed a cell to the right still ends at the header's width.
            let filled = current.drop { !hasNameCell($0) }.dropFirst().filter { !$0.text.isEmpty }.count
            let taker = roleTaking(c.text)
            if positional?.accepts(c.text) == true || isValue && filled < roles.compactMap({ $0 }).count
                || valueCount <= roles.count && taker != nil
                || taker.map({ $0 != .deviation && $0 != .remark }) == true
            {
                append(c)
            } else {
                flush()
                start(.indicator, c)
                if !isValue { hasName = true }
            }
            return
        }
        if !isValue, startsNewRow(i) {
            flush()
            start(.indicator, c)
            hasName = true
            return
        }
        append(c)
    }

    func nextIsGoalColumn(after i: Int) -> Bool {
        guard let next = stream[(i + 1)...].first(where: { !$0.cell.text.isEmpty }) else { return false }
        return FormVocabulary.kind(of: next.cell.text, inIndicators: false) == .goalColumn
    }

    /// A line that leads, before any level label or figure, to a title or a project field: the
    /// page furniture before the next form, not the rest of an indicator.
    func opensNewForm(from i: Int) -> Bool {
        let line = stream[i].cell.line
        var j = i
        while j < stream.count, stream[j].cell.line == line || j == i {
            let t = stream[j].cell.text
            if !t.isEmpty {
                switch FormVocabulary.kind(of: t, inIndicators: true) {
                case .title, .field: return true
                case .level, .indicatorColumn, .closing: return false
                default: break
                }
            }
            j += 1
        }
        return false
    }

    /// Whether a text cell after an indicator's name starts the next indicator rather than
    /// continuing this one (a target in words, an actual, a deviation reason).
    func startsNewRow(_ i: Int) -> Bool {
        let c = stream[i]
        if IndicatorNamePrefix.strip(c.cell.text) != c.cell.text { return true }
        if c.cell.text == "……" || c.cell.text == "…" { return true }
        let next = i + 1 < stream.count ? stream[i + 1].cell.text : ""
        if hasValue,
            FormVocabulary.startsWithOperatorAndNumber(HeaderField.key(next)) || TargetOperator(natureCell: next) != nil
        {
            return true
        }
        guard isComplete else { return false }
        // A complete row with no column left for text: the text names the next indicator.
        if !roles.isEmpty, roleTaking(c.cell.text) == nil { return true }
        // Otherwise the text is a new name when figures follow before the next label.
        var j = i + 1
        while j < stream.count {
            let t = stream[j].cell.text
            if !t.isEmpty {
                let k = FormVocabulary.kind(of: t, inIndicators: true)
                if k == .value { return true }
                if k != .text { return false }
            }
            j += 1
        }
        return false
    }

    /// Where the row's values with one more still fit the header's columns in order, read by
    /// content (a row printed one cell to the right, `≥ |  | 2 | 次 | 20 | 正向`).
    /// The column that would take one more cell, nil when none is left for it.
    func roleTaking(_ text: String) -> IndicatorHeader.Role? {
        let roles = self.roles.compactMap { $0 }
        guard !roles.isEmpty else { return nil }
        let values = current.drop { !hasNameCell($0) }.dropFirst().map(\.text).filter { !$0.isEmpty } + [text]
        var r = 0
        var taker: IndicatorHeader.Role?
        for cell in values {
            while r < roles.count, !roles[r].accepts(cell) { r += 1 }
            guard r < roles.count else { return nil }
            taker = roles[r]
            r += 1
        }
        return taker
    }

    /// The name cell of an indicator row: the first that is neither a level label nor a caption.
    func hasNameCell(_ c: GridCell) -> Bool {
        !c.text.isEmpty && LevelName.label(c.text) == nil && !IndicatorRow.captions.contains(CellText.compact(c.text))
    }

    /// A row holds what its header asks: its values, read by content against the header's
    /// columns, fill every number column (分值, 得分, 权重), or the target when it has none.
    var isComplete: Bool {
        let roles = self.roles.compactMap { $0 }
        if roles.isEmpty { return numberCount >= 2 }
        let numeric = roles.filter { $0 == .weight || $0 == .score }
        let values = current.drop { !hasNameCell($0) }.dropFirst().map(\.text).filter { !$0.isEmpty }
        var filled: Set<IndicatorHeader.Role> = []
        var r = 0
        for cell in values {
            while r < roles.count, !roles[r].accepts(cell) { r += 1 }
            guard r < roles.count else { break }
            filled.insert(roles[r])
            r += 1
        }
        return numeric.isEmpty
            ? filled.contains(.target) : numeric.allSatisfy(filled.contains) || numberCount >= numeric.count + 2
    }

    mutating func start(_ k: RowKind, _ c: GridCell) {
        kind = k
        append(c)
    }

    mutating func append(_ c: GridCell) {
        if kind == .indicator, hasName {
            valueCount += 1
            let key = HeaderField.key(c.text)
            if CellText.isNumber(key) { numberCount += 1 }
            if FormVocabulary.isValue(key) || CellText.number(key) != nil { hasValue = true }
        }
        current.append(c)
    }

    mutating func flush() {
        defer {
            current = []
            hasName = false
            valueCount = 0
            numberCount = 0
            hasValue = false
            kind = .prose
        }
        guard let first = current.first else { return }
        if kind == .indicatorHeader {
            roles = Self.roles(of: current)
            headerRow = rows.count
        }
        var cells = current
        for k in cells.indices { cells[k].column = k }
        rows.append(GridRow(cells: cells, line: first.line, isProse: kind == .prose, keepsEmptyCells: preservesEmpties))
    }

    static func continuesColumnName(_ last: String, _ next: String) -> Bool {
        guard FormVocabulary.kind(of: next, inIndicators: true) == .text else { return false }
        let joined = HeaderField.key(last + next)
        return FormVocabulary.indicatorColumns.contains { $0.hasPrefix(joined) && $0 != HeaderField.key(last) }
    }

    /// The value columns of an indicator header, in order, after the name column.
    static func roles(of header: [GridCell]) -> [IndicatorHeader.Role?] {
        let keys = header.map { HeaderField.key($0.text) }
        let start = (keys.firstIndex(of: "三级指标") ?? keys.lastIndex { $0 == "二级指标" || $0 == "一级指标" } ?? -1) + 1
        guard start < keys.count else { return [] }
        var roles = keys[start...].map { IndicatorHeader.role(of: $0) }
        while let last = roles.last, last == nil { roles.removeLast() }
        return roles
    }
}

/// A level's points standing alone (`(50分)`, `（30分）`).
enum LevelPoints {
    static func isPointsOnly(_ text: String) -> Bool {
        let t = CellText.halfWidth(CellText.compact(text))
        guard t.hasPrefix("("), t.hasSuffix("分)") else { return false }
        return t.dropFirst().dropLast(2).allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}

/// `指标1:`, `指标2：` before an indicator's name: a numbering of the form, not part of the name.
enum IndicatorNamePrefix {
    static func strip(_ text: String) -> String {
        let t = CellText.halfWidth(text)
        guard t.hasPrefix("指标") else { return text }
        let rest = t.dropFirst(2)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return text }
        let after = rest.dropFirst(digits.count)
        guard let sep = after.first, sep == ":" || sep == "：" || sep == "、" || sep == "." else { return text }
        return String(after.dropFirst()).trimmingSpaces
    }
}
