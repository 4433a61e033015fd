import JixiaoEngine

/// JSON Lines: one JSON object per row, each on its own line, for tools that stream records.
enum JSONLinesWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        let keys = JSONText.keys(table)
        var cells = EncodedRows(table, spelling: JSONText.spelling)
        cells.forEachBatch { batch in
            for row in 0..<batch.rows {
                JSONText.appendObject(row: row, keys: keys, batch: batch, to: &out)
                out.append(0x0A)
                out.endRecord()
            }
        }
    }
}
