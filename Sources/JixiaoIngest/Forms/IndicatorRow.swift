import JixiaoDomain

/// One table row of the indicator section, split by content into its level labels, its
/// indicator name and the value cells after the name.
struct IndicatorRow: Sendable {
    var labels: [LevelName.Label] = []
    var name: String?
    var nameIndex: Int?
    var values: [String] = []
    /// Every cell after the name, empty ones included, for rows whose empty cells survived.
    var cellsAfterName: [String] = []
    /// Row-group captions printed in the first column (`绩效指标`, `名称`), skipped.
    static let captions: Set<String> = ["绩效指标", "名称", "指标"]

    init(_ line: SourceLine) {
        for (index, cell) in line.filled {
            if name != nil {
                values.append(cell)
                continue
            }
            if Self.captions.contains(CellText.compact(cell)) { continue }
            // A row holds at most one label per level, and the second level comes last: after it,
            // or after two labels, a label-like cell is the indicator's name (`服务对象满意度`).
            let levelsDone = labels.count >= 2 || labels.last?.level == .second
            if !levelsDone, let label = LevelName.label(cell) {
                labels.append(label)
                continue
            }
            if labels.count == 1, let first = labels.first, first.level != .second,
                let label = LevelName.cutSecond(cell, under: first.name)
            {
                labels.append(label)
                continue
            }
            name = IndicatorNamePrefix.strip(cell)
            nameIndex = index
        }
        if let nameIndex { cellsAfterName = Array(line.cells[(nameIndex + 1)...]) }
    }

    /// A row with level labels but no indicator: the empty 经济效益指标 rows of self-evaluations,
    /// the `21-经济效益 | 0 | 0` rows of target tables.
    var isPlaceholder: Bool {
        guard let name, !name.isEmpty else { return true }
        return CellText.isNumber(name) || ["—", "-", "/", "／", "--", "……", "…", "/ / /"].contains(name)
    }

    /// A lone text fragment: the rest of a cell the PDF wrapped onto another line.
    var isFragment: Bool { labels.isEmpty && values.isEmpty && !isPlaceholder }
}
