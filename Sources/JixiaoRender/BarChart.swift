import JixiaoEngine
import JixiaoText

/// A horizontal bar chart drawn with block characters, for `chart bar LABEL, VALUE`:
///
///     教育局   ████████████▌ 25.2
///     卫健委   ██████▏ 12.3
///     交通局   null
///
/// Labels are aligned in terminal cells and cut with `…` when long; bars are whole `█` cells with
/// an eighth-block remainder (`▏▎▍▌▋▊▉`), each followed by its value. When some values are
/// negative the bars share a zero line: negative bars grow leftwards from it (to half-cell
/// precision, as Unicode has no right-anchored eighths), positive bars rightwards. A null or
/// non-finite value gets no bar, only its text. Every line fits in `options.width` cells.
public enum BarChart {
    /// Left-anchored partial blocks, indexed by eighths (index 0 unused).
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public static func render(labels: [String], values: [Double?], options: RenderOptions) -> String {
        let count = max(labels.count, values.count)
        guard count > 0 else { return "(no rows to chart)\n" }
        // Values are written as the table would show them: rounded, grouped when large.
        let column = Column.from(values.map { $0.map(Value.double) ?? .null })
        let format = ColumnNumberFormat(
            column: column, rows: Array(values.indices), role: .other, style: options.numbers)
        let rows = (0..<count).map { i in
            BarRow(label: i < labels.count ? labels[i] : "", value: i < values.count ? values[i] : nil, format: format)
        }
        let layout = BarLayout(rows, width: options.width)
        var out = ""
        for row in rows {
            out += line(row, layout, color: options.color) + "\n"
        }
        return out
    }

    private static func line(_ row: BarRow, _ layout: BarLayout, color: Bool) -> String {
        let label = TerminalWidth.fit(row.label, toCells: layout.labelCells)
        let valueText = row.isNull ? ANSIStyle.dim.apply(row.valueText, enabled: color) : row.valueText
        guard let value = row.drawable, layout.unit > 0 else {
            return label + " " + String(repeating: " ", count: layout.negativeCells) + valueText
        }
        if value >= 0 {
            let bar = positiveBar(eighths: min(layout.positiveCells * 8, layout.eighths(value)), nonZero: value > 0)
            return label + " " + String(repeating: " ", count: layout.negativeCells)
                + ANSIStyle.bar.apply(bar, enabled: color) + (bar.isEmpty ? "" : " ") + valueText
        }
        let bar = negativeBar(eighths: min(layout.negativeCells * 8, layout.eighths(-value)))
        let gap = max(0, layout.negativeCells - bar.count)
        return label + " " + String(repeating: " ", count: gap) + ANSIStyle.negative.apply(bar, enabled: color) + " "
            + valueText
    }

    /// `█` cells then one partial block; at least `▏` for a value that is not zero.
    static func positiveBar(eighths: Int, nonZero: Bool) -> String {
        let e = nonZero ? max(1, eighths) : max(0, eighths)
        var bar = String(repeating: "█", count: e / 8)
        if e % 8 > 0 { bar.append(BarChart.eighths[e % 8]) }
        return bar
    }

    /// Right-anchored: `▕` or `▐` on the left of whole cells; at least `▕` for any negative.
    static func negativeBar(eighths: Int) -> String {
        let e = max(1, eighths)
        var whole = e / 8
        let rest = e % 8
        var bar = ""
        switch rest {
        case 0: break
        case 1...2: bar = "▕"
        case 3...5: bar = "▐"
        default: whole += 1
        }
        return bar + String(repeating: "█", count: whole)
    }
}
