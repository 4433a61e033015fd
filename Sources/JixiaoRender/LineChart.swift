import Foundation
import JixiaoText

/// A line chart in the terminal for `chart line X, Y [by SERIES]`: one mark per series at each
/// x (a year, usually), dots joining consecutive points, the value scale on the left and a
/// legend below. Marks are ASCII so that every terminal draws them one cell wide.
public enum LineChart {
    static let marks: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]
    static let plotRows = 12

    public static func render(_ data: ChartData, options: RenderOptions) -> String {
        let (xs, lines) = data.lines
        let all = lines.flatMap { $0.points.values }
        guard !xs.isEmpty, let low = all.min(), let high = all.max() else { return "(no values to chart)\n" }
        let span = high > low ? high - low : max(abs(high), 1)
        let bottom = high > low ? low : low - span / 2
        let axisTexts = (0...2).map { axisText(bottom + span * Double($0) / 2) }
        let axisCells = axisTexts.map { TerminalWidth.cells(of: $0) }.max() ?? 1
        let room = max(10, options.width - axisCells - 3)
        let step = xs.count > 1 ? max(1, min(30, (room - 1) / (xs.count - 1))) : 1
        let plotCells = step * (xs.count - 1) + 1
        var grid = [[Character]](repeating: [Character](repeating: " ", count: plotCells), count: plotRows)
        func row(_ v: Double) -> Int {
            let r = HistogramBins.index(((v - bottom) / span * Double(plotRows - 1)).rounded(), count: plotRows)
            return plotRows - 1 - r
        }
        for (k, line) in lines.enumerated() {
            let mark = marks[k % marks.count]
            let known = line.points.keys.sorted()
            for (a, b) in zip(known, known.dropFirst()) {
                guard let va = line.points[a], let vb = line.points[b] else { continue }
                let ca = a * step, cb = b * step
                for c in (ca + 1)..<max(ca + 1, cb) {
                    let v = va + (vb - va) * Double(c - ca) / Double(cb - ca)
                    if grid[row(v)][c] == " " { grid[row(v)][c] = "·" }
                }
            }
            for x in known { if let v = line.points[x] { grid[row(v)][x * step] = mark } }
        }
        var out = ""
        for r in 0..<plotRows {
            let label =
                r == 0 ? axisTexts[2] : (r == plotRows / 2 ? axisTexts[1] : (r == plotRows - 1 ? axisTexts[0] : ""))
            let painted = String(grid[r]).map { ch -> String in
                guard let k = marks.firstIndex(of: ch) else { return String(ch) }
                return ANSIStyle.bar.apply(String(marks[k]), enabled: options.color)
            }.joined()
            out += TerminalWidth.pad(label, toCells: axisCells, alignment: .right) + " ┤ " + painted + "\n"
        }
        out += String(repeating: " ", count: axisCells) + " └─" + String(repeating: "─", count: plotCells) + "\n"
        var axis = [Character](repeating: " ", count: plotCells + 12)
        var lastEnd = -1
        for (i, x) in xs.enumerated() {
            let at = i * step
            let text = Array(TerminalWidth.truncate(DisplayText.singleLine(x), toCells: max(step - 1, 4)))
            guard at > lastEnd, at + text.count <= axis.count else { continue }
            for (j, ch) in text.enumerated() { axis[at + j] = ch }
            lastEnd = at + text.count
        }
        out += String(repeating: " ", count: axisCells + 3) + String(axis).trimmingCharacters(in: .whitespaces) + "\n"
        let legend = lines.enumerated().map {
            "\(marks[$0.offset % marks.count]) \(DisplayText.singleLine($0.element.name))"
        }
        out += TerminalWidth.truncate(legend.joined(separator: "   "), toCells: max(options.width, 20)) + "\n"
        return out
    }

    static func axisText(_ v: Double) -> String {
        ColumnNumberFormat.group(String(format: abs(v) >= 100 ? "%.0f" : "%.2f", v))
    }
}
