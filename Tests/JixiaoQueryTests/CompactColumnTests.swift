import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import Testing

/// Columns of integers and decimals kept in 32 bits (`CompactNumbers`) and text with one- or
/// two-byte codes (`NarrowCodes`), what the CSV reader stores when the values fit, must answer
/// every query exactly as plain storage: the same rows, types, group order and float bits.
@Suite struct CompactColumnTests {
    /// `items`: 5,000 rows (more than two batches) of ids, years, a key, decimals of one to three
    /// places with nulls, and a project id; `projects`: one row per project with a budget.
    static func plainTables() -> [String: Table] {
        let rows = 5_000
        var random: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: UInt64) -> UInt64 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (random >> 17) % n
        }
        var id = ColumnBuilder(type: .integer), year = ColumnBuilder(type: .integer)
        var dept = ColumnBuilder(type: .string), project = ColumnBuilder(type: .integer)
        var weight = ColumnBuilder(type: .double), score = ColumnBuilder(type: .double)
        var actual = ColumnBuilder(type: .double), target = ColumnBuilder(type: .double)
        var note = ColumnBuilder(type: .string)
        for r in 0..<rows {
            note.append(string: next(11) == 0 ? nil : "备注\(next(1_500))")
            id.append(integer: Int64(r + 1))
            year.append(integer: 2019 + Int64(next(7)))
            dept.append(string: "部门\(next(37))")
            project.append(integer: Int64(next(400)) + 1)
            weight.append(double: Double(next(2_000)) / 100)
            score.append(double: next(13) == 0 ? nil : Double(Int64(next(30_000)) - 5_000) / 1_000)
            actual.append(double: next(9) == 0 ? nil : Double(next(2_000)) / 10)
            target.append(double: Double(next(20_000)) / 100)
        }
        let items = Table([
            ("id", id.build()), ("year", year.build()), ("dept", dept.build()), ("project_id", project.build()),
            ("weight", weight.build()), ("score", score.build()), ("actual", actual.build()),
            ("target", target.build()), ("note", note.build()),
        ])
        var key = ColumnBuilder(type: .integer), budget = ColumnBuilder(type: .double)
        for p in 1...400 {
            key.append(integer: Int64(p))
            budget.append(double: Double(p * 37 % 1_000) * 12.5)
        }
        return ["items": items, "projects": Table([("project_id", key.build()), ("budget", budget.build())])]
    }

    static func compacted(_ tables: [String: Table]) -> [String: Table] {
        tables.mapValues { t in Table(fields: t.fields, columns: t.columns.map(\.compacted), rowCount: t.rowCount) }
    }

    static func run(_ source: String, over tables: [String: Table]) throws -> Table {
        let statements = try Parser.jixiao.parseStatements(source)
        guard let first = statements.first, case .pipeline(let pipeline) = first.kind else {
            throw Diagnostic("not a pipeline", at: SourceSpan(at: .start))
        }
        let planner = Planner(source: source, variables: [:], context: ExecutionContext()) { name in
            guard let table = tables[name.name] else { throw Diagnostic("no table \(name.name)", at: name.span) }
            return table
        }
        return try planner.run(pipeline).table
    }

    /// Every cell with its column's name and type; doubles by their bits.
    static func cells(_ t: Table) -> [String] {
        zip(t.fields, t.columns).map { field, column in
            "\(field.name): \(column.type) "
                + (0..<column.count).map { row -> String in
                    switch column[row] {
                    case .double(let d): return "d\(d.bitPattern)"
                    case let v: return "\(v)"
                    }
                }.joined(separator: ",")
        }
    }

    @Test func theTestColumnsReallyAreCompact() {
        let tables = Self.compacted(Self.plainTables())
        for column in tables["items"]!.columns {
            switch column.data {
            case .compact: break
            case .narrowString(.bytes, _): #expect(column.dictionary!.count <= 256)
            case .narrowString(.pairs, _): #expect(column.dictionary!.count > 256)
            default: Issue.record("a \(column.type) column stayed plain")
            }
        }
    }

    @Test(arguments: [
        "items | where score < weight | agg n = count()",
        "items | where actual < target and year = 2022 | agg n = count(), s = sum(score)",
        "items | where score >= 2.5 and id <= 4000 and weight != 3 | agg n = count(), a = avg(actual)",
        "items | where score > actual * 0.1 or dept = \"部门3\" | agg n = count()",
        "items | group dept | agg n = count(), w = sum(weight), r = avg(score / weight), lo = min(score), hi = max(actual), m = median(score)",
        "items | group year, dept | agg s = sum(id), n = count(actual), sd = stddev(target)",
        "items | group weight | agg n = count() | sort -n, weight | take 30",
        "items | sort -score, id | take 50",
        "items | top 3 by actual per year",
        "items | derive r = rank() per dept by -score | where r <= 2 | sort dept, r, id",
        "items | derive t = sum(weight) per dept by id | where id % 500 = 0",
        "items | join projects on project_id | group dept | agg b = sum(budget), n = count() | sort -b",
        "items | derive g = abs(actual - target), y = year + 1, neg = -score, q = round(score, 1) | take 40",
        "items | where actual in (1.5, 20, 30) | select id, actual",
        "items | select id, score | append (items | select id, weight) | where id < 20",
        "items | distinct year",
        "items | pivot year agg sum(weight) by dept",
        "items | where note = \"备注7\" or dept = \"部门5\" | select id, note, dept",
        "items | where note > \"备注9\" and dept != \"部门1\" | agg n = count()",
        "items | group note | agg n = count(), s = sum(score) | sort -n, note | take 20",
        "items | sort note, -id | take 30",
        "items | derive r = rank() per note by -score | derive d = row_number() per year by note | where id < 60",
        "items | derive u = upper(note), c = note contains \"99\", l = len(dept) | where c",
        "items | where dept in (\"部门2\", \"部门9\") or note in (\"备注3\", \"备注30\") | select id",
        "items | group dept | agg first = min(note), last = max(note)",
        "items | join (items | group note | agg k = count()) on note | group dept | agg s = sum(k)",
    ])
    func compactColumnsGiveTheSameAnswersAsPlainOnes(_ query: String) throws {
        let plain = try Self.run(query, over: Self.plainTables())
        let compact = try Self.run(query, over: Self.compacted(Self.plainTables()))
        #expect(plain.rowCount > 0, "the query should return rows")
        #expect(Self.cells(compact) == Self.cells(plain))
    }
}
