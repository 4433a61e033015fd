import Testing

@testable import JixiaoDomain

@Suite struct LevelNameTests {
    @Test(arguments: [
        ("11-数量指标", "数量指标"), ("产出指 标 (50分)", "产出指标"), ("满意度 指标(10", "满意度指标"),
        ("社会效 益指标", "社会效益指标"), ("可持续 影响指", "可持续影响指标"), ("1-产出指标", "产出指标"),
        ("21-经济效益", "经济效益指标"), ("24-可持续影响", "可持续影响指标"), ("31-服务对象满意度", "服务对象满意度指标"),
        ("数量指", "数量指标"), ("效益指 标 (30分)", "效益指标"), ("经济效 益指 标", "经济效益指标"),
        ("可持续 影响指 标", "可持续影响指标"), ("服务对象满意度", "服务对象满意度指标"), ("3-满意度指标", "满意度指标"),
    ])
    func normalisesToTheFullStandardName(_ pair: (String, String)) {
        #expect(LevelName.normalised(pair.0) == pair.1)
    }

    @Test func leavesUnknownTextAlone() {
        #expect(LevelName.normalised("自定义 指标类") == "自定义指标类")
    }

    @Test func tellsLabelsFromIndicatorNames() {
        #expect(LevelName.label("满意度") == nil)
        #expect(LevelName.label("经济效益") == nil)
        #expect(LevelName.label("成本控制") == nil)
        #expect(LevelName.label("时效") == nil)
        #expect(LevelName.label("数量指")?.name == "数量指标")
        #expect(LevelName.label("21-经济效益")?.name == "经济效益指标")
    }

    @Test func readsTheLevelFromCodesAndPoints() {
        #expect(LevelName.label("1-产出指标")?.level == .first)
        #expect(LevelName.label("11-数量指标")?.level == .second)
        #expect(LevelName.label("11-数量指标")?.code == "11")
        #expect(LevelName.label("满意度 指标(10")?.level == .first)
        #expect(LevelName.label("产出指 标 (50分)")?.points == 50)
        #expect(LevelName.label("满意度指标")?.level == nil)
        #expect(LevelName.label("质量指标")?.level == .second)
    }
}
