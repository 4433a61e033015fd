import Foundation

/// Charts as inline SVG for the HTML report: the same data as the terminal's, drawn with
/// shapes and text that any browser shows without scripts or downloads.
enum SVGChart {
    static let palette = ["#2f6db3", "#d2691e", "#2e8b57", "#8b3a8b", "#b8860b", "#c0392b", "#16a085", "#555555"]
    static let width = 760.0

    static func svg(_ data: ChartData) -> String {
        switch data.kind {
        case .bar: return bars(labels: data.labels, values: data.values, caption: data.valueName)
        case .hist:
            let bins = HistogramBins(data.values)
            return columns(labels: bins.labels, counts: bins.counts, caption: data.valueName)
        case .line: return line(data)
        }
    }

    static func number(_ v: Double) -> String {
        let text = String(format: abs(v) >= 100 ? "%.0f" : "%.2f", v)
        return ColumnNumberFormat.group(text)
    }

    private static func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Int = 12,
        color: String = "#222"
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" fill=\"\(color)\">\(HTMLText.escaped(content))</text>"
    }

    private static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Horizontal bars, one row per label, negative values to the left of a shared zero line.
    static func bars(labels: [String], values: [Double?], caption: String) -> String {
        let rowHeight = 22.0, labelWidth = 260.0, valueWidth = 90.0
        let height = Double(max(labels.count, 1)) * rowHeight + 30
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        let most = max(finite.map { max($0, 0) }.max() ?? 0, 0), least = min(finite.map { min($0, 0) }.min() ?? 0, 0)
        let room = width - labelWidth - valueWidth
        let scale = most - least > 0 ? room / (most - least) : 0
        let zero = labelWidth + (-least) * scale
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\">"
        for (i, label) in labels.enumerated() {
            let y = Double(i) * rowHeight + 4
            let shown = label.count > 24 ? String(label.prefix(23)) + "…" : label
            out += text(labelWidth - 8, y + 15, shown, anchor: "end")
            guard i < values.count, let v = values[i], v.isFinite else {
                out += text(zero + 4, y + 15, "null", color: "#999")
                continue
            }
            let x = v >= 0 ? zero : zero + v * scale
            out +=
                "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(max(abs(v) * scale, v == 0 ? 0 : 1)))\" height=\"\(f(rowHeight - 8))\" fill=\"\(v >= 0 ? palette[0] : palette[5])\"/>"
            out += text(v >= 0 ? zero + v * scale + 4 : zero + 4, y + 15, number(v))
        }
        out += "<line x1=\"\(f(zero))\" y1=\"0\" x2=\"\(f(zero))\" y2=\"\(f(height - 26))\" stroke=\"#888\"/>"
        out += text(labelWidth, height - 8, caption, color: "#666")
        return out + "</svg>"
    }

    /// Vertical bars for a histogram's bins, counts above them.
    static func columns(labels: [String], counts: [Int], caption: String) -> String {
        let height = 300.0, top = 20.0, bottom = 60.0, left = 40.0
        let most = Double(counts.max() ?? 0)
        let slot = (width - left - 10) / Double(max(counts.count, 1))
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\">"
        let plot = height - top - bottom
        for (i, c) in counts.enumerated() {
            let h = most > 0 ? Double(c) / most * plot : 0
            let x = left + Double(i) * slot
            out +=
                "<rect x=\"\(f(x + 2))\" y=\"\(f(top + plot - h))\" width=\"\(f(max(slot - 4, 1)))\" height=\"\(f(h))\" fill=\"\(palette[0])\"/>"
            out += text(x + slot / 2, top + plot - h - 4, String(c), anchor: "middle", size: 11)
            out +=
                "<text x=\"\(f(x + slot / 2))\" y=\"\(f(top + plot + 14))\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-35 \(f(x + slot / 2)) \(f(top + plot + 14)))\" fill=\"#222\">\(HTMLText.escaped(labels[i]))</text>"
        }
        out +=
            "<line x1=\"\(f(left))\" y1=\"\(f(top + plot))\" x2=\"\(f(width - 10))\" y2=\"\(f(top + plot))\" stroke=\"#888\"/>"
        out += text(left, height - 6, caption, color: "#666")
        return out + "</svg>"
    }

    /// One polyline per series over the x values, with marks, a value scale and a legend.
    static func line(_ data: ChartData) -> String {
        let (xs, lines) = data.lines
        let height = 340.0, top = 20.0, bottom = 70.0, left = 80.0, right = 20.0
        let all = lines.flatMap { $0.points.values }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\">"
        guard let low = all.min(), let high = all.max(), !xs.isEmpty else {
            return out + text(10, 20, "(no values)") + "</svg>"
        }
        let span = high > low ? high - low : max(abs(high), 1)
        let bottomValue = high > low ? low : low - span / 2
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ i: Int) -> Double {
            xs.count > 1 ? left + Double(i) / Double(xs.count - 1) * plotW : left + plotW / 2
        }
        func py(_ v: Double) -> Double { top + plotH - (v - bottomValue) / span * plotH }
        for k in 0...4 {
            let v = bottomValue + span * Double(k) / 4
            out +=
                "<line x1=\"\(f(left))\" y1=\"\(f(py(v)))\" x2=\"\(f(width - right))\" y2=\"\(f(py(v)))\" stroke=\"#e4e4e4\"/>"
            out += text(left - 6, py(v) + 4, number(v), anchor: "end", size: 11)
        }
        for (i, x) in xs.enumerated() { out += text(px(i), top + plotH + 16, x, anchor: "middle", size: 11) }
        for (k, line) in lines.enumerated() {
            let color = palette[k % palette.count]
            let points = line.points.keys.sorted().compactMap { i in line.points[i].map { "\(f(px(i))),\(f(py($0)))" } }
            out +=
                "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>"
            for i in line.points.keys.sorted() {
                if let v = line.points[i] {
                    out += "<circle cx=\"\(f(px(i)))\" cy=\"\(f(py(v)))\" r=\"3.5\" fill=\"\(color)\"/>"
                }
            }
            let lx = left + Double(k % 4) * 170, ly = height - 30 + Double(k / 4) * 16
            out += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 9))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            out += text(lx + 14, ly, line.name.count > 20 ? String(line.name.prefix(19)) + "…" : line.name, size: 11)
        }
        return out + "</svg>"
    }
}
