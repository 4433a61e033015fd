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
        let encoders = JSONText.encoders(table)
        out.append("[\n")
        for row in 0..<table.rowCount {
            JSONText.appendObject(row: row, keys: keys, encoders: encoders, to: &out)
            out.append(row + 1 < table.rowCount ? ",\n" : "\n")
            out.endRecord()
        }
        out.append("]\n")
    }
}
