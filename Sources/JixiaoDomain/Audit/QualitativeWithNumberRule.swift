/// `qualitative_with_number`: a target marked 定性 that states a number (DOMAIN.md §1.3–§1.4).
/// A number can be measured and scored by formula; marking it 定性 lets it be scored by judgement
/// in a band instead, so either the nature or the value is wrong. Deadlines (`2022年12月底`) are
/// dates, not quantities, and pass.
public enum QualitativeWithNumberRule {
    public static let rule = AuditRule(
        code: "qualitative_with_number",
        summary: "a 定性 target that states a number (DOMAIN.md §1.4)"
    ) { data in
        data.indicators.compactMap { row in
            guard row.op == .qualitative else { return nil }
            let parsed = TargetValueParser.parse(row.targetText ?? "")
            let number = row.target ?? (parsed.kind == .deadline ? nil : parsed.number)
            guard let number else { return nil }
            return AuditFinding(
                rule: "qualitative_with_number", indicator: row, in: data.project(row.projectID),
                found: "定性 \(row.targetText ?? AuditNumber.text(number))",
                expected: "a 定量 target (≥ ≤ =) for a number, or words for 定性")
        }
    }
}
