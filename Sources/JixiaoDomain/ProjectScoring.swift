/// The derived project columns: the budget execution rate and the grade (DOMAIN.md §1.2, §1.5).
public enum ProjectScoring {
    /// The printed 执行率, or 全年执行数 ÷ 全年预算数 in percent (2 decimals) when it is not printed.
    /// The denominator is the full-year budget, not the initial one.
    public static func executionRate(_ p: ProjectRecord) -> Double? {
        if let printed = p.executionRate { return printed }
        guard let executed = p.executed, let budget = p.budgetFullYear, budget > 0 else { return nil }
        return IndicatorScoring.round2(executed / budget * 100)
    }

    /// The execution score the default rule gives: min(rate, 100 %) × `points` (10 on every seed form).
    public static func formulaExecutionScore(_ p: ProjectRecord, points: Double = 10) -> Double? {
        guard let rate = executionRate(p) else { return nil }
        return IndicatorScoring.round2(min(rate, 100) / 100 * points)
    }

    /// 评价等级 of the printed total score; nil when there is none.
    public static func grade(_ p: ProjectRecord) -> Grade? {
        p.scoreTotal.map(Grade.init(totalScore:))
    }
}
