/// The generated tables' columns and their types, written once for the scripts of both SQL
/// engines (each spells the types its own way), with the columns whose empty cells mean null.
enum BenchSchema {
    enum Kind { case integer, real, text }

    static let projects: [(name: String, kind: Kind)] = [
        ("project_id", .integer), ("source", .text), ("doc_kind", .text), ("year", .integer), ("region", .text),
        ("department", .text), ("department_code", .text), ("unit", .text), ("name", .text), ("attribute", .text),
        ("period", .text), ("contact", .text), ("budget_total", .real), ("budget_fiscal", .real),
        ("budget_initial", .real), ("budget_full_year", .real), ("executed", .real), ("execution_rate", .real),
        ("execution_score", .real), ("score_total", .real), ("grade", .text), ("goal", .text), ("outcome", .text),
        ("indicator_count", .integer),
    ]
    static let indicators: [(name: String, kind: Kind)] = [
        ("indicator_id", .integer), ("project_id", .integer), ("year", .integer), ("region", .text),
        ("department", .text), ("project", .text), ("level1", .text), ("level2", .text), ("name", .text),
        ("op", .text), ("target_text", .text), ("target", .real), ("unit", .text), ("weight", .real),
        ("direction", .text), ("actual_text", .text), ("actual", .real), ("score", .real), ("deviation", .text),
        ("completion", .real), ("status", .text), ("met", .text), ("score_rate", .real),
    ]
    static let projectsNullable = [
        "budget_total", "budget_fiscal", "budget_initial", "budget_full_year", "executed",
        "execution_rate", "execution_score", "score_total", "grade", "outcome",
    ]
    static let indicatorsNullable = [
        "op", "target", "unit", "direction", "actual_text", "actual", "score",
        "deviation", "completion", "status", "met", "score_rate",
    ]

    /// `CREATE TABLE name (…)` with each kind spelled by `spell`; `primaryKey` marks the first column.
    static func create(
        _ table: String, _ columns: [(name: String, kind: Kind)], primaryKey: Bool, _ spell: (Kind) -> String
    ) -> String {
        let list = columns.enumerated().map { i, c in
            "\(c.name) \(spell(c.kind))" + (i == 0 && primaryKey ? " PRIMARY KEY" : "")
        }
        return "CREATE TABLE \(table) (\(list.joined(separator: ", ")));"
    }

    /// The statement that keeps a query's result as table `r` without printing it, in every engine.
    static func materialised(_ sql: String) -> String { "CREATE TEMP TABLE r AS \(sql);" }
}
