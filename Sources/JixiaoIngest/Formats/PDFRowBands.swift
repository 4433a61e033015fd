/// The table rows of PDF pages, found from the boxes of their text fragments. A PDF's text keeps
/// no cell borders, so rows are told by spacing and alignment, measured on the document itself:
///
/// 1. **Wrapped cells.** The lines of one cell follow each other at the font's line pitch; the
///    rows of a table stand further apart (cell padding and borders). When the document shows
///    both pitches (the most common pitch between the fragments of a column is clearly wider than
///    the narrowest), fragments one under the other at the narrow pitch are one cell (a stack).
///    A workbook printed without padding spaces rows as lines: then nothing is stacked.
/// 2. **Rows.** Stacks whose vertical centres, tops or bottoms coincide are one row: a table
///    centres, tops or bottoms every cell of a row alike, whatever number of lines each holds.
/// 3. **Merged cells.** A row that lies across the boundary of two rows (overlapping each by more
///    than a fifth of a line: packed rows of a printed workbook touch by less) holds cells merged
///    over several rows, their text centred on them. Its text goes to the first row of
///    the rows it spans (as the forms print a level cell over the rows below it that leave it
///    empty), the span told from where its centre lies among the empty cells of its column.
enum PDFRowBands {
    typealias Fragment = PopplerText.Fragment

    /// The rows of each page, top to bottom, each row's fragments left to right; `padded` says
    /// whether the rows stand further apart than lines (a table with cell padding, as Word's).
    static func rows(_ pages: [[Fragment]]) -> (pages: [[[Fragment]]], padded: Bool) {
        let heights = pages.flatMap { $0.map { $0.yMax - $0.yMin } }.filter { $0 > 0 }.sorted()
        guard !heights.isEmpty else { return (pages.map { _ in [] }, false) }
        let height = heights[heights.count / 2]
        let wrap = wrapPitch(pages, height: height)
        return (pages.map { rows($0, height: height, wrapPitch: wrap) }, wrap != nil)
    }

    /// The pitch under which two fragments of a column are lines of one cell, or nil when the
    /// document's rows are spaced like lines (nothing can be told apart then).
    static func wrapPitch(_ pages: [[Fragment]], height: Double) -> Double? {
        var pitches: [Double] = []
        for fragments in pages {
            let below = neighboursBelow(fragments, height: height)
            for (k, b) in below.enumerated() {
                if let b { pitches.append(fragments[b].yMin - fragments[k].yMin) }
            }
        }
        // Pitches in tenths of a line's height, from one height up (lines of text do not overlap),
        // gathered into clusters of neighbouring tenths.
        let unit = max(height / 10, 0.01)
        var counts: [Int: Int] = [:]
        for p in pitches where p >= height { counts[Int((p / unit).rounded()), default: 0] += 1 }
        var clusters: [(low: Int, high: Int, count: Int, sum: Int)] = []
        for tenth in counts.keys.sorted() {
            let n = counts[tenth, default: 0]
            if let last = clusters.last, last.high + 1 == tenth {
                clusters[clusters.count - 1] = (last.low, tenth, last.count + n, last.sum + n * tenth)
            } else {
                clusters.append((tenth, tenth, n, n * tenth))
            }
        }
        // The narrowest: the lines of a cell. Rows padded apart stand 1.2 to 1.8 times as far
        // (2 or 3 times is a row or two left empty, as in a printed workbook).
        guard let line = clusters.first(where: { $0.count >= 2 }) else { return nil }
        let centre = { (c: (low: Int, high: Int, count: Int, sum: Int)) in Double(c.sum) / Double(max(c.count, 1)) }
        guard
            let row = clusters.filter({
                centre($0) >= 1.2 * centre(line) && centre($0) <= 1.8 * centre(line) && 20 * $0.count >= 3 * line.count
            }).max(by: { $0.count < $1.count })
        else { return nil }
        return Double(line.high + row.low) / 2 * unit
    }

    /// For each fragment, the nearest one under it in its column (their spans across the page
    /// overlapping), if any. Looked for down the page in order of tops, at most `searchDepth`
    /// fragments on, so that a page of a hundred thousand words costs no more than a few lines'.
    static func neighboursBelow(_ fragments: [Fragment], height: Double) -> [Int?] {
        let order = fragments.indices.sorted { fragments[$0].yMin < fragments[$1].yMin }
        var out = [Int?](repeating: nil, count: fragments.count)
        for (n, k) in order.enumerated() {
            let f = fragments[k]
            var m = n + 1
            while m < order.count, m - n <= searchDepth {
                let g = fragments[order[m]]
                if g.yMin > f.yMin + height / 2, overlaps(f, g) {
                    out[k] = order[m]
                    break
                }
                m += 1
            }
        }
        return out
    }

    static let searchDepth = 2_000

    static func overlaps(_ a: Fragment, _ b: Fragment) -> Bool {
        min(a.xMax, b.xMax) - max(a.xMin, b.xMin) > 0
    }

    /// One page's rows (see the type's note).
    static func rows(_ fragments: [Fragment], height: Double, wrapPitch: Double?) -> [[Fragment]] {
        let stacks = stacks(fragments, height: height, wrapPitch: wrapPitch)
        var rows = groups(stacks, tolerance: 0.3 * height)
        rows.sort { $0.top < $1.top }
        placeMergedCells(&rows, height: height)
        return rows.map { row in row.stacks.flatMap(\.fragments).sorted { ($0.xMin, $0.yMin) < ($1.xMin, $1.yMin) } }
    }

    struct Stack {
        var fragments: [Fragment]
        var top: Double { fragments.map(\.yMin).min() ?? 0 }
        var bottom: Double { fragments.map(\.yMax).max() ?? 0 }
        var centre: Double { (top + bottom) / 2 }
        var xMin: Double { fragments.map(\.xMin).min() ?? 0 }
        var xMax: Double { fragments.map(\.xMax).max() ?? 0 }

        func isSame(_ other: Stack) -> Bool {
            fragments.count == other.fragments.count
                && zip(fragments, other.fragments).allSatisfy {
                    $0.xMin == $1.xMin && $0.yMin == $1.yMin && $0.text == $1.text
                }
        }
    }

    /// Fragments chained into stacks where each is the other's nearest neighbour in the column
    /// and they follow at less than `wrapPitch`.
    static func stacks(_ fragments: [Fragment], height: Double, wrapPitch: Double?) -> [Stack] {
        guard let wrapPitch else { return fragments.map { Stack(fragments: [$0]) } }
        let below = neighboursBelow(fragments, height: height)
        var above = [Int?](repeating: nil, count: fragments.count)
        for (k, b) in below.enumerated() {
            guard let b else { continue }
            if above[b].map({ fragments[k].yMin > fragments[$0].yMin }) ?? true { above[b] = k }
        }
        var next = [Int?](repeating: nil, count: fragments.count)
        var isContinuation = [Bool](repeating: false, count: fragments.count)
        for (k, b) in below.enumerated() {
            guard let b, above[b] == k, fragments[b].yMin - fragments[k].yMin < wrapPitch else { continue }
            next[k] = b
            isContinuation[b] = true
        }
        var out: [Stack] = []
        for k in fragments.indices where !isContinuation[k] {
            var chain = [fragments[k]]
            var at = k
            while let n = next[at], chain.count < fragments.count {
                chain.append(fragments[n])
                at = n
            }
            out.append(Stack(fragments: chain))
        }
        return out
    }

    struct Row {
        var stacks: [Stack]
        var top: Double { stacks.map(\.top).min() ?? 0 }
        var bottom: Double { stacks.map(\.bottom).max() ?? 0 }
        var centre: Double { (top + bottom) / 2 }
    }

    /// Stacks joined into rows where their centres, tops or bottoms coincide (union-find).
    static func groups(_ stacks: [Stack], tolerance: Double) -> [Row] {
        var sets = DisjointSets(count: stacks.count)
        let order = stacks.indices.sorted { stacks[$0].centre < stacks[$1].centre }
        let tops = stacks.map(\.top), bottoms = stacks.map(\.bottom), centres = stacks.map(\.centre)
        for (n, a) in order.enumerated() {
            for b in order[(n + 1)...] {
                // Sorted by centre: a stack whose centre is a page height further cannot share a top.
                if centres[b] - centres[a] > 50 * tolerance { break }
                if abs(centres[a] - centres[b]) < tolerance || abs(tops[a] - tops[b]) < tolerance
                    || abs(bottoms[a] - bottoms[b]) < tolerance
                {
                    sets.union(a, b)
                }
            }
        }
        var members: [Int: [Stack]] = [:]
        for k in stacks.indices { members[sets.root(k), default: []].append(stacks[k]) }
        return members.values.map { Row(stacks: $0) }
    }

    /// Rows lying across the boundary of the rows above and below them are cells merged over
    /// several rows; each goes to the first row of the span it is centred on (point 3 above).
    static func placeMergedCells(_ rows: inout [Row], height: Double) {
        var merged: [(position: Double, stack: Stack)] = []
        var k = 1
        while k + 1 < rows.count {
            if rows[k - 1].bottom - rows[k].top > 0.2 * height, rows[k].bottom - rows[k + 1].top > 0.2 * height {
                // Between rows k-1 and k once it is taken out.
                merged += rows.remove(at: k).stacks.map { (Double(k) - 0.5, $0) }
            } else {
                k += 1
            }
        }
        // Down each column that holds a merged cell, every cell goes to the first row of its span
        // (on a page of a few such columns: a page of thousands is no table, and is left be).
        var moves: [(from: Int?, to: Int, stack: Stack)] = []
        var done: [Stack] = []
        for (_, cell) in merged where merged.count <= maximumMerged && !done.contains(where: { overlaps($0, cell) }) {
            done.append(cell)
            var items: [(position: Double, row: Int?, stack: Stack)] = merged.filter { overlaps($0.stack, cell) }
                .map { ($0.position, nil, $0.stack) }
            for (r, row) in rows.enumerated() {
                for stack in row.stacks where overlaps(stack, cell) { items.append((Double(r), r, stack)) }
            }
            items.sort { $0.position < $1.position }
            var end: Int?
            for (n, item) in items.enumerated() {
                // Alone: its own row; merged: the two rows it lies across.
                var span = (start: Int(item.position.rounded(.down)), end: Int(item.position.rounded(.up)))
                if let end, n == 0 || items[n - 1].position < item.position {
                    let next = n + 1 < items.count ? Int(items[n + 1].position.rounded(.down)) : rows.count
                    let s = end + 1, e = Int((2 * item.position).rounded()) - s
                    if s <= span.start, e >= span.end, e < next, (s...e).allSatisfy({ rows[$0].stacks.count > 1 }) {
                        span = (s, e)
                    }
                }
                let target = min(max(span.start, 0), rows.count - 1)
                if item.row != target { moves.append((item.row, target, item.stack)) }
                end = span.end
            }
        }
        for move in moves {
            if let from = move.from, let k = rows[from].stacks.firstIndex(where: { $0.isSame(move.stack) }) {
                rows[from].stacks.remove(at: k)
            }
            rows[move.to].stacks.append(move.stack)
        }
        for (_, cell) in merged where !moves.contains(where: { $0.from == nil && $0.stack.isSame(cell) }) {
            // A merged cell every move above left alone: the row above the boundary it lies on.
            if let k = merged.first(where: { $0.stack.isSame(cell) })?.position {
                rows[min(max(Int(k.rounded(.down)), 0), rows.count - 1)].stacks.append(cell)
            }
        }
    }

    static let maximumMerged = 1_000

    static func overlaps(_ a: Stack, _ b: Stack) -> Bool { min(a.xMax, b.xMax) - max(a.xMin, b.xMin) > 0 }
}
