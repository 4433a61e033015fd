/// `operator_direction`: a target whose operator contradicts its 指标方向性 (DOMAIN.md §4): an
/// upper bound (≤) says less is better, which is 反向; a lower bound (≥) says more is better, 正向.
/// A ≤ on a 正向 row or a ≥ on a 反向 row cannot both be right, and the score depends on which is.
///
/// Only forms that print the direction (declaration forms) can contradict themselves; elsewhere
/// the importer infers the direction from the operator.
public enum OperatorDirectionRule {
    public static let rule = AuditRule(
        code: "operator_direction",
        summary: "a target whose operator contradicts its direction: ≤ on 正向, ≥ on 反向 (DOMAIN.md §4)"
    ) { data in
        data.indicators.compactMap { row in
            guard let op = row.op, let direction = row.direction else { return nil }
            let implied: Direction
            switch op {
            case .atMost: implied = .negative
            case .atLeast: implied = .positive
            case .equal, .qualitative: return nil
            }
            guard direction != implied else { return nil }
            return AuditFinding(
                rule: "operator_direction", indicator: row, in: data.project(row.projectID),
                found: "\(op.rawValue) \(row.targetText ?? "") on \(direction.rawValue)",
                expected: "\(implied.rawValue) for \(op.rawValue)")
        }
    }
}
