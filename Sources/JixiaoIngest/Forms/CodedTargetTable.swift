import JixiaoDomain

/// 项目支出预算绩效目标表 with coded levels (seed 003): `1-产出指标`, `11-数量指标`, a `绩效值`
/// column, level labels printed mid-block where the PDF centred a merged cell, and `0 | 0`
/// placeholder rows. The second level's code names its first level when that label is missing.
enum CodedTargetTable: DocumentLayout {
    static let kind = DocumentKind.target
    static let title = "target table (绩效目标表)"

    static func matchScore(_ text: SourceText) -> Int {
        guard let header = text.indicatorHeader else { return 0 }
        let cells = header.compactCells
        guard !cells.contains("指标性质"), !cells.contains(where: { $0.hasPrefix("实际") }) else { return 0 }
        var score = 0
        if cells.contains("绩效值") { score += 6 }
        if HeaderWords.hasCodedLevels(text) { score += 8 }
        if score > 0, HeaderWords.levelsInOrder(header) { score += 1 }
        return score
    }
}
