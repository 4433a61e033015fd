/// `over_achievement`: an actual more than 120 % of a lower-bound target (DOMAIN.md §1.3,
/// 财预〔2020〕10号 第十三条: "对完成值高于指标值较多的，要分析原因"). The score stays capped at full;
/// the finding asks whether the target was set too low, which is a judgement, so no deduction is
/// computed. The threshold is `IndicatorScoring.exceededAbove`, the one behind the 超额 status.
public enum OverAchievementRule {
    public static let rule = AuditRule(
        code: "over_achievement",
        summary: "an actual more than 120% of a ≥ target: was the target set too low? (DOMAIN.md §1.3)"
    ) { data in
        data.indicators.compactMap { row in
            guard IndicatorScoring.status(row) == .exceeded, let completion = IndicatorScoring.completion(row),
                let actual = row.actual
            else { return nil }
            return AuditFinding(
                rule: "over_achievement", indicator: row, in: data.project(row.projectID),
                found:
                    "\(AuditNumber.text(actual)) = \(AuditNumber.text(completion))% of \(row.targetText ?? "the target")",
                expected: "at most \(AuditNumber.text(IndicatorScoring.exceededAbove))% of the target",
                difference: AuditNumber.gap(completion, IndicatorScoring.exceededAbove))
        }
    }
}
