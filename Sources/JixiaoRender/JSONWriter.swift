import JixiaoEngine

/// A JSON array of objects, one per row, keys in column order; jixiao reads it back with `load`.
///
/// Each object sits on its own line so a large file stays readable and diffable. Numbers are JSON
/// numbers (doubles spelled by `Value.format`), NaN and infinities null, booleans `true`/`false`.
enum JSONWriter: TableWriter {
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer) {
        guard table.rowCount > 0 else {
            out.append("[]\n")
            return
        }
        let keys = JSONText.keys(table)
        var cells = EncodedRows(table, spelling: JSONText.spelling)
        var written = 0
        out.append("[\n")
        cells.forEachBatch { batch in
            for row in 0..<batch.rows {
                JSONText.appendObject(row: row, keys: keys, batch: batch, to: &out)
                written += 1
                out.append(written < table.rowCount ? ",\n" : "\n")
                out.endRecord()
            }
        }
        out.append("]\n")
    }
}
