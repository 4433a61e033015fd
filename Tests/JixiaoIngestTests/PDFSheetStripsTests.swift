import Testing

@testable import JixiaoIngest

/// A sheet printed in strips of columns (LibreOffice Calc's default for a sheet wider than its
/// paper) is put back together: each later strip's page beside the page it continues.
struct PDFSheetStripsTests {
    typealias Fragment = PopplerText.Fragment
    typealias Page = PopplerText.Page

    static func fragment(_ text: String, x: Double, y: Double, advance: Double = 10) -> Fragment {
        Fragment(text: text, xMin: x, yMin: y, xMax: x + Double(text.count) * advance, yMax: y + 12)
    }

    /// Two pages of the first strip, two of the second. On the second strip's first page a long
    /// text goes on from the first page (drawn from left of the margin, repeating the four
    /// characters both margins show); its second page has no such text and follows its order.
    static let printed: [Page] = {
        let first = [
            fragment("项目名称", x: 55, y: 100), fragment("信息化建设经费", x: 115, y: 100),
            fragment("主管部门", x: 55, y: 115), fragment("市医保局", x: 115, y: 115),
            fragment("职能职责与活动说明文字", x: 490, y: 115),
            fragment("一级指标", x: 55, y: 130), fragment("产出指标", x: 55, y: 145),
        ]
        let second = [fragment("产出指标", x: 55, y: 70), fragment("效益指标", x: 55, y: 85)]
        let continued = [fragment("说明文字很长的一段", x: 30, y: 115), fragment("备注", x: 55, y: 130)]
        let continuedSecond = [fragment("偏差原因", x: 55, y: 70)]
        return [first, second, continued, continuedSecond].map { Page(width: 595, fragments: $0, words: $0) }
    }()

    @Test func aLaterStripsPagesStandBesideThePagesTheyContinue() throws {
        let joined = try #require(PDFSheetStrips.joined(Self.printed))
        #expect(joined.count == 2)
        let texts = joined.map { Set($0.fragments.map(\.text)) }
        // The overflowing text is one piece again, its shared characters once.
        #expect(texts[0].contains("职能职责与活动说明文字很长的一段"))
        #expect(!texts[0].contains("说明文字很长的一段"))
        // The strip's width (530 points) measured from that text places the second strip's cells.
        let note = try #require(joined[0].fragments.first { $0.text == "备注" })
        #expect(abs(note.xMin - 585) < 0.5)
        #expect(abs(note.yMin - 130) < 0.01)
        let cause = try #require(joined[1].fragments.first { $0.text == "偏差原因" })
        #expect(abs(cause.xMin - 585) < 0.5)
    }

    @Test func aLaterStripsFirstPageWithoutRunningTextFollowsTheNextOnesLink() throws {
        // The second strip's first page holds only a note; its second page has the running text.
        let first = [
            Self.fragment("项目名称", x: 55, y: 100), Self.fragment("主管部门", x: 55, y: 115),
            Self.fragment("一级指标", x: 55, y: 130),
        ]
        let second = [
            Self.fragment("产出指标", x: 55, y: 70), Self.fragment("效益指标", x: 55, y: 85),
            Self.fragment("职能职责与活动说明文字", x: 490, y: 85),
        ]
        let continuedFirst = [Self.fragment("备注", x: 55, y: 115)]
        let continuedSecond = [Self.fragment("说明文字很长的一段", x: 30, y: 85)]
        let pages = [first, second, continuedFirst, continuedSecond].map {
            Page(width: 595, fragments: $0, words: $0)
        }
        let joined = try #require(PDFSheetStrips.joined(pages))
        #expect(joined.count == 2)
        #expect(joined[0].fragments.contains { $0.text == "备注" && abs($0.xMin - 585) < 0.5 })
        #expect(joined[1].fragments.contains { $0.text == "职能职责与活动说明文字很长的一段" })
    }

    @Test func pagesWithNothingLeftOfTheMarginAreNoStrips() {
        let pages = Array(Self.printed.prefix(2))
        #expect(PDFSheetStrips.joined(pages)?.count == nil)
        // A piece left of the margin that continues nothing on an earlier page links no strips.
        var stray = pages
        stray.append(Page(width: 595, fragments: [Self.fragment("页码", x: 20, y: 800)]))
        #expect(PDFSheetStrips.joined(stray)?.count == nil)
    }

    @Test func wordsOverlappingOnALineAreTwoFragments() {
        // A cell's text clipped at its edge runs under the next cell's first word.
        let words = [Self.fragment("11-数量指标", x: 114.7, y: 357.9), Self.fragment("举办培训班", x: 174.4, y: 357.9)]
        #expect(PopplerText.fragments(words).map(\.text) == ["11-数量指标", "举办培训班"])
        let touching = [Self.fragment("年度", x: 100, y: 10), Self.fragment("目标", x: 120, y: 10)]
        #expect(PopplerText.fragments(touching).map(\.text) == ["年度 目标"])
    }

    @Test func aNameClippedAtTheValueWithNoGapIsCutAtTheValuesLane() throws {
        // 15 characters of 10.9 points from 54.99; the value's lane starts at 174.
        let word = Self.fragment("对健全医疗保障制度体系成效明显", x: 54.99, y: 717.7, advance: 10.894)
        let lanes = [54...100, 114...160, 174...220, 234...280]
        let parts = try #require(PDFPageLayout.clippedParts(word, lanes: lanes))
        #expect(parts.map(\.text) == ["对健全医疗保障制度体系", "成效明显"])
        // No character boundary near a lane's start, or Latin text: left whole.
        #expect(PDFPageLayout.clippedParts(word, lanes: [54...100, 180...220]) == nil)
        #expect(PDFPageLayout.clippedParts(Self.fragment("Annual target text", x: 54.99, y: 1), lanes: lanes) == nil)
    }

    @Test func aFigureTightAgainstItsDirectionIsTwoCells() {
        let cell = GridCell(text: "20反向", column: 6, line: 26)
        #expect(WordSplitter.splitRunTogether(cell).map(\.text) == ["20", "反向"])
        #expect(WordSplitter.splitRunTogether(GridCell(text: "正向激励", column: 2, line: 1)).map(\.text) == ["正向激励"])
    }
}

/// A table row that a page break cut in two (Word and Writer let rows break across pages) is one
/// row again where the cut shows, and a row that merely stands under another stays a row.
struct PDFPageBreakRowTests {
    static func row(_ cells: [(Int, String)]) -> GridRow {
        GridRow(cells: cells.map { GridCell(text: $0.1, column: $0.0, line: 1) }, line: 1)
    }

    @Test func aLabelCutByThePageBreakJoinsTheRowAbove() {
        let above = Self.row([(0, "项目名"), (4, "医疗、")])
        let below = Self.row([(0, "称"), (4, "生育待遇支付网络信息维护费")])
        #expect(PDFRuledLayout.joinsAcrossPageBreak(above, below))
        #expect(PDFRuledLayout.joined(above, below).texts.filter { !$0.isEmpty } == ["项目名称", "医疗、生育待遇支付网络信息维护费"])
        // A level cut before its caption-like rest: 效益 | 指标.
        #expect(
            PDFRuledLayout.joinsAcrossPageBreak(
                Self.row([(0, "效益"), (1, "社会效益"), (2, "减轻群众看病负担"), (3, "定性"), (4, "优")]),
                Self.row([(0, "指标"), (1, "指标")])))
        #expect(
            PDFRuledLayout.joinsAcrossPageBreak(Self.row([(4, "时效指"), (6, "完成时")]), Self.row([(4, "标"), (6, "效")])))
    }

    @Test func aFieldsValueOrANameGoingOnJoinsTheRowAbove() {
        #expect(
            PDFRuledLayout.joinsAcrossPageBreak(
                Self.row([(0, "项目名称"), (3, "困难人员救助暨困")]), Self.row([(3, "难职工帮扶")])))
        #expect(
            PDFRuledLayout.joinsAcrossPageBreak(
                Self.row([(6, "移动终"), (8, "≥15台"), (10, "7"), (12, "5")]), Self.row([(6, "端台数")])))
        // A figure completed under it; the rest of wrapped texts without the figures above.
        #expect(
            PDFRuledLayout.joinsAcrossPageBreak(
                Self.row([(3, "政务外网网络服"), (4, "18000元/")]), Self.row([(3, "务费"), (4, "年")])))
        #expect(
            PDFRuledLayout.joinsAcrossPageBreak(
                Self.row([(21, "支付业务发"), (32, "实时发"), (43, "达成预期"), (54, "10"), (63, "10")]),
                Self.row([(21, "生时"), (32, "送"), (43, "指标")])))
        let joined = PDFRuledLayout.joined(Self.row([(0, "Annual"), (1, "goal")]), Self.row([(1, "text")]))
        #expect(joined.texts == ["Annual", "goal text"])
    }

    @Test func aNewRowAtTheTopOfThePageStaysARow() {
        let above = Self.row([(5, "支付次数"), (7, "=12次"), (9, "10"), (11, "5"), (13, "4"), (15, "因疫情")])
        // The next indicator, without a deviation note: its cells stand under the row's cells.
        #expect(!PDFRuledLayout.joinsAcrossPageBreak(above, Self.row([(5, "兑付完成率"), (7, "1"), (9, "100")])))
        // A new level label, and cells where the row above has none.
        #expect(!PDFRuledLayout.joinsAcrossPageBreak(above, Self.row([(3, "质量指标"), (5, "申请流程合规性")])))
        #expect(!PDFRuledLayout.joinsAcrossPageBreak(Self.row([(1, "数量指标"), (3, "x")]), Self.row([(1, "质量指标")])))
    }
}
