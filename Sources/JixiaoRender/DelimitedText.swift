import JixiaoEngine

/// The row loop CSV and TSV share; they differ only in separator and field spelling.
enum DelimitedText {
    /// Shared by CSV and TSV: a header line, then each row's cells joined by `separator`.
    static func write(
        _ table: Table, separator: UInt8, header: [[UInt8]], spelling: CellSpelling,
        into out: inout OutputBuffer
    ) {
        for (i, name) in header.enumerated() {
            if i > 0 { out.append(separator) }
            out.append(name)
        }
        out.append(0x0A)
        out.endRecord()
        var cells = EncodedRows(table, spelling: spelling)
        guard cells.columnCount > 0 else { return }
        let columns = cells.columnCount
        cells.forEachBatch { batch in
            for row in 0..<batch.rows {
                batch.append(column: 0, row: row, to: &out)
                for c in 1..<columns {
                    out.append(separator)
                    batch.append(column: c, row: row, to: &out)
                }
                out.append(0x0A)
                out.endRecord()
            }
        }
    }
}
