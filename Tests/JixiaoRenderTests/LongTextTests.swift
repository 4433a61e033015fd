import JixiaoEngine
import JixiaoText
import Testing

@testable import JixiaoRender

/// Long text made readable: line mode, wrapped cells, and the audit's table at 80 columns.
@Suite struct LongTextTests {
    static let goal = "建设医保骨干专网保障全市医保结算,扩展医保基金智能监管范围,推进医保电子凭证场景应用,切实提高人民群众获得感。"

    @Test func lineModeShowsOneFieldPerLineWithTheWholeText() {
        let table = Table([
            ("name", Column.from([.string("信息化建设经费"), .string("办公设备")])),
            ("budget_total", Column.from([.double(25), .double(12345.678)])),
            ("goal", Column.from([.string(Self.goal), .null])),
        ])
        let text = TableRenderer.render(table, as: .line, options: RenderOptions(width: 40, numbers: .analyst))
        #expect(text.contains("               name = 信息化建设经费\n"))
        #expect(text.contains("budget_total (万元) = 12,345.68\n"))
        #expect(text.contains("               goal = " + Self.goal + "\n"))
        #expect(text.contains("\n\n               name = 办公设备\n"))
        #expect(text.contains("goal = null"))
    }

    @Test func wrapFoldsALongCellOntoSeveralLinesOfItsRow() {
        let table = Table([("n", Column.from([.integer(1)])), ("goal", Column.from([.string(Self.goal)]))])
        let text = TableRenderer.render(table, as: .table, options: RenderOptions(width: 40, wrapLines: 3))
        let box = boxLines(text)
        #expect(box.count == 3 + 3 + 1)  // rules and header, three lines of one row, bottom rule
        #expect(box[3].contains("建设医保"))
        #expect(box[5].hasSuffix("… │"))
        #expect(Set(box.map(TerminalWidth.cells(of:))).count == 1)
        #expect(box[4].hasPrefix("│   │ "))  // the short cell's column is blank below its text
    }

    @Test func aWrappedCellShownWholeIsNotCalledCutAndTheFooterCanBeChinese() {
        let table = Table([("n", Column.from([.integer(1)])), ("goal", Column.from([.string(Self.goal)]))])
        var options = RenderOptions(width: 40, wrapLines: 10)
        #expect(!TableRenderer.render(table, as: .table, options: options).contains("cut"))
        options.wrapLines = 2
        options.chineseText = true
        #expect(TableRenderer.render(table, as: .table, options: options).contains("1 行 × 2 列（截断：goal）"))
    }

    @Test func theAuditTableAtEightyColumnsKeepsNamesAndFindingsLegible() {
        let long = "13 = 13 (target ≥10, actual 13, 130% of the target)"
        let checks = Table([
            ("source", Column.from([.string("004_extracted.txt")])),
            ("project_id", Column.from([.integer(17)])),
            ("project", Column.from([.string("医保基金监管经费")])),
            ("indicator_id", Column.from([.integer(195)])),
            ("indicator", Column.from([.string("专项行动检查覆盖率")])),
            ("rule", Column.from([.string("over_achievement")])),
            ("found", Column.from([.string(long)])),
            ("expected", Column.from([.string("at most 120% of the target")])),
            ("difference", Column.from([.double(3)])),
            ("line", Column.from([.integer(210)])),
        ])
        let text = TableRenderer.render(checks, as: .table, options: RenderOptions(width: 80))
        #expect(text.contains("│ 医保基金监… │ 专项行动检… │ over_achie… │ 13 = 13 (… │"))
        #expect(text.contains("(4 not shown: source, project_id, indicator_id, line)"))
        for line in lines(text) { #expect(TerminalWidth.cells(of: line) <= 80, "\(line)") }
        // With a little more room the names come whole first; the long finding gives way.
        let wider = TableRenderer.render(checks, as: .table, options: RenderOptions(width: 110))
        #expect(wider.contains("│ 医保基金监管经费 │ 专项行动检查覆盖率 │ over_achievement │"))
        #expect(wider.contains("cut: found, expected"))
    }
}
