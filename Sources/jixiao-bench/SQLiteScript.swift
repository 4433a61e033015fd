/// The script `Scripts/bench` feeds to `sqlite3 :memory:`: typed tables, `.import` of the same
/// CSV files, empty cells made null in one pass per table, then every query `runs` times under
/// `.timer on`, each result kept as a temporary table rather than printed. Lines starting with
/// `@` mark what the following timings belong to.
enum SQLiteScript {
    /// A line that prints `@clock <seconds since 1970>` from inside sqlite3, to time the load.
    static let clock = "SELECT '@clock', (julianday('now') - 2440587.5) * 86400.0;"

    static func text(directory: String, runs: Int) -> String {
        let spell = { (kind: BenchSchema.Kind) -> String in
            switch kind {
            case .integer: "INTEGER"
            case .real: "REAL"
            case .text: "TEXT"
            }
        }
        var lines = [
            ".mode tabs", ".headers off", clock,
            BenchSchema.create("projects", BenchSchema.projects, primaryKey: true, spell),
            BenchSchema.create("indicators", BenchSchema.indicators, primaryKey: false, spell),
            ".import --csv --skip 1 \(directory)/projects.csv projects",
            ".import --csv --skip 1 \(directory)/indicators.csv indicators",
            nulling("projects", BenchSchema.projectsNullable), nulling("indicators", BenchSchema.indicatorsNullable),
            clock,
        ]
        for query in BenchQuery.all {
            lines.append(".print @query \(query.name)")
            for _ in 0..<runs {
                // Dropping the last result is not part of the query's time.
                lines += [".timer off", "DROP TABLE IF EXISTS r;", ".timer on", BenchSchema.materialised(query.sql)]
            }
            lines += [".timer off", ".print @rows", "SELECT count(*) FROM r;"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One UPDATE that turns every empty cell of the nullable columns into null.
    static func nulling(_ table: String, _ columns: [String]) -> String {
        "UPDATE \(table) SET " + columns.map { "\($0) = NULLIF(\($0), '')" }.joined(separator: ", ") + ";"
    }
}
