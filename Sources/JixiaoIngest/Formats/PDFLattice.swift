/// The tables a page's ruling lines draw. Lines that touch make one table; its row boundaries
/// are the heights of its horizontal lines and its column boundaries the places of its vertical
/// ones (the finest lattice, as a Word table's grid columns). A cell is a region of that lattice
/// bounded by lines: where an inner border is missing, the regions on either side are one merged
/// cell, as a merged range prints.
struct PDFLattice {
    typealias Segment = PDFRulings.Segment

    /// One cell: the lattice row and column it starts in and how many it covers.
    struct Cell: Equatable {
        var row: Int, column: Int
        var rowSpan = 1, columnSpan = 1
    }

    /// Row boundaries top to bottom and column boundaries left to right, in points.
    var ys: [Double]
    var xs: [Double]
    var cells: [Cell]
    /// The cell each lattice region is part of, row by row.
    var cellOf: [Int]

    var top: Double { ys.first ?? 0 }
    var bottom: Double { ys.last ?? 0 }
    var left: Double { xs.first ?? 0 }
    var right: Double { xs.last ?? 0 }

    /// How far apart two lines may be and still be one (the two strokes of a border drawn by two
    /// neighbouring cells, a thick outer border against a thin inner one).
    static let tolerance = 1.0
    /// A lattice of more regions than this is no table of a form (and costs too much).
    static let maximumRegions = 250_000

    /// The tables of one page's segments, top to bottom; lines that make no cell (an underline, a
    /// rule under a title) are no table.
    static func tables(_ segments: [Segment]) -> [PDFLattice] {
        let horizontal = merged(segments.filter(\.horizontal))
        let vertical = merged(segments.filter { !$0.horizontal })
        guard !horizontal.isEmpty, !vertical.isEmpty else { return [] }
        // Union-find over the lines, horizontal ones first, joined where they touch.
        var sets = DisjointSets(count: horizontal.count + vertical.count)
        let byX = vertical.indices.sorted { vertical[$0].at < vertical[$1].at }
        let xsSorted = byX.map { vertical[$0].at }
        for (h, line) in horizontal.enumerated() {
            var k = lowerBound(xsSorted, line.from - tolerance)
            while k < byX.count, xsSorted[k] <= line.to + tolerance {
                let v = vertical[byX[k]]
                if line.at >= v.from - tolerance, line.at <= v.to + tolerance {
                    sets.union(h, horizontal.count + byX[k])
                }
                k += 1
            }
        }
        var groups: [Int: (horizontal: [Segment], vertical: [Segment])] = [:]
        for (h, line) in horizontal.enumerated() { groups[sets.root(h), default: ([], [])].horizontal.append(line) }
        for (v, line) in vertical.enumerated() {
            groups[sets.root(horizontal.count + v), default: ([], [])].vertical.append(line)
        }
        return groups.values.compactMap { table($0.horizontal, $0.vertical) }.sorted {
            ($0.top, $0.left) < ($1.top, $1.left)
        }
    }

    /// The lattice of one table's lines, or nil when they bound no cell.
    static func table(_ horizontal: [Segment], _ vertical: [Segment]) -> PDFLattice? {
        let ys = positions(horizontal), xs = positions(vertical)
        guard ys.count >= 2, xs.count >= 2 else { return nil }
        let rows = ys.count - 1, columns = xs.count - 1
        guard rows * columns <= maximumRegions else { return nil }
        // The lines at each boundary, to ask whether a stretch of it is drawn.
        let across = lines(horizontal, at: ys), down = lines(vertical, at: xs)
        var sets = DisjointSets(count: rows * columns)
        for r in 0..<rows {
            let middle = (ys[r] + ys[r + 1]) / 2
            for c in 0..<columns {
                let k = r * columns + c
                if c + 1 < columns, !drawn(down[c + 1], over: middle) { sets.union(k, k + 1) }
                if r + 1 < rows, !drawn(across[r + 1], over: (xs[c] + xs[c + 1]) / 2) {
                    sets.union(k, k + columns)
                }
            }
        }
        // Each merged region's extent; a region that is no rectangle (damage) spans its box.
        var boxes: [Int: (top: Int, left: Int, bottom: Int, right: Int)] = [:]
        for r in 0..<rows {
            for c in 0..<columns {
                let k = sets.root(r * columns + c)
                if let b = boxes[k] {
                    boxes[k] = (min(b.top, r), min(b.left, c), max(b.bottom, r), max(b.right, c))
                } else {
                    boxes[k] = (r, c, r, c)
                }
            }
        }
        let order = boxes.keys.sorted { (boxes[$0]!.top, boxes[$0]!.left) < (boxes[$1]!.top, boxes[$1]!.left) }
        var index: [Int: Int] = [:]
        var cells: [Cell] = []
        for key in order {
            let b = boxes[key]!
            index[key] = cells.count
            cells.append(
                Cell(row: b.top, column: b.left, rowSpan: b.bottom - b.top + 1, columnSpan: b.right - b.left + 1))
        }
        let cellOf = (0..<(rows * columns)).map { index[sets.root($0)] ?? 0 }
        return PDFLattice(ys: ys, xs: xs, cells: cells, cellOf: cellOf)
    }

    /// The cell holding the point, if it lies in the table.
    func cell(at x: Double, _ y: Double) -> Int? {
        guard x >= left, x <= right, y >= top, y <= bottom else { return nil }
        let r = min(max(Self.lowerBound(ys, y) - 1, 0), ys.count - 2)
        let c = min(max(Self.lowerBound(xs, x) - 1, 0), xs.count - 2)
        return cellOf[r * (xs.count - 1) + c]
    }

    /// Collinear lines that overlap or meet (within `tolerance`) as one, sorted by place.
    static func merged(_ segments: [Segment]) -> [Segment] {
        let sorted = segments.sorted { ($0.at, $0.from) < ($1.at, $1.from) }
        var clusters: [[Segment]] = []
        for segment in sorted {
            if let first = clusters.last?.first, segment.at - first.at <= tolerance {
                clusters[clusters.count - 1].append(segment)
            } else {
                clusters.append([segment])
            }
        }
        var out: [Segment] = []
        for cluster in clusters {
            let at = cluster.map(\.at).reduce(0, +) / Double(cluster.count)
            var pieces: [Segment] = []
            for segment in cluster.sorted(by: { $0.from < $1.from }) {
                if let last = pieces.last, segment.from <= last.to + tolerance {
                    pieces[pieces.count - 1].to = max(last.to, segment.to)
                } else {
                    pieces.append(Segment(horizontal: segment.horizontal, at: at, from: segment.from, to: segment.to))
                }
            }
            out += pieces
        }
        return out
    }

    /// The distinct places of lines (merged already, so one per place within `tolerance`).
    static func positions(_ segments: [Segment]) -> [Double] {
        var out: [Double] = []
        for at in segments.map(\.at).sorted() where out.last.map({ at - $0 > tolerance }) ?? true { out.append(at) }
        return out
    }

    /// For each boundary, the extents of the lines drawn along it.
    static func lines(_ segments: [Segment], at boundaries: [Double]) -> [[(from: Double, to: Double)]] {
        var out = [[(from: Double, to: Double)]](repeating: [], count: boundaries.count)
        for segment in segments {
            let k = lowerBound(boundaries, segment.at - tolerance)
            if k < boundaries.count, abs(boundaries[k] - segment.at) <= tolerance {
                out[k].append((segment.from, segment.to))
            }
        }
        return out
    }

    /// Whether a line is drawn at `place` along a boundary (its stretch of the boundary bordered).
    static func drawn(_ lines: [(from: Double, to: Double)], over place: Double) -> Bool {
        lines.contains { $0.from - tolerance <= place && place <= $0.to + tolerance }
    }

    /// The first index whose value is at least `value`.
    static func lowerBound(_ values: [Double], _ value: Double) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
