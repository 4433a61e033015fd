/// The script `Scripts/bench` feeds to the DuckDB shell (an in-memory database, every core, its
/// default): the same typed tables loaded from the same CSV files with `COPY` (empty cells are
/// null), then every query `runs` times under `.timer on`, each result materialised as a
/// temporary table and not printed, as for sqlite3. Lines starting with `@` mark what the
/// following timings belong to; the load is the sum of the two `COPY` timings.
enum DuckDBScript {
    static func text(directory: String, runs: Int) -> String {
        let spell = { (kind: BenchSchema.Kind) -> String in
            switch kind {
            case .integer: "BIGINT"
            case .real: "DOUBLE"
            case .text: "VARCHAR"
            }
        }
        var lines = [
            ".mode tabs", ".headers off",
            // No key: sqlite3's INTEGER PRIMARY KEY is its row id and free, DuckDB's would be an index.
            BenchSchema.create("projects", BenchSchema.projects, primaryKey: false, spell),
            BenchSchema.create("indicators", BenchSchema.indicators, primaryKey: false, spell),
            ".timer on", ".print @load",
            "COPY projects FROM '\(directory)/projects.csv' (HEADER true, DELIMITER ',');",
            "COPY indicators FROM '\(directory)/indicators.csv' (HEADER true, DELIMITER ',');",
        ]
        for query in BenchQuery.all {
            lines.append(".print @query \(query.name)")
            for _ in 0..<runs {
                lines += [
                    ".timer off", "DROP TABLE IF EXISTS r;", ".timer on", BenchSchema.materialised(query.sql),
                ]
            }
            lines += [".timer off", ".print @rows", "SELECT count(*) FROM r;", ".timer on"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
