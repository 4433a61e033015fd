import CFreeXL
import Foundation

/// Legacy Excel workbooks (`.xls`, BIFF in an OLE2 compound file) through libfreexl. Every sheet
/// (or the one `sheet=` names) becomes a grid. libfreexl gives dates as dates but not other
/// number formats or merged ranges: a cell shown as `95%` comes as the number 0.95, and the cells
/// a merge covers are empty, as the form reader expects them.
///
/// Recognised by the OLE2 signature. A password-protected `.xlsx` or `.docx` is an OLE2 file too
/// (its package encrypted inside, in an `EncryptedPackage` stream): it is refused as such.
enum XLSFormat: FileFormat {
    static let title = "Excel 97–2003 workbook (.xls)"
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func recognises(_ sample: FileSample) -> Bool { sample.bytes.starts(with: signature) }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        if isEncryptedPackage(bytes.buffer) {
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil,
                    "a password-protected Office file (its workbook or document is encrypted); save it without a password first"
                ))
        }
        let scratch = try ScratchFile(bytes.buffer, suffix: ".xls", file: file)
        defer { scratch.remove() }
        var handle: UnsafeRawPointer?
        let opened = freexl_open(scratch.path, &handle)
        defer { if let handle { freexl_close(handle) } }
        guard opened == FREEXL_OK, let handle else {
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "not a readable .xls workbook (libfreexl error \(opened))"))
        }
        var info: UInt32 = 0
        if freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &info) == FREEXL_OK,
            info == UInt32(FREEXL_BIFF_OBFUSCATED)
        {
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: nil, "a password-protected .xls workbook; save it without a password first"))
        }
        var sheetCount: UInt32 = 0
        _ = freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &sheetCount)
        var names: [String] = []
        for k in 0..<min(sheetCount, 65_535) {
            var name: UnsafePointer<CChar>?
            let found = freexl_get_worksheet_name(handle, UInt16(k), &name) == FREEXL_OK
            names.append(found ? name.map { String(cString: $0) } ?? "sheet \(k + 1)" : "sheet \(k + 1)")
        }
        var grids: [Grid] = []
        for k in try SheetChoice.pick(options.sheet, among: names, file: file) {
            grids.append(try sheet(handle, index: k, name: names[k], file: file))
        }
        return try GridContent.read(grids, file: file, options: options)
    }

    private static func sheet(_ handle: UnsafeRawPointer, index: Int, name: String, file: String) throws -> Grid {
        guard freexl_select_active_worksheet(handle, UInt16(index)) == FREEXL_OK else {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "sheet \(name) cannot be read"))
        }
        var rowCount: UInt32 = 0, columnCount: UInt16 = 0
        guard freexl_worksheet_dimensions(handle, &rowCount, &columnCount) == FREEXL_OK else {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "sheet \(name) has no readable size"))
        }
        var rows: [GridRow] = []
        for r in 0..<min(rowCount, 1_048_576) {
            var cells: [GridCell] = []
            for c in 0..<columnCount {
                var value = FreeXL_CellValue()
                guard freexl_get_cell_value(handle, r, c, &value) == FREEXL_OK else { continue }
                let line = Int(r) + 1
                var text: String, number: Double?
                switch Int32(value.type) {
                case FREEXL_CELL_INT:
                    number = Double(value.value.int_value)
                    text = CellNumberFormat.general(Double(value.value.int_value))
                case FREEXL_CELL_DOUBLE:
                    number = CellNumberFormat.rounded(value.value.double_value)
                    text = CellNumberFormat.general(value.value.double_value)
                case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
                    text = value.value.text_value.map { String(cString: $0) } ?? ""
                default: continue
                }
                text = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty {
                    cells.append(GridCell(text: text, column: Int(c), line: line, offset: Int(c), number: number))
                }
            }
            if !cells.isEmpty { rows.append(GridRow(cells: cells, line: Int(r) + 1)) }
        }
        return Grid(name: name, rows: rows)
    }

    /// Whether the compound file holds an `EncryptedPackage` stream (its directory names it in
    /// UTF-16): the mark of an encrypted Office Open XML file.
    static func isEncryptedPackage(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= needle.count else { return false }
        var k = 0
        let last = bytes.count - needle.count
        while k <= last {
            if bytes[k] == needle[0], bytes[k + 1] == needle[1] {
                var match = true
                for j in 2..<needle.count where bytes[k + j] != needle[j] { match = false; break }
                if match { return true }
            }
            k += 1
        }
        return false
    }
}
