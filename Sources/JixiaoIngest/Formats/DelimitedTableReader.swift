import Foundation
import JixiaoEngine

/// Reads a delimited file (CSV or TSV with a header row) into a table in one pass over its bytes,
/// inferring each column's type as it goes (see `ColumnAccumulator`).
///
/// The text is read as UTF-8 first; the first cell that is not valid UTF-8 restarts the read as
/// GB18030, which is what Chinese Excel writes. A row with too few fields is padded with nulls and
/// one with too many keeps the extras in new columns, each with a warning: no row is dropped.
struct DelimitedTableReader {
    let file: FileBytes
    let delimiter: UInt8
    let name: String
    /// Checked for Ctrl-C every 64K rows: a load of millions of rows must stop when asked.
    var context: ExecutionContext?
    /// The least share of a large file one core reads (`DelimitedParts`); tests make it small.
    var partBytes = DelimitedParts.minimumPartBytes

    init(file: FileBytes, delimiter: UInt8, name: String) {
        self.file = file
        self.delimiter = delimiter
        self.name = name
    }

    /// Ragged rows listed one by one before the rest are counted in a single warning.
    static let listedRaggedRows = 100

    /// Excel's column limit. A wider "table" is text split on the wrong delimiter (a 5 MB line of
    /// commas made 700,000 columns), and every column costs memory for every row.
    static let maximumColumns = 16_384

    enum Encoding { case utf8, gb18030 }

    private struct EncodingMismatch: Error {}

    /// Reads the table; throws `DocumentImportError` for a file too wide to be a table.
    func read(preferring encoding: Encoding) throws -> TableLoad {
        if encoding == .utf8 {
            do { return try read(as: .utf8) } catch is EncodingMismatch {}
        }
        do {
            // A GB18030 read never asks for a restart: undecodable cells are repaired and reported.
            return try read(as: .gb18030)
        } catch is EncodingMismatch {
            return TableLoad(table: .empty, warnings: [], format: "")
        }
    }

    private func tooWide(line: Int, fields: Int) -> DocumentImportError {
        DocumentImportError(
            file: name,
            reason: .malformed(
                line: line,
                "\(fields) fields in one row, more than the \(Self.maximumColumns) columns a table may have (is it split on the wrong character?)"
            ))
    }

    private func read(as encoding: Encoding) throws -> TableLoad {
        var repairedLine: Int?
        let bytes = file.buffer
        // A cell and the line its record starts on (for the warning about a repaired cell).
        let decode: (UnsafeBufferPointer<UInt8>, Int) -> String?
        switch encoding {
        case .utf8:
            decode = { cell, _ in String(validating: cell, as: UTF8.self) }
        case .gb18030:
            decode = { cell, line in
                if let text = String(data: Data(cell), encoding: TextDecoding.gb18030) { return text }
                if repairedLine == nil { repairedLine = line }
                return String(decoding: cell, as: UTF8.self)
            }
        }
        var scanner = DelimitedScanner(bytes: bytes, delimiter: delimiter, start: Self.bomLength(bytes))
        defer { scanner.release() }
        var taken = UniqueNames()
        let names = try readHeader(&scanner, taken: &taken) { decode($0, 1) }
        let dataStart = (position: scanner.position, line: scanner.line)
        let capacity = Self.estimatedRows(bytes, from: dataStart.position)
        // A GB18030 read stays on one thread: `repairedLine` must name the first repair.
        var body = try DelimitedRows.read(
            file, delimiter: delimiter, header: names.count, from: dataStart.position,
            line: dataStart.line, capacity: capacity, context: context,
            pureUTF8: encoding == .utf8, partBytes: partBytes, decode: decode)
        if let wide = body.tooWide { throw tooWide(line: wide.line, fields: wide.fields) }
        guard body.decoded else { throw EncodingMismatch() }
        var allNames = names
        for index in names.count..<max(names.count, body.columns.count) {
            allNames.append(taken.claim("column_\(index + 1)"))
        }
        var warnings = body.ragged.map {
            raggedWarning(line: $0.line, fields: $0.fields, header: names.count, names: allNames)
        }
        if body.raggedCount > Self.listedRaggedRows {
            warnings.append(
                LoadWarning(
                    file: name, line: nil,
                    message:
                        "\(body.raggedCount - Self.listedRaggedRows) more rows have a different number of fields than the header (\(names.count)); padded or kept as above"
                ))
        }
        if body.columns.contains(where: { $0.rowsToReread > 0 }) {
            var again = DelimitedScanner(
                bytes: bytes, delimiter: delimiter, start: dataStart.position, line: dataStart.line)
            defer { again.release() }
            guard Self.rereadText(&again, into: &body.columns, decode: { decode($0, dataStart.line) }) else {
                throw EncodingMismatch()
            }
        }
        if let line = body.unterminatedQuoteLine {
            warnings.append(
                LoadWarning(
                    file: name, line: line,
                    message: "a quoted field opened here is never closed; the rest of the file was read into it"))
        }
        if let line = body.strayQuoteLine {
            warnings.append(
                LoadWarning(file: name, line: line, message: "text after a closing quote; kept as part of the field"))
        }
        if let line = repairedLine {
            warnings.append(
                LoadWarning(file: name, line: line, message: "bytes that are neither UTF-8 nor GB18030; shown as �"))
        }
        let table = Table(
            fields: allNames.map { Field($0) }, columns: body.columns.map { $0.build() }, rowCount: body.rows)
        return TableLoad(
            table: table, warnings: warnings, format: delimiter == 0x09 ? "TSV" : "CSV", rowLines: body.rowLines)
    }

    /// Rows to make room for: the line breaks of the first megabyte scaled to the whole, with a
    /// margin. Room that is never filled costs address space only, no memory.
    static func estimatedRows(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let sample = min(bytes.count - start, 1 << 20)
        guard sample > 0 else { return 1 }
        var breaks = 0
        for k in start..<start + sample where bytes[k] == 0x0A { breaks += 1 }
        let perByte = Double(max(breaks, 1)) / Double(sample)
        return Int(perByte * Double(bytes.count - start) * 1.25) + 16
    }

    /// The header's names: trimmed, a blank one named after its position, repeats numbered.
    private func readHeader(
        _ scanner: inout DelimitedScanner, taken: inout UniqueNames,
        decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) throws -> [String] {
        var names: [String] = []
        var failed = false
        var fields = 0
        let header = Self.nextRecord(&scanner) { index, cell in
            fields = index + 1
            if index >= Self.maximumColumns { return true }
            guard let text = decode(cell) else {
                failed = true
                return false
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            names.append(taken.claim(trimmed.isEmpty ? "column_\(index + 1)" : trimmed))
            return true
        }
        if failed { throw EncodingMismatch() }
        if let header, fields > Self.maximumColumns { throw tooWide(line: header.line, fields: fields) }
        return names
    }

    /// Second pass for columns that fell back to text: their earlier cells, read again as text.
    /// Afterwards no row is left to read again.
    static func rereadText(
        _ scanner: inout DelimitedScanner, into columns: inout [ColumnAccumulator],
        decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> Bool {
        let targets = columns.indices.filter { columns[$0].rowsToReread > 0 }
        let last = targets.map { columns[$0].rowsToReread }.max() ?? 0
        var row = 0
        while row < last,
            let record = Self.nextRecord(
                &scanner, blankIsRow: columns.count == 1,
                { index, cell in
                    guard index < columns.count, columns[index].rowsToReread > row else { return true }
                    return columns[index].reread(row: row, cell, decode: decode)
                })
        {
            guard record.decoded else { return false }
            row += 1
        }
        for c in targets { columns[c].finishRereading() }
        return true
    }

    struct Record { var line: Int; var fields: Int; var decoded: Bool }

    /// Feeds the fields of the next non-blank record to `cell` (which returns false when it could
    /// not decode one); nil at the end of the file. A blank line is no row — except in a table of
    /// one column (`blankIsRow`), where it is that column's null, as a CSV writer prints it; blank
    /// lines at the very end are still no rows.
    static func nextRecord(
        _ scanner: inout DelimitedScanner, blankIsRow: Bool = false,
        _ cell: (Int, UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Record? {
        while !scanner.atEnd {
            let line = scanner.line
            var first = scanner.nextField()
            if first.endsRecord, first.cell.isEmpty {
                guard blankIsRow, !onlyBlankLinesRemain(scanner) else { continue }
                return Record(line: line, fields: 0, decoded: true)
            }
            var index = 0
            var decoded = true
            while true {
                if decoded, !cell(index, first.cell) { decoded = false }
                index += 1
                if first.endsRecord { break }
                first = scanner.nextField()
            }
            return Record(line: line, fields: index, decoded: decoded)
        }
        return nil
    }

    private static func onlyBlankLinesRemain(_ scanner: DelimitedScanner) -> Bool {
        scanner.bytes[scanner.position...].allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }
    }

    private func raggedWarning(line: Int, fields: Int, header: Int, names: [String]) -> LoadWarning {
        if fields < header {
            return LoadWarning(
                file: name, line: line,
                message:
                    "\(fields) field\(fields == 1 ? "" : "s") where the header has \(header); the missing ones are empty"
            )
        }
        let extra = names[min(header, names.count)..<min(fields, names.count)].joined(separator: ", ")
        return LoadWarning(
            file: name, line: line,
            message: "\(fields) fields where the header has \(header); the extra ones are kept in \(extra)")
    }

    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}
