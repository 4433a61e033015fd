import JixiaoEngine

/// Tab-separated values: one line per row, no quoting, so that `cut` and `awk` can read it.
///
/// Instead of quoting, the characters that would break a line apart are escaped: tab as `\t`,
/// LF as `\n`, CR as `\r`, backslash as `\\`. A null is an empty field.
enum TSVWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        let spelling = CellSpelling(null: [], string: field)
        DelimitedText.write(table, separator: 0x09, header: table.names.map(field), spelling: spelling, into: &out)
    }

    /// The bytes of one TSV field.
    static func field(_ text: String) -> [UInt8] {
        var clean = true
        for byte in text.utf8 where byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x5C {
            clean = false
            break
        }
        guard !clean else { return Array(text.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 4)
        for byte in text.utf8 {
            switch byte {
            case 0x09: bytes += [0x5C, 0x74]  // \t
            case 0x0A: bytes += [0x5C, 0x6E]  // \n
            case 0x0D: bytes += [0x5C, 0x72]  // \r
            case 0x5C: bytes += [0x5C, 0x5C]  // \\
            default: bytes.append(byte)
            }
        }
        return bytes
    }
}
