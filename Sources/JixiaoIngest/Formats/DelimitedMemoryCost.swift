/// What the table of a delimited file will take in memory, judged from the rows of its sample.
///
/// A fixed factor of the file size cannot be right for both a file of short numbers and one of
/// long Chinese text: the same ten million rows are 1 GB of CSV or 4 GB, and take the same
/// memory when their text repeats. So the sample's rows say how many rows the file holds and
/// what each costs: 8 bytes a number, a 4-byte dictionary code a text cell, and, in a column whose
/// text is mostly distinct within the sample (an id, a free-text note), each value's own bytes
/// twice (the dictionary's string, and its copy while the load interns it) plus their overhead.
/// A column whose sampled values repeat costs its codes only: a few thousand distinct values are
/// nothing beside millions of rows.
enum DelimitedMemoryCost {
    /// The bytes a distinct text value costs besides its own bytes twice: its `String`, its heap
    /// allocation, and its place in the interner while loading.
    static let distinctValueOverhead = 64.0
    /// A column whose sampled text values are at least this share distinct (an id, a note: a target
    /// such as `≥95%` repeats across the file however distinct a few hundred rows look) is costed
    /// as if every value were.
    static let distinctShare = 0.9
    /// What the columns cost is raised by this share for the row numbers, null bitmaps and
    /// batches a load holds beside them.
    static let headroom = 1.25

    /// The expected memory of the table, or nil when the sample holds no complete row after its
    /// header (the caller then falls back to a factor of the file size).
    static func tableBytes(_ sample: FileSample, delimiter: UInt8, fileBytes: Int) -> Int? {
        sample.bytes.withUnsafeBufferPointer { buffer -> Int? in
            var scanner = DelimitedScanner(bytes: buffer, delimiter: delimiter)
            defer { scanner.release() }
            var columns: [SampledColumn] = []
            var rows = 0
            var end = 0
            var isHeader = true
            while let record = DelimitedTableReader.nextRecord(
                &scanner,
                { index, cell in
                    guard !isHeader else { return true }
                    while columns.count <= index { columns.append(SampledColumn()) }
                    columns[index].add(cell)
                    return true
                })
            {
                _ = record
                if isHeader {
                    isHeader = false
                } else {
                    rows += 1
                }
                end = scanner.position
            }
            // The last row of a cut sample may be cut short: count up to the row before it.
            if !sample.isWholeFile {
                guard rows > 1 else { return nil }
                rows -= 1
            }
            guard rows > 0, end > 0 else { return nil }
            let perRow = columns.reduce(0.0) { $0 + $1.bytesPerRow(rows: rows) }
            let fileRows = sample.isWholeFile ? Double(rows) : Double(rows) * Double(fileBytes) / Double(end)
            return Int(fileRows * perRow * headroom)
        }
    }

    /// One column's sampled cells.
    private struct SampledColumn {
        var textCells = 0
        var textBytes = 0
        var distinct = Set<[UInt8]>()

        mutating func add(_ cell: UnsafeBufferPointer<UInt8>) {
            guard !cell.isEmpty, NumberScanner.scan(cell) == nil else { return }
            textCells += 1
            textBytes += cell.count
            distinct.insert(Array(cell))
        }

        /// A number's 8 bytes, or a code's 4 and, when the values are mostly distinct, each
        /// value's cost spread over its rows.
        func bytesPerRow(rows: Int) -> Double {
            guard textCells > 0 else { return 8 }
            guard Double(distinct.count) >= distinctShare * Double(textCells) else { return 4 }
            let averageBytes = Double(textBytes) / Double(textCells)
            let share = Double(textCells) / Double(rows)
            return 4 + share * (2 * averageBytes + distinctValueOverhead)
        }
    }
}
