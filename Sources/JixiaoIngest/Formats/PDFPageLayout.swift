import Foundation

/// The words of PDF pages made into rows and columns. The rows come from `PDFRowBands` (wrapped
/// cells stacked, the cells of a row joined by their alignment, merged cells put in the first row
/// of their span). The columns are the lanes that table cells occupy, found from how often each
/// point across the page is covered by a fragment of a line with two or more, table by table: the
/// tables printed one after the other from Word each have their own column widths, while a table
/// continued on the next page, or a printed sheet, keeps its lanes. All pages make one grid.
/// (A point is judged against the lines that reach across it, not all lines: a long text crossing
/// the columns of a few lines leaves the gaps of the many.)
///
/// What spacing cannot tell stays as printed: a workbook printed without padding spaces its rows
/// as the lines of one cell, so its wrapped cells come out as rows of their own.
struct PDFPageLayout {
    typealias Fragment = PopplerText.Fragment

    /// Lanes are measured in points, up to this page width.
    static let widestPage = 5_000
    /// A point covered by fewer than this share of the most covered point is a gap.
    static let gapShare = 0.34

    func grid(_ pages: [PopplerText.Page]) -> Grid {
        let (rowsByPage, padded) = PDFRowBands.rows(pages.map(\.fragments))
        let placed = rowsByPage.enumerated().flatMap { p, rows in rows.map { (page: p, fragments: $0) } }
        let tables = Self.tables(placed.map(\.fragments))
        // Each table's lanes from its lines of text, not its rows: a row of wrapped cells would
        // cover the gaps between its columns with its lines.
        var fragmentsOf: [Int: [Int: [Fragment]]] = [:]
        for (n, row) in placed.enumerated() {
            fragmentsOf[tables[n], default: [:]][row.page, default: []] += row.fragments
        }
        let lanesOf = fragmentsOf.mapValues { pages in
            Self.lanes(pages.values.flatMap { Self.rows($0) }.filter { $0.count >= 2 })
        }
        var out: [GridRow] = []
        let isTableRow = { (n: Int) in n >= 0 && n < placed.count && placed[n].fragments.count >= 2 }
        for (n, (p, row)) in placed.enumerated() {
            let lanes = lanesOf[tables[n]] ?? []
            let center = pages[p].width / 2
            let line = out.count + 1
            var fragments = row
            if fragments.count == 1, isTableRow(n - 1), isTableRow(n + 1),
                let parts = Self.clippedParts(fragments[0], lanes: lanes)
            {
                fragments = parts
            }
            if fragments.count == 1, let only = fragments.first,
                Self.isProse(only, lanes: lanes, center: center, width: pages[p].width)
            {
                out.append(GridRow(cells: [GridCell(text: only.text, column: 0, line: line)], line: line))
                continue
            }
            var cells: [GridCell] = []
            // Lane by lane, top to bottom: the lines of a wrapped cell in their order.
            let laned = fragments.map { (lane: Self.lane(of: $0, in: lanes), fragment: $0) }
                .sorted {
                    ($0.lane, $0.fragment.yMin, $0.fragment.xMin) < ($1.lane, $1.fragment.yMin, $1.fragment.xMin)
                }
            var above: Fragment?
            for (column, fragment) in laned {
                defer { above = fragment }
                // A line under the cell's last one goes on in it. In a padded table two fragments
                // side by side were cut apart by the padding between cells, and stay two cells
                // however the lanes fall (a printed sheet spaces the words of one cell as widely).
                let sameLine = above.map { fragment.yMin < ($0.yMin + $0.yMax) / 2 } ?? false
                let under = !padded || (above != nil && !sameLine)
                // A fragment starting under the one before it on the same line begins a cell: the
                // one before was clipped at the edge of its cell (text never overlaps itself).
                let clipped = sameLine && above.map { fragment.xMin < $0.xMax } ?? false
                // On the same line a character's width or more apart in a sheet printed without
                // padding: a number set to the right of its cell beside the clipped text before it.
                let apart = !padded && sameLine && above.map { fragment.xMin - $0.xMax >= $0.yMax - $0.yMin } ?? false
                if let last = cells.last, last.column == column, under, !clipped, !apart {
                    cells[cells.count - 1].text += "\n" + fragment.text
                } else if let last = cells.last, last.column >= column {
                    // Overlapping fragments: keep them in reading order, one column on.
                    cells.append(
                        GridCell(
                            text: fragment.text, column: last.column + 1, line: line, offset: Self.clamp(fragment.xMin))
                    )
                } else {
                    cells.append(
                        GridCell(text: fragment.text, column: column, line: line, offset: Self.clamp(fragment.xMin)))
                }
            }
            out.append(GridRow(cells: cells, line: line))
        }
        return Grid(name: "pages", rows: out)
    }

    /// Which table each row is in, counted from 0: a row of three or more cells, fewer than half of
    /// which (after the first, which every table starts at the margin) start where a cell of the
    /// table so far starts, begins a new one.
    static func tables(_ rows: [[Fragment]]) -> [Int] {
        var out: [Int] = []
        var table = 0
        // The table's cell starts, to the point.
        var starts = Set<Int>()
        func isStart(_ x: Double) -> Bool {
            guard x.isFinite, abs(x) < 1e9 else { return false }
            let p = Int(x.rounded())
            return starts.contains(p - 1) || starts.contains(p) || starts.contains(p + 1)
        }
        for row in rows {
            let lefts = row.map(\.xMin)
            if lefts.count >= 3, !starts.isEmpty, 2 * lefts.dropFirst().filter(isStart).count < lefts.count - 1 {
                table += 1
                starts = []
            }
            if row.count >= 2 {
                for x in lefts where x.isFinite && abs(x) < 1e9 { starts.insert(Int(x.rounded())) }
            }
            out.append(table)
        }
        return out
    }

    /// A cell's text clipped at the next cell's edge with no gap runs into that cell's text as one
    /// pdftotext word (`对健全医疗保障制度体系成效明显`: a name over the empty cells to its right, cut
    /// at the value). Alone on a row between table rows, a word of Chinese characters (one advance
    /// each) with a character boundary on a lane's start is two cells there, at the rightmost such
    /// start; nil when none falls within `clipTolerance`.
    static func clippedParts(_ fragment: Fragment, lanes: [ClosedRange<Int>]) -> [Fragment]? {
        let chars = Array(fragment.text)
        guard chars.count >= 4, chars.allSatisfy({ $0.unicodeScalars.allSatisfy(PDFCellText.isWide) }) else {
            return nil
        }
        let advance = (fragment.xMax - fragment.xMin) / Double(chars.count)
        guard advance > 0, advance.isFinite else { return nil }
        for lane in lanes.reversed() {
            let x = Double(lane.lowerBound)
            guard x > fragment.xMin + 1.5 * advance, x < fragment.xMax - 1.5 * advance else { continue }
            let j = ((x - fragment.xMin) / advance).rounded()
            let cut = fragment.xMin + j * advance
            guard abs(cut - x) <= clipTolerance, j >= 1, Int(j) < chars.count else { continue }
            var head = fragment, tail = fragment
            head.text = String(chars[..<Int(j)])
            head.xMax = cut
            tail.text = String(chars[Int(j)...])
            tail.xMin = cut
            return [head, tail]
        }
        return nil
    }

    /// How near (points) a character boundary must fall to a lane's start to cut a word there.
    static let clipTolerance = 1.5

    /// The page's fragments in rows, top to bottom, each row left to right.
    static func rows(_ fragments: [Fragment]) -> [[Fragment]] {
        let sorted = fragments.sorted { ($0.yMin + $0.yMax, $0.xMin) < ($1.yMin + $1.yMax, $1.xMin) }
        var rows: [[Fragment]] = []
        var band: (top: Double, bottom: Double)?
        for fragment in sorted {
            let middle = (fragment.yMin + fragment.yMax) / 2
            if let current = band, middle >= current.top, middle <= current.bottom {
                rows[rows.count - 1].append(fragment)
            } else {
                rows.append([fragment])
                band = (fragment.yMin, fragment.yMax)
            }
        }
        return rows.map { $0.sorted { $0.xMin < $1.xMin } }
    }

    /// The column lanes as point ranges, left to right: the points where text stands in at least
    /// `gapShare` of the rows that reach across them (from their first fragment to their last).
    static func lanes(_ rows: [[Fragment]]) -> [ClosedRange<Int>] {
        var covered = [Int](repeating: 0, count: widestPage + 2)
        var reached = [Int](repeating: 0, count: widestPage + 2)
        // Differences, summed below: each range costs two updates however wide it is.
        for row in rows {
            guard let first = row.first, let last = row.last else { continue }
            reached[clamp(first.xMin)] += 1
            reached[clamp(row.map(\.xMax).max() ?? last.xMax) + 1] -= 1
            for (k, fragment) in row.enumerated() {
                // A fragment running under the next one was clipped at its cell's edge (a printed
                // sheet's long text): it covers its own column only.
                let end = k + 1 < row.count ? min(fragment.xMax, row[k + 1].xMin - 2) : fragment.xMax
                covered[clamp(fragment.xMin)] += 1
                covered[max(clamp(end), clamp(fragment.xMin)) + 1] -= 1
            }
        }
        var lanes: [ClosedRange<Int>] = []
        var start: Int?
        var text = 0, span = 0
        for x in 0...widestPage {
            text += covered[x]
            span += reached[x]
            let isText = span > 0 && Double(text) >= gapShare * Double(span)
            if isText {
                if start == nil { start = x }
            } else if let s = start {
                lanes.append(s...(x - 1))
                start = nil
            }
        }
        if let s = start { lanes.append(s...widestPage) }
        return lanes
    }

    /// The lane a fragment starts in, or the first lane after the gap it starts in.
    static func lane(of fragment: Fragment, in lanes: [ClosedRange<Int>]) -> Int {
        let x = clamp(fragment.xMin)
        return lanes.firstIndex { $0.upperBound >= x } ?? max(0, lanes.count - 1) + (lanes.isEmpty ? 0 : 1)
    }

    /// A fragment alone on its row is prose (a title, a `(2022年度)` line, a note) when it starts
    /// in the first lane, crosses three lanes, or sits in the middle of the page.
    static func isProse(_ fragment: Fragment, lanes: [ClosedRange<Int>], center: Double, width: Double) -> Bool {
        let first = lane(of: fragment, in: lanes)
        if first == 0 { return true }
        let crossed = lanes.filter { Double($0.lowerBound) < fragment.xMax && Double($0.upperBound) > fragment.xMin }
            .count
        if crossed >= 3 { return true }
        let middle = (fragment.xMin + fragment.xMax) / 2
        return width > 0 && abs(middle - center) < width * 0.03
    }

    private static func clamp(_ x: Double) -> Int {
        guard x.isFinite else { return 0 }
        return Int(min(max(x, 0), Double(widestPage)))
    }
}
