import Testing

@testable import JixiaoEngine

/// `agg` over a table of several chunks gives the same bits on one thread as on two or three:
/// the float sums are summed chunk by chunk in a fixed order, whatever runs each chunk.
@Suite("Results do not depend on the thread count")
struct ThreadCountTests {
    /// 2.5 chunks of rows: values of very different sizes (so the order of additions shows in the
    /// last bits), nulls, a string key of 997 values in a scrambled first-appearance order.
    static func table() -> Table {
        let rows = ChunkedFold.chunkRows * 5 / 2
        var random: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return random >> 11
        }
        var keys = [UInt32](repeating: 0, count: rows), doubles = [Double](repeating: 0, count: rows)
        var integers = [Int64](repeating: 0, count: rows)
        var valid = Bitmap(count: rows, allSet: true)
        for r in 0..<rows {
            let bits = next()
            keys[r] = UInt32(bits % 997)
            doubles[r] = Double(bits % 1_000_003) * (bits & 1 == 0 ? 1e-7 : 1e9) - 3e8
            integers[r] = Int64(bits % 100_000) - 50_000
            if bits % 7 == 0 { valid[r] = false }
        }
        let names = (0..<997).map { "部门\(($0 * 7_919) % 997)" }
        return Table([
            ("dept", Column(.string(codes: keys, dictionary: StringDictionary(names)))),
            ("x", Column(.double(doubles), validity: valid)),
            ("n", Column(.integer(integers), validity: valid)),
        ])
    }

    static func aggregate(_ t: Table, keys: [(name: String, expr: Expr)], threads: Int) throws -> Table {
        let f = AggregateFunction.registry
        return try HashAggregate(
            keys: keys,
            aggregates: [
                ("rows", AggregateCall(try #require(f["count"]), [])),
                ("with_x", AggregateCall(try #require(f["count"]), [.column(1)])),
                ("sum_x", AggregateCall(try #require(f["sum"]), [.column(1)])),
                ("avg_x", AggregateCall(try #require(f["avg"]), [.column(1)])),
                ("sum_n", AggregateCall(try #require(f["sum"]), [.column(2)])),
                ("avg_ratio", AggregateCall(try #require(f["avg"]), [.arithmetic(.divide, .column(1), .column(2))])),
                ("part", AggregateCall(try #require(f["share"]), [])),
                ("mid", AggregateCall(try #require(f["median"]), [.column(1)])),
            ]
        ).run(t, context: ExecutionContext(threads: threads))
    }

    /// Same column types, same nulls, and the same bits in every value (NaN and -0.0 included).
    static func identical(_ a: Table, _ b: Table) -> Bool {
        guard a.names == b.names, a.rowCount == b.rowCount else { return false }
        for (x, y) in zip(a.columns, b.columns) {
            guard x.type == y.type else { return false }
            for row in 0..<x.count {
                guard x.isNull(row) == y.isNull(row) else { return false }
                if x.isNull(row) { continue }
                switch (x.data, y.data) {
                case (.double(let p), .double(let q)): if p[row].bitPattern != q[row].bitPattern { return false }
                default: if x[row] != y[row] { return false }
                }
            }
        }
        return true
    }

    @Test func groupedAggregatesAreTheSameBitsOnOneTwoAndThreeThreads() throws {
        let t = Self.table()
        let one = try Self.aggregate(t, keys: [("dept", .column(0))], threads: 1)
        #expect(one.rowCount == 997)
        for threads in [2, 3] {
            #expect(
                Self.identical(one, try Self.aggregate(t, keys: [("dept", .column(0))], threads: threads)),
                "\(threads) threads")
        }
    }

    @Test func wholeTableAggregatesAreTheSameBitsOnOneAndTwoThreads() throws {
        let t = Self.table()
        let one = try Self.aggregate(t, keys: [], threads: 1)
        let two = try Self.aggregate(t, keys: [], threads: 2)
        #expect(Self.identical(one, two))
        // The counts are exact whatever the chunks: every row, and every row with a value.
        #expect(one[0, 0] == .integer(Int64(t.rowCount)))
        #expect(one[0, 1] == .integer(Int64(t.columns[1].count - t.columns[1].nullCount)))
    }

    @Test func aTableOfOneChunkIsOnePassInRowOrder() throws {
        let values: [Double] = (0..<5_000).map { (i: Int) -> Double in Double(i % 13) * 0.1 + 1e12 * Double(i % 2) }
        let t = Table([("x", Column(.double(values)))])
        let sum = try #require(AggregateFunction.registry["sum"])
        let out = try HashAggregate(keys: [], aggregates: [("s", AggregateCall(sum, [.column(0)]))]).run(
            t, context: ExecutionContext(threads: 2))
        let expected: Double = values.reduce(0, +)
        #expect(out[0, 0] == Value.double(expected))
    }

    @Test func filtersKeepTheSameRowsInTheSameOrderOnOneAndTwoThreads() throws {
        let t = Self.table()
        let simple = Expr.comparison(.greater, .column(1), .literal(.double(0)))
        let general = Expr.comparison(.greater, .arithmetic(.multiply, .column(2), .literal(.integer(2))), .column(1))
        for condition in [simple, general] {
            let one = try Filter(condition).selection(t, context: ExecutionContext(threads: 1))
            let two = try Filter(condition).selection(t, context: ExecutionContext(threads: 2))
            #expect(one == two)
            #expect(!one.isEmpty && one.count < t.rowCount)
            let a = try Filter(condition).run(t, context: ExecutionContext(threads: 1))
            let b = try Filter(condition).run(t, context: ExecutionContext(threads: 2))
            #expect(Self.identical(a, b))
        }
    }

    /// Just over the row count at which a window shares its partitions among threads, with
    /// `table()`'s columns and a key of few values, many of them ties, zeros as 0.0 and -0.0.
    static func windowTable() -> Table {
        let rows = ParallelRows.minimumRows + 10_000
        let t = table()
        var out = t.slice(offset: 0, count: rows)
        guard case .double(let values) = out.columns[1].data else { return out }
        let rounded = (0..<rows).map { i -> Double in
            let r = (values[i] / 1e9).rounded()
            return r == 0 && i % 2 == 1 ? -0.0 : r
        }
        out.set("rounded", Column(.double(rounded), validity: out.columns[1].validity))
        return out
    }

    /// Ranks, row numbers, shifts and first values per department, as columns.
    static func windowed(_ t: Table, order: [(expr: Expr, descending: Bool)], threads: Int) throws -> Table {
        let window = Window(partition: [.column(0)], order: order)
        let calls = [
            Window.Call(.rank, []), Window.Call(.rowNumber, []), Window.Call(.percentRank, []),
            Window.Call(.lag(1), [.column(2)]), Window.Call(.first, [.column(1)]),
        ]
        let columns = try window.run(t, calls: calls, context: ExecutionContext(threads: threads))
        return Table(fields: columns.indices.map { Field("w\($0)") }, columns: columns, rowCount: t.rowCount)
    }

    @Test func windowFunctionsAreTheSameOnOneTwoAndThreeThreads() throws {
        let t = Self.windowTable()
        let one = try Self.windowed(t, order: [(.column(3), true)], threads: 1)
        for threads in [2, 3] {
            #expect(Self.identical(one, try Self.windowed(t, order: [(.column(3), true)], threads: threads)))
        }
        // Two keys go through the comparator: the same on one thread and two, and with a
        // constant second key the same as the one key alone (ties and nulls included).
        let two = [(expr: Expr.column(3), descending: true), (expr: Expr.literal(.integer(1)), descending: false)]
        let compared = try Self.windowed(t, order: two, threads: 1)
        #expect(Self.identical(compared, try Self.windowed(t, order: two, threads: 2)))
        #expect(Self.identical(one, compared))
    }

    /// Left keys over 2.5 chunks: most rows match one right row, some none, some several (a
    /// repeated right key), some are null; so each part of the probe has its own left rows.
    @Test func joinPairsAreTheSameOnOneTwoAndThreeThreads() throws {
        let rows = ChunkedFold.chunkRows * 5 / 2
        let left = (0..<rows).map { Int64(($0 * 7_919) % 40_000) }
        var validity = Bitmap(count: rows, allSet: true)
        for r in stride(from: 0, to: rows, by: 1_001) { validity[r] = false }
        // Keys 0..<30,000, with every key divisible by 97 twice: 30,000 and over never match.
        let right = (0..<30_000).map { Int64($0) } + stride(from: 0, to: 30_000, by: 97).map { Int64($0) }
        let keys = [Column(.integer(left), validity: validity)], rightKeys = [Column(.integer(right))]
        for kind in [HashJoin.Kind.inner, .left] {
            let one = try HashJoin(kind: kind).pairs(
                leftKeys: keys, rightKeys: rightKeys, leftCount: rows, rightCount: right.count,
                context: ExecutionContext(threads: 1))
            for threads in [2, 3] {
                let more = try HashJoin(kind: kind).pairs(
                    leftKeys: keys, rightKeys: rightKeys, leftCount: rows, rightCount: right.count,
                    context: ExecutionContext(threads: threads))
                #expect(more.left == one.left && more.right == one.right, "\(kind), \(threads) threads")
            }
        }
        // Every left row once, in order: the left rows are not written out, whatever the threads.
        let everyRow = try HashJoin(kind: .left).pairs(
            leftKeys: [Column(.integer(left))], rightKeys: [Column(.integer((0..<40_000).map { Int64($0) }))],
            leftCount: rows, rightCount: 40_000, context: ExecutionContext(threads: 3))
        #expect(everyRow.left == nil && everyRow.count == rows)
    }

    @Test func aLargeGatherIsTheSameArrayAsOneThreadWouldFill() {
        let values = (0..<ParallelRows.minimumRows * 2).map { Int64($0 &* 2_654_435_761 % 1_000_003) }
        let selection = Selection((0..<values.count).reversed().map { Int32($0) })
        let gathered = Column.gather(values, selection)
        #expect(gathered == selection.map { values[Int($0)] })
    }

    /// Shared among threads from 10,000 rows here, with many ties (97 values) and nulls: each
    /// range's sort and the merge must give exactly the one-thread order, ties in row order.
    @Test func sortsGiveTheSameOrderOnOneTwoAndThreeThreads() throws {
        let rows = 60_000
        var validity = Bitmap(count: rows, allSet: true)
        for r in stride(from: 5, to: rows, by: 11) { validity[r] = false }
        let t = Table([("k", Column(.integer((0..<rows).map { Int64(($0 &* 40_503) % 97) }), validity: validity))])
        let one = try Sort([(.column(0), true)]).order(t, context: ExecutionContext(threads: 1))
        #expect(one.count == rows)
        for threads in [2, 3] {
            let more = try Sort([(.column(0), true)]).order(
                t, context: ExecutionContext(threads: threads), parallelAbove: 10_000)
            #expect(more == one, "\(threads) threads")
        }
    }

    @Test func twoSortedRunsMergeIntoOne() {
        let merged = Sort.merge([1, 4, 6, 9], [2, 3, 7], by: <)
        #expect(merged == [1, 2, 3, 4, 6, 7, 9])
        #expect(Sort.merge([], [5], by: <) == [5] && Sort.merge([5], [], by: <) == [5])
    }

    /// One key sorts as encoded integers; with a second key that is the same on every row the
    /// comparator runs instead. Both must give the same order for every type, both directions,
    /// nulls, -0.0 and NaN, on one thread and on three.
    @Test func oneKeySortsAsTheComparatorDoes() throws {
        let n = 30_000
        var validity = Bitmap(count: n, allSet: true)
        for r in stride(from: 3, to: n, by: 13) { validity[r] = false }
        let specials: [Double] = [0.0, -0.0, .nan, .infinity, -.infinity, 1e-300]
        let doubles = (0..<n).map { r in
            r % 17 == 0 ? specials[r % specials.count] : Double((r &* 7_919) % 501) / 7 - 30
        }
        let names = ["乙", "甲", "b", "a", "丙"]
        let columns: [Column] = [
            Column(.double(doubles), validity: validity),
            Column(.integer((0..<n).map { Int64(($0 &* 31) % 211) - 100 }), validity: validity),
            Column(.string(codes: (0..<n).map { UInt32($0 % names.count) }, dictionary: StringDictionary(names))),
            Column(.date((0..<n).map { Int32(($0 % 400) - 200) })),
        ]
        let t = Table([
            ("d", columns[0]), ("i", columns[1]), ("s", columns[2]), ("t", columns[3]),
            ("same", Column(.integer([Int64](repeating: 1, count: n)))),
        ])
        for c in 0..<4 {
            for descending in [false, true] {
                let reference = try Sort([(.column(c), descending), (.column(4), false)]).order(
                    t, context: ExecutionContext(threads: 1))
                for threads in [1, 3] {
                    let fast = try Sort([(.column(c), descending)]).order(
                        t, context: ExecutionContext(threads: threads), parallelAbove: 5_000)
                    #expect(fast == reference, "column \(c), descending \(descending), \(threads) threads")
                }
            }
        }
    }
}
