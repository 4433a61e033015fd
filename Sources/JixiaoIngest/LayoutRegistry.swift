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
        return best
    }
}
