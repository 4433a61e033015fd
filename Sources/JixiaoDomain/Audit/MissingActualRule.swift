/// `missing_actual`: a self-evaluation indicator with no 实际完成值 (SPEC §8). A self-evaluation
/// exists to report what was achieved; without an actual the score cannot be checked
/// (DOMAIN.md §1.3–§1.4) and the completion rate is unknown.
public enum MissingActualRule {
    public static let rule = AuditRule(
        code: "missing_actual",
        summary: "a self-evaluation indicator with no actual value (SPEC §8)"
    ) { data in
        data.projects.filter { $0.docKind.isSelfEvaluation }.flatMap { project in
            data.indicators(of: project).compactMap { row in
                let text = row.actualText.map(CellText.compact) ?? ""
                guard row.actual == nil, text.isEmpty else { return nil }
                return AuditFinding(
                    rule: "missing_actual", indicator: row, in: project,
                    found: "no actual value", expected: "the actual for \(row.targetText ?? "the target")")
            }
        }
    }
}
