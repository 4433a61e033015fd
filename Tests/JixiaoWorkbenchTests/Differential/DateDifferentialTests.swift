import Foundation
import JixiaoEngine
import JixiaoTestSupport
import JixiaoWorkbench
import Testing

/// The date type against sqlite3's date functions over a table of random days (1900–2100, with
/// nulls, month ends and leap days made likely): parts through strftime, day differences through
/// julianday, day arithmetic through date(d, '+n days'), and comparisons, sorts, groups and
/// extremes, where ISO text in SQLite orders as the days do.
@Suite("dates agree with sqlite3's date functions")
struct DateDifferentialTests {
    static let cases: [WrittenQuery] = [
        (
            "d | select id, y = year(a), m = month(a), dd = day(a), q = quarter(a)",
            "SELECT id, CAST(strftime('%Y', a) AS INTEGER), CAST(strftime('%m', a) AS INTEGER), "
                + "CAST(strftime('%d', a) AS INTEGER), (CAST(strftime('%m', a) AS INTEGER) + 2) / 3 FROM d ORDER BY id",
            [("id", .integer), ("y", .integer), ("m", .integer), ("dd", .integer), ("q", .integer)], true
        ),
        (
            #"d | select id, days = date_diff("day", a, b), minus = b - a"#,
            "SELECT id, CAST(julianday(b) - julianday(a) AS INTEGER), CAST(julianday(b) - julianday(a) AS INTEGER) FROM d ORDER BY id",
            [("id", .integer), ("days", .integer), ("minus", .integer)], true
        ),
        (
            #"d | select id, months = date_diff("month", a, b), years = date_diff("year", a, b), quarters = date_diff("quarter", a, b)"#,
            "SELECT id, (CAST(strftime('%Y', b) AS INTEGER) * 12 + CAST(strftime('%m', b) AS INTEGER)) "
                + "- (CAST(strftime('%Y', a) AS INTEGER) * 12 + CAST(strftime('%m', a) AS INTEGER)), "
                + "CAST(strftime('%Y', b) AS INTEGER) - CAST(strftime('%Y', a) AS INTEGER), "
                + "(CAST(strftime('%Y', b) AS INTEGER) * 4 + (CAST(strftime('%m', b) AS INTEGER) - 1) / 3) "
                + "- (CAST(strftime('%Y', a) AS INTEGER) * 4 + (CAST(strftime('%m', a) AS INTEGER) - 1) / 3) FROM d ORDER BY id",
            [("id", .integer), ("months", .integer), ("years", .integer), ("quarters", .integer)], true
        ),
        (
            // Mondays crossed: each day's Monday is the day minus its weekday (strftime %w, Sunday 0).
            #"d | select id, weeks = date_diff("week", a, b)"#,
            "SELECT id, CAST((julianday(b) - ((CAST(strftime('%w', b) AS INTEGER) + 6) % 7) "
                + "- (julianday(a) - ((CAST(strftime('%w', a) AS INTEGER) + 6) % 7))) / 7 AS INTEGER) FROM d ORDER BY id",
            [("id", .integer), ("weeks", .integer)], true
        ),
        (
            "d | select id, later = a + n, earlier = a - n",
            "SELECT id, date(a, '+' || n || ' days'), date(a, '-' || n || ' days') FROM d ORDER BY id",
            [("id", .integer), ("later", .string), ("earlier", .string)], true
        ),
        (
            #"d | where a < b and a >= "2000-01-01" | select id, a, b"#,
            "SELECT id, a, b FROM d WHERE a < b AND a >= '2000-01-01' ORDER BY id",
            [("id", .integer), ("a", .string), ("b", .string)], true
        ),
        (
            #"d | where a between "1950-03-01" and "2050-02-28" or b in ("2000-02-29", "2024-02-29") | select id"#,
            "SELECT id FROM d WHERE a BETWEEN '1950-03-01' AND '2050-02-28' OR b IN ('2000-02-29', '2024-02-29') ORDER BY id",
            [("id", .integer)], true
        ),
        (
            "d | sort -a, id | select id, a",
            "SELECT id, a FROM d ORDER BY a IS NULL, a DESC, id",
            [("id", .integer), ("a", .string)], true
        ),
        (
            "d | group g | agg lo = min(a), hi = max(b), n = count(a), k = count_distinct(a)",
            "SELECT g, MIN(a), MAX(b), COUNT(a), COUNT(DISTINCT a) FROM d GROUP BY g",
            [("g", .string), ("lo", .string), ("hi", .string), ("n", .integer), ("k", .integer)], false
        ),
        (
            "d | group m = month(a) | agg n = count()",
            "SELECT CAST(strftime('%m', a) AS INTEGER), COUNT(*) FROM d GROUP BY 1",
            [("m", .integer), ("n", .integer)], false
        ),
        (
            "d | distinct b | select b",
            "SELECT DISTINCT b FROM d",
            [("b", .string)], false
        ),
        (
            "d | select id, a | join (d | select a, other = id) on a | select id, other",
            "SELECT l.id, r.id FROM d AS l JOIN d AS r ON l.a = r.a",
            [("id", .integer), ("other", .integer)], false
        ),
    ]

    /// Random days around the ones that catch mistakes: month ends, 29 February, 1 January.
    static func table(_ random: inout SplitMix) -> GeneratedTable {
        let lo = Int(CivilDay(year: 1900, month: 3, day: 1).days),
            hi = Int(CivilDay(year: 2100, month: 2, day: 28).days)
        func day() -> Value {
            if random.chance(0.1) { return .null }
            if random.chance(0.2) {
                let special = [
                    CivilDay(year: 2000, month: 2, day: 29), CivilDay(year: 2024, month: 2, day: 29),
                    CivilDay(year: 2023, month: 12, day: 31), CivilDay(year: 2024, month: 1, day: 1),
                    CivilDay(year: 1969, month: 12, day: 31), CivilDay(year: 1970, month: 1, day: 1),
                ]
                return .date(random.pick(special).days)
            }
            return .date(Int32(random.int(lo...hi)))
        }
        var rows: [[Value]] = []
        for id in 1...300 {
            rows.append([
                .integer(Int64(id)), day(), day(), .integer(Int64(random.int(0...800))),
                .string(random.pick(["甲", "乙", "丙"])),
            ])
        }
        return GeneratedTable(
            name: "d",
            columns: [
                GeneratedColumn(name: "id", kind: .integer), GeneratedColumn(name: "a", kind: .string),
                GeneratedColumn(name: "b", kind: .string), GeneratedColumn(name: "n", kind: .integer),
                GeneratedColumn(name: "g", kind: .string),
            ],
            rows: rows)
    }

    @Test("each date query gives the rows sqlite3 gives")
    func dateQueriesAgreeWithSQLite() throws {
        var random = SplitMix(seed: DifferentialTests.seed)
        let generated = Self.table(&random)
        // The generator knows no date kind: a and b are dates here and ISO text for sqlite3.
        let types: [DataType] = [.integer, .date, .date, .integer, .string]
        var builders = types.map { ColumnBuilder(type: $0) }
        for row in generated.rows { for (c, v) in row.enumerated() { builders[c].append(v) } }
        let table = Table(
            fields: generated.columns.map { Field($0.name) }, columns: builders.map { $0.build() },
            rowCount: generated.rows.count)
        #expect(table.columns[1].type == .date)
        try WrittenQueries.expectAgreement(Self.cases, tables: ["d": table], setup: generated.sqlScript)
    }
}
