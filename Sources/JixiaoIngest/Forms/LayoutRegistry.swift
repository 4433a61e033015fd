import JixiaoDomain

/// Every document layout the importer knows, in one place. Adding a layout is one file and one line here.
enum LayoutRegistry {
    static let all: [any DocumentLayout.Type] = [
        DeclarationForm.self,
        ApprovalForm.self,
        CodedTargetTable.self,
        SelfEvaluationForm.self,
    ]

    /// The best-matching layout, nil when none matches.
    static func detect(_ text: SourceText) -> (any DocumentLayout.Type)? {
        var best: (any DocumentLayout.Type)?
        var bestScore = 0
        for layout in all {
            let score = layout.matchScore(text)
            if score > bestScore {
                best = layout
                bestScore = score
            }
        }
        return best ?? byVocabulary(text)
    }

    /// A form none of the layouts' headers matched (no header at all, a header cut or run
    /// together) that still speaks the forms' vocabulary: project fields, or indicator rows under
    /// level labels. Its kind follows from the words it uses.
    static func byVocabulary(_ text: SourceText) -> (any DocumentLayout.Type)? {
        let rows = text.lines.filter(\.isTableRow)
        let hasProject = rows.contains { HeaderField.values(in: $0).contains { $0.0 == .name } }
        let levelRows = rows.filter(FormReader.startsIndicators).count
        guard hasProject || levelRows >= 2 else { return nil }
        let words = text.lines.map { CellText.compact($0.raw) }
        func says(_ w: String) -> Bool { words.contains { $0.containsExactly(w) } }
        if says("自评") || says("得分") || says("完成值") || says("评价结论") { return SelfEvaluationForm.self }
        if says("批复") { return ApprovalForm.self }
        if says("申报") { return DeclarationForm.self }
        return CodedTargetTable.self
    }
}
