import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// Seed 002: 盐池县 2022 批复表, three projects.
@Suite struct ApprovalFormTests {
    let load: DocumentLoad

    init() throws { load = try SeedFixtures.load(SeedFixtures.approval) }

    @Test func readsEveryProjectAndIndicator() {
        #expect(load.projects.rowCount == 3)
        #expect(load.indicators.rowCount == 49)
        let counts = (0..<3).compactMap { load.projects.number("indicator_count", row: $0) }
        #expect(counts == [15, 8, 26])
    }

    @Test func projectFieldsComeFromTheHeaderBlock() throws {
        let p = try #require(load.project("社会保障网络租用维护费"))
        #expect(load.projects.string("doc_kind", row: p) == "approval")
        #expect(load.projects.number("year", row: p) == 2022)
        #expect(load.projects.string("region", row: p) == "盐池县")
        #expect(load.projects.string("department", row: p) == "盐池县医疗保障局")
        #expect(load.projects.string("unit", row: p) == "盐池县医疗保险服务中心本级")
        #expect(load.projects.string("attribute", row: p) == "新增一次性项目")
        #expect(load.projects.string("period", row: p) == "2022-2022")
        #expect(load.projects.number("budget_total", row: p) == 68)
        #expect(load.projects.number("budget_fiscal", row: p) == 68)
        #expect(load.projects.string("goal", row: p)?.hasPrefix("目标1:构建“一卡通”网络数据交换平台") == true)
        let q = try #require(load.project("离休人员医疗费"))
        #expect(load.projects.number("budget_total", row: q) == 20)
    }

    @Test func blankLevelCellsRepeatTheLevelAbove() throws {
        let t = load.indicators
        let r = try #require(load.indicator("光纤使用数量", in: "社会保障网络租用维护费"))
        #expect(t.string("level1", row: r) == "产出指标")
        #expect(t.string("level2", row: r) == "数量指标")
        #expect(t.number("target", row: r) == 1)
        #expect(t.string("unit", row: r) == "条")
    }

    @Test func rowsShiftedLeftKeepTheirGroup() throws {
        let t = load.indicators
        let cost = try #require(load.indicator("网络设备维护修复成本", in: "社会保障网络租用维护费"))
        #expect(t.string("level2", row: cost) == "成本指标")
        #expect(t.number("target", row: cost) == 1.4)
        #expect(t.string("unit", row: cost) == "万元/年")
        #expect(t.string("target_text", row: cost) == "14000元/年")
        let satisfied = try #require(load.indicator("办事群众满意度", in: "社会保障网络租用维护费"))
        #expect(t.string("level1", row: satisfied) == "满意度指标")
        #expect(t.string("level2", row: satisfied) == "服务对象满意度指标")
        let travel = try #require(load.indicator("全年异地核票差旅成本", in: load.projects.string("name", row: 2) ?? ""))
        #expect(t.number("target", row: travel) == 5)
        let lasting = try #require(load.indicator("对维护医保基金运行安全的可持续影响", in: load.projects.string("name", row: 2) ?? ""))
        #expect(t.string("level1", row: lasting) == "效益指标")
        #expect(t.string("level2", row: lasting) == "可持续影响指标")
    }

    @Test func targetsSplitIntoOperatorNumberAndUnit() throws {
        let t = load.indicators
        let p3 = load.projects.string("name", row: 2) ?? ""
        let range = try #require(load.indicator("采购档案管理相关耗材次数", in: p3))
        #expect(t.number("target", row: range) == 3)
        #expect(t.number("target_upper", row: range) == 4)
        let days = try #require(load.indicator("报销支付时限", in: "离休人员医疗费"))
        #expect(t.string("op", row: days) == "≤")
        #expect(t.number("target", row: days) == 7)
        #expect(t.string("direction", row: days) == "反向")
        let words = try #require(load.indicator("离休人员医疗费报销标准", in: "离休人员医疗费"))
        #expect(t.string("op", row: words) == "定性")
        #expect(t.value("direction", row: words) == .null)
        let monthly = try #require(load.indicator("医保政策宣传活动时间", in: p3))
        #expect(t.string("unit", row: monthly) == "次/月")
    }

    @Test func directionInferenceIsReportedOnce() {
        #expect(load.warnings.filter { $0.message.hasPrefix("指标方向性 is not printed") }.count == 1)
        #expect(load.warnings.count == 1)
    }
}
