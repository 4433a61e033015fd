import Testing

@testable import JixiaoEngine

/// The date type: a day stored as Int32 days since 1970-01-01, through the engine's kernels.
@Suite struct DateTypeTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Value { .date(CivilDay(year: y, month: m, day: d).days) }

    static let table = Table([
        ("id", Column.from([.integer(1), .integer(2), .integer(3), .integer(4), .integer(5)])),
        ("due", Column.from([day(2022, 12, 30), .null, day(2021, 3, 1), day(2024, 2, 29), day(2022, 12, 30)])),
    ])

    @Test func daysAndCalendarDatesConvertBothWaysForEveryDayOfEightCenturies() {
        var previous: CivilDay?
        for days in Int32(-150_000)...Int32(-3_900) + 150_000 {
            let day = CivilDay(days: days)
            #expect(day.days == days)
            if let p = previous, p.day + 1 != day.day {
                #expect(day.day == 1 && p.day == CivilDay.daysIn(p.month, of: p.year))
            }
            previous = day
        }
        #expect(CivilDay(days: 0).iso == "1970-01-01")
        #expect(CivilDay(year: 2000, month: 3, day: 1).days == 11_017)
        #expect(CivilDay(days: -1).iso == "1969-12-31")
    }

    @Test func onlyStrictISODaysParseAsISO() {
        #expect(CivilDay.parseISO("2024-02-29") == CivilDay(year: 2024, month: 2, day: 29))
        for text in ["2023-02-29", "2024-2-29", "2024/02/29", "2024-13-01", "0000-01-01", "2024-02-29 ", ""] {
            #expect(CivilDay.parseISO(text) == nil, "\(text)")
        }
    }

    @Test func theDocumentsFormsOfADateAreRead() {
        let cases: [(String, Int?, String?)] = [
            ("2022年12月30日", nil, "2022-12-30"), ("2022年12月30日前", nil, "2022-12-30"),
            ("2022年12月底", nil, "2022-12-31"), ("2022年底", nil, "2022-12-31"), ("2024年2月底", nil, "2024-02-29"),
            ("2024年12月", nil, "2024-12-31"), ("2月", 2023, "2023-02-28"), ("12月20日前", 2022, "2022-12-20"),
            ("3月底", 2023, "2023-03-31"),
            ("2024-03-01", nil, "2024-03-01"), ("2024/3/1", nil, "2024-03-01"), ("2024.03.01", nil, "2024-03-01"),
            ("20240301", nil, "2024-03-01"), (" 2024 年 3 月 1 日 ", nil, "2024-03-01"),
            ("12月20日前", nil, nil), ("7日内", 2022, nil), ("2次/月", 2022, nil), ("2024-03/01", nil, nil),
            ("2023年2月29日", nil, nil), ("及时", 2022, nil), ("2022年", nil, nil), ("", 2022, nil),
        ]
        for (text, year, iso) in cases {
            #expect(DateFunctions.parse(text, defaultYear: year)?.iso == iso, "\(text)")
        }
    }

    @Test func datesCompareWithDatesAndNullsAreNeitherTrueNorFalse() throws {
        let before = try Filter(.comparison(.less, .column(1), .literal(Self.day(2022, 12, 30)))).run(
            Self.table, context: ctx)
        #expect(before.columns[0].number(at: 0) == 3)
        #expect(before.rowCount == 1)
        let notEqual = try Filter(.comparison(.notEqual, .column(1), .literal(Self.day(2022, 12, 30))))
            .run(Self.table, context: ctx)
        #expect(notEqual.rowCount == 2, "the null day is neither equal nor unequal")
        let listed = try Filter(.inList(.column(1), [Self.day(2024, 2, 29), Self.day(2021, 3, 1)], negated: false))
            .run(Self.table, context: ctx)
        #expect((0..<listed.rowCount).map { listed.columns[0].number(at: $0) } == [3, 4])
        #expect(throws: EngineError.self) {
            try Filter(.comparison(.less, .column(1), .literal(.integer(5)))).run(Self.table, context: ctx)
        }
    }

    @Test func aSortByDateIsByDayWithNullsLastInBothDirections() throws {
        let up = try Sort([(.column(1), false)]).run(Self.table, context: ctx)
        #expect((0..<5).map { up.columns[0].number(at: $0) } == [3, 1, 5, 4, 2])
        let down = try Sort([(.column(1), true)]).run(Self.table, context: ctx)
        #expect((0..<5).map { down.columns[0].number(at: $0) } == [4, 1, 5, 3, 2])
    }

    @Test func equalDaysAreOneGroupAndNullIsAGroupOfItsOwn() {
        let groups = Grouping.build(keys: [Self.table.columns[1]], rowCount: 5)
        #expect(groups.groupCount == 4)
        #expect(groups.firstRow == [0, 1, 2, 3])
        let slots = groups.slots(rowCount: 5)
        #expect(slots[0] == slots[4])
    }

    @Test func aDatePlusDaysIsADateAndTheDifferenceOfDatesIsDays() throws {
        let evaluator = ExpressionEvaluator(table: Self.table, context: ctx)
        let later = try evaluator.evaluate(.arithmetic(.add, .column(1), .literal(.integer(1))))
        #expect(later.type == .date)
        #expect(later[0].description == "2022-12-31")
        #expect(later[3].description == "2024-03-01")
        #expect(later[1] == .null)
        let days = try evaluator.evaluate(.arithmetic(.subtract, .column(1), .literal(Self.day(2022, 1, 1))))
        #expect(days.type == .integer)
        #expect(days[0] == .integer(363))
        #expect(days[2] == .integer(-306))
        #expect(throws: EngineError.self) {
            try evaluator.evaluate(.arithmetic(.add, .column(1), .column(1)))
        }
    }

    @Test func aDayPastTheYear9999IsNullNotATrap() throws {
        let t = Table([("d", Column.from([Self.day(9999, 12, 31), Self.day(1, 1, 1)]))])
        let evaluator = ExpressionEvaluator(table: t, context: ctx)
        let later = try evaluator.evaluate(.arithmetic(.add, .column(0), .literal(.integer(1))))
        #expect(later[0] == .null)
        #expect(later[1].description == "0001-01-02")
        let far = try evaluator.evaluate(.arithmetic(.subtract, .column(0), .literal(.integer(.min))))
        #expect(far[0] == .null && far[1] == .null)
    }

    @Test func dateDiffCountsTheBoundariesCrossedAsDuckDBDoes() {
        func diff(_ unit: DateFunctions.Unit, _ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int64 {
            unit.difference(
                CivilDay(year: a.0, month: a.1, day: a.2).days, CivilDay(year: b.0, month: b.1, day: b.2).days)
        }
        #expect(diff(.month, (2024, 1, 31), (2024, 2, 1)) == 1)
        #expect(diff(.month, (2024, 1, 1), (2024, 2, 29)) == 1)
        #expect(diff(.year, (2023, 12, 31), (2024, 1, 1)) == 1)
        #expect(diff(.quarter, (2024, 3, 31), (2024, 4, 1)) == 1)
        #expect(diff(.day, (2024, 3, 1), (2024, 2, 28)) == -2)
        // 2024-03-03 is a Sunday, 2024-03-04 a Monday: one Monday crossed; Monday to Sunday, none.
        #expect(diff(.week, (2024, 3, 3), (2024, 3, 4)) == 1)
        #expect(diff(.week, (2024, 3, 4), (2024, 3, 10)) == 0)
        #expect(diff(.week, (1969, 12, 28), (1970, 1, 5)) == 2)
        #expect(DateFunctions.Unit(named: "Months") == .month)
        #expect(DateFunctions.Unit(named: "hour") == nil)
    }

    @Test func datesAppendToDatesAndGatherWithNulls() {
        let a = Column.from([Self.day(2022, 1, 1), .null]), b = Column.from([Self.day(2023, 1, 1)])
        let both = Column.concatenate(a, 2, b, 1)
        #expect(both.type == .date)
        #expect(both[2].description == "2023-01-01")
        #expect(both[1] == .null)
        let gathered = both.gatherAllowingNulls([2, -1, 0])
        #expect(gathered[0].description == "2023-01-01")
        #expect(gathered[1] == .null)
    }

    @Test func anAndOfDateComparisonsKeepsTheRowsARowByRowTestKeepsAcrossBatches() throws {
        let rows = Batch.size * 3 + 77
        let start = CivilDay(year: 2022, month: 1, day: 1).days
        var due: [Value] = [], done: [Value] = []
        for r in 0..<rows {
            due.append(r % 11 == 0 ? .null : .date(start + Int32(r % 400)))
            done.append(r % 7 == 0 ? .null : .date(start + Int32(r * 3 % 410)))
        }
        let t = Table([("due", Column.from(due)), ("done", Column.from(done))])
        let cutoff = CivilDay(year: 2022, month: 9, day: 30).days
        let condition = Expr.and(
            .comparison(.lessOrEqual, .column(1), .column(0)), .comparison(.less, .literal(.date(cutoff)), .column(0)))
        let kept = try Filter(condition).selection(t, context: ExecutionContext()).map(Int.init)
        let expected = (0..<rows).filter { r in
            guard case .date(let a) = due[r], case .date(let b) = done[r] else { return false }
            return b <= a && cutoff < a
        }
        #expect(!expected.isEmpty)
        #expect(kept == expected)
    }

    @Test func eachRowsTextIsReadWithItsOwnYear() throws {
        let t = Table([
            (
                "text",
                Column.from([
                    .string("12月20日前"), .string("12月20日前"), .string("12月20日前"), .string("2022年3月底"), .null,
                    .string("及时"),
                ])
            ),
            ("year", Column.from([.integer(2022), .integer(2023), .null, .null, .integer(2022), .integer(2022)])),
        ])
        guard let date = ScalarFunction.registry["date"] else {
            Issue.record("no date()")
            return
        }
        let out = try ExpressionEvaluator(table: t, context: ctx).evaluate(.call(date, [.column(0), .column(1)]))
        #expect(out.type == .date)
        #expect(
            (0..<6).map { out[$0].description } == ["2022-12-20", "2023-12-20", "null", "2022-03-31", "null", "null"])
    }
}
