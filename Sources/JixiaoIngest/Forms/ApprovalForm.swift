import JixiaoDomain

/// 部门项目支出预算绩效目标批复表 (seed 002): a `名称 | 一级指标 | 二级指标 | 三级指标 | 指标值`
/// table where a blank level cell means "same as above" and level cells sometimes shift left.
enum ApprovalForm: DocumentLayout {
    static let kind = DocumentKind.approval
    static let title = "approval form (绩效目标批复表)"

    static func matchScore(_ text: SourceText) -> Int {
        guard let header = text.indicatorHeader else { return 0 }
        let cells = header.compactCells
        guard cells.contains("指标值"), !cells.contains("指标性质"), !cells.contains(where: { $0.hasPrefix("实际") }) else {
            return 0
        }
        var score = 5
        if let a = cells.firstIndex(of: "名称"), let b = cells.firstIndex(of: "一级指标"), a < b { score += 3 }
        if HeaderWords.levelsInOrder(header) { score += 1 }
        if HeaderWords.title(text, contains: "批复表") { score += 3 }
        if HeaderWords.hasCodedLevels(text) { score -= 3 }
        return max(score, 1)
    }
}
