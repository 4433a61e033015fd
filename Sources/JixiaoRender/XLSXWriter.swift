import CXlsxWriter
import Foundation
import JixiaoEngine
import JixiaoText

/// Writes a table as an Excel workbook through libxlsxwriter (`save … to "x.xlsx" [as SHEET]`):
/// numbers as numbers, booleans as booleans, dates as date cells (`yyyy-mm-dd`), null as an empty cell, a bold header row that stays
/// in view (frozen), and each column as wide as its text in terminal cells — a Chinese character
/// counts two, as it takes about two digits' width in Excel too.
///
/// The workbook is written to a temporary file beside the target and renamed over it, so the
/// target is the old file or the whole new one, never half of one. The workbook is written anew:
/// other sheets of an existing file are not kept.
public enum XLSXWriter {
    /// Excel's limits (rows per sheet, characters per cell) and a readable column width range.
    static let maximumRows = 1_048_576
    static let maximumCellText = 32_767
    static let widthRange = 4.0...80.0
    /// Rows measured for the column widths: enough to see the data, bounded for large tables.
    static let measuredRows = 10_000

    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func write(_ table: Table, sheet: String, to path: String) throws {
        guard table.rowCount + 1 <= maximumRows else {
            throw WriteError(
                description:
                    "\(table.rowCount) rows do not fit in one sheet (Excel holds \(maximumRows - 1) below the header)")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp.xlsx"
        ).path
        var options = lxw_workbook_options(
            constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: nil, use_zip64: UInt8(LXW_FALSE.rawValue))
        guard let workbook = workbook_new_opt(temporary, &options) else {
            throw WriteError(description: "cannot create \(temporary)")
        }
        guard let worksheet = workbook_add_worksheet(workbook, sheetName(sheet)) else {
            _ = workbook_close(workbook)
            unlink(temporary)
            throw WriteError(description: "cannot add the sheet \(sheet)")
        }
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        let dateFormat = workbook_add_format(workbook)
        format_set_num_format(dateFormat, "yyyy-mm-dd")
        // Widths and panes are set before any row: the constant-memory writer streams rows out.
        for (c, width) in widths(table).enumerated() {
            worksheet_set_column(worksheet, UInt16(c), UInt16(c), width, nil)
        }
        worksheet_freeze_panes(worksheet, 1, 0)
        for (c, name) in table.names.enumerated() {
            worksheet_write_string(worksheet, 0, UInt16(c), cellText(name), bold)
        }
        for row in 0..<table.rowCount {
            let r = UInt32(row + 1)
            for (c, column) in table.columns.enumerated() where !column.isNull(row) {
                let col = UInt16(c)
                switch column.data {
                case .integer(let values): worksheet_write_number(worksheet, r, col, Double(values[row]), nil)
                case .compact(let c): worksheet_write_number(worksheet, r, col, c.double(at: row), nil)
                case .double(let values):
                    let v = values[row]
                    if v.isFinite {
                        worksheet_write_number(worksheet, r, col, v, nil)
                    } else {
                        worksheet_write_string(worksheet, r, col, "\(v)", nil)
                    }
                case .boolean(let values): worksheet_write_boolean(worksheet, r, col, values[row] ? 1 : 0, nil)
                case .date(let values):
                    if let serial = excelSerial(values[row]) {
                        worksheet_write_number(worksheet, r, col, serial, dateFormat)
                    } else {
                        worksheet_write_string(worksheet, r, col, CivilDay.iso(values[row]), nil)
                    }
                case .string, .narrowString:
                    if let text = column.string(at: row) {
                        worksheet_write_string(worksheet, r, col, cellText(text), nil)
                    }
                }
            }
        }
        let closed = workbook_close(workbook)
        guard closed == LXW_NO_ERROR else {
            unlink(temporary)
            throw WriteError(description: "cannot write \(path): \(String(cString: lxw_strerror(closed)))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(description: "cannot write \(path): \(reason)")
        }
    }

    /// Each column's width in Excel's character units: the widest of its header and its first
    /// `measuredRows` values in terminal cells, plus a margin.
    static func widths(_ table: Table) -> [Double] {
        table.columns.enumerated().map { c, column in
            var widest = TerminalWidth.cells(of: table.names[c])
            for row in 0..<min(table.rowCount, measuredRows) where !column.isNull(row) {
                let text: String
                switch column.data {
                case .string, .narrowString: text = column.string(at: row) ?? ""
                case .integer(let values): text = String(values[row])
                case .double(let values): text = NumberText.format(values[row])
                case .compact(let c):
                    text = c.isInteger ? String(c.mantissas[row]) : NumberText.format(c.double(at: row))
                case .boolean(let values): text = values[row] ? "TRUE" : "FALSE"
                case .date: text = "2024-03-01"
                }
                widest = max(
                    widest,
                    TerminalWidth.cells(
                        of: text.split(separator: "\n").map(String.init).max { $0.count < $1.count } ?? ""))
            }
            return min(max(Double(widest) + 2, widthRange.lowerBound), widthRange.upperBound)
        }
    }

    /// Excel's serial number of a day (days since 1899-12-30, which absorbs its 1900 leap-year
    /// bug from March 1900 on), shown as a date by the `yyyy-mm-dd` format; nil before March 1900,
    /// where Excel's calendar is wrong and the day is written as ISO text instead.
    static func excelSerial(_ days: Int32) -> Double? {
        let serial = Int(days) + 25_569
        return serial >= 61 ? Double(serial) : nil
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            .trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        return cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "Sheet1" : cleaned
    }

    /// Text a cell can hold: control characters other than tab and line feed (invalid in XML)
    /// dropped, and cut at Excel's limit.
    static func cellText(_ text: String) -> String {
        var out = String(
            String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }))
        if out.count > maximumCellText { out = String(out.prefix(maximumCellText)) }
        return out
    }
}
