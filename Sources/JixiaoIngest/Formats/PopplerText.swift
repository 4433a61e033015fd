import Foundation

/// The words of a PDF with their positions, from poppler's own `pdftotext -bbox-layout` run as a
/// separate process: poppler stays outside jixiao (its licence, and its crashes on damaged files,
/// stay in that process), and it is given `timeLimit` seconds before it is killed.
struct PopplerText {
    /// A run of words on one baseline with no wide gap: the text of one cell, or of one line of it.
    struct Fragment {
        var text: String
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
    }

    struct Page {
        var width: Double
        var fragments: [Fragment]
        /// The words themselves, for placing each in the cell the rulings draw around it.
        var words: [Fragment] = []
    }

    static let timeLimit: TimeInterval = 60
    /// The most XHTML the command may write before its output is refused (a PDF of millions of words).
    static let maximumOutput = 512 << 20

    /// Where the command is looked for, in order.
    static let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]

    static func pages(of pdf: String, file: String) throws -> [Page] {
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw DocumentImportError(
                file: file,
                reason: .unreadable(
                    "reading a PDF needs poppler's pdftotext (Debian's poppler-utils; Scripts/setup installs it)"))
        }
        let output = pdf + ".xhtml", errors = pdf + ".stderr"
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: errors)
        }
        let status = try run(tool, ["-bbox-layout", "-enc", "UTF-8", pdf, output], errors: errors, file: file)
        let message = ScratchFile.contents(of: errors, limit: 1 << 20).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard status == 0 else {
            let lower = message.lowercased()
            if lower.contains("password") || lower.contains("encrypt") || status == 3 {
                throw DocumentImportError(
                    file: file,
                    reason: .malformed(
                        line: nil, "the PDF is encrypted (password-protected); nothing can be read from it"))
            }
            let first =
                message.split(separator: "\n").first.map(String.init)
                ?? (status < 0 ? "killed by signal \(-status)" : "exit status \(status)")
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "not a readable PDF (pdftotext: \(first))"))
        }
        guard let data = ScratchFile.contents(of: output, limit: maximumOutput) else {
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "pdftotext wrote more than \(maximumOutput >> 20) MB of text")
            )
        }
        do {
            return try parse(XMLStream(data, name: "the text of the PDF"))
        } catch let error as XMLStreamError {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "\(error)"))
        }
    }

    /// Runs `tool` with its output to nowhere and its messages to `errors`, killed after
    /// `timeLimit` seconds; the exit status, or minus the signal that ended it. Through
    /// posix_spawn rather than Foundation's Process, which leaked under the fuzzer's leak checker.
    static func run(_ tool: String, _ arguments: [String], errors: String, file: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([tool] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, tool, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw DocumentImportError(
                file: file, reason: .unreadable("cannot run \(tool): \(String(cString: strerror(spawned)))"))
        }
        guard let status = ChildProcess.wait(pid, timeLimit: timeLimit) else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil,
                    "\(URL(fileURLWithPath: tool).lastPathComponent) did not finish within \(Int(timeLimit)) seconds; "
                        + "the PDF is damaged or too large"))
        }
        return status
    }

    /// A gap between two words of a line wider than this share of the line's height separates
    /// two cells: pdftotext puts the cells of a table row on one line when they are close, and
    /// a space within a cell is about a sixth of that height, the gap between the cells of a
    /// narrow table a third.
    static let cellGap = 0.25

    /// The pages of pdftotext's XHTML: `page` (width), `line` and its `word`s (with boxes), each
    /// line cut into fragments where its words stand apart.
    static func parse(_ xml: XMLStream) throws -> [Page] {
        var pages: [Page] = []
        var words: [Fragment] = []
        while try xml.next() {
            switch xml.kind {
            case .element:
                switch xml.localName {
                case "page":
                    pages.append(Page(width: xml.attribute("width").flatMap(Double.init) ?? 0, fragments: []))
                case "line":
                    words = []
                case "word":
                    var word = Fragment(
                        text: "", xMin: number(xml, "xMin"), yMin: number(xml, "yMin"),
                        xMax: number(xml, "xMax"), yMax: number(xml, "yMax"))
                    word.text = try xml.text().trimmingCharacters(in: .whitespacesAndNewlines)
                    if !word.text.isEmpty { words.append(word) }
                default: break
                }
            case .endElement:
                if xml.localName == "line", !pages.isEmpty {
                    pages[pages.count - 1].fragments += fragments(words)
                    pages[pages.count - 1].words += words
                    words = []
                }
            default: break
            }
        }
        return pages
    }

    /// A line's words joined into fragments, a new one wherever the gap is wider than `cellGap`.
    static func fragments(_ words: [Fragment]) -> [Fragment] {
        var out: [Fragment] = []
        for word in words.sorted(by: { $0.xMin < $1.xMin }) {
            // A word starting under the one before it begins a cell: the one before was clipped at
            // its cell's edge (a printed sheet's long text); words of one text never overlap.
            let height = max(1, word.yMax - word.yMin)
            if var last = out.last, word.xMin - last.xMax <= cellGap * max(1, last.yMax - last.yMin),
                word.xMin >= last.xMax - max(0.5, 0.02 * height)
            {
                last.text += " " + word.text
                last.xMax = max(last.xMax, word.xMax)
                last.yMin = min(last.yMin, word.yMin)
                last.yMax = max(last.yMax, word.yMax)
                out[out.count - 1] = last
            } else {
                out.append(word)
            }
        }
        return out
    }

    private static func number(_ xml: XMLStream, _ name: String) -> Double {
        // Bounded: a damaged PDF may place a word anywhere, and positions become integers downstream.
        guard let value = xml.attribute(name).flatMap(Double.init), value.isFinite else { return 0 }
        return min(max(value, -1e6), 1e6)
    }
}
