/// `missing_weight`: an indicator without a weight in a project whose other indicators have one
/// (DOMAIN.md §3.3: seed 004's P8 申请流程合规性 has a blank 分值 and a score of 0; the cell was
/// lost or shifted). Such a row cannot be scored and drops out of the weights total. The empty
/// 经济效益/生态效益 placeholder rows are not indicators and never reach this rule.
public enum MissingWeightRule {
    public static let rule = AuditRule(
        code: "missing_weight",
        summary: "an indicator without a weight among weighted ones (DOMAIN.md §3.3)"
    ) { data in
        data.projects.flatMap { project -> [AuditFinding] in
            let rows = data.indicators(of: project)
            guard rows.contains(where: { $0.weight != nil }) else { return [] }
            return rows.filter { $0.weight == nil }.map { row in
                AuditFinding(
                    rule: "missing_weight", indicator: row, in: project,
                    found: "no weight" + (row.score.map { ", score \(AuditNumber.text($0))" } ?? ""),
                    expected: "a weight (分值)")
            }
        }
    }
}
