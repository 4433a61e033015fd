import Foundation

extension Window {
    /// The rows in partition-then-order order, where each partition and each group of peers begins.
    ///
    /// Made once per windowed `derive`: the rows go partition by partition in one stable counting
    /// sort (on every core for a large table: per-thread counts, then each thread scatters its own
    /// rows), then each partition is sorted by the order on its own, the partitions shared among
    /// the threads in runs of about equal rows. Each partition's work is independent of the
    /// others, so the frame is the same whatever the thread count.
    public struct Frame: Sendable {
        let order: Selection
        /// True at a position that starts a group of peers (or a partition).
        let peerStarts: [Bool]
        /// Positions where partitions start, then the row count; partition k is numbered in order
        /// of first appearance.
        let partitionBounds: [Int]
        /// Each row's partition, numbered in order of first appearance.
        let partitionOfRow: [Int32]
        /// Runs of consecutive partitions of about equal rows: what one thread takes at a time.
        let chunks: [Range<Int>]
        let threads: Int
        var partitionCount: Int { partitionBounds.count - 1 }

        init(
            _ input: Table, partition: [Expr], order: [(expr: Expr, descending: Bool)], context: ExecutionContext
        ) throws {
            let n = input.rowCount
            let evaluator = ExpressionEvaluator(table: input, context: context)
            let partitionColumns = try partition.map { try evaluator.evaluate($0) }
            let orderColumns = try order.map { try evaluator.evaluate($0.expr) }
            // Partitions numbered in order of first appearance (nulls one partition), as `agg` groups.
            let groups = GroupIndex.build(keys: partitionColumns, rowCount: n)
            let partitionOfRow =
                partitionColumns.isEmpty ? [Int32](largeRepeating: 0, count: n) : groups.groupOfRow
            let partitionCount = n == 0 ? 0 : (partitionColumns.isEmpty ? 1 : groups.groupCount)
            let threads = n >= ParallelRows.minimumRows ? context.threads : 1
            var sorted: Selection
            let starts: [Int]
            (sorted, starts) = Self.partitionOrder(partitionOfRow, partitionCount, threads: threads)
            let chunks = Self.chunks(starts, threads: threads)
            let keys = Self.orderKeys(orderColumns, order)
            let peerStarts = try [Bool](largeCount: n) { peers in
                try sorted.withUnsafeMutableBufferPointer { rows in
                    let sorter = PartitionSorter(
                        rows: SharedBuffer(rows), peers: SharedBuffer(peers), bounds: starts,
                        order: keys)
                    try ParallelRows.each(chunks.count, threads: threads) { c in
                        try context.checkInterrupt()
                        sorter.sort(partitions: chunks[c])
                    }
                }
            }
            self.order = sorted
            self.threads = threads
            self.chunks = chunks
            self.peerStarts = peerStarts
            self.partitionBounds = starts
            self.partitionOfRow = partitionOfRow
        }

        /// One order key is compared as encoded integers; several through `SortKey`s.
        private static func orderKeys(
            _ columns: [Column], _ order: [(expr: Expr, descending: Bool)]
        )
            -> PartitionSorter.Order
        {
            if columns.isEmpty { return .none }
            if columns.count == 1 { return .encoded(WindowOrderKey(columns[0], descending: order[0].descending)) }
            return .compared(zip(columns, order).map { SortKey($0.0, descending: $0.1.descending) })
        }

        func forEachPartition(_ body: (_ start: Int, _ end: Int) -> Void) {
            for k in 0..<(partitionBounds.count - 1) { body(partitionBounds[k], partitionBounds[k + 1]) }
        }

        /// `body` of every partition, the chunks shared among the frame's threads. Each call may
        /// write only the positions `start..<end` or their rows.
        func forEachPartitionInParallel(_ body: @Sendable (_ start: Int, _ end: Int) -> Void) {
            let bounds = partitionBounds, chunks = chunks
            try? ParallelRows.each(chunks.count, threads: threads) { c in
                for k in chunks[c] { body(bounds[k], bounds[k + 1]) }
            }
        }

        /// The rows partition by partition, each partition's rows in row order, and where each
        /// partition starts (then the row count).
        static func partitionOrder(_ partitionOfRow: [Int32], _ count: Int, threads: Int) -> (Selection, [Int]) {
            let n = partitionOfRow.count
            let ranges = ParallelRows.ranges(n, threads: threads)
            // Per-thread counts cost threads × partitions; with nearly a partition per row one pass is cheaper.
            if ranges.count == 1 || count > n / 8 {
                var starts = [Int](repeating: 0, count: count + 1)
                for p in partitionOfRow { starts[Int(p) + 1] += 1 }
                for k in 0..<count { starts[k + 1] += starts[k] }
                var next = starts
                let rows = Selection(largeCount: n) { rows in
                    for row in 0..<n {
                        let k = Int(partitionOfRow[row])
                        rows[next[k]] = Int32(row)
                        next[k] += 1
                    }
                }
                return (rows, starts)
            }
            let counts =
                (try? ParallelRows.map(n, threads: threads) { (range: Range<Int>) -> [Int32] in
                    var c = [Int32](repeating: 0, count: count)
                    partitionOfRow.withUnsafeBufferPointer { p in
                        for row in range { c[Int(p[row])] += 1 }
                    }
                    return c
                }) ?? []
            var starts = [Int](repeating: 0, count: count + 1)
            for c in counts { for k in 0..<count { starts[k + 1] += Int(c[k]) } }
            for k in 0..<count { starts[k + 1] += starts[k] }
            // Range t's rows of partition k follow those of ranges before it: the order of one pass.
            var firsts: [[Int]] = []
            var running = Array(starts.dropLast())
            for c in counts {
                firsts.append(running)
                for k in 0..<count { running[k] += Int(c[k]) }
            }
            let rows = Selection(largeCount: n) { buffer in
                let target = SharedBuffer(buffer)
                try? ParallelRows.each(ranges.count, threads: threads) { [firsts] t in
                    var next = firsts[t]
                    partitionOfRow.withUnsafeBufferPointer { p in
                        for row in ranges[t] {
                            let k = Int(p[row])
                            target[next[k]] = Int32(row)
                            next[k] += 1
                        }
                    }
                }
            }
            return (rows, starts)
        }

        /// Consecutive partitions in runs of about `rows / (threads × 8)` rows, so that a thread
        /// that finishes early takes another run; one run when there is one thread.
        static func chunks(_ starts: [Int], threads: Int) -> [Range<Int>] {
            let count = starts.count - 1
            guard count > 0 else { return [] }
            guard threads > 1 else { return [0..<count] }
            let target = max(1, (starts[count] + threads * 8 - 1) / (threads * 8))
            var out: [Range<Int>] = []
            var lo = 0
            while lo < count {
                var hi = lo + 1
                while hi < count && starts[hi + 1] - starts[lo] <= target { hi += 1 }
                out.append(lo..<hi)
                lo = hi
            }
            return out
        }
    }
}

/// A buffer that several threads fill at once, each at indices no other thread touches (the
/// positions or rows of its own partitions), while the call that owns the buffer waits.
struct SharedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>

    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }

    subscript(i: Int) -> T {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}
