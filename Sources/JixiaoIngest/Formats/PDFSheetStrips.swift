import Foundation

/// A sheet printed wider than its paper, put back together. A spreadsheet printed without fitting
/// its width (LibreOffice Calc's default) comes out in strips: the first columns down all pages,
/// then the next columns down all pages again, empty pages left out. Read page by page, the later
/// strips would be rows after the end of the table; here each page of a later strip is laid to the
/// right of the page it continues, so that a row's cells stand on one line again.
///
/// The pages themselves say which continues which. A cell whose text overflows into the next strip
/// is drawn on both pages: on the later one it starts left of the sheet's margin (at a negative
/// offset, as Calc places it), and its text takes up where the earlier page's piece ends (the two
/// pieces overlap by the glyphs drawn in both margins) or repeats it whole. Every such pair, on
/// the same line of two pages, measures the strip's width; the width most pairs agree on (more
/// than half a page) links each page to the one it continues. A page of a later strip with no
/// overflowing text follows the page before it: the next page of the same strip.
enum PDFSheetStrips {
    typealias Fragment = PopplerText.Fragment
    typealias Page = PopplerText.Page

    /// How far apart (points) two measures of the strip's width may be and still agree.
    static let tolerance = 3.0

    /// The pages with every later strip laid beside the page it continues, or nil when the pages
    /// are no sheet printed in strips.
    static func joined(_ pages: [Page]) -> [Page]? {
        guard pages.count >= 2, let margin = margin(pages) else { return nil }
        let anchors = pages.map { page in page.fragments.filter { $0.xMin < margin - 1 } }
        guard anchors.contains(where: { !$0.isEmpty }) else { return nil }
        let pairs = self.pairs(pages, anchors: anchors)
        guard let width = stripWidth(pairs, pageWidth: pages.map(\.width).max() ?? 0) else { return nil }
        // Each page's left neighbour: the earlier page most of its overflowing text continues.
        var left = [Int?](repeating: nil, count: pages.count)
        for q in pages.indices {
            var votes: [Int: Int] = [:]
            for pair in pairs where pair.later == q && abs(pair.offset - width) <= tolerance {
                votes[pair.earlier, default: 0] += pair.overlap
            }
            left[q] = votes.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        }
        guard left.contains(where: { $0 != nil }) else { return nil }
        // The first strip's page each page is laid on, and how many strips to its right it stands.
        func chain(_ p: Int) -> (base: Int, depth: Int) {
            var d = 0, at = p
            while let l = left[at], d < pages.count {
                d += 1
                at = l
            }
            return (at, d)
        }
        func depth(_ p: Int) -> Int { chain(p).depth }
        // A later strip's page without overflowing text continues the page after the one its
        // strip's previous page continues, or the page before the one its next page continues
        // (which lies before it, so it is no first strip's page), when its lines fit that page's.
        for q in pages.indices.dropFirst() where left[q] == nil {
            guard let previous = left[q - 1], previous + 1 < q else { continue }
            let target = previous + 1
            guard depth(target) == depth(previous), fits(pages[q], on: pages[target]) else { continue }
            left[q] = target
        }
        for q in pages.indices.dropLast().reversed() where left[q] == nil {
            guard let next = left[q + 1], next >= 1, next < q else { continue }
            let target = next - 1
            guard depth(target) == depth(next), left.firstIndex(of: target) == nil, fits(pages[q], on: pages[target])
            else { continue }
            left[q] = target
        }
        let (base, shift) = (pages.indices.map { chain($0).base }, pages.indices.map { chain($0).depth })
        var out: [Page] = []
        var indexOfBase: [Int: Int] = [:]
        for q in pages.indices where base[q] == q {
            indexOfBase[q] = out.count
            out.append(Page(width: pages[q].width, fragments: pages[q].fragments, words: pages[q].words))
        }
        // Strip by strip, so that each piece meets the piece to its left already in place.
        for level in 1...max(1, shift.max() ?? 1) {
            for q in pages.indices where shift[q] == level {
                guard let k = indexOfBase[base[q]] else { continue }
                let dx = Double(level) * width
                out[k].width = max(out[k].width, pages[q].width + dx)
                let moved = { (fragment: Fragment) -> Fragment in
                    var moved = fragment
                    moved.xMin += dx
                    moved.xMax += dx
                    return moved
                }
                for fragment in pages[q].fragments {
                    place(moved(fragment), overflowing: fragment.xMin < margin - 1, on: &out[k].fragments)
                }
                out[k].words += pages[q].words.map(moved)
            }
        }
        return out
    }

    /// Where the sheet's first column starts: the leftmost point (to the point) at which many
    /// fragments start. A piece of overflowing text starting left of it is rare and is not counted.
    static func margin(_ pages: [Page]) -> Double? {
        var counts: [Int: Int] = [:]
        var total = 0
        for page in pages {
            for fragment in page.fragments where fragment.xMin.isFinite && fragment.xMin >= 0 && fragment.xMin < 1e6 {
                counts[Int(fragment.xMin), default: 0] += 1
                total += 1
            }
        }
        let least = max(3, total / 20)
        guard let x = counts.filter({ $0.value >= least }).keys.min() else { return nil }
        return Double(x)
    }

    struct Pair {
        var later: Int, earlier: Int
        /// The strip's width this pair measures.
        var offset: Double
        /// Characters the two pieces share (a longer shared text is surer).
        var overlap: Int
    }

    /// Each overflowing piece against the pieces of earlier pages on its line whose text it
    /// repeats or continues.
    static func pairs(_ pages: [Page], anchors: [[Fragment]]) -> [Pair] {
        var out: [Pair] = []
        for (q, pieces) in anchors.enumerated() {
            for a in pieces.prefix(200) {
                let height = max(a.yMax - a.yMin, 1)
                let text = Array(a.text)
                guard !text.isEmpty else { continue }
                let advance = (a.xMax - a.xMin) / Double(text.count)
                for p in 0..<q {
                    for b in pages[p].fragments where abs(b.yMin - a.yMin) < 0.25 * height && b.xMax > a.xMax {
                        let earlier = Array(b.text)
                        if earlier == text {
                            out.append(Pair(later: q, earlier: p, offset: b.xMin - a.xMin, overlap: text.count))
                            continue
                        }
                        let k = overlap(earlier, text)
                        guard k >= 2 else { continue }
                        out.append(
                            Pair(later: q, earlier: p, offset: b.xMax - a.xMin - Double(k) * advance, overlap: k))
                    }
                }
            }
        }
        return out
    }

    /// The longest end of `earlier` that `later` starts with, in characters.
    static func overlap(_ earlier: [Character], _ later: [Character]) -> Int {
        var k = min(earlier.count, later.count)
        while k > 0 {
            if earlier[(earlier.count - k)...].elementsEqual(later[..<k]) { return k }
            k -= 1
        }
        return 0
    }

    /// The strip width most pairs agree on (weighted by their shared text), if it is more than half
    /// a page: a printed strip is a page's width less its margins.
    static func stripWidth(_ pairs: [Pair], pageWidth: Double) -> Double? {
        var bins: [Int: Int] = [:]
        for pair in pairs where pair.offset.isFinite && pair.offset > 0 && pair.offset < 1e6 {
            bins[Int((pair.offset / tolerance).rounded()), default: 0] += pair.overlap
        }
        guard let best = bins.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return nil }
        let agreeing = pairs.filter { abs($0.offset - Double(best) * tolerance) <= tolerance }
        guard !agreeing.isEmpty else { return nil }
        let width = agreeing.map(\.offset).reduce(0, +) / Double(agreeing.count)
        return width > pageWidth / 2 && width <= pageWidth ? width : nil
    }

    /// Whether every line of `page` stands on a line of `target` (the same rows of the sheet) and
    /// within its height.
    static func fits(_ page: Page, on target: Page) -> Bool {
        guard !page.fragments.isEmpty, let bottom = target.fragments.map(\.yMax).max() else { return false }
        return page.fragments.allSatisfy { fragment in
            fragment.yMax <= bottom + 1 && target.fragments.contains { abs($0.yMin - fragment.yMin) < 0.5 }
        }
    }

    /// A moved piece put on the joined page: an overflowing piece that repeats or continues the
    /// piece to its left on its line joins it; anything else stands as it is.
    static func place(_ piece: Fragment, overflowing: Bool, on fragments: inout [Fragment]) {
        let height = max(piece.yMax - piece.yMin, 1)
        let text = Array(piece.text)
        if overflowing,
            let k = fragments.indices.filter({
                abs(fragments[$0].yMin - piece.yMin) < 0.25 * height && fragments[$0].xMax > piece.xMin
                    && fragments[$0].xMin < piece.xMin + 1
            }).max(by: { fragments[$0].xMax < fragments[$1].xMax })
        {
            let earlier = Array(fragments[k].text)
            let shared = earlier == text ? text.count : overlap(earlier, text)
            if shared > 0 {
                fragments[k].text += String(text[shared...])
                fragments[k].xMax = max(fragments[k].xMax, piece.xMax)
                return
            }
        }
        fragments.append(piece)
    }
}

/// pdftotext's word boxes on any bytes, for the fuzz target `pdf-words`: its XHTML read, the
/// strips of a printed sheet joined, the pages laid out and read as a form (the `pdf` target
/// reaches these only through pdftotext's own output of whole PDFs, one process per input).
public enum PDFWordsProbe {
    public static func read(_ data: Data) {
        guard let xml = try? XMLStream(data, name: "fuzz.xhtml"), let pages = try? PopplerText.parse(xml),
            pages.count <= 64
        else { return }
        let grid = PDFPageLayout().grid(PDFSheetStrips.joined(pages) ?? pages)
        _ = try? GridContent.read([grid], file: "fuzz.pdf", options: LoadOptions(), runTogether: true)
    }
}
