/// `weights_total`: the indicator weights of a project do not add up to the form's total
/// (DOMAIN.md §1.1). A form is out of 100: the budget-execution row carries 10 and the indicator
/// rows the other 90, on self-evaluations (分值) and on declaration forms (权重(%), beside
/// `预算执行率权重(%): 10`) alike. The split between 产出/效益/满意度 may vary, the total may not.
///
/// Forms that print no weights at all (approval forms, coded target tables) are not checked. A
/// table from elsewhere whose kind states no execution row may add up to 90 or to 100.
public enum WeightsTotalRule {
    /// The points of the budget-execution row on every seed form.
    public static let executionPoints = 10.0

    public static let rule = AuditRule(
        code: "weights_total",
        summary: "indicator weights that do not add up to 90 (100 with the 10-point execution row) (DOMAIN.md §1.1)"
    ) { data in
        data.projects.compactMap { project in
            let weights = data.indicators(of: project).compactMap(\.weight)
            guard !weights.isEmpty else { return nil }
            let total = weights.reduce(0, +)
            let indicatorTotal = 100 - executionPoints
            switch project.docKind {
            case .selfEvaluation, .declaration, .departmentSelfEvaluation:
                guard !AuditNumber.agrees(total, indicatorTotal) else { return nil }
                return AuditFinding(
                    rule: "weights_total", project: project,
                    found:
                        "Σ weights \(AuditNumber.text(total)) + \(AuditNumber.text(executionPoints)) execution = \(AuditNumber.text(total + executionPoints))",
                    expected: "100 (\(AuditNumber.text(indicatorTotal)) for the indicators)",
                    difference: AuditNumber.gap(total, indicatorTotal))
            case .approval, .target, .departmentTarget:
                guard !AuditNumber.agrees(total, indicatorTotal), !AuditNumber.agrees(total, 100) else { return nil }
                return AuditFinding(
                    rule: "weights_total", project: project,
                    found: "Σ weights \(AuditNumber.text(total))", expected: "90 or 100",
                    difference: AuditNumber.gap(total, 100))
            }
        }
    }
}
