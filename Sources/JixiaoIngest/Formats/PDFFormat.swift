import Foundation

/// PDF files: the text layer read by poppler's `pdftotext` and the ruling lines by its
/// `pdftocairo` (separate processes, see `PopplerText` and `PDFRulings`), laid out in the cells
/// the rulings draw (`PDFRuledLayout`), or by spacing where a page has none (`PDFPageLayout`),
/// then read as a form or a table like any other grid. Recognised by the `%PDF-` signature.
///
/// Refused with a reason, loading nothing: a PDF cut short (no `%%EOF` at its end), an encrypted
/// one, one pdftotext cannot read, and one with no text at all (a scanned image needs OCR first).
enum PDFFormat: FileFormat {
    static let title = "PDF (.pdf)"
    static let signature = Array("%PDF-".utf8)

    static func recognises(_ sample: FileSample) -> Bool {
        let head = sample.bytes.prefix(1024)
        guard head.count >= signature.count else { return false }
        for k in 0...(head.count - signature.count) where head[k] == signature[0] {
            if head[k..<(k + signature.count)].elementsEqual(signature) { return true }
        }
        return false
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        let tail = Array(bytes.buffer.suffix(2048))
        let end = Array("%%EOF".utf8)
        let complete =
            tail.count >= end.count
            && (0...(tail.count - end.count)).contains { tail[$0..<($0 + end.count)].elementsEqual(end) }
        guard complete else {
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "the PDF is cut short (it does not end with %%EOF)"))
        }
        let scratch = try ScratchFile(bytes.buffer, suffix: ".pdf", file: file)
        defer { scratch.remove() }
        let pages = try PopplerText.pages(of: scratch.path, file: file)
        guard pages.contains(where: { !$0.fragments.isEmpty }) else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil,
                    "the PDF has no text, only images (a scanned document?): it needs OCR before it can be read"))
        }
        // A sheet printed in strips has no rulings (Calc prints no grid lines): its joined pages are
        // read by spacing.
        let (grid, spaced) =
            PDFSheetStrips.joined(pages).map { (PDFPageLayout().grid($0), true) }
            ?? PDFRuledLayout.grid(pages, rulings: PDFRulings.pages(of: scratch.path, file: file))
        return try GridContent.read([grid], file: file, options: options, runTogether: spaced)
    }
}
