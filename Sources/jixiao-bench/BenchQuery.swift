/// The benchmark's questions, each written once in jixiao's language and once in SQL (without a
/// closing semicolon: the scripts wrap it to keep the result), so every engine answers the same
/// thing over the same data.
struct BenchQuery {
    let name: String
    let jixiao: String
    let sql: String

    static let years = 2019...2025

    static let all: [BenchQuery] = [
        BenchQuery(
            name: "Q1 filtered count",
            jixiao: #"indicators | where level1 = "产出指标" and op = "≥" and actual < target | agg n = count()"#,
            sql: "SELECT count(*) AS n FROM indicators WHERE level1 = '产出指标' AND op = '≥' AND actual < target"),
        BenchQuery(
            name: "Q2 by department",
            jixiao: "indicators | group department | agg n = count(), rate = avg(score / weight), weight = sum(weight)",
            sql:
                "SELECT department, count(*) AS n, avg(score / weight) AS rate, sum(weight) AS weight FROM indicators GROUP BY department"
        ),
        BenchQuery(
            name: "Q2b by level2",
            jixiao: "indicators | group level2 | agg n = count(), rate = avg(score / weight), weight = sum(weight)",
            sql:
                "SELECT level2, count(*) AS n, avg(score / weight) AS rate, sum(weight) AS weight FROM indicators GROUP BY level2"
        ),
        BenchQuery(
            name: "Q3 year × level2",
            jixiao: "indicators | group year, level2 | agg n = count(), completion = avg(completion)",
            sql:
                "SELECT year, level2, count(*) AS n, avg(completion) AS completion FROM indicators GROUP BY year, level2"
        ),
        BenchQuery(
            name: "Q4 pivot years",
            jixiao: "projects | pivot year agg sum(executed) by region",
            sql: "SELECT region, "
                + years.map { "sum(CASE WHEN year = \($0) THEN executed END) AS \"\($0)\"" }.joined(separator: ", ")
                + " FROM projects GROUP BY region"),
        BenchQuery(
            name: "Q5 join, top 20",
            jixiao:
                "indicators | join projects on project_id | group department | agg budget = sum(budget_total), n = count() | sort -budget | take 20",
            sql:
                "SELECT i.department, sum(p.budget_total) AS budget, count(*) AS n FROM indicators i JOIN projects p ON p.project_id = i.project_id GROUP BY i.department ORDER BY budget DESC LIMIT 20"
        ),
        BenchQuery(
            name: "Q6 top 100 scores",
            jixiao: "indicators | sort -score | take 100",
            sql: "SELECT * FROM indicators ORDER BY score DESC NULLS LAST LIMIT 100"),
        // The rank column is materialised with the row's key: jixiao's result keeps every column
        // of `indicators` by reference and adds `r`, which SQL engines would have to copy.
        BenchQuery(
            name: "Q7 rank per department",
            jixiao: "indicators | derive r = rank() per department by -score",
            sql:
                "SELECT indicator_id, rank() OVER (PARTITION BY department ORDER BY score DESC NULLS LAST) AS r FROM indicators"
        ),
    ]
}
