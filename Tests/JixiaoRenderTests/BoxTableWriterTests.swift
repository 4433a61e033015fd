import JixiaoEngine
import JixiaoText
import Testing

@testable import JixiaoRender

/// The lines of the box itself (top rule to bottom rule), without the footer.
func boxLines(_ text: String) -> [String] {
    let all = lines(text)
    guard let end = all.lastIndex(where: { $0.hasPrefix("└") }) else { return all }
    return Array(all[...end])
}

private func render(_ table: Table, width: Int = 100, maxRows: Int = 40, color: Bool = false) -> String {
    TableRenderer.render(table, as: .table, options: RenderOptions(width: width, maxRows: maxRows, color: color))
}

@Suite("Box table")
struct BoxTableWriterTests {
    @Test("A small table renders exactly as drawn here")
    func golden() {
        let expected = """
            ┌────────────┬──────────────────────────┬─────────────────┬────────────────┬───────┐
            │ department │ name                     │ indicator_count │ execution_rate │ met   │
            ├────────────┼──────────────────────────┼─────────────────┼────────────────┼───────┤
            │ 教育局     │ 义务教育学校运转经费     │              12 │          99.83 │ true  │
            │ 交通运输局 │ 农村公路养护（2024年度） │               8 │           null │ false │
            │ 卫健委     │ 公共卫生服务             │              15 │            100 │ true  │
            └────────────┴──────────────────────────┴─────────────────┴────────────────┴───────┘

            """
        #expect(render(Fixtures.projects) == expected)
    }

    @Test("A table fitted to 40 cells keeps the name legible and numbers whole, leaving out what does not fit")
    func fortyCells() {
        let expected = """
            ┌────────────┬────────────────┬────────┐
            │ department │ name           │ indic… │
            ├────────────┼────────────────┼────────┤
            │ 教育局     │ 义务教育学校…  │     12 │
            │ 交通运输局 │ 农村公路养护…  │      8 │
            │ 卫健委     │ 公共卫生服务   │     15 │
            └────────────┴────────────────┴────────┘
            3 rows × 5 columns (2 not shown)

            """
        #expect(render(Fixtures.projects, width: 40) == expected)
    }

    @Test("Every line of a table with Chinese text has the same cell width")
    func chineseAlignment() {
        let box = boxLines(render(Fixtures.projects))
        let widths = Set(box.map(TerminalWidth.cells(of:)))
        #expect(box.count == 7)
        #expect(widths.count == 1)
    }

    @Test("Numbers are right-aligned and text left-aligned", arguments: [100, 60])
    func alignment(width: Int) {
        let box = boxLines(render(Fixtures.projects, width: width))
        let row = box[3]
        #expect(row.hasPrefix("│ 教育局 "))
        #expect(row.contains(" 12 │"))
        #expect(row.contains("99.83 │"))
    }

    @Test("Fitting to a narrow terminal keeps every line within the width", arguments: [40, 50, 60, 72])
    func fitsNarrowWidths(width: Int) {
        let text = render(Fixtures.projects, width: width)
        let box = boxLines(text)
        let widths = Set(box.map(TerminalWidth.cells(of:)))
        #expect(widths.count == 1)
        #expect((widths.first ?? .max) <= width)
        for line in lines(text) { #expect(TerminalWidth.cells(of: line) <= width, "\(line)") }
        #expect(text.contains("…"))
        #expect(text.contains(" 12 │"))  // numbers are never cut
    }

    @Test("Text is cut before numbers at 60 cells, and nothing is dropped when minimums fit")
    func sixtyCells() {
        let text = render(Fixtures.projects, width: 60)
        #expect(text.contains("教育局"))
        #expect(text.contains("true"))  // the last column is still there
        #expect(!text.contains("not shown"))
        #expect(text.contains("义务教"))
        #expect(!text.contains("义务教育学校运转经费"))
    }

    @Test("Columns that cannot fit legibly are left out, the least important first, and listed")
    func dropsLeastImportantColumns() {
        let text = render(Fixtures.projects, width: 36)
        #expect(lines(text).last == "3 rows × 5 columns (2 not shown)")  // names would not fit
        #expect(!text.contains("met"))
        for line in lines(text) { #expect(TerminalWidth.cells(of: line) <= 36) }
        let wider = render(Fixtures.projects, width: 52)
        #expect(lines(wider).last == "3 rows × 5 columns (1 not shown: met; cut: name)")
        let cut = render(Fixtures.projects, width: 60)
        #expect(lines(cut).last == "3 rows × 5 columns (cut: name)")
    }

    @Test("A long table shows its first and last rows around an ellipsis row, with a footer")
    func rowElision() {
        let text = render(Fixtures.numbered(1234), maxRows: 6)
        let all = lines(text)
        #expect(all.last == "1,234 rows (showing 6) × 3 columns")
        let body = Array(boxLines(text).dropFirst(3).dropLast())
        #expect(body.count == 7)
        #expect(body[0].hasPrefix("│    0 │ 项目0 "))
        #expect(body[3].contains("…"))
        #expect(body[6].hasPrefix("│ 1233 │ 项目1233 "))
        #expect(text.contains("1849.5"))
    }

    @Test("An odd row limit shows one more row above the gap than below")
    func oddRowLimit() {
        let window = RowWindow(rowCount: 100, maxRows: 5)
        #expect(window.head == 0..<3)
        #expect(window.tail == 98..<100)
        #expect(window.isElided)
    }

    @Test("A table within the row limit has no footer; a limit of zero shows every row")
    func noFooterWhenWhole() {
        #expect(!render(Fixtures.numbered(40)).contains("rows"))
        let all = render(Fixtures.numbered(100), maxRows: 0)
        #expect(boxLines(all).count == 100 + 4)
        #expect(!all.contains("showing"))
    }

    @Test("An empty result still shows its header and 0 rows")
    func emptyResult() {
        let text = render(Fixtures.numbered(0))
        #expect(text.contains("│ id │ label │ amount │"))
        #expect(lines(text).last == "0 rows × 3 columns")
        #expect(render(Table.empty).contains("0 rows"))
    }

    @Test("Line breaks and tabs inside a cell keep the row on one line")
    func embeddedLineBreaks() {
        let table = Fixtures.strings("goal", ["第一行\n第二行\tx", "a\r\nb", "esc\u{1B}[31m"])
        let box = boxLines(render(table))
        #expect(box.count == 7)
        #expect(box[3] == "│ 第一行↵第二行 x │")
        #expect(box[4].hasPrefix("│ a↵b "))
        #expect(!box[5].contains("\u{1B}"))
    }

    @Test("Without colour there are no escape codes; with it, header bold, nulls dim, numbers coloured")
    func colour() {
        #expect(!render(Fixtures.projects).contains("\u{1B}"))
        let coloured = render(Fixtures.projects, color: true)
        #expect(coloured.contains("\u{1B}[1mdepartment\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[2mnull\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36m99.83\u{1B}[0m"))
        #expect(stripANSI(coloured) == render(Fixtures.projects))
    }

    @Test("Only the shown rows of a large table are turned into text")
    func largeTableIsCheap() {
        let big = Fixtures.numbered(300_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = render(big) }
        #expect(elapsed < .seconds(1))
    }
}

/// `text` without ANSI SGR escape sequences.
func stripANSI(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for ch in text {
        if inEscape {
            if ch == "m" { inEscape = false }
        } else if ch == "\u{1B}" {
            inEscape = true
        } else {
            out.append(ch)
        }
    }
    return out
}

@Suite("Degenerate sizes")
struct DegenerateSizeTests {
    @Test("Any width or row limit, however small, renders without trapping", arguments: [-5, 0, 1, 5, 10, 15, 20, 25])
    func tinyWidths(width: Int) {
        for maxRows in [-1, 0, 1, 2, 3] {
            let options = RenderOptions(width: width, maxRows: maxRows, color: true)
            _ = TableRenderer.render(Fixtures.projects, as: .table, options: options)
            _ = TableRenderer.render(Fixtures.numbered(7), as: .table, options: options)
            _ = BarChart.render(labels: ["教育局", "b", "c"], values: [-3, 1234567.5, nil], options: options)
        }
        let box = boxLines(TableRenderer.render(Fixtures.projects, as: .table, options: RenderOptions(width: width)))
        #expect(Set(box.map(TerminalWidth.cells(of:))).count == 1)
    }
}
