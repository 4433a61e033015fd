/// A form saved as CSV ("Save as CSV" from a workbook, often in GB18030): each record a row of
/// the form, its fields the cells, quoted where they hold a comma, a quote or a line break
/// (RFC 4180). Such a file has no header of column names, so it is no plain table; read as
/// text, its commas would be taken for words. Its records make the same grid the workbook
/// would.
enum CommaSeparatedDocument {
    /// At least this share of the non-blank records must have two fields or more.
    static let tableShare = 0.5
    /// And at least this many: a few commas in prose make no table.
    static let minimumTableRecords = 3

    /// The grid of `text` read as CSV, or nil when it does not read as one: it has tabs (a tab
    /// document is read as such), a quote is left open, or too few records have several fields.
    static func grid(_ text: String) -> Grid? {
        let bytes = Array(text.utf8)
        guard !bytes.contains(0x09), bytes.contains(UInt8(ascii: ",")) else { return nil }
        guard let records = records(bytes) else { return nil }
        let filled = records.filter { $0.fields.contains { !$0.isEmpty } }
        let tabular = filled.filter { $0.fields.count >= 2 }.count
        guard tabular >= minimumTableRecords, Double(tabular) >= tableShare * Double(filled.count) else { return nil }
        let rows = filled.map { record in
            GridRow(
                cells: record.fields.enumerated().map { k, field in
                    GridCell(text: field.trimmingSpaces, column: k, line: record.line)
                },
                line: record.line)
        }
        return Grid(rows: rows)
    }

    struct Record {
        var line: Int
        var fields: [String]
    }

    /// The records of `bytes` with the line each starts on; nil when a quoted field is never closed.
    static func records(_ bytes: [UInt8]) -> [Record]? {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var out: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, start = 1
        var quoted = false
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            out.append(Record(line: start, fields: fields))
            fields = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if b == lf || (b == cr && (i + 1 >= bytes.count || bytes[i + 1] != lf)) { line += 1 }
                    field.append(b)
                }
            } else if b == quote, field.isEmpty {
                quoted = true
            } else if b == comma {
                endField()
            } else if b == lf || b == cr {
                if b == cr, i + 1 < bytes.count, bytes[i + 1] == lf { i += 1 }
                endRecord()
                line += 1
                start = line
            } else {
                field.append(b)
            }
            i += 1
        }
        guard !quoted else { return nil }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return out
    }
}
