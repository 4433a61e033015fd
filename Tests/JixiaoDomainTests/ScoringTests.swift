import Testing

@testable import JixiaoDomain

/// The scoring rules of DOMAIN.md §1–§3, on rows taken from seed 004.
@Suite struct ScoringTests {
    func row(
        _ name: String, target: String, actual: String, weight: Double?, score: Double?, level2: String? = nil
    ) -> IndicatorRecord {
        let v = IndicatorValueResolver.resolve(name: name, level2: level2, targetText: target, actualText: actual)
        var r = IndicatorRecord(project: "P", name: name)
        r.level2 = level2
        r.op = v.op
        r.targetText = target
        r.target = v.target
        r.targetUpper = v.targetUpper
        r.unit = v.unit
        r.actualText = actual
        r.actual = v.actual
        r.weight = weight
        r.score = score
        var tv = v.targetValue
        tv.op = v.op
        r.direction = Direction.inferred(from: tv, level2: level2)
        return r
    }

    @Test func positiveTargetsScoreByTheRatio() {
        let r = row("移动终端台数", target: "≥15台", actual: "7", weight: 5, score: 3)
        #expect(IndicatorScoring.completion(r) == 46.67)
        #expect(IndicatorScoring.status(r) == .missed)
        #expect(IndicatorScoring.met(r) == false)
        #expect(IndicatorScoring.formulaScore(r) == 2.33)
        #expect(IndicatorScoring.scoreRate(r) == 60)
    }

    @Test func overAchievementIsCappedInTheScoreAndFlaggedInTheStatus() {
        let r = row("专项行动完成次数", target: "≥8次", actual: "13", weight: 5, score: 5)
        #expect(IndicatorScoring.completion(r) == 162.5)
        #expect(IndicatorScoring.status(r) == .exceeded)
        #expect(IndicatorScoring.met(r) == true)
        #expect(IndicatorScoring.formulaScore(r) == 5)
    }

    @Test func ceilingsAreMetUnderTheLimitAndScoredByTheInverseRatioAbove() {
        let over = row("宣传费材料印刷费", target: "≤5万元", actual: "9", weight: 5, score: 2)
        #expect(IndicatorScoring.completion(over) == 55.56)
        #expect(IndicatorScoring.formulaScore(over) == 2.78)
        let zero = row("防火墙成本", target: "≤9万元", actual: "0", weight: 5, score: 5)
        #expect(IndicatorScoring.completion(zero) == 100)
        #expect(IndicatorScoring.met(zero) == true)
    }

    @Test func anActualInYuanAgainstAWanYuanCeilingIsConverted() {
        let v = IndicatorValueResolver.resolve(name: "远程查房终端成本", level2: "成本指标", targetText: "≤2万元", actualText: "5000")
        #expect(v.target == 2)
        #expect(v.actual == 0.5)
        #expect(v.notes.count == 1)
    }

    @Test func aRateWrittenAsAFractionIsReadAsPercent() {
        let v = IndicatorValueResolver.resolve(name: "办公场所维修建设合格率", level2: "质量指标", targetText: "1", actualText: "100")
        #expect(v.target == 100)
        #expect(v.unit == "%")
        #expect(v.notes.count == 1)
    }

    @Test func aBareWanOnACostRowIsWanYuan() {
        #expect(IndicatorValueResolver.resolve(name: "物业管理费、水电", level2: "成本指标", targetText: "≤10万").unit == "万元")
        #expect(IndicatorValueResolver.resolve(name: "服务人次", level2: "数量指标", targetText: "≥200万").unit == "万")
        #expect(IndicatorValueResolver.resolve(name: "单人救助金额", level2: "成本指标", targetText: "≤50000 元").target == 5)
    }

    @Test func theNatureAndUnitColumnsWinOverTheValueText() {
        let v = IndicatorValueResolver.resolve(
            name: "培训召开的场次", level2: "数量指标", targetText: "2次", nature: "≥", unitCell: "次")
        #expect(v.op == .atLeast)
        #expect(v.target == 2)
        #expect(v.unit == "次")
        #expect(
            IndicatorValueResolver.resolve(name: "预算金额", level2: "成本指标", targetText: "25", nature: "≤", unitCell: "万元")
                .target == 25)
    }

    @Test func qualitativeRowsTakeTheirStatusFromTheBand() {
        let partly = row("完成时效", target: "年度内完成", actual: "部分达 成预期 指标并 具有一", weight: 10, score: 7)
        #expect(IndicatorScoring.completion(partly) == nil)
        #expect(IndicatorScoring.status(partly) == .partlyMet)
        #expect(IndicatorScoring.met(partly) == false)
        #expect(IndicatorScoring.scoreRate(partly) == 70)
        #expect(IndicatorScoring.formulaScore(partly) == nil)
        let missed = row("改造完成率", target: "100%", actual: "未完成 预期指 标且效", weight: 5, score: 0)
        #expect(IndicatorScoring.status(missed) == .missed)
    }

    @Test func rangesAreMetInsideTheirBounds() {
        var r = row("采购次数", target: "3-4次", actual: "3", weight: 10, score: nil)
        #expect(IndicatorScoring.completion(r) == 100)
        r.actual = 2
        #expect(IndicatorScoring.completion(r) == 66.67)
    }

    @Test func derivedColumnsAreNullWithoutAnActualOrWeight() {
        let r = row("网络设备更新次数", target: "1次", actual: "", weight: nil, score: nil)
        #expect(IndicatorScoring.completion(r) == nil)
        #expect(IndicatorScoring.status(r) == nil)
        #expect(IndicatorScoring.met(r) == nil)
        #expect(IndicatorScoring.scoreRate(r) == nil)
    }

    @Test func executionRateIsPrintedOrComputedFromTheFullYearBudget() {
        var p = ProjectRecord(source: "x", docKind: .selfEvaluation, name: "审计费")
        p.budgetInitial = 6
        p.budgetFullYear = 5
        p.executed = 3.474
        #expect(ProjectScoring.executionRate(p) == 69.48)
        #expect(ProjectScoring.formulaExecutionScore(p) == 6.95)
        p.executionRate = 69.5
        #expect(ProjectScoring.executionRate(p) == 69.5)
        #expect(ProjectScoring.grade(p) == nil)
        p.scoreTotal = 96.95
        #expect(ProjectScoring.grade(p) == .excellent)
    }
}

/// A deadline target with a dated actual is met on or before the deadline (CLARIFICATIONS).
@Suite struct DeadlineCompletionTests {
    func row(target: String, actual: String, year: Int? = 2022) -> IndicatorRecord {
        let v = IndicatorValueResolver.resolve(name: "完成时间", level2: "时效指标", targetText: target, actualText: actual)
        var r = IndicatorRecord(project: "P", name: "完成时间")
        r.year = year
        r.op = v.op
        r.targetText = target
        r.targetValue = v.targetValue
        r.actualText = actual
        r.weight = 10
        return r
    }

    @Test func anActualDateOnOrBeforeTheDeadlineIsMet() {
        let r = row(target: "2022年12月30日前", actual: "2022年12月30日")
        #expect(IndicatorScoring.completion(r) == 100)
        #expect(IndicatorScoring.status(r) == .met)
        #expect(IndicatorScoring.formulaScore(r) == 10)
    }

    @Test func anActualDateAfterTheDeadlineIsMissed() {
        let r = row(target: "2022年12月底", actual: "2023年1月5日")
        #expect(IndicatorScoring.completion(r) == 0)
        #expect(IndicatorScoring.status(r) == .missed)
    }

    @Test func aDateWithoutAYearTakesTheDocumentsYear() {
        #expect(IndicatorScoring.completion(row(target: "12月20日前", actual: "2022年12月18日")) == 100)
        #expect(IndicatorScoring.completion(row(target: "12月20日前", actual: "2022年12月21日")) == 0)
        #expect(IndicatorScoring.completion(row(target: "12月20日前", actual: "12月18日", year: nil)) == nil)
    }

    @Test func anActualInWordsKeepsItsBand() {
        let r = row(target: "2022年12月30日前", actual: "达成预期指标")
        #expect(IndicatorScoring.completion(r) == nil)
        #expect(IndicatorScoring.status(r) == .met)
    }
}
