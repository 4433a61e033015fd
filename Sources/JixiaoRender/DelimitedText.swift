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
        let encoders = table.columns.map { CellEncoder($0, rowsToWrite: table.rowCount, spelling: spelling) }
        guard !encoders.isEmpty else { return }
        for row in 0..<table.rowCount {
            encoders[0].append(row: row, to: &out)
            for c in 1..<encoders.count {
                out.append(separator)
                encoders[c].append(row: row, to: &out)
            }
            out.append(0x0A)
            out.endRecord()
        }
    }
}
