import CFreeXL
import Foundation

/// Legacy Excel workbooks (`.xls`, BIFF in an OLE2 compound file) through libfreexl. Every sheet
/// (or the one `sheet=` names) becomes a grid. libfreexl gives dates as ISO text (a plain sheet's
/// column of them loads as dates) but not other number formats or merged ranges: a cell shown as
/// `95%` comes as the number 0.95, and the cells a merge covers are empty, as the form reader
/// expects them.
///
/// libfreexl runs in a child process (`XLSChildReader`): it reads past its buffers on some
/// damaged files, and such a file is then refused as damaged instead of harming jixiao.
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
        let workbook = try XLSChildReader.read(scratch.path, file: file)
        guard workbook.opened == FREEXL_OK else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil,
                    "not a readable .xls workbook (libfreexl error \(workbook.opened)); open it in a spreadsheet and save it again"
                ))
        }
        if workbook.password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: nil, "a password-protected .xls workbook; save it without a password first"))
        }
        let names = workbook.sheets.enumerated().map { $0.element.name ?? "sheet \($0.offset + 1)" }
        var grids: [Grid] = []
        for k in try SheetChoice.pick(options.sheet, among: names, file: file) {
            let sheet = workbook.sheets[k]
            guard sheet.selected == FREEXL_OK else {
                throw DocumentImportError(file: file, reason: .malformed(line: nil, "sheet \(names[k]) cannot be read"))
            }
            grids.append(Grid(name: names[k], rows: sheet.rows))
        }
        return try GridContent.read(grids, file: file, options: options)
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
