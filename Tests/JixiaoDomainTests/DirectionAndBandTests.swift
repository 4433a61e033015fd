import Testing

@testable import JixiaoDomain

@Suite struct DirectionAndBandTests {
    @Test func infersDirectionFromTheOperator() {
        #expect(Direction.inferred(from: TargetValueParser.parse("≤5万元")) == .negative)
        #expect(Direction.inferred(from: TargetValueParser.parse("不超过5万元")) == .negative)
        #expect(Direction.inferred(from: TargetValueParser.parse("7日内")) == .negative)
        #expect(Direction.inferred(from: TargetValueParser.parse("2022年12月30日前")) == .negative)
        #expect(Direction.inferred(from: TargetValueParser.parse("≥90%")) == .positive)
        #expect(Direction.inferred(from: TargetValueParser.parse("不少于2次")) == .positive)
        #expect(Direction.inferred(from: TargetValueParser.parse("=2台")) == .positive)
        #expect(Direction.inferred(from: TargetValueParser.parse("124个")) == .positive)
        #expect(Direction.inferred(from: TargetValueParser.parse("效果显著")) == nil)
    }

    @Test func treatsBareCostCeilingsAndZeroTargetsAsNegative() {
        #expect(Direction.inferred(from: TargetValueParser.parse("5万元"), level2: "成本指标") == .negative)
        #expect(Direction.inferred(from: TargetValueParser.parse("0%"), level2: "生态效益指标") == .negative)
    }

    @Test func readsPrintedDirectionAndNatureCells() {
        #expect(Direction(cell: "正向") == .positive)
        #expect(Direction(cell: "反 向") == .negative)
        #expect(Direction(cell: "") == nil)
        #expect(TargetOperator(natureCell: "等于") == .equal)
        #expect(TargetOperator(natureCell: "定性") == .qualitative)
        #expect(TargetOperator(natureCell: "≥") == .atLeast)
        #expect(TargetOperator(natureCell: "优") == nil)
    }

    @Test func matchesQualitativeBandsByPrefix() {
        #expect(QualitativeBand(actualText: "达成预 期指标") == .achieved)
        #expect(QualitativeBand(actualText: "部分达 成预期 指标并 具有一") == .partlyAchieved)
        #expect(QualitativeBand(actualText: "未完成 预期指 标且效") == .notAchieved)
        #expect(QualitativeBand(actualText: "未达成预期指标且效果较差") == .notAchieved)
        #expect(QualitativeBand(actualText: "95") == nil)
    }

    @Test func gradesUseHalfOpenBands() {
        #expect(Grade(totalScore: 99.98) == .excellent)
        #expect(Grade(totalScore: 90) == .excellent)
        #expect(Grade(totalScore: 89.5) == .good)
        #expect(Grade(totalScore: 86) == .good)
        #expect(Grade(totalScore: 77) == .fair)
        #expect(Grade(totalScore: 59.99) == .poor)
    }

    @Test func readsRegionsFromOrganisationNames() {
        #expect(RegionName.infer(from: "遂宁市医疗保障局") == "遂宁市")
        #expect(RegionName.infer(from: "盐池县医疗保障局") == "盐池县")
        #expect(RegionName.infer(from: "宁夏回族自治区医疗保障局") == "宁夏回族自治区")
        #expect(RegionName.infer(from: "262-六安市金安区医疗保障局") == "六安市金安区")
        #expect(RegionName.infer(from: "2-六安市金安区医疗保险管理") == "六安市金安区")
        #expect(RegionName.infer(from: "四川省遂宁市船山区财政局") == "四川省遂宁市船山区")
        #expect(RegionName.infer(from: "市医保局") == nil)
        #expect(RegionName.infer(from: "自治区医疗保障局") == nil)
    }

    @Test func splitsCodePrefixes() {
        #expect(CellText.splitCode("262-六安市金安区医疗保障局") == ("262", "六安市金安区医疗保障局"))
        #expect(CellText.splitCode("六安市金安区医疗保障局") == (nil, "六安市金安区医疗保障局"))
        #expect(CellText.splitCode("2001-") == (nil, "2001-"))
    }

    @Test func joinsWrappedCellsButKeepsSpacesBetweenLatinWords() {
        #expect(CellText.joined("办公场所维修建设 合格率") == "办公场所维修建设合格率")
        #expect(CellText.joined("ORACLE 数据库") == "ORACLE 数据库")
        #expect(CellText.joined("  产出指 标 (50分) ") == "产出指标(50分)")
        #expect(CellText.number("99.83%") == 99.83)
        #expect(CellText.number("—") == nil)
    }
}
