import JixiaoDomain
import Testing

@testable import JixiaoIngest

@Suite struct LayoutDetectionTests {
    @Test(arguments: [
        (SeedFixtures.declaration, DocumentKind.declaration), (SeedFixtures.approval, .approval),
        (SeedFixtures.target, .target), (SeedFixtures.selfEvaluation, .selfEvaluation),
    ])
    func eachSeedIsRecognisedFromItsContentNotItsName(_ pair: (String, DocumentKind)) throws {
        let text = try SeedFixtures.text(pair.0)
        #expect(LayoutRegistry.detect(SourceText(text))?.kind == pair.1)
        let load = try DocumentImporter.load(text: text, source: "renamed.csv", options: LoadOptions())
        #expect(load.projects.string("doc_kind", row: 0) == pair.1.rawValue)
        #expect(load.projects.string("source", row: 0) == "renamed.csv")
    }

    /// The 部门整体 kinds come from a form's title over any layout, so they have none of their own.
    @Test func theRegistryListsEveryLayoutOnce() {
        let kinds = DocumentKind.allCases.filter { $0.forWholeDepartment != $0 }
        #expect(Set(LayoutRegistry.all.map { $0.kind }) == Set(kinds))
        #expect(LayoutRegistry.all.count == kinds.count)
    }

    @Test func aWholeDepartmentFormIsItsOwnKindWithTheDepartmentAsItsProject() throws {
        let text = "2023年部门整体绩效目标表\n部门名称\t某县民政局\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t救助人次\t≥500人次\n"
        let load = try DocumentImporter.load(text: text, source: "d.txt", options: LoadOptions())
        #expect(load.projects.string("doc_kind", row: 0) == "department_target")
        #expect(load.projects.string("name", row: 0) == "某县民政局")
        #expect(load.indicators.rowCount == 1)
    }

    @Test func anApprovalFormWithMidTermAndAnnualBlocksReadsTheAnnualTargetAndKeepsTheMidTermText() throws {
        let text =
            "部门项目支出绩效目标批复表\n项目名称\t测试项目\n一级指标\t二级指标\t三级指标\t中期指标值\t一级指标\t二级指标\t三级指标\t年度指标值\n"
            + "产出指标\t数量指标\t培训人数\t≥1000人\t产出指标\t数量指标\t培训人数\t≥300人\n"
        let load = try DocumentImporter.load(text: text, source: "m.txt", options: LoadOptions())
        #expect(load.indicators.rowCount == 1)
        #expect(load.indicators.string("target_text", row: 0) == "≥300人")
        #expect(load.indicators.string("target_midterm", row: 0) == "≥1000人")
    }

    @Test func aListOfProjectsWithOneRowPerIndicatorStartsAProjectAtEachName() throws {
        let text =
            "项目名称\t主管部门\t项目资金\t一级指标\t二级指标\t三级指标\t指标值\n"
            + "甲项目\t某县财政局\t100\t产出指标\t数量指标\t完成数量\t≥10个\n\t\t\t\t质量指标\t合格率\t100%\n"
            + "乙项目\t某县教育局\t50\t产出指标\t数量指标\t培训人次\t≥200人次\n"
        let load = try DocumentImporter.load(text: text, source: "l.txt", options: LoadOptions())
        #expect(load.projects.rowCount == 2)
        #expect(load.projects.number("budget_total", row: 0) == 100)
        #expect(load.indicators.rowCount == 3)
        #expect(load.indicators.string("level1", row: 1) == "产出指标")
        #expect(load.indicators.string("project", row: 2) == "乙项目")
    }
}
