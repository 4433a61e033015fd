import JixiaoEngine

/// A table's cells spelled for a machine format, produced a batch of rows at a time.
///
/// Each batch is encoded column after column (one tight loop per column, its type dispatched
/// once), then the writer stitches rows together from the batch. The work stays columnar while
/// the output is row by row, and memory is bounded by the batch size.
struct EncodedRows {
    static let batchSize = 1024

    private let encoders: [CellEncoder]
    private var batch = CellBatch()
    private var nextRow = 0
    private let rowCount: Int

    init(_ table: Table, spelling: CellSpelling) {
        rowCount = table.rowCount
        encoders = table.columns.map { CellEncoder($0, rowsToWrite: table.rowCount, spelling: spelling) }
    }

    var columnCount: Int { encoders.count }

    func isNumeric(column: Int) -> Bool { encoders[column].isNumeric }

    /// Encodes each following batch of rows and hands it to `body`, until every row is done.
    mutating func forEachBatch(_ body: (CellBatch.View) -> Void) {
        while nextRow < rowCount {
            let rows = nextRow..<min(nextRow + EncodedRows.batchSize, rowCount)
            batch.removeAll(rows: rows.count)
            for encoder in encoders { encoder.encode(rows, into: &batch) }
            nextRow = rows.upperBound
            batch.withView(body)
        }
    }
}
