/// `total_score`: 总分 is not the execution score plus the indicator scores (DOMAIN.md §2).
/// Placeholder rows without a score (empty 经济效益/生态效益 lines) add nothing.
public enum TotalScoreRule {
    public static let rule = AuditRule(
        code: "total_score",
        summary: "a total score that is not the execution score plus the indicator scores (DOMAIN.md §2)"
    ) { data in
        data.projects.compactMap { project in
            guard let total = project.scoreTotal else { return nil }
            let scores = data.indicators(of: project).compactMap(\.score)
            let execution = project.executionScore ?? 0
            let sum = execution + scores.reduce(0, +)
            guard !AuditNumber.agrees(total, sum) else { return nil }
            return AuditFinding(
                rule: "total_score", project: project,
                found: AuditNumber.text(total),
                expected:
                    "\(AuditNumber.text(sum)) = \(AuditNumber.text(execution)) execution + \(AuditNumber.text(sum - execution)) indicators",
                difference: AuditNumber.gap(total, sum))
        }
    }
}
