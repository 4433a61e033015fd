import Testing

@testable import JixiaoEngine

/// `where` and `agg` read tables a batch at a time; over many batches their answers must be
/// those of a plain row-by-row computation, whatever falls on either side of a boundary.
@Suite("Batched operators agree with row-by-row answers across batch boundaries")
struct BatchBoundaryTests {
    static let rows = Batch.size * 4 + 123

    /// key: one of 37 departments (null every 101st row); a: integers with nulls; b: decimals
    /// with zeros and nulls; flag: booleans.
    static let table: Table = {
        var key: [Value] = [], a: [Value] = [], b: [Value] = [], flag: [Value] = []
        for r in 0..<rows {
            key.append(r % 101 == 0 ? .null : .string("部门\(r * 7 % 37)"))
            a.append(r % 13 == 0 ? .null : .integer(Int64(r % 29) - 7))
            b.append(r % 17 == 0 ? .null : .double(Double(r % 5) * 0.5))
            flag.append(.boolean(r % 3 == 0))
        }
        return Table([
            ("key", Column.from(key)), ("a", Column.from(a)), ("b", Column.from(b)), ("flag", Column.from(flag)),
        ])
    }()

    private func kept(_ condition: Expr) throws -> [Int] {
        try Filter(condition).selection(Self.table, context: ExecutionContext()).map(Int.init)
    }

    @Test func anAndOfComparisonsKeepsExactlyTheRowsWhereEveryOneHolds() throws {
        let condition = Expr.and(
            .comparison(.greater, .column(1), .literal(.integer(3))),
            .and(
                .comparison(.less, .column(2), .literal(.double(2))),
                .comparison(.notEqual, .column(0), .literal(.string("部门5")))))
        let expected = (0..<Self.rows).filter { r in
            guard case .integer(let a) = Self.table[r, 1], case .double(let b) = Self.table[r, 2],
                case .string(let k) = Self.table[r, 0]
            else { return false }
            return a > 3 && b < 2 && k != "部门5"
        }
        #expect(try kept(condition) == expected)
    }

    @Test func anyOtherConditionIsEvaluatedPerBatchWithTheSameAnswer() throws {
        let condition = Expr.or(.column(3), .comparison(.equal, .column(1), .literal(.integer(0))))
        let expected = (0..<Self.rows).filter { r in r % 3 == 0 || Self.table[r, 1] == .integer(0) }
        #expect(try kept(condition) == expected)
    }

    @Test func streamingAggregatesOverManyBatchesMatchARowByRowTally() throws {
        let f = AggregateFunction.registry
        let out = try HashAggregate(
            keys: [("key", .column(0))],
            aggregates: [
                ("n", AggregateCall(try #require(f["count"]), [])),
                ("with_a", AggregateCall(try #require(f["count"]), [.column(1)])),
                ("sum_a", AggregateCall(try #require(f["sum"]), [.column(1)])),
                ("mean_ratio", AggregateCall(try #require(f["avg"]), [.arithmetic(.divide, .column(1), .column(2))])),
                ("flagged", AggregateCall(try #require(f["count_if"]), [.column(3)])),
                ("part", AggregateCall(try #require(f["share"]), [])),
            ]
        ).run(Self.table, context: ExecutionContext())
        // The same numbers, one row at a time, in order of first appearance.
        var order: [Value] = []
        var tally: [Value: (n: Int64, withA: Int64, sum: Int64, ratios: [Double], flagged: Int64)] = [:]
        for r in 0..<Self.rows {
            let k = Self.table[r, 0]
            if tally[k] == nil { order.append(k); tally[k] = (0, 0, 0, [], 0) }
            tally[k]!.n += 1
            if case .integer(let a) = Self.table[r, 1] {
                tally[k]!.withA += 1
                tally[k]!.sum += a
                if case .double(let b) = Self.table[r, 2], b != 0 { tally[k]!.ratios.append(Double(a) / b) }
            }
            if r % 3 == 0 { tally[k]!.flagged += 1 }
        }
        #expect(out.rowCount == order.count)
        for (g, k) in order.enumerated() {
            let t = try #require(tally[k])
            #expect(out[g, 0] == k)
            #expect(out[g, 1] == .integer(t.n))
            #expect(out[g, 2] == .integer(t.withA))
            #expect(out[g, 3] == .integer(t.sum))
            let mean = t.ratios.isEmpty ? nil : t.ratios.reduce(0, +) / Double(t.ratios.count)
            if let mean, case .double(let got) = out[g, 4] {
                #expect(abs(got - mean) < 1e-9)
            } else {
                #expect(mean == nil && out[g, 4] == .null)
            }
            #expect(out[g, 5] == .integer(t.flagged))
            #expect(out[g, 6] == .double(100 * Double(t.n) / Double(Self.rows)))
        }
    }

    @Test func anIntegerSumThatOverflowsInALaterBatchTurnsDecimal() throws {
        var values = [Value](repeating: .integer(1), count: Batch.size * 2)
        values[Batch.size + 5] = .integer(Int64.max)
        let t = Table([("v", Column.from(values))])
        let sum = try #require(AggregateFunction.registry["sum"])
        let out = try HashAggregate(keys: [], aggregates: [("s", AggregateCall(sum, [.column(0)]))]).run(
            t, context: ExecutionContext())
        #expect(out.columns[0].type == .double)
        // The decimal sum of every value in row order, as one pass over all rows gives it.
        let expected = values.reduce(0.0) { total, v in total + (v.number ?? 0) }
        #expect(out[0, 0] == .double(expected))
    }

    @Test func groupingOnTwoKeysByMixedRadixKeepsFirstAppearanceOrder() {
        let years = Column.from((0..<Self.rows).map { .integer(2019 + Int64($0 % 7)) })
        let grouping = Grouping.build(keys: [years, Self.table.columns[3]], rowCount: Self.rows)
        var seen: Set<[Int]> = [], firsts: [Int32] = []
        for r in 0..<Self.rows where seen.insert([r % 7, r % 3 == 0 ? 1 : 0]).inserted { firsts.append(Int32(r)) }
        #expect(grouping.groupCount == 14)
        #expect(grouping.firstRow == firsts)
    }
}
