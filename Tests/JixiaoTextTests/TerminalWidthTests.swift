import Testing

@testable import JixiaoText

@Suite("Terminal cell width")
struct TerminalWidthTests {
    @Test("ASCII counts one cell per character")
    func asciiIsOneCellEach() {
        #expect(TerminalWidth.cells(of: "") == 0)
        #expect(TerminalWidth.cells(of: "budget_total") == 12)
        #expect(TerminalWidth.cells(of: "≥95%") == 4)  // ≥ is East Asian Ambiguous: narrow
    }

    @Test("Chinese characters and fullwidth punctuation count two cells")
    func chineseIsTwoCells() {
        #expect(TerminalWidth.cells(of: "教育局") == 6)
        #expect(TerminalWidth.cells(of: "，。（）：、；！？") == 18)
        #expect(TerminalWidth.cells(of: "《》「」【】〔〕") == 16)
        #expect(TerminalWidth.cells(of: "\u{3000}") == 2)  // ideographic space
        #expect(TerminalWidth.cells(of: "ＡＢＣ１２３") == 12)  // fullwidth forms
    }

    @Test("Mixed Chinese and ASCII adds up per character")
    func mixedText() {
        #expect(TerminalWidth.cells(of: "农村公路养护（2024年度）") == 24)
        #expect(TerminalWidth.cells(of: "11-数量指标") == 11)
        #expect(TerminalWidth.cells(of: "≤5万元") == 6)
        #expect(TerminalWidth.cells(of: "2次/月") == 6)
        #expect(TerminalWidth.cells(of: "产出指标 (50分)") == 15)
    }

    @Test("Hangul, kana, CJK extension B and emoji are wide")
    func otherWideScripts() {
        #expect(TerminalWidth.cells(of: "한국") == 4)
        #expect(TerminalWidth.cells(of: "カナ") == 4)
        #expect(TerminalWidth.cells(of: "\u{20000}") == 2)
        #expect(TerminalWidth.cells(of: "📊✅") == 4)
    }

    @Test("Combining marks, zero-width and control characters take no cells")
    func zeroWidth() {
        #expect(TerminalWidth.cells(of: "e\u{301}") == 1)
        #expect(TerminalWidth.cells(of: "a\u{200B}b") == 2)  // zero-width space
        #expect(TerminalWidth.cells(of: "\u{FEFF}abc") == 3)  // BOM
        #expect(TerminalWidth.cells(of: "が") == 2)  // precomposed
        #expect(TerminalWidth.cells(of: "か\u{3099}") == 2)  // kana + combining voiced mark
        #expect(TerminalWidth.cells(of: "\u{1B}[1m") == 3)  // ESC itself is zero; "[1m" is three
        #expect(TerminalWidth.cells(of: "a\tb\n") == 2)
    }

    @Test("Ambiguous-width punctuation is one cell, as glibc wcwidth and most terminals draw it")
    func ambiguousIsNarrow() {
        #expect(TerminalWidth.cells(of: "“”‘’") == 4)
        #expect(TerminalWidth.cells(of: "…─│█") == 4)
    }

    @Test("Truncation ends in an ellipsis and never splits a wide character")
    func truncation() {
        #expect(TerminalWidth.truncate("义务教育学校", toCells: 7) == "义务教…")
        #expect(TerminalWidth.truncate("义务教育学校", toCells: 6) == "义务…")
        #expect(TerminalWidth.cells(of: TerminalWidth.truncate("义务教育学校", toCells: 6)) == 5)
        #expect(TerminalWidth.truncate("义务教育学校", toCells: 12) == "义务教育学校")
        #expect(TerminalWidth.truncate("department", toCells: 6) == "depar…")
        #expect(TerminalWidth.truncate("abc", toCells: 1) == "…")
        #expect(TerminalWidth.truncate("abc", toCells: 0) == "")
        #expect(TerminalWidth.truncate("e\u{301}xyz", toCells: 2) == "e\u{301}…")
    }

    @Test("Padding fills to the cell width on the chosen side")
    func padding() {
        #expect(TerminalWidth.pad("教育", toCells: 6) == "教育  ")
        #expect(TerminalWidth.pad("12.5", toCells: 6, alignment: .right) == "  12.5")
        #expect(TerminalWidth.pad("教育局长", toCells: 4) == "教育局长")
        #expect(TerminalWidth.fit("义务教育学校", toCells: 6) == "义务… ")
    }
}

@Suite("East Asian width table")
struct EastAsianWidthTableTests {
    @Test("The hand-written ranges are sorted and do not overlap, so binary search is valid")
    func rangesAreSorted() {
        for table in [EastAsianWidthTable.wide, EastAsianWidthTable.zeroWidthExtra] {
            for (first, last) in table { #expect(first <= last) }
            for i in table.indices.dropFirst() { #expect(table[i - 1].1 < table[i].0, "\(table[i])") }
        }
    }

    @Test("Range edges: the first and last code point of a range are wide, the neighbours not")
    func rangeEdges() {
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0x4E00)!) == 2)  // 一
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0x9FFF)!) == 2)
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0xFF01)!) == 2)  // ！
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0xFF60)!) == 2)
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0xFF61)!) == 1)  // halfwidth ｡
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0x303F)!) == 1)  // half fill space
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0xAC00)!) == 2)  // 가
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0xD7A3)!) == 2)
        #expect(TerminalWidth.cells(of: Unicode.Scalar(0xD7A4)!) == 1)
    }
}
