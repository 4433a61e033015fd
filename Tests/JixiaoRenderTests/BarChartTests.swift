import JixiaoText
import Testing

@testable import JixiaoRender

private func chart(_ labels: [String], _ values: [Double?], width: Int = 50, color: Bool = false) -> [String] {
    lines(BarChart.render(labels: labels, values: values, options: RenderOptions(width: width, color: color)))
}

@Suite("Bar chart")
struct BarChartTests {
    @Test("A small chart renders exactly as drawn here")
    func golden() {
        #expect(
            chart(["教育局", "交通运输局", "卫健委", "x"], [25.2, 12.3, nil, 0.01]) == [
                "教育局     ██████████████████████████████████ 25.2",
                "交通运输局 ████████████████▋ 12.3",
                "卫健委     null",
                "x          ▏ 0.01",
            ])
    }

    @Test("Bars start in the same terminal column whatever the label's script")
    func labelsAlignedInCells() {
        let rows = chart(["教育局", "abc", "交通运输局"], [1, 2, 3])
        let starts = rows.map { row -> Int in
            let label = row.prefix { $0 != "█" && $0 != "▏" }
            return TerminalWidth.cells(of: String(label))
        }
        #expect(Set(starts) == [11])
    }

    @Test("The longest bar fills the room and every line fits the width", arguments: [30, 50, 80])
    func fitsWidth(width: Int) {
        let rows = chart(["义务教育学校运转经费项目", "b"], [1234.5, 617.25], width: width)
        for row in rows { #expect(TerminalWidth.cells(of: row) <= width, "\(row)") }
        #expect(TerminalWidth.cells(of: rows[0]) == width)
        let long = rows[0].filter { $0 == "█" }.count, half = rows[1].filter { $0 == "█" }.count
        #expect(abs(long - 2 * half) <= 1)
    }

    @Test("Remainders are drawn with eighth blocks")
    func eighthBlocks() {
        // 16 - label(1) - 2 spaces - value(5) = 8 cells for the largest value: 1 cell per unit.
        let rows = chart(["a", "b", "c", "d"], [8, 0.125, 4.5, 0], width: 16)
        #expect(rows[0] == "a ████████ 8")
        #expect(rows[1] == "b ▏ 0.125")
        #expect(rows[2] == "c ████▌ 4.5")
        #expect(rows[3] == "d 0")
    }

    @Test("Negative values grow left from a shared zero line")
    func negatives() {
        let rows = chart(["a", "b"], [-5, 10], width: 20)
        // 20 - label(1) - 2 spaces - value(2) = 15 cells: 5 for the negative side, 10 for the positive.
        #expect(rows[0] == "a █████ -5")
        #expect(rows[1] == "b      ██████████ 10")
    }

    @Test("Null and non-finite values get no bar, only their text; no input says so")
    func missingValues() {
        let rows = chart(["a", "b", "c"], [nil, .nan, 2], width: 20)
        #expect(rows[0] == "a null")
        #expect(rows[1] == "b NaN")
        #expect(rows[2].hasPrefix("c █"))
        #expect(chart([], []) == ["(no rows to chart)"])
        #expect(chart(["a"], [0]) == ["a 0"])
    }

    @Test("Colour wraps bars and nulls only when asked")
    func colour() {
        let plain = chart(["a", "b"], [1, nil]).joined(separator: "\n")
        #expect(!plain.contains("\u{1B}"))
        let coloured = chart(["a", "b"], [1, nil], color: true).joined(separator: "\n")
        #expect(coloured.contains("\u{1B}[2mnull\u{1B}[0m"))
        #expect(stripANSI(coloured) == plain)
    }
}

@Suite("Bar chart extremes")
struct BarChartExtremeTests {
    @Test("Values near the limits of Double draw without trapping")
    func extremeValues() {
        let values: [Double?] = [
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, 0, -0.0, .infinity,
        ]
        let text = BarChart.render(
            labels: ["a", "b", "c", "d", "e", "f"], values: values, options: RenderOptions(width: 60))
        #expect(lines(text).count == 6)
        #expect(text.contains("inf"))
    }
}
