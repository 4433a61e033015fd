import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery

/// Two small tables, `items` and `groups`, and a planner over them: enough to see what binding,
/// pruning and running do without loading a document.
struct PlanFixture {
    let tables: [String: Table]

    init() {
        var id = ColumnBuilder(type: .integer), group = ColumnBuilder(type: .string)
        var weight = ColumnBuilder(type: .double), note = ColumnBuilder(type: .string)
        var year = ColumnBuilder(type: .integer)
        for (i, row) in [("a", 10.0, 2022), ("a", 20.0, 2024), ("b", 5.0, 2022), ("c", 1.0, 2024)].enumerated() {
            id.append(integer: Int64(i + 1))
            group.append(string: row.0)
            weight.append(double: row.1)
            note.append(string: "note \(i)")
            year.append(integer: Int64(row.2))
        }
        let items = Table(
            fields: [
                Field("id"), Field("group_name", aliases: ["分组"]), Field("weight", aliases: ["权重"]),
                Field("note"), Field("year"),
            ],
            columns: [id.build(), group.build(), weight.build(), note.build(), year.build()])
        var key = ColumnBuilder(type: .string), title = ColumnBuilder(type: .string),
            budget = ColumnBuilder(type: .double)
        var extra = ColumnBuilder(type: .string)
        for (k, t, b) in [("a", "Alpha", 100.0), ("b", "Beta", 50.0)] {
            key.append(string: k)
            title.append(string: t)
            budget.append(double: b)
            extra.append(string: "x")
        }
        let groups = Table(
            fields: [Field("group_name"), Field("title"), Field("budget_total"), Field("extra")],
            columns: [key.build(), title.build(), budget.build(), extra.build()])
        tables = ["items": items, "groups": groups]
    }

    func planner(_ source: String) -> Planner {
        Planner(source: source, variables: [:], context: ExecutionContext()) { name in
            guard let table = tables[name.name] else {
                throw Diagnostic.unknown("table", name.name, at: name.span, among: tables.keys.sorted())
            }
            return table
        }
    }

    func pipeline(_ source: String) throws -> Pipeline {
        let statements = try Parser.jixiao.parseStatements(source)
        guard let first = statements.first, case .pipeline(let pipeline) = first.kind else {
            throw Diagnostic("not a pipeline", at: SourceSpan(at: .start))
        }
        return pipeline
    }

    func plan(_ source: String) throws -> Plan {
        try planner(source).plan(try pipeline(source))
    }

    func run(_ source: String) throws -> Table {
        try planner(source).run(try pipeline(source)).table
    }

    func explain(_ source: String) throws -> String {
        try planner(source).explain(try pipeline(source))
    }
}
