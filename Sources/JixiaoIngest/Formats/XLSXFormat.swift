import Foundation

/// Excel workbooks (`.xlsx`, Office Open XML): a ZIP archive with `xl/workbook.xml`. Every sheet
/// (or the one `sheet=` names) becomes a grid, read as a form or as plain tables.
///
/// Recognised by the ZIP signature and a member under `xl/` among the first ones; a ZIP whose
/// first members say nothing is tried as a workbook too, and one that turns out to hold
/// `word/document.xml` is read as a Word document.
enum XLSXFormat: FileFormat {
    static let title = "Excel workbook (.xlsx)"

    static func recognises(_ sample: FileSample) -> Bool {
        guard ZIPDirectory.isArchive(sample.bytes) else { return false }
        let names = ZIPDirectory.leadingNames(sample.bytes)
        return !names.contains { $0.hasPrefix("word/") }
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        var archive = try OfficeArchive(bytes.buffer, file: file)
        guard archive.contains("xl/workbook.xml") else {
            if archive.contains("word/document.xml") {
                return try DOCXFormat.read(bytes, sample: sample, file: file, options: options)
            }
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil, "a ZIP archive that is neither a workbook (no xl/workbook.xml) nor a Word document"))
        }
        return try GridContent.read(grids(&archive, file: file, sheet: options.sheet), file: file, options: options)
    }

    /// The chosen sheets as grids, in tab order, each named after its tab.
    static func grids(_ archive: inout OfficeArchive, file: String, sheet: SheetChoice?) throws -> [Grid] {
        do {
            guard let workbookXML = try archive.xml("xl/workbook.xml") else { return [] }
            let workbook = try WorkbookSheets(
                workbook: workbookXML, relations: archive.xml("xl/_rels/workbook.xml.rels"))
            let strings = try archive.xml("xl/sharedStrings.xml").map(SharedStrings.init) ?? SharedStrings()
            let styles = try archive.xml("xl/styles.xml").map(WorkbookStyles.init) ?? WorkbookStyles()
            let reader = WorksheetReader(strings: strings, styles: styles, date1904: workbook.date1904)
            var grids: [Grid] = []
            for k in try SheetChoice.pick(sheet, among: workbook.sheets.map(\.name), file: file) {
                let entry = workbook.sheets[k]
                // A chart sheet or a sheet whose part is missing has no cells.
                guard let xml = try archive.xml(entry.path) else { continue }
                grids.append(try reader.read(xml, name: entry.name))
            }
            return grids
        } catch let error as XMLStreamError {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "\(error): the workbook is damaged"))
        }
    }
}
