import CFreeXL
import CXLSChild
import Foundation

/// A legacy workbook read by libfreexl in a forked child (`jx_xls_spawn`, see `CXLSChild.h` for
/// why and for the layout it writes), given `timeLimit` seconds; its output is read back here
/// with every length checked, so a child that died half-way is a damaged file, not a short one.
struct XLSChildReader {
    struct Sheet {
        var name: String?
        var selected: Int32
        var rows: [GridRow]
    }

    var opened: Int32
    var password: UInt32 = 0
    var sheets: [Sheet] = []

    static let timeLimit: TimeInterval = 60
    /// The most the child may write (a workbook of millions of cells).
    static let maximumOutput = 1 << 30

    static func read(_ path: String, file: String) throws -> XLSChildReader {
        let output = path + ".cells"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let pid = jx_xls_spawn(path, output)
        guard pid > 0 else {
            throw DocumentImportError(
                file: file, reason: .unreadable("cannot start the .xls reader: \(String(cString: strerror(errno)))"))
        }
        guard let status = ChildProcess.wait(pid, timeLimit: timeLimit) else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil,
                    "libfreexl did not finish within \(Int(timeLimit)) seconds; the .xls workbook is damaged or too large"
                ))
        }
        guard status == 0, let data = ScratchFile.contents(of: output, limit: maximumOutput),
            let workbook = data.withUnsafeBytes({ parse($0) })
        else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(
                    line: nil,
                    "a damaged .xls workbook: libfreexl failed on it (\(status < 0 ? "signal \(-status)" : "status \(status)")); open it in a spreadsheet and save it again"
                ))
        }
        return workbook
    }

    /// The child's output, or nil when it is cut short or does not hold together.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> XLSChildReader? {
        var input = Input(bytes: bytes)
        guard input.u32() == UInt32(JX_XLS_MAGIC), let opened = input.i32() else { return nil }
        var workbook = XLSChildReader(opened: opened)
        guard opened == FREEXL_OK else { return workbook }
        guard let password = input.u32(), let count = input.u32() else { return nil }
        workbook.password = password
        for _ in 0..<count {
            guard let name = input.text(), let selected = input.i32(), input.u32() != nil, input.u32() != nil else {
                return nil
            }
            var rows: [GridRow] = []
            var cells: [GridCell] = []
            while true {
                guard let row = input.u32() else { return nil }
                // A row is made once its cells are all in (GridRow judges prose from them).
                if let last = cells.last, row != UInt32(last.line - 1) {
                    rows.append(GridRow(cells: cells, line: last.line))
                    cells = []
                }
                if row == JX_XLS_END_OF_SHEET { break }
                guard let column = input.u32(), let kind = input.u8(), let cell = cell(kind, &input) else { return nil }
                let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty {
                    cells.append(
                        GridCell(
                            text: text, column: Int(column), line: Int(row) + 1, offset: Int(column),
                            number: cell.number))
                }
            }
            workbook.sheets.append(Sheet(name: name.isEmpty ? nil : name, selected: selected, rows: rows))
        }
        return workbook
    }

    private static func cell(_ kind: UInt8, _ input: inout Input) -> (text: String, number: Double?)? {
        switch Int32(kind) {
        case JX_XLS_INT:
            guard let value = input.i32() else { return nil }
            return (CellNumberFormat.general(Double(value)), Double(value))
        case JX_XLS_DOUBLE:
            guard let value = input.f64() else { return nil }
            return (CellNumberFormat.general(value), CellNumberFormat.rounded(value))
        case JX_XLS_TEXT:
            return input.text().map { ($0, nil) }
        default:
            return nil
        }
    }

    /// The output read front to back; every read is bounds-checked.
    private struct Input {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
            guard count >= 0, count <= bytes.count - at else { return nil }
            defer { at += count }
            return UnsafeRawBufferPointer(rebasing: bytes[at..<(at + count)])
        }
        mutating func u8() -> UInt8? { take(1).map { $0[0] } }
        mutating func u32() -> UInt32? { take(4).map { $0.loadUnaligned(as: UInt32.self) } }
        mutating func i32() -> Int32? { take(4).map { $0.loadUnaligned(as: Int32.self) } }
        mutating func f64() -> Double? { take(8).map { $0.loadUnaligned(as: Double.self) } }
        mutating func text() -> String? {
            guard let count = u32(), let raw = take(Int(count)) else { return nil }
            return String(decoding: raw, as: UTF8.self)
        }
    }
}
