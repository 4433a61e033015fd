import CLoadKernels

/// The cells of up to `CellBatch.rows` records, split but not yet converted: a span of bytes per
/// cell, column after column, so that each column then converts its cells in one tight loop of
/// its own type instead of the reader switching on the type of every cell of every row.
///
/// Spans point into the mapped file; the few cells the scanner had to unescape (a doubled quote)
/// are copied into buffers the batch owns until it is cleared. Fields past the header's columns
/// (a ragged row) are kept aside with their row.
struct CellBatch {
    static let rows = 1024

    /// The header's column count; cells of these columns are in `spans`.
    let width: Int
    private var spans: UnsafeMutableBufferPointer<CellSpan>
    private(set) var count = 0
    /// The line each row starts on.
    private(set) var lines: [Int32] = []
    /// Fields past `width`: their row in the batch, column index and bytes (owned by the batch).
    private(set) var extras: [(row: Int, column: Int, cell: CellSpan)] = []
    private var owned: [UnsafeMutableBufferPointer<UInt8>] = []
    private let file: UnsafeBufferPointer<UInt8>

    init(width: Int, file: UnsafeBufferPointer<UInt8>) {
        self.width = width
        self.file = file
        spans = .allocate(capacity: max(width, 1) * Self.rows)
        spans.initialize(repeating: CellSpan())
    }

    /// Frees the spans and the copied cells; the batch is not used afterwards.
    mutating func release() {
        clear()
        spans.deallocate()
    }

    var isFull: Bool { count == Self.rows }

    /// Sets field `index` of the row being filled (row `count`).
    @inline(__always)
    mutating func set(_ index: Int, _ cell: UnsafeBufferPointer<UInt8>) {
        var stored = cell
        if let base = cell.baseAddress, !isInFile(base) {
            // Unescaped into the scanner's scratch buffer, which the next quoted field reuses.
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: cell.count)
            _ = copy.initialize(from: cell)
            owned.append(copy)
            stored = UnsafeBufferPointer(copy)
        }
        if index >= width {
            extras.append((count, index, CellSpan(stored)))
        } else {
            spans[index * Self.rows + count] = CellSpan(stored)
        }
    }

    @inline(__always)
    private func isInFile(_ pointer: UnsafePointer<UInt8>) -> Bool {
        guard let start = file.baseAddress else { return false }
        return pointer >= start && pointer < start + file.count
    }

    /// Where field 0 of the row being filled goes; field `k` (< width) is `k * rows` further.
    /// For writing bytes of the file straight in, without the checks of `set`.
    var rowSlot: UnsafeMutablePointer<CellSpan> { spans.baseAddress! + count }

    /// Ends the row being filled, which started on `line`: fields it did not have are empty.
    @inline(__always)
    mutating func endRow(fields: Int, line: Int) {
        for k in min(fields, width)..<width { spans[k * Self.rows + count] = CellSpan() }
        lines.append(Int32(clamping: line))
        count += 1
    }

    /// The cells of column `column` (< width) of every row in the batch.
    func column(_ column: Int) -> UnsafeBufferPointer<CellSpan> {
        UnsafeBufferPointer(rebasing: spans[column * Self.rows..<column * Self.rows + count])
    }

    mutating func clear() {
        for buffer in owned { buffer.deallocate() }
        owned.removeAll(keepingCapacity: true)
        extras.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        count = 0
    }
}

/// The bytes of one cell; empty for an empty or missing field. A C struct, so that the SSE2
/// splitter writes spans straight into a batch.
typealias CellSpan = JXCellSpan

extension CellSpan {
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(start: bytes.baseAddress, count: bytes.count)
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }
}
