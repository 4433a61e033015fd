import JixiaoDomain

/// 绩效目标申报表 (seed 001): one row per indicator with 指标性质, 指标值, 度量单位, 权重 and
/// 指标方向性 columns. Some tables carry an extra empty column after 指标性质; rows are read by
/// content against the header order, so it needs no special case.
enum DeclarationForm: DocumentLayout {
    static let kind = DocumentKind.declaration
    static let title = "declaration form (绩效目标申报表)"

    static func matchScore(_ text: SourceText) -> Int {
        guard let header = text.indicatorHeader else { return 0 }
        let cells = header.compactCells
        guard cells.contains("指标性质"), !cells.contains("完成值"), !cells.contains("得分") else { return 0 }
        var score = 10
        if cells.contains(where: { $0.hasPrefix("权重") }) { score += 1 }
        if cells.contains("指标方向性") { score += 1 }
        if HeaderWords.levelsInOrder(header) { score += 1 }
        return score
    }
}
