/// The encoded cells of a run of rows, every column's cells back to back in one buffer:
/// column 0's cells for the batch, then column 1's, and so on.
///
/// One buffer rather than one per column lets writers stitch rows together through a single
/// pair of raw pointers, with no reference counting per cell.
struct CellBatch {
    private(set) var bytes: [UInt8] = []
    /// `ends[k]` is the offset just past cell `k`, where `k = column × rows + row`.
    private(set) var ends: [Int] = []
    private(set) var rows = 0

    mutating func removeAll(rows: Int) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        self.rows = rows
    }

    /// Marks the bytes appended since the previous cell as one cell.
    @inline(__always)
    mutating func endCell() { ends.append(bytes.count) }

    @inline(__always)
    mutating func append(_ chunk: [UInt8]) { bytes += chunk }

    @inline(__always)
    mutating func appendDecimal(_ value: Int64) { bytes.appendDecimal(value) }

    @inline(__always)
    mutating func append(_ d: Double) { NumberText.append(d, to: &bytes) }

    /// Runs `body` with a view of the batch that copies cells out without reference counting.
    func withView<R>(_ body: (View) -> R) -> R {
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                body(View(bytes: bytes, ends: ends, rows: rows))
            }
        }
    }

    /// Raw access to a batch, valid only inside `withView`.
    struct View {
        let bytes: UnsafeBufferPointer<UInt8>
        let ends: UnsafeBufferPointer<Int>
        let rows: Int

        /// Copies the cell of `column` in `row` (counted within the batch) to `out`.
        @inline(__always)
        func append(column: Int, row: Int, to out: inout OutputBuffer) {
            let k = column * rows + row
            let start = k == 0 ? 0 : ends[k - 1]
            out.append(UnsafeBufferPointer(rebasing: bytes[start..<ends[k]]))
        }
    }
}
