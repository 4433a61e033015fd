import JixiaoEngine

/// A GitHub-flavoured Markdown pipe table, for pasting results into reports and issues.
///
/// `|` inside a cell is written `\|` and a line break `<br>`, so every row stays one table row.
/// Numeric columns are right-aligned (`---:`). A null is an empty cell. Cells are not padded:
/// Markdown renderers align them, and padding would cost a second pass over the data.
enum MarkdownWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        guard table.columnCount > 0 else {
            out.append("(no columns)\n")
            return
        }
        let spelling = CellSpelling(null: [], string: cell)
        var cells = EncodedRows(table, spelling: spelling)
        out.append(0x7C)
        for name in table.names {
            out.append(0x20)
            out.append(name.isEmpty ? [] : cell(name))
            out.append(" |")
        }
        out.append("\n|")
        for c in 0..<cells.columnCount {
            out.append(cells.isNumeric(column: c) ? " ---: |" : " --- |")
        }
        out.append(0x0A)
        out.endRecord()
        let columns = cells.columnCount
        cells.forEachBatch { batch in
            for row in 0..<batch.rows {
                out.append(0x7C)
                for c in 0..<columns {
                    out.append(0x20)
                    batch.append(column: c, row: row, to: &out)
                    out.append(" |")
                }
                out.append(0x0A)
                out.endRecord()
            }
        }
    }

    /// The bytes of one cell: pipes escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> [UInt8] {
        var plain = true
        for byte in text.utf8 where byte == 0x7C || byte == 0x0A || byte == 0x0D {
            plain = false
            break
        }
        guard !plain else { return Array(text.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x7C: bytes += [0x5C, 0x7C]
            case 0x0D: bytes += Array("<br>".utf8)
            case 0x0A where previous != 0x0D: bytes += Array("<br>".utf8)
            case 0x0A: break
            default: bytes.append(byte)
            }
            previous = byte
        }
        return bytes
    }
}
