import JixiaoEngine
import Testing

@testable import JixiaoDomain

/// Each audit rule on small hand-made forms: it finds the mistake it is for and stays quiet on a
/// form that follows DOMAIN.md. Seed 004 itself is pinned in the workbench tests.
@Suite struct AuditRuleTests {
    /// A self-evaluation project out of 100: execution 10 at 100 %, indicators as given.
    func project(
        _ id: Int, name: String = "P", kind: DocumentKind = .selfEvaluation, executionScore: Double? = 10,
        total: Double? = nil, line: Int = 1
    ) -> ProjectRecord {
        var p = ProjectRecord(projectID: id, source: "doc.txt", docKind: kind, name: name)
        p.budgetFullYear = 10
        p.executed = 10
        p.executionRate = 100
        p.executionScore = kind == .selfEvaluation ? executionScore : nil
        p.scoreTotal = total
        p.line = line
        return p
    }

    func row(
        _ id: Int, project: Int, _ name: String, target: String, actual: String? = nil, weight: Double?,
        score: Double? = nil, direction: Direction? = nil
    ) -> IndicatorRecord {
        let v = IndicatorValueResolver.resolve(name: name, level2: nil, targetText: target, actualText: actual)
        var r = IndicatorRecord(indicatorID: id, projectID: project, project: "P\(project)", name: name)
        r.op = v.op
        r.targetText = target
        r.target = v.target
        r.targetUpper = v.targetUpper
        r.unit = v.unit
        r.actualText = actual
        r.actual = v.actual
        r.weight = weight
        r.score = score
        r.direction = direction ?? Direction.inferred(from: v.targetValue)
        r.line = 100 + id
        return r
    }

    /// Ninety points of indicators that follow every rule.
    func sound(project p: Int, firstID: Int = 1) -> [IndicatorRecord] {
        [
            row(firstID, project: p, "台数", target: "≥10台", actual: "10", weight: 50, score: 50),
            row(firstID + 1, project: p, "成本", target: "≤5万元", actual: "4", weight: 30, score: 30),
            row(firstID + 2, project: p, "满意度", target: "效果明显", actual: "达成预期指标", weight: 10, score: 10),
        ]
    }

    func run(_ rule: AuditRule, _ projects: [ProjectRecord], _ indicators: [IndicatorRecord]) -> [AuditFinding] {
        rule.findings(AuditData(projects: projects, indicators: indicators))
    }

    @Test func aSoundFormHasNoFindingsUnderAnyRule() {
        let findings = Audit.findings(AuditData(projects: [project(1, total: 100)], indicators: sound(project: 1)))
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func everyRuleHasADistinctCode() {
        let codes = AuditRules.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.contains("score_formula") && codes.contains("duplicate_project"))
    }

    @Test func weightsThatDoNotAddUpToNinetyAreFound() {
        var rows = sound(project: 1)
        rows[0].weight = 45
        let f = run(WeightsTotalRule.rule, [project(1)], rows)
        #expect(f.count == 1)
        #expect(f.first?.difference == -5)
        #expect(f.first?.found == "Σ weights 85 + 10 execution = 95")
        #expect(run(WeightsTotalRule.rule, [project(1)], sound(project: 1)).isEmpty)
    }

    @Test func aDeclarationFormsIndicatorRowsAddUpToNinety() {
        #expect(run(WeightsTotalRule.rule, [project(1, kind: .declaration)], sound(project: 1)).isEmpty)
        var rows = sound(project: 1)
        rows[1].weight = 40
        #expect(run(WeightsTotalRule.rule, [project(1, kind: .declaration)], rows).count == 1)
    }

    @Test func formsWithoutWeightsAreNotCheckedForTheirTotal() {
        let rows = sound(project: 1).map { r -> IndicatorRecord in
            var r = r; r.weight = nil; return r
        }
        #expect(run(WeightsTotalRule.rule, [project(1, kind: .approval)], rows).isEmpty)
    }

    @Test func anExecutionScoreOffTheRateIsFound() {
        var p = project(1, executionScore: 9)
        p.executed = 8.127
        p.executionRate = 81.27
        let f = run(ExecutionScoreRule.rule, [p], [])
        #expect(f.map(\.found) == ["9"])
        #expect(f.first?.difference == 0.87)
        p.executionScore = 8.13
        #expect(run(ExecutionScoreRule.rule, [p], []).isEmpty)
    }

    @Test func executionScoresRoundedEitherWayAgree() {
        // Seed 004's P11: B/A × 10 = 9.5547 and 95.55 % × 10 = 9.555; the form prints 9.55.
        var p = project(1, executionScore: 9.55)
        p.budgetFullYear = 4298.38
        p.executed = 4106.965
        p.executionRate = 95.55
        #expect(run(ExecutionScoreRule.rule, [p], []).isEmpty)
    }

    @Test func executionAboveTheBudgetEarnsNoMoreThanTen() {
        var p = project(1, executionScore: 11)
        p.executed = 11
        p.executionRate = 110
        #expect(run(ExecutionScoreRule.rule, [p], []).map(\.difference) == [1])
    }

    @Test func aTotalThatIsNotTheSumOfItsPartsIsFound() {
        let f = run(TotalScoreRule.rule, [project(1, total: 98)], sound(project: 1))
        #expect(f.count == 1)
        #expect(f.first?.expected == "100 = 10 execution + 90 indicators")
        #expect(run(TotalScoreRule.rule, [project(1, total: 100)], sound(project: 1)).isEmpty)
    }

    @Test func aScoreAboveItsWeightIsFound() {
        var rows = sound(project: 1)
        rows[2].score = 12
        let f = run(ScoreAboveWeightRule.rule, [project(1)], rows)
        #expect(f.map(\.indicatorID) == [3])
        #expect(f.first?.line == 103)
    }

    @Test func aScoreThatDoesNotFollowTheFormulaIsFound() {
        // DOMAIN.md §3.2 #1: ≥15台, actual 7, weight 5, scored 3; the formula gives 2.33.
        let rows = [row(1, project: 1, "移动终端台数", target: "≥15台", actual: "7", weight: 5, score: 3)]
        let f = run(ScoreFormulaRule.rule, [project(1)], rows)
        #expect(f.map(\.found) == ["3"])
        #expect(f.first?.expected == "2.33 = 46.67% × 5")
        #expect(f.first?.difference == 0.67)
    }

    @Test func anUpperBoundScoresTargetOverActual() {
        // DOMAIN.md §3.2 #6: ≤5万元, actual 9, scored 2; the formula gives 5/9 × 5 = 2.78.
        let rows = [row(1, project: 1, "宣传费材料印刷费", target: "≤5万元", actual: "9", weight: 5, score: 2)]
        #expect(run(ScoreFormulaRule.rule, [project(1)], rows).map(\.difference) == [-0.78])
        let scoredRight = [row(1, project: 1, "宣传费材料印刷费", target: "≤5万元", actual: "9", weight: 5, score: 2.78)]
        #expect(run(ScoreFormulaRule.rule, [project(1)], scoredRight).isEmpty)
    }

    @Test func qualitativeScoresAreCheckedAgainstTheirBandNotAPoint() {
        // 部分达成 allows 60–80 %: 7 of 10 passes, 9 of 10 does not.
        let inBand = [row(1, project: 1, "完成时效", target: "年度内完成", actual: "部分达 成预期 指标并 具有一", weight: 10, score: 7)]
        #expect(run(ScoreBandRule.rule, [project(1)], inBand).isEmpty)
        #expect(run(ScoreFormulaRule.rule, [project(1)], inBand).isEmpty)
        let above = [row(1, project: 1, "完成时效", target: "年度内完成", actual: "部分达成预期指标", weight: 10, score: 9)]
        let f = run(ScoreBandRule.rule, [project(1)], above)
        #expect(f.map(\.expected) == ["6–8 (部分达成 60–80%)"])
        #expect(f.first?.difference == 1)
    }

    @Test func aNumericTargetJudgedWithABandWordIsCheckedByTheBand() {
        // DOMAIN.md §3.2 #16: 改造完成率 100%, actual 未完成预期指标…, scored 0 of 5.
        let rows = [row(1, project: 1, "改造完成率", target: "100%", actual: "未完成 预期指 标且效", weight: 5, score: 0)]
        #expect(run(ScoreBandRule.rule, [project(1)], rows).isEmpty)
        var high = rows
        high[0].score = 4
        #expect(run(ScoreBandRule.rule, [project(1)], high).count == 1)
    }

    @Test func anOperatorAgainstItsDirectionIsFound() {
        let rows = [
            row(1, project: 1, "购置数量", target: "≤5台", weight: 10, direction: .positive),
            row(2, project: 1, "覆盖率", target: "≥95%", weight: 10, direction: .negative),
            row(3, project: 1, "成本", target: "≤5万元", weight: 10, direction: .negative),
            row(4, project: 1, "人数", target: "=38人", weight: 10, direction: .negative),
        ]
        let f = run(OperatorDirectionRule.rule, [project(1, kind: .declaration)], rows)
        #expect(f.map(\.indicatorID) == [1, 2])
        #expect(f.first?.found == "≤ ≤5台 on 正向")
    }

    @Test func aQualitativeTargetWithANumberIsFound() {
        var numbered = row(1, project: 1, "服务质量", target: "95%", weight: 10)
        numbered.op = .qualitative
        var worded = row(2, project: 1, "服务质量", target: "优", weight: 10)
        worded.op = .qualitative
        var dated = row(3, project: 1, "完成时间", target: "2022年12月底", weight: 10)
        dated.op = .qualitative
        dated.target = nil
        let f = run(QualitativeWithNumberRule.rule, [project(1, kind: .declaration)], [numbered, worded, dated])
        #expect(f.map(\.indicatorID) == [1])
    }

    @Test func aRowWithoutAWeightAmongWeightedOnesIsFound() {
        var rows = sound(project: 1)
        rows.append(row(9, project: 1, "申请流程合规性", target: "合规", actual: "达成预期指标", weight: nil, score: 0))
        let f = run(MissingWeightRule.rule, [project(1)], rows)
        #expect(f.map(\.indicatorID) == [9])
        #expect(f.first?.found == "no weight, score 0")
    }

    @Test func aSelfEvaluationRowWithoutAnActualIsFound() {
        var rows = sound(project: 1)
        rows.append(row(9, project: 1, "办公人数", target: "=38人", actual: "  ", weight: 5, score: 5))
        #expect(run(MissingActualRule.rule, [project(1)], rows).map(\.indicatorID) == [9])
        // Targets tables have no actuals to miss.
        #expect(
            run(
                MissingActualRule.rule, [project(1, kind: .target)],
                rows.map { r in
                    var r = r; r.actualText = nil; r.actual = nil; return r
                }
            ).isEmpty)
    }

    @Test func anActualFarAboveALowerBoundIsFlaggedAsOverAchievement() {
        // DOMAIN.md §3.2 #8: ≥8次, actual 13 (162.5 %), full score: flagged, not deducted.
        let rows = [
            row(1, project: 1, "专项行动完成次数", target: "≥8次", actual: "13", weight: 5, score: 5),
            row(2, project: 1, "满意度", target: "≥85%", actual: "100", weight: 10, score: 10),
        ]
        let f = run(OverAchievementRule.rule, [project(1)], rows)
        #expect(f.map(\.indicatorID) == [1])
        #expect(f.first?.found == "13 = 162.5% of ≥8次")
    }

    @Test func aProjectPrintedTwiceUnderAnotherNameIsFoundOnce() {
        let p12 = project(12, name: "离休人员医药统筹费", line: 272), p13 = project(13, name: "离休人员医药费历史欠款", line: 296)
        let rows = sound(project: 12) + sound(project: 13, firstID: 4)
        let f = run(DuplicateProjectRule.rule, [p12, p13], rows)
        #expect(f.count == 1)
        #expect(f.first?.projectID == 13)
        #expect(f.first?.indicator == nil)
        #expect(f.first?.found == "same contents as project 12 离休人员医药统筹费, line 272")
    }

    @Test func projectsThatDifferInOneIndicatorAreNotCopies() {
        var rows = sound(project: 12) + sound(project: 13, firstID: 4)
        rows[5].score = 9
        #expect(run(DuplicateProjectRule.rule, [project(12), project(13)], rows).isEmpty)
        var other = project(13)
        other.source = "other.txt"
        #expect(
            run(DuplicateProjectRule.rule, [project(12), other], sound(project: 12) + sound(project: 13, firstID: 4))
                .isEmpty)
    }

    @Test func findingsComeInDocumentOrderAndBecomeTheChecksTable() {
        var rows = sound(project: 1)
        rows[0].score = 40
        let findings = Audit.findings(AuditData(projects: [project(1, total: 100)], indicators: rows))
        #expect(findings.map(\.rule) == ["total_score", "score_formula"])
        let table = Audit.table(findings)
        #expect(
            table.names == [
                "source", "project_id", "project", "indicator_id", "indicator", "rule", "found",
                "expected", "difference", "line",
            ])
        #expect(table.index(of: "document") == 0)
        #expect(table.rowCount == 2)
        #expect(Audit.summary(findings, documentsChecked: 4) == "2 findings in 1 document (4 checked)")
    }

    @Test func theAuditReadsTablesThatLackColumns() {
        // An export with only a few columns: the rules that need the rest find nothing.
        let projects = Table([("project_id", Column.from([.integer(1)])), ("name", Column.from([.string("P")]))])
        let indicators = Table([("project_id", Column.from([.integer(1)])), ("weight", Column.from([.integer(50)]))])
        let data = AuditTableReader.data(projects: projects, indicators: indicators)
        #expect(data.projects.first?.docKind == .declaration)
        #expect(Audit.findings(data).map(\.rule) == ["weights_total"])
    }
}
