/// One audit rule: a stable code to query findings by, what it looks for, and the check itself.
///
/// Rules are values listed in `AuditRules.all`, each in its own file beside the DOMAIN.md rule it
/// enforces, so adding a rule touches one file and one registry line.
public struct AuditRule: Sendable {
    /// The `rule` column of its findings; stable, so scripts can filter on it.
    public let code: String
    /// What the rule looks for, in a line (`.help check` lists these).
    public let summary: String
    public let findings: @Sendable (AuditData) -> [AuditFinding]

    public init(code: String, summary: String, findings: @escaping @Sendable (AuditData) -> [AuditFinding]) {
        self.code = code
        self.summary = summary
        self.findings = findings
    }
}

/// Every audit rule, in the order their findings are listed for the same line.
public enum AuditRules {
    public static let all: [AuditRule] = [
        DuplicateProjectRule.rule,
        WeightsTotalRule.rule,
        ExecutionScoreRule.rule,
        TotalScoreRule.rule,
        ScoreAboveWeightRule.rule,
        ScoreFormulaRule.rule,
        ScoreBandRule.rule,
        OperatorDirectionRule.rule,
        QualitativeWithNumberRule.rule,
        MissingWeightRule.rule,
        MissingActualRule.rule,
        OverAchievementRule.rule,
    ]
}
