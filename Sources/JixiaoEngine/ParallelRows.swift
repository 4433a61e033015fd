import Foundation
import Synchronization

/// Work over the rows of a large table shared among threads in contiguous ranges whose results
/// are put back together in row order, so that what comes out never depends on the thread count.
/// Below `minimumRows` everything runs on the calling thread, as it always did: the bundled data
/// and most interactive tables never pay for starting threads.
enum ParallelRows {
    static let minimumRows = ChunkedFold.chunkRows

    /// The ranges `0..<rowCount` is cut into for `threads` threads: one when the table is small,
    /// otherwise equal shares cut at batch boundaries.
    static func ranges(_ rowCount: Int, threads: Int, minimumRows: Int = minimumRows) -> [Range<Int>] {
        guard threads > 1, rowCount >= minimumRows else { return [0..<rowCount] }
        let batches = (rowCount + Batch.size - 1) / Batch.size
        let per = (batches + threads - 1) / threads
        return (0..<threads).compactMap { t in
            let lo = t * per * Batch.size, hi = min(rowCount, (t + 1) * per * Batch.size)
            return lo < hi ? lo..<hi : nil
        }
    }

    /// `body` of each range, in range order; the first error thrown wins.
    static func map<T: Sendable>(
        _ rowCount: Int, threads: Int, minimumRows: Int = minimumRows,
        _ body: @escaping @Sendable (Range<Int>) throws -> T
    ) throws -> [T] {
        let parts = ranges(rowCount, threads: threads, minimumRows: minimumRows)
        if parts.count == 1 { return [try body(parts[0])] }
        let results = Mutex<[Int: T]>([:])
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            do {
                let value = try body(parts[k])
                results.withLock { $0[k] = value }
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        let done = results.withLock { $0 }
        return parts.indices.compactMap { done[$0] }
    }

    /// `table.gather(selection)`, its columns gathered on `threads` threads when the selection is
    /// large (each column is independent, so the table is the same however they are shared).
    static func gather(_ table: Table, _ selection: Selection, threads: Int) -> Table {
        guard threads > 1, selection.count >= minimumRows, table.columnCount > 1 else { return table.gather(selection) }
        let gathered = Mutex<[Int: Column]>([:])
        let columns = table.columns
        DispatchQueue.concurrentPerform(iterations: min(threads, columns.count)) { worker in
            for i in Swift.stride(from: worker, to: columns.count, by: threads) {
                let column = columns[i].gather(selection)
                gathered.withLock { $0[i] = column }
            }
        }
        let done = gathered.withLock { $0 }
        return Table(
            fields: table.fields, columns: columns.indices.map { done[$0] ?? columns[$0].gather(selection) },
            rowCount: selection.count)
    }
}

extension ParallelRows {
    /// `body(0)` … `body(count - 1)` on up to `threads` threads, each thread taking the next item
    /// when it is done, for items whose results do not depend on which thread ran them or when;
    /// the first error thrown wins and the items not yet started are skipped.
    static func each(_ count: Int, threads: Int, _ body: @Sendable (Int) throws -> Void) throws {
        if threads <= 1 || count <= 1 {
            for i in 0..<count { try body(i) }
            return
        }
        let next = Atomic<Int>(0)
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count, failure.withLock({ $0 == nil }) else { return }
                do { try body(i) } catch { failure.withLock { $0 = $0 ?? error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
