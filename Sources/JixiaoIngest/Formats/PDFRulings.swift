import Foundation

/// The ruling lines (cell borders) of a PDF's pages, from poppler's `pdftocairo -svg` run as a
/// separate process like `PopplerText`: the text layer keeps no borders, the drawing does. A
/// border is a stroked straight line (LibreOffice draws every border so) or a filled rectangle
/// thinner than `thinRectangle` (as other producers draw them), in points from the page's top
/// left, as pdftotext's word boxes are. Glyphs (`<symbol>`, `<use>`) and clip paths are skipped.
///
/// Nothing here throws at the caller: without the command, or on output it cannot read, the PDF
/// has no rulings and its rows are told by spacing (`PDFRowBands`).
enum PDFRulings {
    /// A horizontal or vertical line: `at` is its y (horizontal) or x, `from`...`to` its extent.
    struct Segment: Equatable {
        var horizontal: Bool
        var at: Double
        var from: Double
        var to: Double
    }

    static let candidates = ["/usr/bin/pdftocairo", "/usr/local/bin/pdftocairo", "/opt/homebrew/bin/pdftocairo"]
    /// The most SVG the command may write (its glyph outlines come with it) before it is ignored.
    static let maximumOutput = 512 << 20
    /// A filled rectangle at most this thick (points) is a line along its long side.
    static let thinRectangle = 2.5
    /// A line whose ends differ by at most this across its direction counts as straight.
    static let slant = 0.5
    /// The most segments kept of one page: a drawing of millions of strokes is no table.
    static let maximumSegments = 100_000
    /// Coordinates beyond this are damage, not a page.
    static let farthest = 1e7

    /// Each page's segments, or nil when the drawing cannot be had (no pdftocairo, a failure,
    /// too much output, SVG that is not well-formed).
    static func pages(of pdf: String, file: String) -> [[Segment]]? {
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        let output = pdf + ".svg", errors = pdf + ".svg.stderr"
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: errors)
        }
        guard let status = try? PopplerText.run(tool, ["-svg", pdf, output], errors: errors, file: file),
            status == 0, let data = ScratchFile.contents(of: output, limit: maximumOutput),
            let xml = try? XMLStream(data, name: "the drawing of the PDF")
        else { return nil }
        return try? parse(xml)
    }

    /// The segments of cairo's SVG, page by page: one `<page>` each under `<pageSet>` when there
    /// are several, else the whole document is one page.
    static func parse(_ xml: XMLStream) throws -> [[Segment]] {
        var pages: [[Segment]] = []
        var current: [Segment] = []
        var sawPage = false
        // The transform and paint in force at each open element, outermost first.
        var transforms: [Affine] = [.identity]
        var paints: [Paint] = [Paint()]
        while try xml.next() {
            switch xml.kind {
            case .element:
                let name = xml.localName
                if ["defs", "symbol", "clipPath", "mask", "pattern", "marker", "text", "style"].contains(name) {
                    try xml.skipElement()
                    continue
                }
                let outer = transforms.last ?? .identity
                let transform = xml.attribute("transform").map { outer.then(Affine.parse($0)) } ?? outer
                let paint = Paint(xml, inside: paints.last ?? Paint())
                if name == "page" {
                    if sawPage { pages.append(current) }
                    sawPage = true
                    current = []
                }
                if current.count < maximumSegments {
                    switch name {
                    case "path": current += segments(path: xml.attribute("d") ?? "", paint, transform)
                    case "rect": current += rectangle(xml, paint, transform)
                    case "line", "polyline", "polygon": current += lines(xml, name, paint, transform)
                    default: break
                    }
                }
                if !xml.isEmptyElement {
                    transforms.append(transform)
                    paints.append(paint)
                }
            case .endElement:
                if transforms.count > 1 {
                    transforms.removeLast()
                    paints.removeLast()
                }
            default: break
            }
        }
        pages.append(current)
        return pages.map { Array($0.prefix(maximumSegments)) }
    }

    /// How a shape is painted, from its `style` and presentation attributes or else its
    /// parent's (SVG inherits both): the fill is black unless set, the stroke none.
    struct Paint {
        var fill: String?
        var stroke: String?

        init(fill: String? = nil, stroke: String? = nil) {
            self.fill = fill
            self.stroke = stroke
        }

        init(_ xml: XMLStream, inside parent: Paint) {
            var own: [String: String] = [:]
            for name in ["fill", "stroke"] { if let value = xml.attribute(name) { own[name] = value } }
            for declaration in (xml.attribute("style") ?? "").split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                own[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
            }
            self.init(fill: own["fill"] ?? parent.fill, stroke: own["stroke"] ?? parent.stroke)
        }

        /// A white or transparent stroke or fill draws no border.
        static func isVisible(_ value: String?, byDefault: Bool) -> Bool {
            guard let value = value?.lowercased().replacingOccurrences(of: " ", with: "") else { return byDefault }
            return !["none", "transparent", "white", "#fff", "#ffffff", "rgb(100%,100%,100%)", "rgb(255,255,255)"]
                .contains(value)
        }

        var stroked: Bool { Self.isVisible(stroke, byDefault: false) }
        var filled: Bool { Self.isVisible(fill, byDefault: true) }
    }

    /// The borders among the subpaths of a path's `d`: its straight axis-aligned pieces when it
    /// is stroked, its thin rectangles when it is only filled.
    static func segments(path d: String, _ paint: Paint, _ transform: Affine) -> [Segment] {
        guard paint.stroked || paint.filled else { return [] }
        var out: [Segment] = []
        for subpath in PathData.subpaths(d) {
            let points = subpath.points.map(transform.apply)
            if paint.stroked {
                for (a, b) in zip(points, points.dropFirst()) where subpath.straight {
                    if let segment = segment(a, b) { out.append(segment) }
                }
            } else if subpath.straight, let line = thinLine(points) {
                out.append(line)
            }
        }
        return out
    }

    static func rectangle(_ xml: XMLStream, _ paint: Paint, _ transform: Affine) -> [Segment] {
        let value = { (name: String) in xml.attribute(name).flatMap(PathData.number) ?? 0 }
        let (x, y, w, h) = (value("x"), value("y"), value("width"), value("height"))
        let d = "M \(x) \(y) L \(x + w) \(y) L \(x + w) \(y + h) L \(x) \(y + h) Z"
        return segments(path: d, paint, transform)
    }

    static func lines(_ xml: XMLStream, _ name: String, _ paint: Paint, _ transform: Affine) -> [Segment] {
        guard paint.stroked else { return [] }
        let d: String
        if name == "line" {
            let value = { (name: String) in xml.attribute(name).flatMap(PathData.number) ?? 0 }
            d = "M \(value("x1")) \(value("y1")) L \(value("x2")) \(value("y2"))"
        } else {
            d = "M " + (xml.attribute("points") ?? "") + (name == "polygon" ? " Z" : "")
        }
        return segments(path: d, Paint(fill: "none", stroke: paint.stroke), transform)
    }

    /// The line from `a` to `b` when it runs across or down the page.
    static func segment(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Segment? {
        guard [a.x, a.y, b.x, b.y].allSatisfy({ $0.isFinite && abs($0) < farthest }) else { return nil }
        let dx = abs(a.x - b.x), dy = abs(a.y - b.y)
        if dy <= slant, dx > dy {
            return Segment(horizontal: true, at: (a.y + b.y) / 2, from: min(a.x, b.x), to: max(a.x, b.x))
        }
        if dx <= slant, dy > dx {
            return Segment(horizontal: false, at: (a.x + b.x) / 2, from: min(a.y, b.y), to: max(a.y, b.y))
        }
        return nil
    }

    /// A filled subpath that is a rectangle thinner than `thinRectangle`, as the line along its
    /// long side through its middle.
    static func thinLine(_ points: [(x: Double, y: Double)]) -> Segment? {
        guard points.count >= 4, points.count <= 6 else { return nil }
        let xs = points.map(\.x), ys = points.map(\.y)
        guard let left = xs.min(), let right = xs.max(), let top = ys.min(), let bottom = ys.max(),
            [left, right, top, bottom].allSatisfy({ $0.isFinite && abs($0) < farthest })
        else { return nil }
        // Every corner on the box's edges: an axis-aligned rectangle.
        let onBox = points.allSatisfy {
            (abs($0.x - left) <= slant || abs($0.x - right) <= slant)
                && (abs($0.y - top) <= slant || abs($0.y - bottom) <= slant)
        }
        guard onBox else { return nil }
        let width = right - left, height = bottom - top
        if height <= thinRectangle, width > height {
            return Segment(horizontal: true, at: (top + bottom) / 2, from: left, to: right)
        }
        if width <= thinRectangle, height > width {
            return Segment(horizontal: false, at: (left + right) / 2, from: top, to: bottom)
        }
        return nil
    }
}

/// An SVG transform: x' = a x + c y + e, y' = b x + d y + f.
struct Affine: Equatable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = Affine()

    func apply(_ p: (x: Double, y: Double)) -> (x: Double, y: Double) {
        (a * p.x + c * p.y + e, b * p.x + d * p.y + f)
    }

    /// This transform applied after `inner` (an element's own transform inside its parent's).
    func then(_ inner: Affine) -> Affine {
        Affine(
            a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
            c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
            e: a * inner.e + c * inner.f + e, f: b * inner.e + d * inner.f + f)
    }

    /// A `transform` attribute's `matrix`, `translate`, `scale` and `rotate` in order; anything
    /// else it cannot read leaves the transform as read so far.
    static func parse(_ text: String) -> Affine {
        var out = Affine.identity
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let name = rest[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " ,\t\n\r"))
            let values = PathData.numbers(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            var step = Affine.identity
            switch (name, values.count) {
            case ("matrix", 6):
                step = Affine(a: values[0], b: values[1], c: values[2], d: values[3], e: values[4], f: values[5])
            case ("translate", 1), ("translate", 2): step.e = values[0]; step.f = values.count > 1 ? values[1] : 0
            case ("scale", 1), ("scale", 2): step.a = values[0]; step.d = values.count > 1 ? values[1] : values[0]
            case ("rotate", 1):
                let r = values[0] * .pi / 180
                step = Affine(a: cos(r), b: sin(r), c: -sin(r), d: cos(r))
            default: return out
            }
            out = out.then(step)
        }
        return out
    }
}

/// The points of an SVG path's `d`, subpath by subpath. Straight commands (M L H V Z, absolute
/// and relative) give points; a curve or arc moves on to its end and marks its subpath as not
/// straight, so that none of its pieces is taken for a border.
enum PathData {
    struct Subpath {
        var points: [(x: Double, y: Double)] = []
        var straight = true
    }

    /// The most points read from one `d`: the outline of a page of text is no border.
    static let maximumPoints = 100_000

    static func subpaths(_ d: String) -> [Subpath] {
        var out: [Subpath] = []
        var current = Subpath()
        var point = (x: 0.0, y: 0.0), start = (x: 0.0, y: 0.0)
        var command: UInt8 = 0
        var total = 0
        var scanner = NumberReader(d)
        func finish() {
            if current.points.count >= 2 { out.append(current) }
            current = Subpath()
        }
        while total < maximumPoints, let token = scanner.next() {
            switch token {
            case .command(let c):
                command = c
                if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
                    current.points.append(start)
                    point = start
                    finish()
                    current.points = [start]
                }
                continue
            case .number(let first):
                let relative = command >= UInt8(ascii: "a")
                let origin: (x: Double, y: Double) = relative ? point : (0, 0)
                switch command | 0x20 {
                case UInt8(ascii: "m"), UInt8(ascii: "l"):
                    guard let second = scanner.number() else { return out }
                    point = (origin.x + first, origin.y + second)
                    if command | 0x20 == UInt8(ascii: "m") {
                        finish()
                        start = point
                        // Further pairs after a moveto are lines.
                        command = relative ? UInt8(ascii: "l") : UInt8(ascii: "L")
                    }
                    current.points.append(point)
                case UInt8(ascii: "h"):
                    point.x = origin.x + first
                    current.points.append(point)
                case UInt8(ascii: "v"):
                    point.y = origin.y + first
                    current.points.append(point)
                default:
                    // Curves and arcs: their end point is the last pair of their numbers.
                    let count = ["c": 6, "s": 4, "q": 4, "t": 2, "a": 7][String(UnicodeScalar(command | 0x20))] ?? 0
                    guard count > 0 else { return out }
                    var values = [first]
                    while values.count < count, let v = scanner.number() { values.append(v) }
                    guard values.count == count else { return out }
                    point = (origin.x + values[count - 2], origin.y + values[count - 1])
                    current.straight = false
                    current.points.append(point)
                }
                total += 1
            }
        }
        finish()
        return out
    }

    static func number(_ text: String) -> Double? {
        var reader = NumberReader(text)
        return reader.number()
    }

    static func numbers(_ text: Substring) -> [Double] {
        var reader = NumberReader(String(text))
        var out: [Double] = []
        while out.count < 16, let v = reader.number() { out.append(v) }
        return out
    }

    /// Numbers and command letters of path data, separated by spaces, commas, or nothing where
    /// a sign or a second point starts the next number (`M1-2.5.5`).
    struct NumberReader {
        enum Token { case command(UInt8), number(Double) }
        let bytes: [UInt8]
        var at = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        mutating func next() -> Token? {
            skipSeparators()
            guard at < bytes.count else { return nil }
            let b = bytes[at]
            if Self.isCommand(b) {
                at += 1
                return .command(b)
            }
            if let v = number() { return .number(v) }
            at += 1  // a byte that is neither: skipped
            return next()
        }

        static func isCommand(_ b: UInt8) -> Bool {
            "MmLlHhVvZzCcSsQqTtAa".utf8.contains(b)
        }

        mutating func skipSeparators() {
            while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ",")].contains(bytes[at]) { at += 1 }
        }

        /// The next number, or nil (the reader unmoved) when a number does not start here.
        mutating func number() -> Double? {
            skipSeparators()
            let begin = at
            var end = at
            if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") { end += 1 }
            var digits = 0, dot = false
            while end < bytes.count {
                let b = bytes[end]
                if b >= 0x30, b <= 0x39 {
                    digits += 1
                } else if b == UInt8(ascii: "."), !dot {
                    dot = true
                } else {
                    break
                }
                end += 1
            }
            guard digits > 0 else { return nil }
            if end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e") {
                var e = end + 1
                if e < bytes.count, bytes[e] == UInt8(ascii: "-") || bytes[e] == UInt8(ascii: "+") { e += 1 }
                let digitsStart = e
                while e < bytes.count, bytes[e] >= 0x30, bytes[e] <= 0x39 { e += 1 }
                if e > digitsStart { end = e }
            }
            at = end
            return Double(String(decoding: bytes[begin..<end], as: UTF8.self))
        }
    }
}

/// The SVG ruling reader and the lattice on any bytes, for the fuzz target `pdf-rulings` (the
/// `pdf` target reaches them only through pdftocairo's own, well-formed output).
public enum PDFRulingsProbe {
    public static func read(_ data: Data) {
        guard let xml = try? XMLStream(data, name: "fuzz.svg"), let pages = try? PDFRulings.parse(xml) else { return }
        for segments in pages {
            for table in PDFLattice.tables(segments) { _ = table.cell(at: table.left, table.bottom) }
        }
    }
}
