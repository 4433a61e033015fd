/// `score_formula`: a quantitative indicator whose printed score is not the formula score
/// (DOMAIN.md §1.3, §3.2): min(actual ÷ target, 1) × 分值 for ≥, = and bare targets,
/// min(target ÷ actual, 1) × 分值 for ≤ targets, full score inside a range. Seed 004 has six such
/// rows (#1–#6 of §3.2), scored by judgement with whole numbers; the document's score is what
/// counts, so this is a finding to look at, never a correction.
///
/// Qualitative rows have a band instead of a formula; `ScoreBandRule` checks those.
public enum ScoreFormulaRule {
    public static let rule = AuditRule(
        code: "score_formula",
        summary: "a quantitative indicator's score that differs from min(completion, 100%) × weight (DOMAIN.md §1.3)"
    ) { data in
        data.indicators.compactMap { row in
            guard let given = row.score, let weight = row.weight, let completion = IndicatorScoring.completion(row),
                let formula = IndicatorScoring.formulaScore(row), !AuditNumber.agrees(given, formula)
            else { return nil }
            return AuditFinding(
                rule: "score_formula", indicator: row, in: data.project(row.projectID),
                found: AuditNumber.text(given),
                expected:
                    "\(AuditNumber.text(formula)) = \(AuditNumber.text(min(completion, 100)))% × \(AuditNumber.text(weight))",
                difference: AuditNumber.gap(given, formula))
        }
    }
}
