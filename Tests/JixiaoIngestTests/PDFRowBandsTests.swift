import Testing

@testable import JixiaoIngest

/// The rows of a PDF table told from its words' boxes alone (`PDFRowBands`), on pages laid out
/// here: a padded table as Word prints it and a packed one as a printed workbook.
@Suite struct PDFRowBandsTests {
    typealias Fragment = PopplerText.Fragment

    /// A fragment of one line, 8 points high, from `x` to `x + width`, its top at `y`.
    func word(_ text: String, x: Double, y: Double, width: Double = 40) -> Fragment {
        Fragment(text: text, xMin: x, yMin: y, xMax: x + width, yMax: y + 8)
    }

    /// Rows of single-line cells 12 points apart (padded), starting at `top`.
    func padded(_ texts: [[String]], top: Double) -> [Fragment] {
        texts.enumerated().flatMap { r, row in
            row.enumerated().map { c, text in word(text, x: 30 + Double(c) * 60, y: top + Double(r) * 12) }
        }
    }

    func texts(_ rows: [[Fragment]]) -> [[String]] { rows.map { $0.map(\.text) } }

    @Test func theLinesOfAWrappedCellAreOneRowWithTheCellsCentredBesideIt() {
        // Four plain rows, then a row whose first and last cells wrap onto two lines 9 points
        // apart while the cell between them sits centred on those lines.
        var page = padded(
            [["a1", "b1", "c1"], ["a2", "b2", "c2"], ["a3", "b3", "c3"], ["a4", "b4", "c4"]], top: 100)
        page += [
            word("产出指", x: 30, y: 148), word("标", x: 30, y: 157),
            word("数量", x: 90, y: 152.5), word("权重", x: 150, y: 148), word("(%)", x: 150, y: 157),
        ]
        page += padded([["a6", "b6", "c6"]], top: 172)
        let rows = PDFRowBands.rows([page])
        #expect(rows.padded)
        #expect(
            texts(rows.pages[0]) == [
                ["a1", "b1", "c1"], ["a2", "b2", "c2"], ["a3", "b3", "c3"], ["a4", "b4", "c4"],
                ["产出指", "标", "数量", "权重", "(%)"], ["a6", "b6", "c6"],
            ])
    }

    @Test func aPackedSheetKeepsEveryLineAsARow() {
        // A workbook printed without padding: rows 8.5 points apart, as lines of text are.
        let page = (0..<6).flatMap { r in
            [word("名称\(r)", x: 30, y: 100 + Double(r) * 8.5), word("\(r)", x: 90, y: 100 + Double(r) * 8.5)]
        }
        let rows = PDFRowBands.rows([page])
        #expect(!rows.padded)
        #expect(rows.pages[0].count == 6)
    }

    @Test func aCellMergedOverTwoRowsGoesToTheFirstOfThem() {
        // 二级指标 over two indicator rows, its text centred across their boundary.
        var page = padded([["一级", "二级", "三级"], ["x1", "", "n1"], ["x2", "", "n2"], ["x3", "y3", "n3"]], top: 100)
            .filter { !$0.text.isEmpty }
        page.append(word("数量指标", x: 90, y: 118))
        // Wrapped cells further down, so that the page shows its line pitch.
        page += [
            word("长的名称", x: 210, y: 148), word("续", x: 210, y: 157), word("另一", x: 270, y: 148),
            word("行", x: 270, y: 157), word("z", x: 30, y: 152.5),
        ]
        let rows = texts(PDFRowBands.rows([page]).pages[0])
        #expect(rows.first { $0.contains("x1") } == ["x1", "数量指标", "n1"])
        #expect(rows.first { $0.contains("x2") } == ["x2", "n2"])
    }
}
