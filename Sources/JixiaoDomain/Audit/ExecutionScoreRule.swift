/// `execution_score`: the budget-execution score disagrees with the execution rate
/// (DOMAIN.md §1.2): score = min(全年执行数 ÷ 全年预算数, 100 %) × 10, to two decimals; spending
/// beyond the budget earns nothing extra, and the initial budget is not the denominator.
///
/// Both the rate recomputed from the budget and the printed 执行率 are accepted, since a form may
/// round either (seed 004's P11: 9.5547 and 95.55 % × 10 = 9.555 both print as 9.55).
public enum ExecutionScoreRule {
    public static let rule = AuditRule(
        code: "execution_score",
        summary: "an execution score that is not min(execution rate, 100%) × 10 (DOMAIN.md §1.2)"
    ) { data in
        data.projects.compactMap { project in
            guard let given = project.executionScore else { return nil }
            let points = WeightsTotalRule.executionPoints
            var candidates: [Double] = []
            if let executed = project.executed, let budget = project.budgetFullYear, budget > 0 {
                candidates.append(min(executed / budget, 1) * points)
            }
            if let rate = project.executionRate { candidates.append(min(rate, 100) / 100 * points) }
            guard let first = candidates.first, !candidates.contains(where: { AuditNumber.agrees(given, $0) }) else {
                return nil
            }
            let rate =
                project.executionRate.map { "\(AuditNumber.text($0))%" }
                ?? "\(AuditNumber.text(first / points * 100))%"
            return AuditFinding(
                rule: "execution_score", project: project,
                found: AuditNumber.text(given),
                expected: "\(AuditNumber.text(first)) = min(\(rate), 100%) × \(AuditNumber.text(points))",
                difference: AuditNumber.gap(given, first))
        }
    }
}
