import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// Seed 001: 遂宁市 2022 绩效目标申报表, six projects, checked against the document by reading it.
@Suite struct DeclarationFormTests {
    let load: DocumentLoad

    init() throws { load = try SeedFixtures.load(SeedFixtures.declaration) }

    @Test func readsEveryProjectAndIndicator() {
        #expect(load.projects.rowCount == 6)
        #expect(load.indicators.rowCount == 37)
        let counts = (0..<6).compactMap { load.projects.number("indicator_count", row: $0) }
        #expect(counts == [7, 6, 7, 6, 6, 5])
    }

    @Test func projectFieldsComeFromTheHeaderBlock() throws {
        let p = try #require(load.project("信息化建设经费"))
        #expect(load.projects.string("doc_kind", row: p) == "declaration")
        #expect(load.projects.number("year", row: p) == 2022)
        #expect(load.projects.string("region", row: p) == "遂宁市")
        #expect(load.projects.string("department", row: p) == "遂宁市医疗保障局")
        #expect(load.projects.string("unit", row: p) == "市医保局")
        #expect(load.projects.string("contact", row: p) == "邱沉")
        #expect(load.projects.number("budget_total", row: p) == 25)
        #expect(load.projects.number("budget_fiscal", row: p) == 25)
        #expect(load.projects.string("goal", row: p)?.hasPrefix("建设医保骨干专网保障全市医保结算") == true)
        let q = try #require(load.project("办公设备更新购置"))
        #expect(load.projects.number("budget_total", row: q) == 5.5)
        #expect(load.projects.string("contact", row: q) == "罗芳")
        #expect(load.projects.number("project_id", row: q) == 2)
    }

    @Test func natureUnitWeightAndDirectionColumnsAreRead() throws {
        let t = load.indicators
        let r = try #require(load.indicator("医保电子凭证激活人数", in: "信息化建设经费"))
        #expect(t.string("level1", row: r) == "产出指标")
        #expect(t.string("level2", row: r) == "数量指标")
        #expect(t.string("op", row: r) == "≥")
        #expect(t.string("target_text", row: r) == "1200000")
        #expect(t.number("target", row: r) == 1_200_000)
        #expect(t.string("unit", row: r) == "人次")
        #expect(t.number("weight", row: r) == 20)
        #expect(t.string("direction", row: r) == "正向")
        let eq = try #require(load.indicator("经办机构人脸识别覆盖率", in: "信息化建设经费"))
        #expect(t.string("op", row: eq) == "=")
        #expect(t.string("unit", row: eq) == "%")
        let q = try #require(load.indicator("降低药品耗材虚高价格", in: "医疗保障服务支付和管理项目"))
        #expect(t.string("op", row: q) == "定性")
        #expect(t.string("target_text", row: q) == "优")
        #expect(t.value("target", row: q) == .null)
        #expect(t.string("direction", row: q) == "反向")
        #expect(t.number("weight", row: q) == 15)
        let twice = try #require(load.indicator("培训召开的场次", in: "医疗保障服务支付和管理项目"))
        #expect(t.number("target", row: twice) == 2)
        #expect(t.string("unit", row: twice) == "次")
    }

    @Test func shiftedColumnsAreRealignedByContent() throws {
        let t = load.indicators
        let deadline = try #require(load.indicator("完成时间", in: "医保基金监管经费"))
        #expect(t.string("op", row: deadline) == "≤")
        #expect(t.string("target_text", row: deadline) == "2022年12月30日前")
        #expect(t.value("unit", row: deadline) == .null)
        #expect(t.number("weight", row: deadline) == 10)
        #expect(t.string("direction", row: deadline) == "反向")
        let days = try #require(load.indicator("拨付的时间", in: "打击欺诈骗保举报奖励基金"))
        #expect(t.number("target", row: days) == 15)
        #expect(t.string("unit", row: days) == "天")
        #expect(t.number("weight", row: days) == 20)
    }

    @Test func weightsAddUpToNinetyPerProject() {
        for id in 1...6 { #expect(load.indicatorSum("weight", project: id) == 90) }
    }

    @Test func thePlaceholderRowIsSkippedWithAWarning() {
        #expect(load.warnings(atLine: 86).count == 1)
        #expect(load.warnings.allSatisfy { $0.file == SeedFixtures.declaration })
        #expect(load.warnings.count == 1)
    }
}
