import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// Seed 004: 六安市金安区 2022 自评表, fourteen projects (12 and 13 share a body).
@Suite struct SelfEvaluationFormTests {
    let load: DocumentLoad

    init() throws { load = try SeedFixtures.load(SeedFixtures.selfEvaluation) }

    @Test func readsEveryProjectAndIndicator() {
        #expect(load.projects.rowCount == 14)
        #expect(load.indicators.rowCount == 125)
        let counts = (0..<14).compactMap { load.projects.number("indicator_count", row: $0) }
        #expect(counts == [11, 8, 11, 11, 7, 12, 7, 10, 7, 7, 7, 10, 10, 7])
    }

    @Test func budgetTableAndScoresAreRead() throws {
        let p = try #require(load.project("物业费、办公场地租赁费"))
        let t = load.projects
        #expect(t.string("doc_kind", row: p) == "self_evaluation")
        #expect(t.string("department", row: p) == "六安市金安区医疗保障局")
        #expect(t.string("department_code", row: p) == "262")
        #expect(t.string("unit", row: p) == "六安市金安区医疗保障")
        #expect(t.string("unit_code", row: p) == "2001")
        #expect(t.string("region", row: p) == "六安市金安区")
        #expect(t.number("budget_initial", row: p) == 25)
        #expect(t.number("budget_full_year", row: p) == 25)
        #expect(t.number("executed", row: p) == 24.958)
        #expect(t.number("execution_rate", row: p) == 99.83)
        #expect(t.number("execution_score", row: p) == 9.98)
        #expect(t.number("score_total", row: p) == 99.98)
        #expect(t.string("grade", row: p) == "优")
        #expect(t.string("goal", row: p)?.hasPrefix("保障办公场所正常运转") == true)
        #expect(t.string("outcome", row: p) == "保障了办公场所的正常使用")
    }

    @Test func truncatedBudgetLabelsAndOtherDepartmentsAreRead() throws {
        let t = load.projects
        let audit = try #require(load.project("离休干部医药费用审计费"))
        #expect(t.number("executed", row: audit) == 3.474)
        #expect(t.number("execution_rate", row: audit) == 69.48)
        #expect(t.number("execution_score", row: audit) == 6.95)
        #expect(t.number("score_total", row: audit) == 96.95)
        let aid = try #require(load.project("困难人员救助暨困难职工帮扶"))
        #expect(t.string("department", row: aid) == "六安市金安区财政局")
        #expect(t.string("department_code", row: aid) == "013")
        #expect(t.number("budget_full_year", row: aid) == 4113)
        #expect(t.number("executed", row: aid) == 3342.599)
        let carried = try #require(load.project("上年结转结余(医保局)"))
        #expect(t.number("budget_fiscal", row: carried) == 0)
        #expect(t.number("budget_carryover", row: carried) == 20)
        let network = try #require(load.project("网络升级改造经费"))
        #expect(t.string("department_code", row: network) == "202")
        #expect(t.number("score_total", row: network) == 77)
        #expect(t.string("grade", row: network) == "中")
        let insurance = try #require(load.project("城乡居民基本医疗保险"))
        #expect(t.string("unit", row: insurance) == "六安市金安区医疗保险管理")
        #expect(t.string("unit_code", row: insurance) == "2")
    }

    @Test func gradesFollowTheTotalScores() {
        let grades = (0..<14).compactMap { load.projects.string("grade", row: $0) }
        #expect(grades == ["优", "优", "优", "良", "优", "中", "优", "优", "优", "良", "优", "优", "优", "优"])
    }

    @Test func totalEqualsExecutionScorePlusIndicatorScores() {
        for row in 0..<14 {
            let id = Int(load.projects.number("project_id", row: row) ?? 0)
            let total =
                (load.projects.number("execution_score", row: row) ?? 0) + load.indicatorSum("score", project: id)
            #expect(abs(total - (load.projects.number("score_total", row: row) ?? -1)) < 0.005)
        }
    }

    @Test func wrappedLevelLabelsAndShiftedRowsKeepTheirGroups() throws {
        let t = load.indicators
        let p = "物业费、办公场地租赁费"
        let shifted = try #require(load.indicator("办公场所维修成本", in: p))
        #expect(t.string("level1", row: shifted) == "产出指标")
        #expect(t.string("level2", row: shifted) == "成本指标")
        #expect(t.string("op", row: shifted) == "≤")
        #expect(t.number("target", row: shifted) == 7)
        #expect(t.number("actual", row: shifted) == 7)
        #expect(t.number("weight", row: shifted) == 5)
        #expect(t.number("score", row: shifted) == 5)
        let satisfied = try #require(load.indicator("单位职工满意度", in: p))
        #expect(t.string("level1", row: satisfied) == "满意度指标")
        #expect(t.string("target_text", row: satisfied) == "≥90百分比")
        #expect(t.number("target", row: satisfied) == 90)
        #expect(t.string("unit", row: satisfied) == "%")
        let wrapped = try #require(load.indicator("办公场所维修建设合格率", in: p))
        #expect(t.number("target", row: wrapped) == 100)
        #expect(t.number("actual", row: wrapped) == 100)
        let lasting = try #require(load.indicator("保障全区医保专网运行平稳，提高医保专网的运行效率", in: "网络升级改造经费"))
        #expect(t.string("level1", row: lasting) == "效益指标")
        #expect(t.string("level2", row: lasting) == "可持续影响指标")
    }

    @Test func aLabelLikeIndicatorNameAfterBothLevelsIsAName() throws {
        let t = load.indicators
        let r = try #require(load.indicator("服务对象满意度", in: "上年结转结余(医保局)"))
        #expect(t.string("target_text", row: r) == "$\\geq 90\\%$")
        #expect(t.string("op", row: r) == "≥")
        #expect(t.number("target", row: r) == 90)
        #expect(t.number("actual", row: r) == 95)
        #expect(t.number("score", row: r) == 10)
    }

    @Test func actualsScoresAndDeviationsAreStoredAsGiven() throws {
        let t = load.indicators
        let missed = try #require(load.indicator("救助人次", in: "困难人员救助暨困难职工帮扶"))
        #expect(t.number("target", row: missed) == 300000)
        #expect(t.number("actual", row: missed) == 150000)
        #expect(t.number("weight", row: missed) == 5)
        #expect(t.number("score", row: missed) == 2)
        #expect(t.string("deviation", row: missed) == "未达到人次")
        #expect(t.number("completion", row: missed) == 50)
        #expect(t.string("status", row: missed) == "未达成")
        #expect(t.value("met", row: missed) == .boolean(false))
        #expect(t.number("score_rate", row: missed) == 40)
        #expect(t.number("expected_score", row: missed) == 2.5)
        let people = try #require(load.indicator("全区医疗生育参保人次", in: "医疗、生育待遇支付网络信息维护费"))
        #expect(t.number("target", row: people) == 73.75)
        #expect(t.string("unit", row: people) == "万人次")
        #expect(t.number("actual", row: people) == 70.69)
        #expect(t.number("score", row: people) == 18)
        let partly = try #require(load.indicator("完成时效", in: "网络升级改造经费"))
        #expect(t.string("actual_text", row: partly) == "部分达成预期指标并具有一")
        #expect(t.string("status", row: partly) == "部分达成")
        #expect(t.number("score", row: partly) == 7)
        #expect(t.string("deviation", row: partly) == "由于即将搬迁办公区未进行")
    }

    @Test func yuanActualsAndFractionRatesAreConvertedWithWarnings() throws {
        let t = load.indicators
        let yuan = try #require(load.indicator("远程查房终端成本", in: "医保智能审核移动终端经费"))
        #expect(t.string("actual_text", row: yuan) == "5000")
        #expect(t.number("actual", row: yuan) == 0.5)
        #expect(t.value("met", row: yuan) == .boolean(true))
        #expect(load.warnings(atLine: 109).count == 1)
        let rate = try #require(load.indicator("专项行动完成率", in: "医保基金监管专项行动经费"))
        #expect(t.string("target_text", row: rate) == "1")
        #expect(t.number("target", row: rate) == 100)
        #expect(load.warnings(atLine: 79).count == 1)
        let perPerson = try #require(load.indicator("单人救助金额", in: "困难人员救助暨困难职工帮扶"))
        #expect(t.number("target", row: perPerson) == 5)
        #expect(t.string("unit", row: perPerson) == "万元")
    }

    @Test func aRowWithOneNumberGetsItAsTheScore() throws {
        let t = load.indicators
        let r = try #require(load.indicator("申请流程合规性", in: "困难人员救助暨困难职工帮扶"))
        #expect(t.value("weight", row: r) == .null)
        #expect(t.number("score", row: r) == 0)
        #expect(load.warnings(atLine: 197).count == 1)
    }

    @Test func placeholderRowsAreSkippedWithWarnings() {
        let placeholders = load.warnings.filter { $0.message.contains("placeholder") }
        // Two per project, except 上年结转结余 whose 经济效益指标 row is a real indicator.
        #expect(placeholders.count == 27)
        #expect(placeholders.contains { $0.line == 41 })
        #expect(placeholders.contains { $0.line == 134 })
    }

    @Test func theYearIsGuessedFromDatesAndSaysSo() {
        #expect((0..<14).allSatisfy { load.projects.number("year", row: $0) == 2022 })
        #expect(load.warnings.contains { $0.line == nil && $0.message.contains("2022 guessed") })
    }

    @Test func aProjectWithTheSameBodyAsAnotherIsKeptAndFlagged() {
        #expect(load.project("离休人员医药统筹费") != nil)
        #expect(load.project("离休人员医药费历史欠款") != nil)
        #expect(load.warnings(atLine: 296).count == 1)
    }

    @Test func indicatorsCarryTheirProjectsContext() throws {
        let t = load.indicators
        let r = try #require(load.indicator("审计次数", in: "离休干部医药费用审计费"))
        #expect(t.number("project_id", row: r) == 7)
        #expect(t.number("year", row: r) == 2022)
        #expect(t.string("region", row: r) == "六安市金安区")
        #expect(t.string("department", row: r) == "六安市金安区医疗保障局")
        let ids = (0..<t.rowCount).compactMap { t.number("indicator_id", row: $0) }
        #expect(ids == (1...125).map(Double.init))
    }
}

@Suite struct ProjectListTests {
    @Test func theProjectListIsCheckedAgainstTheFormsRead() throws {
        let seed = try SeedFixtures.text(SeedFixtures.selfEvaluation)
        let complete = try DocumentImporter.load(text: seed, source: "004.txt", options: LoadOptions())
        #expect(!complete.warnings.contains { $0.message.contains("project list") })
        #expect(!complete.warnings.contains { $0.line == 5 })
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        // Drop the form of project 5 (机关党建经费, lines 117–136).
        let shortened = (lines[..<116] + lines[136...]).joined(separator: "\n")
        let load = try DocumentImporter.load(text: shortened, source: "004.txt", options: LoadOptions())
        #expect(load.projects.rowCount == 13)
        #expect(load.warnings.contains { $0.line == 10 && $0.message.contains("机关党建经费") })
    }
}
