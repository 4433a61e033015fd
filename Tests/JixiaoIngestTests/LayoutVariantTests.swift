import Foundation
import JixiaoEngine
import JixiaoTestSupport
import Testing

@testable import JixiaoIngest

/// Hand-made variants of the seeds: what extraction from another PDF or Excel file could produce.
@Suite struct LayoutVariantTests {
    static let declaration = """
        2023年市级预算项目支出绩效目标申报表
        单位信息：\t\t市医保局\t项目名称：\t测试项目\t职能职责与活动：\t测试
        主管部门\t\t遂宁市医疗保障局\t项目经办人：\t张三\t项目总额：\t\t10万元
        预算执行率权重（%）：\t\t10\t经办人电话：\t\t其中：\t财政资金：\t10万元
        整体目标：\t\t完成测试。
        """

    @Test func columnsInAnotherOrderAreReadByTheirHeaders() throws {
        let text =
            Self.declaration + """

                一级指标\t二级指标\t三级指标\t权重（%）\t指标方向性\t指标值\t度量单位\t指标性质
                产出指标\t数量指标\t检查次数\t20\t正向\t2\t次\t≥
                产出指标\t时效指标\t完成时间\t10\t反向\t2023年12月30日前\t\t≤
                效益指标\t可持续发展指标\t维护基金安全\t30\t正向\t安全\t\t定性
                满意度指标\t服务对象满意度\t群众满意度\t10\t正向\t90\t%\t≥
                """
        let load = try DocumentImporter.load(text: text, source: "reordered.txt", options: LoadOptions())
        let t = load.indicators
        #expect(load.projects.string("doc_kind", row: 0) == "declaration")
        #expect(load.projects.number("year", row: 0) == 2023)
        #expect(t.rowCount == 4)
        #expect(t.string("op", row: 0) == "≥")
        #expect(t.number("target", row: 0) == 2)
        #expect(t.string("unit", row: 0) == "次")
        #expect(t.number("weight", row: 0) == 20)
        #expect(t.string("direction", row: 0) == "正向")
        #expect(t.string("target_text", row: 1) == "2023年12月30日前")
        #expect(t.string("direction", row: 1) == "反向")
        #expect(t.string("op", row: 2) == "定性")
        #expect(t.string("target_text", row: 2) == "安全")
        #expect(t.number("weight", row: 2) == 30)
        #expect(t.string("unit", row: 3) == "%")
        #expect(load.warnings.isEmpty)
    }

    @Test func aMissingUnitColumnLeavesTheUnitInTheValue() throws {
        let text =
            Self.declaration + """

                一级指标\t二级指标\t三级指标\t指标性质\t指标值\t权重（%）\t指标方向性
                产出指标\t数量指标\t检查次数\t≥\t2次\t20\t正向
                产出指标\t成本指标\t预算金额\t≤\t10万元\t10\t反向
                满意度指标\t服务对象满意度\t群众满意度\t≥\t90%\t10\t正向
                """
        let load = try DocumentImporter.load(text: text, source: "nounit.txt", options: LoadOptions())
        let t = load.indicators
        #expect(t.rowCount == 3)
        #expect(t.string("unit", row: 0) == "次")
        #expect(t.number("weight", row: 0) == 20)
        #expect(t.number("target", row: 1) == 10)
        #expect(t.string("unit", row: 1) == "万元")
        #expect(t.string("direction", row: 1) == "反向")
        #expect(t.number("target", row: 2) == 90)
        #expect(t.string("unit", row: 2) == "%")
        #expect(load.warnings.isEmpty)
    }

    @Test func extraBlankLinesAndWindowsLineEndingsChangeNothing() throws {
        let original = try SeedFixtures.text(SeedFixtures.approval)
        let spaced = original.split(separator: "\n", omittingEmptySubsequences: false).joined(
            separator: "\r\n\r\n  \r\n")
        let a = try DocumentImporter.load(text: original, source: "a.txt", options: LoadOptions())
        let b = try DocumentImporter.load(text: spaced, source: "a.txt", options: LoadOptions())
        #expect(b.projects.rowCount == 3)
        #expect(b.indicators.rowCount == 49)
        for column in ["name", "level1", "level2", "target_text", "unit"] {
            let left = (0..<49).map { a.indicators.value(column, row: $0) }
            let right = (0..<49).map { b.indicators.value(column, row: $0) }
            #expect(left == right, "column \(column)")
        }
        #expect(
            (0..<49).map { a.indicators.number("target", row: $0) }
                == (0..<49).map { b.indicators.number("target", row: $0) })
    }

    @Test func aNameWrappedOntoTheNextLineIsJoinedWithAWarning() throws {
        let seed = try SeedFixtures.text(SeedFixtures.approval)
        let wrapped = seed.replacingOccurrences(of: "\t\t\t光纤使用数量\t1条", with: "\t\t\t光纤使用\t1条\n\t\t\t数量\t")
        let load = try DocumentImporter.load(text: wrapped, source: "wrapped.txt", options: LoadOptions())
        #expect(load.indicators.rowCount == 49)
        let r = try #require(load.indicator("光纤使用数量", in: "社会保障网络租用维护费"))
        #expect(load.indicators.number("target", row: r) == 1)
        #expect(load.warnings.contains { $0.line == 17 && $0.message.contains("joined to the name") })
    }

    @Test func aTargetWrappedOntoTheNextLineIsJoinedWithAWarning() throws {
        let seed = try SeedFixtures.text(SeedFixtures.approval)
        let wrapped = seed.replacingOccurrences(of: "\t\t\t光纤使用数量\t1条", with: "\t\t\t光纤使用数量\t1\n\t\t\t\t条")
        let load = try DocumentImporter.load(text: wrapped, source: "wrapped.txt", options: LoadOptions())
        let r = try #require(load.indicator("光纤使用数量", in: "社会保障网络租用维护费"))
        #expect(load.indicators.string("target_text", row: r) == "1条")
        #expect(load.indicators.string("unit", row: r) == "条")
        #expect(load.warnings.contains { $0.line == 17 && $0.message.contains("joined to the target") })
    }

    @Test func aGB18030FileIsDecoded() throws {
        let text = try SeedFixtures.text(SeedFixtures.selfEvaluation)
        let data = try #require(text.data(using: TextDecoding.gb18030))
        #expect(String(data: data, encoding: .utf8) == nil)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gb18030-\(UUID().uuidString).txt")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let load = try SeedFixtures.document(at: url.path)
        #expect(load.projects.rowCount == 14)
        #expect(load.indicators.rowCount == 125)
        #expect(load.projects.string("source", row: 0) == url.lastPathComponent)
        #expect(load.project("物业费、办公场地租赁费") != nil)
    }

    @Test func aUTF8FileWithABOMIsDecoded() throws {
        let text = try SeedFixtures.text(SeedFixtures.declaration)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bom-\(UUID().uuidString).txt")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let load = try SeedFixtures.document(at: url.path)
        #expect(load.projects.rowCount == 6)
        #expect(load.indicators.rowCount == 37)
    }

    @Test func optionsOverrideYearRegionAndFirstIds() throws {
        let options = LoadOptions(year: 2030, region: "测试区", firstProjectID: 100, firstIndicatorID: 1000)
        let load = try SeedFixtures.load(SeedFixtures.target, options: options)
        #expect(load.projects.number("project_id", row: 0) == 100)
        #expect(load.projects.number("project_id", row: 4) == 104)
        #expect(load.indicators.number("indicator_id", row: 0) == 1000)
        #expect(load.indicators.number("indicator_id", row: 88) == 1088)
        #expect(load.indicators.number("project_id", row: 88) == 104)
        #expect((0..<5).allSatisfy { load.projects.number("year", row: $0) == 2030 })
        #expect((0..<89).allSatisfy { load.indicators.string("region", row: $0) == "测试区" })
        let selfEval = try SeedFixtures.load(SeedFixtures.selfEvaluation, options: LoadOptions(year: 2022))
        #expect(!selfEval.warnings.contains { $0.message.contains("guessed") })
    }

    @Test func aFileThatIsNoDocumentIsAClearError() {
        for text in ["", "hello\nworld", "name,value\na,1\n", "项目名称\t\n"] {
            #expect {
                try DocumentImporter.load(text: text, source: "x.txt", options: LoadOptions())
            } throws: { error in
                guard let e = error as? DocumentImportError else { return false }
                return e.description.hasPrefix("x.txt: ") && e.description.contains("not a performance document")
            }
        }
    }

    @Test func aMissingFileIsAClearError() {
        #expect(throws: DocumentImportError.self) {
            try FileImporter.load(path: "/nonexistent/none.txt", options: LoadOptions())
        }
    }

    @Test func warningsNameTheFileAndLine() throws {
        let load = try SeedFixtures.load(SeedFixtures.declaration)
        #expect(
            load.warnings.first?.description
                == "001_3903fb4e2e6b4dba.txt:86: row under 产出指标/数量指标 names no indicator; skipped as a placeholder")
        #expect(
            load.summary(file: "001_3903fb4e2e6b4dba.txt")
                == "001_3903fb4e2e6b4dba.txt: 6 projects, 37 indicators, 1 warning")
    }

    @Test func damagedCopiesOfEverySeedNeverTrap() throws {
        for name in [SeedFixtures.declaration, SeedFixtures.approval, SeedFixtures.target, SeedFixtures.selfEvaluation]
        {
            let lines = try SeedFixtures.text(name).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            var generator = SplitMix(seed: UInt64(lines.count))
            for n in stride(from: 0, through: lines.count, by: 13) {
                _ = try? DocumentImporter.load(
                    text: lines.prefix(n).joined(separator: "\n"), source: name, options: LoadOptions())
                _ = try? DocumentImporter.load(
                    text: lines.suffix(n).joined(separator: "\n"), source: name, options: LoadOptions())
            }
            for _ in 0..<8 {
                var damaged = lines
                for _ in 0..<5 {
                    let i = Int(generator.next() % UInt64(damaged.count))
                    var cells = damaged[i].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    let j = Int(generator.next() % UInt64(cells.count))
                    switch generator.next() % 3 {
                    case 0: cells.remove(at: j)
                    case 1: cells.insert("", at: j)
                    default: cells[j] = String(cells[j].prefix(Int(generator.next() % 4)))
                    }
                    damaged[i] = cells.joined(separator: "\t")
                }
                _ = try? DocumentImporter.load(
                    text: damaged.joined(separator: "\n"), source: name, options: LoadOptions())
            }
        }
    }
}

@Suite struct RegionAndYearTests {
    @Test func aTitleNamesTheRegionWhenTheDepartmentDoesNot() throws {
        let text = """
            绵阳市2021年部门项目支出绩效目标申报表
            单位信息：\t市医保局\t项目名称：\t测试项目
            主管部门\t市医保局\t项目总额：\t10万元
            一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重（%）\t指标方向性
            产出指标\t数量指标\t检查次数\t≥\t2\t次\t20\t正向
            """
        let load = try DocumentImporter.load(text: text, source: "t.txt", options: LoadOptions())
        #expect(load.projects.string("region", row: 0) == "绵阳市")
        #expect(load.projects.number("year", row: 0) == 2021)
        #expect(load.indicators.string("region", row: 0) == "绵阳市")
    }

    @Test func aProjectWithoutAnyRegionIsWarnedAbout() throws {
        let text = """
            单位信息：\t市医保局\t项目名称：\t测试项目
            主管部门\t市医保局\t项目总额：\t10万元
            一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重（%）\t指标方向性
            产出指标\t数量指标\t检查次数\t≥\t2\t次\t20\t正向
            """
        let load = try DocumentImporter.load(text: text, source: "t.txt", options: LoadOptions())
        #expect(load.projects.value("region", row: 0) == .null)
        #expect(load.projects.value("year", row: 0) == .null)
        #expect(load.warnings.contains { $0.line == 1 && $0.message.contains("no region") })
        #expect(load.warnings.contains { $0.message.contains("no year found") })
    }
}
