import Testing

@testable import JixiaoEngine

/// Pivot and unpivot are engine operators: columns in, columns out, no syntax involved.
@Suite("Pivot spreads values into columns and unpivot stacks columns into rows")
struct PivotUnpivotTests {
    let context = ExecutionContext()

    /// dept, year, v with a null year and a repeated (dept, year).
    var table: Table {
        Table([
            ("dept", Column.from([.string("a"), .string("a"), .string("b"), .string("a"), .string("c")])),
            ("year", Column.from([.integer(2022), .integer(2024), .integer(2022), .integer(2022), .null])),
            ("v", Column.from([.integer(1), .integer(3), .integer(2), .integer(10), .integer(5)])),
        ])
    }

    private func sumOfV() throws -> AggregateCall {
        AggregateCall(try #require(AggregateFunction.registry["sum"]), [.column(2)])
    }

    @Test func oneColumnPerDistinctValueInAscendingOrderWithNullLast() throws {
        let pivot = Pivot(
            keys: [("dept", .column(0))], spread: 1, spreadName: "year",
            aggregates: [("s", try sumOfV())], cell: .column(2))
        let out = try pivot.run(table, context: context)
        #expect(out.names == ["dept", "2022", "2024", "null"])
        #expect(out.row(0) == [.string("a"), .integer(11), .integer(3), .null])
        #expect(out.row(1) == [.string("b"), .integer(2), .null, .null])
        #expect(out.row(2) == [.string("c"), .null, .null, .integer(5)])
    }

    @Test func aValueNamedLikeAKeyIsPrefixedWithTheSpreadColumn() throws {
        let t = Table([
            ("k", Column.from([.string("x"), .string("y")])),
            ("s", Column.from([.string("k"), .string("z")])),
            ("v", Column.from([.integer(1), .integer(2)])),
        ])
        let pivot = Pivot(
            keys: [("k", .column(0))], spread: 1, spreadName: "s",
            aggregates: [("s", try sumOfV())], cell: .column(2))
        #expect(try pivot.run(t, context: context).names == ["k", "s_k", "z"])
    }

    @Test func unpivotRepeatsTheOtherColumnsAndWidensTheValues() throws {
        let t = Table([
            ("name", Column.from([.string("甲"), .string("乙")])),
            ("y2022", Column.from([.integer(1), .null])),
            ("y2024", Column.from([.double(2.5), .double(4)])),
        ])
        let out = try Unpivot(columns: [1, 2], nameColumn: "year", valueColumn: "amount", valueType: .double)
            .run(t, context: context)
        #expect(out.names == ["name", "year", "amount"])
        #expect(out.rowCount == 4)
        #expect(out.row(0) == [.string("甲"), .string("y2022"), .double(1)])
        #expect(out.row(1) == [.string("甲"), .string("y2024"), .double(2.5)])
        #expect(out.row(2) == [.string("乙"), .string("y2022"), .null])
        #expect(out.row(3) == [.string("乙"), .string("y2024"), .double(4)])
    }

    @Test func unpivotOfTextColumnsWithDifferentDictionariesKeepsEveryValue() throws {
        let t = Table([
            ("a", Column.from([.string("x"), .string("y")])),
            ("b", Column.from([.string("z"), .string("x")])),
        ])
        let out = try Unpivot(columns: [0, 1], nameColumn: "col", valueColumn: "v", valueType: .string)
            .run(t, context: context)
        #expect((0..<out.rowCount).map { out[$0, 1] } == [.string("x"), .string("z"), .string("y"), .string("x")])
    }
}

/// The window operator on its own: one sort, partitions and peers, values in row order.
@Suite("Window computes ranks, shifts and running aggregates per partition")
struct WindowOperatorTests {
    let context = ExecutionContext()
    var table: Table {
        Table([
            ("k", Column.from([.string("a"), .string("b"), .string("a"), .string("a"), .null])),
            ("v", Column.from([.integer(3), .integer(1), .integer(3), .integer(1), .integer(7)])),
        ])
    }

    @Test func ranksShareTiesAndRowNumbersDoNot() throws {
        let window = Window(partition: [.column(0)], order: [(.column(1), true)])
        let out = try window.run(
            table, calls: [Window.Call(.rank, []), Window.Call(.rowNumber, []), Window.Call(.denseRank, [])],
            context: context)
        #expect((0..<5).map { out[0][$0] } == [.integer(1), .integer(1), .integer(1), .integer(3), .integer(1)])
        #expect((0..<5).map { out[1][$0] } == [.integer(1), .integer(1), .integer(2), .integer(3), .integer(1)])
        #expect((0..<5).map { out[2][$0] } == [.integer(1), .integer(1), .integer(1), .integer(2), .integer(1)])
    }

    @Test func aRunningSumIncludesTheTiesOfTheCurrentRow() throws {
        let sum = try #require(AggregateFunction.registry["sum"])
        let window = Window(partition: [.column(0)], order: [(.column(1), false)])
        let out = try window.run(table, calls: [Window.Call(.aggregate(sum), [.column(1)])], context: context)
        #expect((0..<5).map { out[0][$0] } == [.integer(7), .integer(1), .integer(7), .integer(1), .integer(7)])
    }

    @Test func lagTakesTheDefaultBeforeThePartitionsFirstRow() throws {
        let window = Window(partition: [.column(0)], order: [(.column(1), false)])
        let out = try window.run(
            table, calls: [Window.Call(.lag(1), [.column(1), .literal(.integer(1)), .literal(.integer(0))])],
            context: context)
        #expect((0..<5).map { out[0][$0] } == [.integer(1), .integer(0), .integer(3), .integer(0), .integer(0)])
    }

    @Test func ntileSplitsUnevenPartitionsLikeSQL() {
        #expect((0..<5).map { Window.bucket($0, of: 5, into: 2) } == [1, 1, 1, 2, 2])
        #expect((0..<2).map { Window.bucket($0, of: 2, into: 4) } == [1, 2])
    }
}
