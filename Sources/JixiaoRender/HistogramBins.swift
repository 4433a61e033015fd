import Foundation

/// Values counted into equal bins for `chart hist`: Sturges' number of bins (at most 20), with
/// edges at round numbers so the labels read `0–10`, `10–20`.
struct HistogramBins {
    let edges: [Double]
    let counts: [Int]

    init(_ values: [Double?]) {
        let finite = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else {
            edges = []
            counts = []
            return
        }
        if low == high {
            edges = [low, low + 1]
            counts = [finite.count]
            return
        }
        let wanted = min(20, max(1, Int(ceil(log2(Double(finite.count)))) + 1))
        let step = Self.niceStep((high - low) / Double(wanted))
        let start = floor(low / step) * step
        var edges = [start]
        // At most 21 edges; a step too small to move a huge value stops the loop too.
        while let last = edges.last, last <= high, edges.count <= wanted + 1 {
            let next = last + step
            guard next > last else { break }
            edges.append(next)
        }
        if edges.count < 2 { edges.append(high) }
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for v in finite {
            let i = Self.index((v - start) / step, count: counts.count)
            counts[i] += 1
        }
        self.edges = edges
        self.counts = counts
    }

    /// `position` as an index into `count` slots, clamped; NaN and infinities (a range wider than
    /// a Double holds) land at the ends instead of trapping the conversion.
    static func index(_ position: Double, count: Int) -> Int {
        guard count > 0 else { return 0 }
        guard position.isFinite else { return position > 0 ? count - 1 : 0 }
        return Int(min(Double(count - 1), max(0, position.rounded(.down))))
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, floor(log10(raw)))
        for factor in [1.0, 2, 5, 10] where factor * power >= raw { return factor * power }
        return 10 * power
    }

    /// `10–20` for each bin.
    var labels: [String] {
        (0..<counts.count).map { "\(Self.short(edges[$0]))–\(Self.short(edges[$0 + 1]))" }
    }

    static func short(_ v: Double) -> String {
        let rounded = (v * 1e6).rounded() / 1e6
        return NumberText.format(rounded)
    }
}
