import Foundation
import Testing

@testable import JixiaoIngest

/// PDF tables read by their ruling lines, on lines and words laid out here: the SVG reader
/// (`PDFRulings`), the lattice of cells (`PDFLattice`) and the grid of pages (`PDFRuledLayout`).
@Suite struct PDFLatticeTests {
    typealias Segment = PDFRulings.Segment
    typealias Word = PopplerText.Fragment

    func across(_ y: Double, _ from: Double, _ to: Double) -> Segment {
        Segment(horizontal: true, at: y, from: from, to: to)
    }

    func down(_ x: Double, _ from: Double, _ to: Double) -> Segment {
        Segment(horizontal: false, at: x, from: from, to: to)
    }

    /// A grid of lines: rows at `ys`, columns at `xs`, every border drawn.
    func box(xs: [Double], ys: [Double]) -> [Segment] {
        ys.map { across($0, xs[0], xs[xs.count - 1]) } + xs.map { down($0, ys[0], ys[ys.count - 1]) }
    }

    func word(_ text: String, x: Double, y: Double) -> Word {
        Word(text: text, xMin: x, yMin: y, xMax: x + 6 * Double(text.count), yMax: y + 8)
    }

    @Test func bordersMakeTheCellsOfALattice() {
        let tables = PDFLattice.tables(box(xs: [0, 50, 100], ys: [0, 10, 20]))
        #expect(tables.count == 1)
        #expect(tables[0].cells.count == 4)
        #expect(tables[0].cell(at: 75, 15) == 3)
        #expect(tables[0].cell(at: 120, 15) == nil)
    }

    @Test func aMissingInnerBorderMergesTheCellsOnEitherSide() {
        // The first column's border between the rows is not drawn: one cell over two rows.
        var lines = box(xs: [0, 50, 100], ys: [0, 10, 20]).filter { !($0.horizontal && $0.at == 10) }
        lines.append(across(10, 50, 100))
        let table = PDFLattice.tables(lines)[0]
        #expect(table.cells.count == 3)
        #expect(table.cells[0] == PDFLattice.Cell(row: 0, column: 0, rowSpan: 2, columnSpan: 1))
        #expect(table.cell(at: 25, 5) == table.cell(at: 25, 15))
    }

    @Test func collinearPiecesAndNearlyMeetingStrokesAreOneLine() {
        let merged = PDFLattice.merged([across(10, 0, 40), across(10.4, 40.5, 100), across(30, 0, 10)])
        #expect(merged.count == 2)
        #expect(merged[0].from == 0 && merged[0].to == 100)
    }

    @Test func linesThatBoundNoCellAreNoTable() {
        #expect(PDFLattice.tables([across(10, 0, 100), across(20, 0, 100)]).isEmpty)
        #expect(PDFLattice.tables([across(10, 0, 100), down(50, 0, 30)]).isEmpty)
    }

    @Test func cairoStrokesAndThinFilledRectanglesAreRulings() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="100pt" viewBox="0 0 200 100">
            <defs><symbol id="g"><path d="M 0 0 L 5 0 L 5 1 L 0 1 Z"/></symbol></defs>
            <pageSet><page><g>
            <path style="fill:none;stroke:rgb(0%,0%,0%);" d="M 10 90 L 110 90 " transform="matrix(1,0,0,-1,0,100)"/>
            <path style="fill:rgb(0%,0%,0%);stroke:none;" d="M 10 20 L 110 20 L 110 20.5 L 10 20.5 Z"/>
            <path style="fill:none;stroke:white;" d="M 10 50 L 110 50"/>
            <use xlink:href="#g" x="3" y="4" xmlns:xlink="http://www.w3.org/1999/xlink"/>
            </g></page><page><rect x="5" y="5" width="1" height="60"/></page></pageSet></svg>
            """
        let pages = try PDFRulings.parse(XMLStream(Data(svg.utf8), name: "test"))
        #expect(pages.count == 2)
        #expect(pages[0].count == 2)
        #expect(pages[0][0] == across(10, 10, 110))
        #expect(pages[0][1] == across(20.25, 10, 110))
        #expect(pages[1] == [down(5.5, 5, 65)])
    }

    @Test func aDamagedDrawingThrowsOrGivesNoRulings() {
        for svg in ["<svg><page><path d=\"M 1e999 0 L -1e999 0\"/>", "<svg><path d=\"M 0 0 L 10 0 C\"/></svg>"] {
            let pages = try? PDFRulings.parse(XMLStream(Data(svg.utf8), name: "test"))
            #expect(pages.map { $0.allSatisfy(\.isEmpty) } ?? true)
        }
    }

    @Test func wordsGoToTheirCellsAndMergedCellsToTheirFirstRow() {
        // Two columns, the first cell merged over both rows with its text centred on them.
        var lines = box(xs: [0, 50, 200], ys: [100, 120, 140]).filter { !($0.horizontal && $0.at == 120) }
        lines.append(across(120, 50, 200))
        let words = [
            word("一级", x: 5, y: 116), word("数量", x: 55, y: 106), word("质量", x: 55, y: 126),
            word("标题", x: 5, y: 50),
        ]
        let page = PopplerText.Page(width: 300, fragments: [], words: words)
        let (grid, spaced) = PDFRuledLayout.grid([page], rulings: [lines])
        #expect(!spaced)
        #expect(grid.rows.map(\.texts) == [["标题"], ["一级", "数量"], ["", "质量"]])
        #expect(grid.rows[1].cells[0].rowSpan == 2)
    }

    @Test func aTableGoesOnAcrossPagesInTheColumnsOfAllItsParts() {
        // Page 1 draws columns at 0, 50, 100, 200; page 2 only 0, 100, 200.
        let first = box(xs: [0, 50, 100, 200], ys: [100, 120])
        let second = box(xs: [0, 100, 200], ys: [30, 50])
        let pages = [
            PopplerText.Page(width: 300, fragments: [], words: [word("a", x: 60, y: 106)]),
            PopplerText.Page(width: 300, fragments: [], words: [word("b", x: 5, y: 36), word("c", x: 105, y: 36)]),
        ]
        let (grid, _) = PDFRuledLayout.grid(pages, rulings: [first, second])
        #expect(grid.rows.map(\.texts) == [["", "a"], ["b", "", "c"]])
        #expect(grid.rows[1].cells[0].columnSpan == 2)
    }

    @Test func pagesWithoutRulingsAreReadBySpacing() {
        let words = [word("项目名称", x: 30, y: 100), word("某项目", x: 120, y: 100)]
        let page = PopplerText.Page(width: 300, fragments: PopplerText.fragments(words), words: words)
        let ruled = PDFRuledLayout.grid([page], rulings: [[]])
        #expect(ruled.spaced)
        #expect(ruled.grid == PDFPageLayout().grid([page]))
        #expect(PDFRuledLayout.grid([page], rulings: nil).grid == PDFPageLayout().grid([page]))
    }

    @Test func wordsJoinAsTyped() {
        // A font change without a space, a typed space, and lines wrapped in Chinese and in Latin.
        let line = [
            Word(text: "项目", xMin: 0, yMin: 0, xMax: 12, yMax: 8),
            Word(text: "2024", xMin: 13.2, yMin: 0, xMax: 28, yMax: 8),
            Word(text: "年", xMin: 30, yMin: 0, xMax: 36, yMax: 8),
        ]
        #expect(PDFCellText.text(line) == "项目2024 年")
        let wrapped = [
            Word(text: "年度总", xMin: 0, yMin: 0, xMax: 18, yMax: 8),
            Word(text: "体", xMin: 0, yMin: 9, xMax: 6, yMax: 17),
            Word(text: "data", xMin: 0, yMin: 18, xMax: 20, yMax: 26),
            Word(text: "base", xMin: 0, yMin: 27, xMax: 20, yMax: 35),
        ]
        #expect(PDFCellText.text(wrapped) == "年度总体data base")
    }
}
