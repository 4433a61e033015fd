import Testing

@testable import JixiaoEngine

/// A small table with nulls in every column type.
func sampleTable() -> Table {
    Table([
        ("dept", Column.from([.string("甲"), .string("乙"), .string("甲"), .null, .string("乙")])),
        ("n", Column.from([.integer(1), .integer(2), .null, .integer(4), .integer(5)])),
        ("x", Column.from([.double(1.5), .null, .double(3.0), .double(-1), .double(0)])),
        ("ok", Column.from([.boolean(true), .boolean(false), .null, .boolean(true), .boolean(false)])),
    ])
}

let ctx = ExecutionContext()

@Test func filterKeepsOnlyTrueRowsAndTreatsNullAsFalse() throws {
    let t = sampleTable()
    let out = try Filter(.comparison(.greater, .column(1), .literal(.integer(1)))).run(t, context: ctx)
    #expect(out.rowCount == 3)
    #expect(out.columns[1].number(at: 0) == 2)
}

@Test func stringEqualityUsesDictionaryAndSkipsNulls() throws {
    let t = sampleTable()
    let out = try Filter(.comparison(.equal, .column(0), .literal(.string("甲")))).run(t, context: ctx)
    #expect(out.rowCount == 2)
    let ne = try Filter(.comparison(.notEqual, .column(0), .literal(.string("甲")))).run(t, context: ctx)
    #expect(ne.rowCount == 2, "null dept is neither equal nor unequal")
}

@Test func stringsCompareByCodePoint() throws {
    let t = Table([("s", Column.from([.string("a"), .string("B"), .string("é"), .string("中")]))])
    let out = try Sort([(.column(0), false)]).run(t, context: ctx)
    #expect(out.columns[0].string(at: 0) == "B")
    #expect(out.columns[0].string(at: 3) == "中")
}

@Test func integerOverflowBecomesDoubleNotATrap() throws {
    let t = Table([("big", Column.from([.integer(Int64.max), .integer(1)]))])
    let col = try ExpressionEvaluator(table: t, context: ctx).evaluate(
        .arithmetic(.add, .column(0), .literal(.integer(1))))
    #expect(col.type == .double)
    #expect(col.number(at: 1) == 2)
}

@Test func divisionByZeroGivesNullAndAWarning() throws {
    let context = ExecutionContext()
    let t = Table([("a", Column.from([.integer(6), .integer(1)])), ("b", Column.from([.integer(3), .integer(0)]))])
    let col = try ExpressionEvaluator(table: t, context: context).evaluate(.arithmetic(.divide, .column(0), .column(1)))
    #expect(col[0] == .double(2))
    #expect(col[1] == .null)
    #expect(context.warnings.first?.count == 1)
}

@Test func arithmeticWithNullGivesNull() throws {
    let t = sampleTable()
    let col = try ExpressionEvaluator(table: t, context: ctx).evaluate(.arithmetic(.multiply, .column(1), .column(2)))
    #expect(col[0] == .double(1.5))
    #expect(col[1] == .null)
    #expect(col[2] == .null)
}

@Test func andOrFollowThreeValuedLogic() throws {
    let t = sampleTable()
    let e = ExpressionEvaluator(table: t, context: ctx)
    let andCol = try e.evaluate(.and(.column(3), .literal(.boolean(false))))
    #expect(andCol[2] == .boolean(false), "null and false is false")
    let orCol = try e.evaluate(.or(.column(3), .literal(.boolean(true))))
    #expect(orCol[2] == .boolean(true), "null or true is true")
    let orNull = try e.evaluate(.or(.column(3), .literal(.boolean(false))))
    #expect(orNull[2] == .null, "null or false is null")
}

@Test func groupAggregateCountsSumsAndAveragesPerKeyWithNullKeyAsItsOwnGroup() throws {
    let t = sampleTable()
    let count = try #require(AggregateFunction.registry["count"])
    let sum = try #require(AggregateFunction.registry["sum"])
    let avg = try #require(AggregateFunction.registry["avg"])
    let out = try HashAggregate(
        keys: [("dept", .column(0))],
        aggregates: [
            ("n", AggregateCall(count, [])), ("total", AggregateCall(sum, [.column(1)])),
            ("mean", AggregateCall(avg, [.column(2)])),
        ]
    ).run(t, context: ctx)
    #expect(out.rowCount == 3)
    #expect(out.row(0) == [.string("甲"), .integer(2), .integer(1), .double(2.25)])
    #expect(out.row(1) == [.string("乙"), .integer(2), .integer(7), .double(0)])
    #expect(out.row(2) == [.null, .integer(1), .integer(4), .double(-1)])
}

@Test func aggregateWithoutKeysOnEmptyTableGivesOneRow() throws {
    let t = sampleTable().gather([])
    let count = try #require(AggregateFunction.registry["count"])
    let sum = try #require(AggregateFunction.registry["sum"])
    let out = try HashAggregate(
        keys: [], aggregates: [("n", AggregateCall(count, [])), ("s", AggregateCall(sum, [.column(1)]))]
    )
    .run(t, context: ctx)
    #expect(out.row(0) == [.integer(0), .null])
}

@Test func minMaxMedianStddevListAndCountDistinct() throws {
    let t = sampleTable()
    func agg(_ name: String, _ args: [Expr]) throws -> Value {
        let f = try #require(AggregateFunction.registry[name])
        return try HashAggregate(keys: [], aggregates: [("v", AggregateCall(f, args))]).run(t, context: ctx)[0, 0]
    }
    #expect(try agg("min", [.column(0)]) == .string("乙"))  // 乙 U+4E59 < 甲 U+7532
    #expect(try agg("max", [.column(2)]) == .double(3))
    #expect(try agg("median", [.column(1)]) == .double(3))
    #expect(try agg("count_distinct", [.column(0)]) == .integer(2))
    #expect(try agg("list", [.column(0)]) == .string("甲; 乙"))
    let sd = try agg("stddev", [.column(1)]).number ?? 0
    #expect(abs(sd - 1.8257418583505538) < 1e-12)
}

@Test func sortIsStableWithNullsLastInBothDirections() throws {
    let t = sampleTable()
    let asc = try Sort([(.column(1), false)]).run(t, context: ctx)
    #expect(asc.columns[1][4] == .null)
    let desc = try Sort([(.column(1), true)]).run(t, context: ctx)
    #expect(desc.columns[1][0] == .integer(5))
    #expect(desc.columns[1][4] == .null)
    let byDept = try Sort([(.column(0), false)]).run(t, context: ctx)
    #expect(byDept.columns[1].number(at: 0) == 2, "乙 rows first, in input order")
    #expect(byDept.columns[1].number(at: 1) == 5)
}

@Test func inListAndContainsWorkPerDistinctString() throws {
    let t = sampleTable()
    let e = ExpressionEvaluator(table: t, context: ctx)
    let inCol = try e.evaluate(.inList(.column(0), [.string("乙")], negated: false))
    #expect((0..<5).map { inCol[$0] } == [.boolean(false), .boolean(true), .boolean(false), .null, .boolean(true)])
    let containsCol = try e.evaluate(.contains(.column(0), .literal(.string("甲"))))
    #expect(containsCol[0] == .boolean(true))
}

@Test func appendingTablesMatchesColumnsByNameAndWidensTypes() throws {
    let a = Table([("k", Column.from([.integer(1)])), ("only_a", Column.from([.string("x")]))])
    let b = Table([("k", Column.from([.double(2.5)]))])
    let out = a.appending(b)
    #expect(out.rowCount == 2)
    #expect(out.columns[0].type == .double)
    #expect(out.row(1) == [.double(2.5), .null])
}

@Test func scalarFunctionsRoundAndTextWork() throws {
    let t = Table([
        ("s", Column.from([.string("  遂宁市 "), .null])), ("x", Column.from([.double(2.345), .double(-2.5)])),
    ])
    let e = ExpressionEvaluator(table: t, context: ctx)
    let f = ScalarFunction.registry
    #expect(try e.evaluate(.call(f["round"]!, [.column(1), .literal(.integer(2))]))[0] == .double(2.35))
    #expect(try e.evaluate(.call(f["round"]!, [.column(1)]))[1] == .double(-3))
    #expect(try e.evaluate(.call(f["trim"]!, [.column(0)]))[0] == .string("遂宁市"))
    #expect(try e.evaluate(.call(f["len"]!, [.column(0)]))[1] == .null)
    #expect(try e.evaluate(.call(f["coalesce"]!, [.column(0), .literal(.string("无"))]))[1] == .string("无"))
}
