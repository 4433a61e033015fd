import Testing

@testable import JixiaoDomain

/// The value formats of DOMAIN.md §4, one case per row of its table.
@Suite struct TargetValueParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var op: TargetOperator?
        var number: Double?
        var unit: String?
        var kind: TargetValue.Kind
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "≥8次", op: .atLeast, number: 8, unit: "次", kind: .quantity),
        Case(text: "≥640家", op: .atLeast, number: 640, unit: "家", kind: .quantity),
        Case(text: "≥3年", op: .atLeast, number: 3, unit: "年", kind: .quantity),
        Case(text: "=460平 米", op: .equal, number: 460, unit: "平米", kind: .quantity),
        Case(text: "=2台", op: .equal, number: 2, unit: "台", kind: .quantity),
        Case(text: "≤10万", op: .atMost, number: 10, unit: "万", kind: .quantity),
        Case(text: "≤2.4万 元", op: .atMost, number: 2.4, unit: "万元", kind: .quantity),
        Case(text: "≤50000 元", op: .atMost, number: 50000, unit: "元", kind: .quantity),
        Case(text: "=100百 分比", op: .equal, number: 100, unit: "%", kind: .quantity),
        Case(text: "≥90百分比", op: .atLeast, number: 90, unit: "%", kind: .quantity),
        Case(text: "100%", op: nil, number: 100, unit: "%", kind: .quantity),
        Case(text: "≥85%", op: .atLeast, number: 85, unit: "%", kind: .quantity),
        Case(text: "$\\geq 90\\%$", op: .atLeast, number: 90, unit: "%", kind: .quantity),
        Case(text: "\\geq 100000", op: .atLeast, number: 100000, unit: nil, kind: .quantity),
        Case(text: "\\leq 200000", op: .atMost, number: 200000, unit: nil, kind: .quantity),
        Case(text: "≥ 300000", op: .atLeast, number: 300000, unit: nil, kind: .quantity),
        Case(text: "1", op: nil, number: 1, unit: nil, kind: .quantity),
        Case(text: "≥73.75 万人次", op: .atLeast, number: 73.75, unit: "万人次", kind: .quantity),
        Case(text: "1200000", op: nil, number: 1_200_000, unit: nil, kind: .quantity),
        Case(text: "不少于20次", op: .atLeast, number: 20, unit: "次", kind: .quantity),
        Case(text: "维护不少于20次", op: .atLeast, number: 20, unit: "次", kind: .quantity),
        Case(text: "不低于95%", op: .atLeast, number: 95, unit: "%", kind: .quantity),
        Case(text: "不超过5万元", op: .atMost, number: 5, unit: "万元", kind: .quantity),
        Case(text: "不高于3%", op: .atMost, number: 3, unit: "%", kind: .quantity),
        Case(text: "20次以上", op: .atLeast, number: 20, unit: "次", kind: .quantity),
        Case(text: "5万元以内", op: .atMost, number: 5, unit: "万元", kind: .quantity),
        Case(text: "7日内", op: .atMost, number: 7, unit: "日", kind: .duration),
        Case(text: "15天内", op: .atMost, number: 15, unit: "天", kind: .duration),
        Case(text: "2周内", op: .atMost, number: 2, unit: "周", kind: .duration),
        Case(text: "≤30分钟", op: .atMost, number: 30, unit: "分钟", kind: .duration),
        Case(text: "问题查证属实并处理后的15天内", op: .atMost, number: 15, unit: "天", kind: .duration),
        Case(text: "1年", op: nil, number: 1, unit: "年", kind: .quantity),
        Case(text: "0%", op: nil, number: 0, unit: "%", kind: .quantity),
        Case(text: "两次", op: nil, number: 2, unit: "次", kind: .quantity),
        Case(text: "不少于两次", op: .atLeast, number: 2, unit: "次", kind: .quantity),
        Case(text: "1,200 人", op: nil, number: 1200, unit: "人", kind: .quantity),
        Case(text: "≥５０％", op: .atLeast, number: 50, unit: "%", kind: .quantity),
        Case(text: "5亿元", op: nil, number: 5, unit: "亿元", kind: .quantity),
    ]

    @Test(arguments: cases)
    func splitsOperatorNumberAndUnit(_ c: Case) {
        let v = TargetValueParser.parse(c.text)
        #expect(v.op == c.op)
        #expect(v.number == c.number)
        #expect(v.unit == c.unit)
        #expect(v.kind == c.kind)
    }

    @Test(arguments: [
        "优", "高", "安全", "完整", "及时", "效果显著", "有效提升", "据实报销", "序时进行", "合规",
        "年度内完成", "当年完成", "大幅下降", "按月兑付", "不限次数", "长期", "全年", "一年",
        "达成预期指标", "部分达成 预期指标并 具有一", "啊、在 规定时 间内兑",
    ])
    func wordsAreQualitative(_ text: String) {
        let v = TargetValueParser.parse(text)
        #expect(v.kind == .qualitative)
        #expect(v.op == .qualitative)
        #expect(v.number == nil)
    }

    @Test func keepsThePrintedTextWithWrapsJoined() {
        #expect(TargetValueParser.parse("≥90百 分比").text == "≥90百分比")
        #expect(TargetValueParser.parse("\\geq 100000").text == "\\geq 100000")
    }

    @Test func readsRangesWithAnUpperBound() {
        let v = TargetValueParser.parse("3-4次")
        #expect(v.kind == .range)
        #expect(v.number == 3)
        #expect(v.upper == 4)
        #expect(v.unit == "次")
        #expect(v.op == nil)
    }

    @Test func keepsARateSuffixApartFromTheUnit() {
        let v = TargetValueParser.parse("576000元/年")
        #expect(v.number == 576000)
        #expect(v.unit == "元")
        #expect(v.rateSuffix == "/年")
        #expect(v.wanYuan == 57.6)
        #expect(v.fullUnit == "元/年")
        let perMonth = TargetValueParser.parse("2次/月")
        #expect(perMonth.unit == "次")
        #expect(perMonth.rateSuffix == "/月")
        #expect(!perMonth.isCompound)
    }

    @Test func flagsCompoundValuesAndReadsTheFirstQuantity() {
        let v = TargetValueParser.parse("≤5天80人次")
        #expect(v.op == .atMost)
        #expect(v.number == 5)
        #expect(v.unit == "天")
        #expect(v.remainder == "80人次")
        #expect(v.isCompound)
        #expect(!TargetValueParser.parse("100%完成").isCompound)
    }

    @Test func convertsMoneyToWanYuan() {
        #expect(TargetValueParser.parse("≤50000 元").wanYuan == 5)
        #expect(TargetValueParser.parse("5亿元").wanYuan == 50000)
        #expect(TargetValueParser.parse("≤7万元").wanYuan == 7)
        #expect(TargetValueParser.parse("≥90%").wanYuan == nil)
    }

    @Test func readsDeadlinesAsUpperBoundsWithADate() {
        let full = TargetValueParser.parse("2022年12月30日前")
        #expect(full.kind == .deadline)
        #expect(full.op == .atMost)
        #expect(full.number == nil)
        #expect(full.deadline == Deadline(year: 2022, month: 12, day: 30, qualifier: "前"))
        #expect(TargetValueParser.parse("12月20日前").deadline == Deadline(year: nil, month: 12, day: 20, qualifier: "前"))
        #expect(
            TargetValueParser.parse("次年3月底").deadline == Deadline(year: nil, yearOffset: 1, month: 3, qualifier: "底"))
        #expect(TargetValueParser.parse("2024年12月").deadline == Deadline(year: 2024, month: 12))
        #expect(TargetValueParser.parse("2022年 12月底").deadline == Deadline(year: 2022, month: 12, qualifier: "底"))
        #expect(TargetValueParser.parse("≤2022年12月30日前").deadline?.day == 30)
        #expect(TargetValueParser.parse("2022年底").deadline == Deadline(year: 2022, month: 12, qualifier: "底"))
    }

    @Test func emptyTextIsEmpty() {
        let v = TargetValueParser.parse("  ")
        #expect(v.kind == .empty)
        #expect(v.op == nil)
    }

    @Test func neverTrapsOnOddInput() {
        for text in [
            "≥", "-", "--3", "3-", "年", "12月", "99999999999999999999999", "\\", "$$", "≤.5", "1.2.3次", "月底", "〇",
        ] {
            _ = TargetValueParser.parse(text)
        }
        #expect(TargetValueParser.parse("≥").kind == .qualitative)
    }
}
