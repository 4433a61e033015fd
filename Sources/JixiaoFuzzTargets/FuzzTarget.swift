import Foundation
import JixiaoDomain
import JixiaoIngest
import JixiaoLanguage
import JixiaoQuery

/// The entry points the fuzzers drive, one per parser of untrusted input. The libFuzzer binary
/// (`Scripts/fuzz`) and the test suite's smoke run call the same functions, so a crash the fuzzer
/// finds replays in a plain test. Each entry must return normally for every input: a trap is the bug.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The lexer and parser: any text is statements or one diagnostic that renders.
    case parser
    /// Statements run on a small in-memory table: binder, expressions and operators.
    case statements
    /// Printed target and actual values (`≥95%`, `≤5万元`, `定性: 优`).
    case targetValue = "target-value"
    /// The four published document layouts, from text.
    case document
    /// CSV and TSV tables.
    case csv
    /// JSON arrays of objects and JSON Lines.
    case json
    /// Any bytes through format detection: documents, tables, JSON and SQLite databases.
    case importer
    /// Text made into grids, whatever separates its cells (tabs, pipes, aligned columns, one
    /// cell per line, flattened words), and the rows rebuilt from a stream.
    case grid
    /// The form reader over any grid of cells: each line a row, cells split at `|`, read with
    /// every layout, so rows of any shape reach it (not only those a text mode would make).
    case form
    /// Excel workbooks: the ZIP container, the workbook, string, style and sheet XML.
    case xlsx
    /// Word documents: the ZIP container and the body's tables.
    case docx
    /// Legacy .xls workbooks through libfreexl (and OLE2 files in general).
    case xls
    /// Web pages through libxml2's HTML parser.
    case html
    /// PDF files through pdftotext and the page layout (slow: one process per input).
    case pdf
    /// The ruling lines of a PDF's drawing (pdftocairo's SVG) and the table cells they bound.
    case pdfRulings = "pdf-rulings"
    /// pdftotext's word boxes (its XHTML): a printed sheet's strips joined, the rows and columns
    /// found by spacing, the grid read as a form.
    case pdfWords = "pdf-words"
    /// `.jxdb` snapshots, read with and without their checksums (without, the mutants get past
    /// the checksum to the checks of counts, offsets and codes behind it).
    case snapshot

    /// The folders, relative to the repository, whose files seed this target's corpus; the smoke
    /// test reads the same list, and `Scripts/fuzz` mirrors it.
    public var seedFolders: [String] {
        let seeds = "Tests/JixiaoFuzzTargetsTests/Seeds/"
        switch self {
        case .parser: return [seeds + "parser", seeds + "statements", "Scripts"]
        case .statements: return [seeds + "statements", seeds + "parser"]
        case .targetValue: return [seeds + "target-value"]
        case .document: return [seeds + "document", "Datasets"]
        case .csv: return [seeds + "csv"]
        case .json: return [seeds + "json"]
        case .importer: return [seeds + "importer", seeds + "csv", seeds + "json", seeds + "document"]
        case .grid, .form: return [seeds + "grid", seeds + "document", "Datasets", "Tests/JixiaoIngestTests/Corpus"]
        case .xlsx, .docx, .xls, .html, .pdf, .pdfRulings, .pdfWords, .snapshot: return [seeds + rawValue]
        }
    }

    /// Runs one input through the target.
    public func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch self {
        case .parser: Self.parse(Self.text(bytes))
        case .statements: StatementFuzzing.run(Self.text(bytes))
        case .targetValue: Self.resolveValues(Self.text(bytes))
        case .document: Self.importDocument(Self.text(bytes))
        case .csv, .json, .importer: Self.importFile(Data(buffer: bytes))
        case .grid: GridFuzzing.buildGrid(Self.text(bytes))
        case .form: GridFuzzing.readForm(Self.text(bytes))
        case .xlsx, .docx, .xls, .html, .pdf: Self.importFile(Data(buffer: bytes), name: "fuzz." + rawValue)
        case .pdfRulings: PDFRulingsProbe.read(Data(buffer: bytes))
        case .pdfWords: PDFWordsProbe.read(Data(buffer: bytes))
        case .snapshot: Self.readSnapshot(UnsafeRawBufferPointer(bytes))
        }
    }

    /// The input as text, invalid UTF-8 repaired, as the REPL and readers would see it.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func parse(_ source: String) {
        _ = Parser.needsMoreInput(source)
        if case .failure(let diagnostic) = Parser.jixiao.parse(source, file: "fuzz.jx") {
            _ = diagnostic.render(source: source, file: "fuzz.jx")
        }
    }

    /// Each line as a target with the next as its actual, as an indicator row would pair them.
    static func resolveValues(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (k, line) in lines.enumerated() {
            _ = TargetValueParser.parse(line)
            let next = k + 1 < lines.count ? lines[k + 1] : nil
            _ = IndicatorValueResolver.resolve(
                name: line, level2: next, targetText: line, nature: next,
                unitCell: next, actualText: next)
        }
    }

    static func importDocument(_ text: String) {
        _ = try? DocumentImporter.load(text: text, source: "fuzz.txt", options: LoadOptions())
    }

    static func readSnapshot(_ bytes: UnsafeRawBufferPointer) {
        for verify in [true, false] {
            var reader = SnapshotReader(bytes, file: "fuzz.jxdb", verifyChecksums: verify)
            _ = try? reader.read()
        }
    }

    static func importFile(_ data: Data, name: String = "fuzz") {
        _ = try? FileImporter.load(data: data, file: name, options: LoadOptions())
    }
}
