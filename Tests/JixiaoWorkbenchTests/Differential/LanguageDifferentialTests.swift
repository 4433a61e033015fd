import Foundation
import JixiaoTestSupport
import JixiaoWorkbench
import Testing

/// Written-out queries for the later parts of the language — case, every join kind, append,
/// the text functions — run in jixiao and in sqlite3 over the random tables, which must agree.
/// Each case names its columns (name and kind) as jixiao prints them.
@Suite("the language's later verbs and functions agree with sqlite3")
struct LanguageDifferentialTests {
    static let cases: [WrittenQuery] = [
        // case … end: the first true branch, null conditions count as false, else or null.
        (
            #"t1 | select id, c = case when a > 10 then "hi" when a < -10 then "lo" else "mid" end"#,
            #"SELECT id, CASE WHEN a > 10 THEN 'hi' WHEN a < -10 THEN 'lo' ELSE 'mid' END FROM t1 ORDER BY rowid"#,
            [("id", .integer), ("c", .string)], true
        ),
        (
            "t1 | select id, c = case when b > 0 then a when b < 0 then x end",
            "SELECT id, CASE WHEN b > 0 THEN a WHEN b < 0 THEN x END FROM t1 ORDER BY rowid",
            [("id", .integer), ("c", .double)], true
        ),
        (
            "t1 | group g | agg n = count(), big = sum(case when a > 0 then 1 else 0 end)",
            "SELECT g, COUNT(*), SUM(CASE WHEN a > 0 THEN 1 ELSE 0 END) FROM t1 GROUP BY g",
            [("g", .string), ("n", .integer), ("big", .integer)], false
        ),
        // Joins of every kind; on a shared name the key appears once, coalesced in right/full.
        (
            "t1 | select id, k, a | join right t2 on k",
            #"SELECT l.id, COALESCE(l.k, r.k), l.a, r.label, r.v, r.a FROM (SELECT id, k, a FROM t1) AS l RIGHT JOIN t2 AS r ON l.k = r.k"#,
            [
                ("id", .integer), ("k", .integer), ("a", .integer), ("label", .string), ("v", .double),
                ("t2.a", .integer),
            ], false
        ),
        (
            "t1 | select id, k, a | join full t2 on k",
            #"SELECT l.id, COALESCE(l.k, r.k), l.a, r.label, r.v, r.a FROM (SELECT id, k, a FROM t1) AS l FULL JOIN t2 AS r ON l.k = r.k"#,
            [
                ("id", .integer), ("k", .integer), ("a", .integer), ("label", .string), ("v", .double),
                ("t2.a", .integer),
            ], false
        ),
        (
            "t1 | select id, a | join full (t2 | where v > 0) on a = k",
            #"SELECT l.id, l.a, r.k, r.label, r.v, r.a FROM (SELECT id, a FROM t1) AS l FULL JOIN (SELECT * FROM t2 WHERE v > 0) AS r ON l.a = r.k"#,
            [
                ("id", .integer), ("a", .integer), ("k", .integer), ("label", .string), ("v", .double),
                ("t2.a", .integer),
            ], false
        ),
        (
            "t1 | join semi t2 on k | select id, k, g",
            "SELECT id, k, g FROM t1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.k = t1.k) ORDER BY rowid",
            [("id", .integer), ("k", .integer), ("g", .string)], true
        ),
        (
            "t1 | join anti (t2 | where v > 0) on k | select id, k",
            "SELECT id, k FROM t1 WHERE NOT EXISTS (SELECT 1 FROM t2 WHERE t2.k = t1.k AND t2.v > 0) ORDER BY rowid",
            [("id", .integer), ("k", .integer)], true
        ),
        (
            "t1 | join semi t2 on a = k | agg n = count(), s = sum(x)",
            "SELECT COUNT(*), SUM(x) FROM t1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.k = t1.a)",
            [("n", .integer), ("s", .double)], true
        ),
        // append: by column name, missing columns null, integers widen to decimals.
        (
            "t1 | select k, a | append (t2 | select k, a, v)",
            "SELECT k, a, NULL FROM t1 UNION ALL SELECT k, a, v FROM t2",
            [("k", .integer), ("a", .integer), ("v", .double)], false
        ),
        (
            "t1 | select k, x = a | append (t2 | select x = v, k) | group k | agg n = count(), total = sum(x)",
            "SELECT k, COUNT(*), SUM(x) FROM (SELECT k, a AS x FROM t1 UNION ALL SELECT k, v AS x FROM t2) GROUP BY k",
            [("k", .integer), ("n", .integer), ("total", .double)], false
        ),
        // Text: replace, concat (nulls skipped) and || (null when a side is), position, prefixes.
        (
            #"t1 | select id, r = replace(g, "a", "X"), c = concat(g, "-", s), j = g || s"#,
            #"SELECT id, replace(g, 'a', 'X'), COALESCE(g, '') || '-' || COALESCE(s, ''), g || s FROM t1 ORDER BY rowid"#,
            [("id", .integer), ("r", .string), ("c", .string), ("j", .string)], true
        ),
        (
            #"t1 | where starts_with(g, "B") or ends_with(g, "e") | select id, g, p = strpos(g, "p")"#,
            #"SELECT id, g, instr(g, 'p') FROM t1 WHERE substr(g, 1, 1) = 'B' OR substr(g, -1, 1) = 'e' ORDER BY rowid"#,
            [("id", .integer), ("g", .string), ("p", .integer)], true
        ),
        // Windowed derive: ranks, row numbers, buckets, lag and lead with defaults, running and
        // partition aggregates — SQL's window functions with NULLS LAST, rows in their order.
        (
            "t1 | derive r = rank(), d = dense_rank(), p = percent_rank() per g by -a | select id, g, a, r, d, p",
            "SELECT id, g, a, RANK() OVER w, DENSE_RANK() OVER w, PERCENT_RANK() OVER w FROM t1 "
                + "WINDOW w AS (PARTITION BY g ORDER BY a DESC NULLS LAST) ORDER BY rowid",
            [("id", .integer), ("g", .string), ("a", .integer), ("r", .integer), ("d", .integer), ("p", .double)], true
        ),
        (
            "t1 | derive n = row_number(), q = ntile(3) per k by a, id | select id, n, q",
            "SELECT id, ROW_NUMBER() OVER w, NTILE(3) OVER w FROM t1 WINDOW w AS (PARTITION BY k ORDER BY a NULLS LAST, id) ORDER BY rowid",
            [("id", .integer), ("n", .integer), ("q", .integer)], true
        ),
        (
            "t1 | derive before = lag(a, 1, -1), after = lead(x, 2), back = lag(s) per g by id | select id, before, after, back",
            "SELECT id, LAG(a, 1, -1) OVER w, LEAD(x, 2) OVER w, LAG(s) OVER w FROM t1 WINDOW w AS (PARTITION BY g ORDER BY id) ORDER BY rowid",
            [("id", .integer), ("before", .integer), ("after", .double), ("back", .string)], true
        ),
        (
            "t1 | derive total = sum(a), n = count(), seen = count(x), top = max(a), low = min(s) per g | select id, total, n, seen, top, low",
            "SELECT id, SUM(a) OVER w, COUNT(*) OVER w, COUNT(x) OVER w, MAX(a) OVER w, MIN(s) OVER w FROM t1 "
                + "WINDOW w AS (PARTITION BY g) ORDER BY rowid",
            [
                ("id", .integer), ("total", .integer), ("n", .integer), ("seen", .integer), ("top", .integer),
                ("low", .string),
            ], true
        ),
        (
            "t1 | derive fraction = x / sum(x) per k | select id, fraction",
            "SELECT id, 1.0 * x / SUM(x) OVER (PARTITION BY k) FROM t1 ORDER BY rowid",
            [("id", .integer), ("fraction", .double)], true
        ),
        (
            "t1 | derive running = sum(a), mean = avg(x), n = count(a), top = max(x) per g by k | select id, running, mean, n, top",
            "SELECT id, SUM(a) OVER w, AVG(x) OVER w, COUNT(a) OVER w, MAX(x) OVER w FROM t1 "
                + "WINDOW w AS (PARTITION BY g ORDER BY k NULLS LAST) ORDER BY rowid",
            [("id", .integer), ("running", .integer), ("mean", .double), ("n", .integer), ("top", .double)], true
        ),
        (
            "t1 | derive r = rank() by -x | where r <= 5 | select id, x, r",
            "SELECT id, x, r FROM (SELECT id, x, RANK() OVER (ORDER BY x DESC NULLS LAST) AS r, rowid AS o FROM t1) WHERE r <= 5 ORDER BY o",
            [("id", .integer), ("x", .double), ("r", .integer)], true
        ),
        // Dates as ISO text: differences in days and months, and their parts, as SQLite counts them.
        (
            #"t1 | select id, days = date_diff("day", "2020-02-01", if(a > 0, "2020-03-01", "2021-03-01")), m = month(if(b > 0, "2022-08-31", "2022-01-01"))"#,
            "SELECT id, CAST(julianday(CASE WHEN a > 0 THEN '2020-03-01' ELSE '2021-03-01' END) - julianday('2020-02-01') AS INTEGER), "
                + "CAST(strftime('%m', CASE WHEN b > 0 THEN '2022-08-31' ELSE '2022-01-01' END) AS INTEGER) FROM t1 ORDER BY rowid",
            [("id", .integer), ("days", .integer), ("m", .integer)], true
        ),
    ]

    @Test("each written-out query gives the rows sqlite3 gives")
    func writtenQueriesAgreeWithSQLite() throws {
        var random = SplitMix(seed: DifferentialTests.seed)
        let tables = DifferentialData.tables(&random)
        try WrittenQueries.expectAgreement(
            Self.cases, tables: Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0.table) }),
            setup: tables.map(\.sqlScript).joined(separator: "\n"))
    }
}
