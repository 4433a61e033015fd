import JixiaoEngine

/// JSON Lines: one JSON object per row, each on its own line, for tools that stream records.
enum JSONLinesWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        let keys = JSONText.keys(table)
        let encoders = JSONText.encoders(table)
        for row in 0..<table.rowCount {
            JSONText.appendObject(row: row, keys: keys, encoders: encoders, to: &out)
            out.append(0x0A)
            out.endRecord()
        }
    }
}
