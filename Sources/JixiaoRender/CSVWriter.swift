import JixiaoEngine

/// Comma-separated values with RFC 4180 quoting, for spreadsheets and other tools.
///
/// A header row of column names, then one line per row, lines ending in LF. A field containing
/// a comma, a double quote, CR or LF is put in double quotes with its quotes doubled. A null is
/// an empty field; an empty string is written `""` so the two stay apart when read back.
/// Doubles are spelled as `Value.format` spells them.
enum CSVWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        let spelling = CellSpelling(null: [], string: field)
        DelimitedText.write(table, separator: 0x2C, header: table.names.map(field), spelling: spelling, into: &out)
    }

    /// The bytes of one CSV field.
    static func field(_ text: String) -> [UInt8] {
        if text.isEmpty { return [0x22, 0x22] }
        var needsQuotes = false
        for byte in text.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return Array(text.utf8) }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 4)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return bytes
    }
}
