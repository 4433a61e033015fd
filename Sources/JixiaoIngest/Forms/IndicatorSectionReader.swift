import JixiaoDomain

/// Reads the rows under an indicator header: tracks the level labels, skips placeholder rows,
/// joins wrapped fragments, and assigns value cells to the header's roles by content.
struct IndicatorSectionReader {
    var header: IndicatorHeader
    var tracker: LevelTracker
    let source: String
    var drafts: [IndicatorDraft] = []
    var warnings: [LoadWarning] = []
    /// Where the last level label stood: the draft it was read with, and whether it stood alone
    /// on its line (a merged cell's label, printed in the middle of the rows it covers).
    var lastLabel: (draft: Int, alone: Bool)?

    init(header line: SourceLine, codeNames: [String: String], source: String) {
        // The caller found the line by this very initialiser, so it cannot fail; an empty header reads targets only.
        self.init(
            header: IndicatorHeader(line) ?? IndicatorHeader.targetsOnly(line: line.number), codeNames: codeNames,
            source: source)
    }

    init(header: IndicatorHeader, codeNames: [String: String], source: String) {
        self.header = header
        self.tracker = LevelTracker(codeNames: codeNames)
        self.source = source
    }

    mutating func read(_ line: SourceLine, project: inout ProjectRecord) {
        guard line.isTableRow, !line.isBlank else { return }
        if let repeated = IndicatorHeader(line) {
            header = repeated
            return
        }
        let filled = line.filled
        if let first = filled.first, CellText.compact(first.text) == "总分" {
            project.scoreTotal = filled.compactMap { CellText.number($0.text) }.last
            return
        }
        // 合计, 评价结论, 项目负责人: the closing rows of a form, not indicators.
        if let first = filled.first, FormVocabulary.kind(of: first.text, inIndicators: true) == .closing { return }
        // A labelled field (the next project's 单位信息, a 单位:万元 note) is never part of an indicator.
        if let first = filled.first, FormReader.isFieldRow(line) || MoneyUnitNote.unit(in: first.text) != nil { return }
        var midterm: String?
        var line = line
        if let start = header.yearBlockStart {
            // 中期 and 年度 blocks side by side: the 年度 block is the indicator, the 中期 target its text.
            midterm = header.midtermColumn.flatMap { $0 < line.cells.count ? line.cells[$0] : nil }.flatMap {
                $0.isEmpty ? nil : $0
            }
            let rest = start < line.cells.count ? Array(line.cells[start...]) : []
            line = SourceLine(
                number: line.number, raw: line.raw, cells: rest, isTableRow: true, keepsEmptyCells: line.keepsEmptyCells
            )
        }
        let row = IndicatorRow(line)
        if row.name == nil, row.values.isEmpty, !row.labels.isEmpty, changesLevels(row.labels) {
            relabelAbove(row.labels)
            return
        }
        tracker.apply(row.labels)
        if !row.labels.isEmpty { lastLabel = (drafts.count, false) }
        if row.isPlaceholder {
            let group = [tracker.level1, tracker.level2].compactMap { $0 }.joined(separator: "/")
            warn(
                line.number, "row\(group.isEmpty ? "" : " under \(group)") names no indicator; skipped as a placeholder"
            )
            return
        }
        guard let name = row.name else { return }
        if row.isFragment {
            joinFragment(name, at: row.nameIndex ?? 0, line: line.number)
            return
        }
        var (values, leftover, note) = header.assign(row, positional: line.keepsEmptyCells)
        if let midterm, values[.midterm] == nil { values[.midterm] = midterm }
        if let note { warn(line.number, note) }
        if !leftover.isEmpty {
            warn(
                line.number,
                "cells \(leftover.map { "\"\($0)\"" }.joined(separator: ", ")) fit no column of the header on line \(header.line); not read"
            )
        }
        drafts.append(
            IndicatorDraft(
                line: line.number, level1: tracker.level1, level2: tracker.level2, name: name, values: values))
    }

    /// A level label alone on its line is a merged cell's, printed at the middle of the rows it
    /// covers (as a PDF of a workbook prints it): the rows above it since the last label belong
    /// to it — after a label that stood alone too, only the lower half of them, the upper half
    /// being that label's.
    /// Whether labels name another level than the one being read (a label repeated alone is a
    /// placeholder row, not a merged cell of new rows).
    func changesLevels(_ labels: [LevelName.Label]) -> Bool {
        var t = tracker
        t.apply(labels)
        return t.level1 != tracker.level1 || t.level2 != tracker.level2
    }

    mutating func relabelAbove(_ labels: [LevelName.Label]) {
        let before = (tracker.level1, tracker.level2)
        tracker.apply(labels)
        let from = min(lastLabel?.draft ?? 0, drafts.count)
        let start = min(
            drafts.count, lastLabel.map { $0.alone ? from + (drafts.count - from).quotient(2) : from + 1 } ?? 0)
        for k in start..<drafts.count {
            if tracker.level1 != before.0 || drafts[k].level1 == nil { drafts[k].level1 = tracker.level1 }
            if labels.contains(where: { $0.level != .first }) { drafts[k].level2 = tracker.level2 }
        }
        lastLabel = (drafts.count, true)
    }

    /// A lone fragment continues the previous row's target when it sits under the target column,
    /// otherwise its name.
    mutating func joinFragment(_ text: String, at index: Int, line: Int) {
        guard var last = drafts.popLast() else {
            warn(line, "text \"\(text)\" outside any indicator row; skipped")
            return
        }
        if let t = header.targetIndex, index >= t, let target = last.values[.target] {
            last.values[.target] = target + text
            warn(
                line,
                "\"\(text)\" joined to the target of the indicator on line \(last.line) (a cell wrapped over lines)")
        } else {
            last.name += text
            warn(
                line, "\"\(text)\" joined to the name of the indicator on line \(last.line) (a cell wrapped over lines)"
            )
        }
        drafts.append(last)
    }

    /// Resolves the drafts into records.
    mutating func finish(project: String) -> [IndicatorRecord] {
        drafts.map { record(from: $0, project: project) }
    }

    mutating func record(from draft: IndicatorDraft, project: String) -> IndicatorRecord {
        var d = draft
        if d.values[.target] == nil, let (name, target) = TargetInName.split(d.name) {
            warn(d.line, "target \(target) written into the name \(d.name); read as the target (指标值)")
            d.name = name
            d.values[.target] = target
        }
        var weight = d.values[.weight].flatMap(CellText.number)
        var score = d.values[.score].flatMap(CellText.number)
        if header.hasScores, score == nil, let w = weight, d.values[.actual] != nil {
            score = w
            weight = nil
            warn(d.line, "only one number after the actual value: read as the score (得分); the points (分值) are missing")
        }
        let resolved = IndicatorValueResolver.resolve(
            name: d.name, level2: d.level2, targetText: d.values[.target], nature: d.values[.nature],
            unitCell: d.values[.unit], actualText: d.values[.actual])
        for note in resolved.notes { warn(d.line, note) }
        if d.level1 == nil { warn(d.line, "no 一级指标 label above this row; level1 left empty") }
        if d.values[.target] == nil { warn(d.line, "indicator \(d.name) has no target value (指标值)") }

        var r = IndicatorRecord(project: project, name: d.name)
        r.level1 = d.level1
        r.level2 = d.level2
        r.op = resolved.op
        r.targetText = d.values[.target]
        r.targetMidterm = d.values[.midterm]
        r.target = resolved.target
        r.targetUpper = resolved.targetUpper
        r.unit = resolved.unit
        r.weight = weight
        if let printed = d.values[.direction] {
            r.direction = Direction(cell: printed)
        } else if !header.hasDirection {
            var tv = resolved.targetValue
            tv.op = resolved.op
            r.direction = Direction.inferred(from: tv, level2: d.level2)
        } else {
            warn(d.line, "指标方向性 cell is empty; direction left empty")
        }
        r.actualText = d.values[.actual]
        r.actual = resolved.actual
        r.score = score
        r.deviation = d.values[.deviation]
        r.targetValue = resolved.targetValue
        r.line = d.line
        return r
    }

    mutating func warn(_ line: Int, _ message: String) {
        warnings.append(LoadWarning(file: source, line: line, message: message))
    }
}

extension IndicatorHeader {
    /// A header that reads only a target, for the rare header line without value columns.
    static func targetsOnly(line: Int) -> IndicatorHeader {
        IndicatorHeader(line: line, roles: [.target], nameIndex: 0, targetIndex: nil)
    }

    init(line: Int, roles: [Role], nameIndex: Int, targetIndex: Int?) {
        self.line = line
        self.roles = roles
        self.nameIndex = nameIndex
        self.targetIndex = targetIndex
    }
}

extension Int {
    /// Half, rounded up: the share of an even or odd run of rows that sits above a centred label.
    func quotient(_ d: Int) -> Int { (self + d - 1) / d }
}
