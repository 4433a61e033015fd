/// The script `Scripts/bench` feeds to `sqlite3 :memory:`: typed tables, `.import` of the same
/// CSV files, empty cells made null in one pass per table, then every query `runs` times under
/// `.timer on`. Lines starting with `@` mark what the following timings belong to.
enum SQLiteScript {
    static let projectsTable = """
        CREATE TABLE projects (project_id INTEGER PRIMARY KEY, source TEXT, doc_kind TEXT, year INTEGER,
          region TEXT, department TEXT, department_code TEXT, unit TEXT, name TEXT, attribute TEXT, period TEXT,
          contact TEXT, budget_total REAL, budget_fiscal REAL, budget_initial REAL, budget_full_year REAL,
          executed REAL, execution_rate REAL, execution_score REAL, score_total REAL, grade TEXT, goal TEXT,
          outcome TEXT, indicator_count INTEGER);
        """
    static let indicatorsTable = """
        CREATE TABLE indicators (indicator_id INTEGER, project_id INTEGER, year INTEGER, region TEXT,
          department TEXT, project TEXT, level1 TEXT, level2 TEXT, name TEXT, op TEXT, target_text TEXT,
          target REAL, unit TEXT, weight REAL, direction TEXT, actual_text TEXT, actual REAL, score REAL,
          deviation TEXT, completion REAL, status TEXT, met TEXT, score_rate REAL);
        """
    static let projectsNullable = [
        "budget_total", "budget_fiscal", "budget_initial", "budget_full_year", "executed",
        "execution_rate", "execution_score", "score_total", "grade", "outcome",
    ]
    static let indicatorsNullable = [
        "op", "target", "unit", "direction", "actual_text", "actual", "score",
        "deviation", "completion", "status", "met", "score_rate",
    ]

    /// A line that prints `@clock <seconds since 1970>` from inside sqlite3, to time the load.
    static let clock = "SELECT '@clock', (julianday('now') - 2440587.5) * 86400.0;"

    static func text(directory: String, runs: Int) -> String {
        var lines = [
            ".mode tabs", ".headers off", clock, projectsTable, indicatorsTable,
            ".import --csv --skip 1 \(directory)/projects.csv projects",
            ".import --csv --skip 1 \(directory)/indicators.csv indicators",
            nulling("projects", projectsNullable), nulling("indicators", indicatorsNullable), clock,
            ".timer on",
        ]
        for query in BenchQuery.all {
            lines.append(".print @query \(query.name)")
            for _ in 0..<runs { lines.append(query.sql) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One UPDATE that turns every empty cell of the nullable columns into null.
    static func nulling(_ table: String, _ columns: [String]) -> String {
        "UPDATE \(table) SET " + columns.map { "\($0) = NULLIF(\($0), '')" }.joined(separator: ", ") + ";"
    }
}
