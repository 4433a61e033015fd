/// `score_above_weight`: an indicator scored above its weight. Over-achievement is capped at
/// full score (DOMAIN.md §1.3), and the qualitative bands top out at 100 % (§1.4), so no row can
/// earn more than its 分值.
public enum ScoreAboveWeightRule {
    public static let rule = AuditRule(
        code: "score_above_weight",
        summary: "an indicator score above its weight (DOMAIN.md §1.3)"
    ) { data in
        data.indicators.compactMap { row in
            guard let score = row.score, let weight = row.weight, score > weight + AuditNumber.tolerance else {
                return nil
            }
            return AuditFinding(
                rule: "score_above_weight", indicator: row, in: data.project(row.projectID),
                found: AuditNumber.text(score), expected: "at most \(AuditNumber.text(weight))",
                difference: AuditNumber.gap(score, weight))
        }
    }
}
