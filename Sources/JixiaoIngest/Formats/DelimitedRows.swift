import Foundation
import JixiaoEngine

/// The records of a delimited file's data section, read into column accumulators.
///
/// Records are split into a batch of cells first (`CellBatch`), then each column converts its
/// cells. On a large file a second core shares the work: a helper converts some columns of
/// batch i while this thread converts the others and splits batch i + 1. Each column is still
/// built by one thread, in row order, so the table is exactly what one thread would build; the
/// columns are shared out by their measured cost so that both threads finish together.
struct DelimitedRows {
    var columns: [ColumnAccumulator] = []
    var rows = 0
    /// The line each row starts on.
    var rowLines: [Int32] = []
    /// The first rows whose field count differs from the header's, and how many there were.
    var ragged: [(line: Int, fields: Int)] = []
    var raggedCount = 0
    var unterminatedQuoteLine: Int?
    var strayQuoteLine: Int?
    /// A row with more fields than a table may have (reading stopped there).
    var tooWide: (line: Int, fields: Int)?
    /// False when a cell was not valid in the encoding being tried (reading stopped there).
    var decoded = true
    /// The line the reading ended on.
    var endLine = 1

    /// Pages of the file behind the reader are handed back every this many bytes.
    static let releaseStride = 32 << 20
    /// Less data than this is converted on one core: a thread is not worth starting.
    static let helpAbove = 8 << 20

    /// Reads the records from byte `start` (on line `line`) to the end of the file into `header`
    /// columns, and more when a row has extra fields. `decode` turns a cell into text given the
    /// line it is on; `pureUTF8` says it is plain UTF-8 validation, which a helper thread may run.
    ///
    /// A large plain UTF-8 file is read in parts on every core (`DelimitedParts`); `end` stops the
    /// reading at that byte (a part), and `parts: false` keeps it on this thread's own scheme.
    static func read(
        _ file: FileBytes, delimiter: UInt8, header: Int, from start: Int, line: Int, capacity: Int,
        context: ExecutionContext?, pureUTF8: Bool, end: Int? = nil, parts: Bool = true,
        partBytes: Int = DelimitedParts.minimumPartBytes,
        decode: (UnsafeBufferPointer<UInt8>, Int) -> String?
    ) throws -> DelimitedRows {
        // Parts cover the data to the end of the file; a reading that stops at `end` is a part.
        if parts, end == nil, pureUTF8, header > 1,
            let read = try DelimitedParts.read(
                file, delimiter: delimiter, header: header, from: start, line: line, capacity: capacity,
                context: context, partBytes: partBytes)
        {
            return read
        }
        let end = end ?? file.count
        let columns = UnsafeMutableBufferPointer<ColumnAccumulator>.allocate(capacity: header)
        _ = columns.initialize(from: (0..<header).map { _ in ColumnAccumulator(capacity: capacity) })
        defer {
            _ = columns.deinitialize()
            columns.deallocate()
        }
        var reader = BatchSplitter(
            file: file, end: end, delimiter: delimiter, header: header, start: start, line: line, capacity: capacity)
        defer { reader.release() }
        let helper =
            parts && pureUTF8 && header > 1 && end - start >= helpAbove ? ColumnHelper(columns) : nil
        defer { helper?.stop() }
        var share = ColumnShare(columns: header)
        var current = 0
        reader.split(into: current)
        var released = start
        var batches = 0
        while reader.batches[current].count > 0 {
            let batch = reader.batches[current]
            let helped = helper != nil && batches > 0 ? share.helperColumns : []
            helper?.convert(batch, helped)
            var ok = true
            for c in share.mainColumns(excluding: helped) {
                let began = MonotonicClock.now()
                ok = ok && columns[c].append(batch.column(c)) { cell, row in decode(cell, Int(batch.lines[row])) }
                share.record(column: c, seconds: MonotonicClock.now() - began)
            }
            ok = ok && reader.convertExtras(batch, decode: decode)
            let converted = reader.position
            // Split the next batch while the helper converts its columns of this one.
            let began = MonotonicClock.now()
            if ok { reader.split(into: 1 - current) }
            share.recordSplitting(seconds: MonotonicClock.now() - began)
            if let helper {
                let (helperOK, costs) = helper.wait()
                ok = ok && helperOK
                for (c, seconds) in costs { share.record(column: c, seconds: seconds) }
            }
            guard ok else {
                reader.decoded = false
                break
            }
            batches += 1
            if batches & 15 == 0 { share.rebalance() }
            if batches & 63 == 0 {
                if let context {
                    try context.checkInterrupt()
                    context.addProgress(rows: 64 * CellBatch.rows)
                }
                if converted - released >= releaseStride {
                    file.release(released..<converted)
                    released = converted
                }
            }
            current = 1 - current
        }
        // The last stretch of the file goes back too: the columns it became are all that stay.
        file.release(released..<end)
        var out = reader.result
        out.columns = Array(columns) + reader.extraColumns
        return out
    }
}

/// Splits records into batches of cells, keeps the row bookkeeping, and converts the columns
/// past the header (a ragged row's extra fields), which only this thread touches.
private struct BatchSplitter {
    var batches: [CellBatch]
    var result = DelimitedRows()
    var extraColumns: [ColumnAccumulator] = []
    var decoded: Bool {
        get { result.decoded }
        set { result.decoded = newValue }
    }
    private var scanner: DelimitedScanner
    private let header: Int

    init(file: FileBytes, end: Int, delimiter: UInt8, header: Int, start: Int, line: Int, capacity: Int) {
        batches = [CellBatch(width: header, file: file.buffer), CellBatch(width: header, file: file.buffer)]
        let bytes = UnsafeBufferPointer(rebasing: file.buffer[0..<end])
        scanner = DelimitedScanner(bytes: bytes, delimiter: delimiter, start: start, line: line)
        self.header = header
        result.rowLines.reserveCapacity(capacity)
    }

    mutating func release() {
        scanner.release()
        for i in batches.indices { batches[i].release() }
    }

    /// The byte after the last record split so far.
    var position: Int { scanner.position }

    /// Fills batch `index` with the next records (none after a too-wide row or at the end).
    mutating func split(into index: Int) {
        batches[index].clear()
        // The scanner is moved out while the records are split, so the cell handler may write
        // into the batch.
        var scanner = self.scanner
        defer { self.scanner = scanner }
        while !batches[index].isFull, result.tooWide == nil, !scanner.atEnd {
            // Most records are plain and go straight into the batch; the rest take the general path.
            let line = scanner.line
            if let fields = scanner.plainRecord(into: batches[index].rowSlot, stride: CellBatch.rows, maxFields: header)
            {
                batches[index].endRow(fields: fields, line: line)
                if fields != header { noteRagged(line: line, fields: fields) }
                continue
            }
            guard
                let record = DelimitedTableReader.nextRecord(
                    &scanner, blankIsRow: header == 1,
                    { column, cell in
                        if column < DelimitedTableReader.maximumColumns { batches[index].set(column, cell) }
                        return true
                    })
            else { break }
            if record.fields > DelimitedTableReader.maximumColumns {
                result.tooWide = (record.line, record.fields)
                break
            }
            batches[index].endRow(fields: record.fields, line: record.line)
            if record.fields != header && !(record.fields == 0 && header == 1) {
                noteRagged(line: record.line, fields: record.fields)
            }
        }
        result.unterminatedQuoteLine = scanner.unterminatedQuoteLine
        result.strayQuoteLine = scanner.strayQuoteLine
        result.endLine = scanner.line
    }

    private mutating func noteRagged(line: Int, fields: Int) {
        result.raggedCount += 1
        if result.ragged.count < DelimitedTableReader.listedRaggedRows { result.ragged.append((line, fields)) }
    }

    /// Counts the batch's rows in and converts its fields past the header, column by column:
    /// null where a row has none. False when a text cell cannot be decoded.
    mutating func convertExtras(_ batch: CellBatch, decode: (UnsafeBufferPointer<UInt8>, Int) -> String?) -> Bool {
        let widest = batch.extras.map(\.column).max() ?? 0
        while header + extraColumns.count <= widest {
            extraColumns.append(ColumnAccumulator(capacity: 0, nullRows: result.rows))
        }
        for k in extraColumns.indices {
            let c = header + k
            var cells = [CellSpan](repeating: CellSpan(), count: batch.count)
            for extra in batch.extras where extra.column == c { cells[extra.row] = extra.cell }
            let ok = cells.withUnsafeBufferPointer { cells in
                extraColumns[k].append(cells) { cell, row in decode(cell, Int(batch.lines[row])) }
            }
            guard ok else { return false }
        }
        result.rowLines.append(contentsOf: batch.lines)
        result.rows += batch.count
        return true
    }
}

/// Which columns the helper thread converts, chosen from what each column has cost so far so
/// that the helper's share matches this thread's (its columns plus splitting the records).
private struct ColumnShare {
    private var cost: [Double]
    private var splitting = 0.0
    private(set) var helperColumns: [Int] = []

    init(columns: Int) { cost = [Double](repeating: 0, count: columns) }

    mutating func record(column: Int, seconds: Double) { cost[column] += seconds }
    mutating func recordSplitting(seconds: Double) { splitting += seconds }

    func mainColumns(excluding helped: [Int]) -> [Int] {
        guard !helped.isEmpty else { return Array(cost.indices) }
        let skip = Set(helped)
        return cost.indices.filter { !skip.contains($0) }
    }

    /// Deals the columns, costliest first, to whichever thread has less to do.
    mutating func rebalance() {
        var mine = splitting, helpers = 0.0
        var chosen: [Int] = []
        for c in cost.indices.sorted(by: { cost[$0] > cost[$1] }) {
            if helpers < mine {
                chosen.append(c)
                helpers += cost[c]
            } else {
                mine += cost[c]
            }
        }
        helperColumns = chosen.sorted()
    }
}

/// A second thread that converts its share of the columns of each batch. Unchecked
/// sendability: it touches only the columns it is given, and this thread hands batches over and
/// takes results back through semaphores, which order the accesses.
private final class ColumnHelper: @unchecked Sendable {
    private let columns: UnsafeMutableBufferPointer<ColumnAccumulator>
    private let begin = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var batch: CellBatch?
    private var assigned: [Int] = []
    private var costs: [(Int, Double)] = []
    private var ok = true
    private var stopping = false

    init(_ columns: UnsafeMutableBufferPointer<ColumnAccumulator>) {
        self.columns = columns
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Starts converting `assigned` columns of `batch`; `wait` tells how it went.
    func convert(_ batch: CellBatch, _ assigned: [Int]) {
        self.batch = batch
        self.assigned = assigned
        begin.signal()
    }

    func wait() -> (ok: Bool, costs: [(Int, Double)]) {
        finished.wait()
        return (ok, costs)
    }

    func stop() {
        stopping = true
        begin.signal()
    }

    private func run() {
        while true {
            begin.wait()
            if stopping { return }
            costs.removeAll(keepingCapacity: true)
            ok = true
            if let batch {
                for c in assigned {
                    let began = MonotonicClock.now()
                    ok = ok && columns[c].append(batch.column(c)) { cell, _ in String(validating: cell, as: UTF8.self) }
                    costs.append((c, MonotonicClock.now() - began))
                }
            }
            finished.signal()
        }
    }
}

/// Seconds on the monotonic clock, cheap enough to read around every column of every batch.
enum MonotonicClock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
