import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// Seed 003: 宁夏回族自治区 2024 绩效目标表 with coded levels, five projects.
@Suite struct CodedTargetTableTests {
    let load: DocumentLoad

    init() throws { load = try SeedFixtures.load(SeedFixtures.target) }

    @Test func readsEveryProjectAndIndicator() {
        #expect(load.projects.rowCount == 5)
        #expect(load.indicators.rowCount == 89)
        let counts = (0..<5).compactMap { load.projects.number("indicator_count", row: $0) }
        #expect(counts == [25, 12, 21, 16, 15])
    }

    @Test func projectFieldsComeFromTheHeaderBlock() throws {
        let p = try #require(load.project("自治区医疗保障局2024年城乡医疗救助补助资金"))
        #expect(load.projects.string("doc_kind", row: p) == "target")
        #expect(load.projects.number("year", row: p) == 2024)
        #expect(load.projects.string("region", row: p) == "宁夏回族自治区")
        #expect(load.projects.string("unit", row: p) == "宁夏回族自治区医疗保障局本级")
        #expect(load.projects.string("attribute", row: p) == "0101-一年期项目")
        #expect(load.projects.string("period", row: p) == "1年")
        #expect(load.projects.number("budget_total", row: p) == 55646)
        #expect(load.projects.number("budget_project_total", row: p) == 65000)
        #expect(load.projects.number("budget_fiscal", row: p) == 0)
        let carry = try #require(load.project("上年结转资金"))
        #expect(load.projects.number("budget_total", row: carry) == 7.821491)
        #expect(load.projects.number("budget_carryover", row: carry) == 7.821491)
        #expect(load.projects.string("period", row: carry) == "3年")
    }

    @Test func secondLevelCodesNameTheirFirstLevel() throws {
        let t = load.indicators
        let first = try #require(load.indicator("法律顾问年度服务支出", in: "自治区医疗保障局2024年专项业务费", line: 33))
        #expect(t.string("level1", row: first) == "产出指标")
        #expect(t.string("level2", row: first) == "数量指标")
        #expect(t.string("op", row: first) == "定性")
        #expect(t.string("target_text", row: first) == "不限次数")
        let midBlock = try #require(load.indicator("中心机房线路维护及专用通信网络运维项目", in: "自治区医疗保障局2024年专项业务费", line: 41))
        #expect(t.string("level2", row: midBlock) == "数量指标")
        #expect(t.string("op", row: midBlock) == "≥")
        #expect(t.number("target", row: midBlock) == 20)
        let cost = try #require(load.indicator("医保基金监管业务公务用车租赁", in: "自治区医疗保障局2024年专项业务费", line: 51))
        #expect(t.string("level2", row: cost) == "成本指标")
        #expect(t.number("target", row: cost) == 14.14)
        #expect(t.string("unit", row: cost) == "万元")
        let lasting = try #require(load.indicator("解决老百姓看病报销问题、报销比例问题，增加参保人员普及率", in: "自治区医疗保障局2024年专项业务费"))
        #expect(t.string("level1", row: lasting) == "效益指标")
        #expect(t.string("level2", row: lasting) == "可持续影响指标")
    }

    @Test func compoundAndWordedTargetsAreSplit() throws {
        let t = load.indicators
        let p = "自治区医疗保障局2024年专项业务费"
        let compound = try #require(load.indicator("全区医保系统业务区内培训班", in: p, line: 35))
        #expect(t.string("op", row: compound) == "≤")
        #expect(t.number("target", row: compound) == 5)
        #expect(t.string("unit", row: compound) == "天")
        #expect(load.warnings(atLine: 35).count == 1)
        let atLeast = try #require(load.indicator("文书档案及干部人事档案整理次数", in: p))
        #expect(t.string("op", row: atLeast) == "≥")
        #expect(t.number("target", row: atLeast) == 2)
        let deadline = try #require(load.indicator("年度预算安排执行完成时间", in: p))
        #expect(t.string("op", row: deadline) == "≤")
        #expect(t.string("direction", row: deadline) == "反向")
        let zero = try #require(load.indicator("生态破坏率", in: p))
        #expect(t.number("target", row: zero) == 0)
        #expect(t.string("direction", row: zero) == "反向")
    }

    @Test func zeroPlaceholderRowsAreSkippedWithWarnings() {
        for line in [85, 88, 130, 168, 170] { #expect(load.warnings(atLine: line).count == 1) }
        let names = (0..<load.indicators.rowCount).compactMap { load.indicators.string("name", row: $0) }
        #expect(!names.contains("0"))
    }
}
