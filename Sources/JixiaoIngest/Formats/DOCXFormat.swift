/// Word documents (`.docx`, Office Open XML): a ZIP archive with `word/document.xml`. Every
/// table (`w:tbl`) becomes a grid with its horizontal (`gridSpan`) and vertical (`vMerge`)
/// merges; the paragraphs before a table are rows of one cell at its top, as titles and
/// `(2024年度)` lines are in text, so they give the year and region the same way.
enum DOCXFormat: FileFormat {
    static let title = "Word document (.docx)"

    static func recognises(_ sample: FileSample) -> Bool {
        ZIPDirectory.isArchive(sample.bytes)
            && ZIPDirectory.leadingNames(sample.bytes).contains { $0.hasPrefix("word/") }
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        var archive = try OfficeArchive(bytes.buffer, file: file)
        guard let xml = try archive.xml("word/document.xml") else {
            if archive.contains("xl/workbook.xml") {
                return try XLSXFormat.read(bytes, sample: sample, file: file, options: options)
            }
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil, "a ZIP archive that is neither a Word document (no word/document.xml) nor a workbook"))
        }
        do {
            return try GridContent.read(WordTableReader().read(xml), file: file, options: options)
        } catch let error as XMLStreamError {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "\(error): the document is damaged"))
        }
    }
}
