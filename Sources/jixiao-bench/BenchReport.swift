import Foundation

/// `jixiao-bench report …`: joins jixiao's timings with sqlite3's and DuckDB's output into the
/// one table the README shows, with the ratio of each engine to jixiao per step and the peak
/// memory of each.
struct BenchReport {
    struct Step {
        var name: String
        var jixiao: Double
        var jixiaoPeakKiB: Int
        var rows: Int
        var sqlite: Double?
        var duckdb: Double?
    }

    let jixiaoLines: String
    let sqliteOutput: String
    let duckdbOutput: String
    let sqlitePeakKiB: Int
    let duckdbPeakKiB: Int
    let jixiaoPeakKiB: Int
    let startupMilliseconds: Double
    let csvBytes: Int

    func render() -> String {
        let sqlite = Self.parse(sqliteOutput)
        let duckdb = Self.parse(duckdbOutput)
        var steps: [Step] = []
        for line in jixiaoLines.split(separator: "\n") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 4 else { continue }
            steps.append(
                Step(
                    name: f[0], jixiao: Double(f[1]) ?? .nan, jixiaoPeakKiB: Int(f[2]) ?? 0,
                    rows: Int(f[3]) ?? 0, sqlite: sqlite.times[f[0]], duckdb: duckdb.times[f[0]]))
        }
        // Resetting the peak per step also resets what /usr/bin/time reports, so take the larger.
        let jixiaoPeakKiB = max(self.jixiaoPeakKiB, steps.map(\.jixiaoPeakKiB).max() ?? 0)
        var out =
            "| step | jixiao | sqlite3 | DuckDB | sqlite3 ÷ jixiao | DuckDB ÷ jixiao | jixiao peak RSS | result rows |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for s in steps {
            let ratio = { (other: Double?) in other.map { String(format: "%.1f×", $0 / s.jixiao) } ?? "—" }
            // A result row count an engine disagrees on is shown beside jixiao's.
            var rows = "\(s.rows)"
            for (engine, counts) in [("sqlite3", sqlite.rows), ("DuckDB", duckdb.rows)] {
                if let n = counts[s.name], n != s.rows { rows += " (\(engine): \(n))" }
            }
            out += "| \(s.name) | \(Self.seconds(s.jixiao)) | \(s.sqlite.map(Self.seconds) ?? "—") | "
            out += "\(s.duckdb.map(Self.seconds) ?? "—") | \(ratio(s.sqlite)) | \(ratio(s.duckdb)) | "
            out += "\(Self.mib(s.jixiaoPeakKiB)) | \(rows) |\n"
        }
        let csv = Double(max(csvBytes, 1))
        out += "\nCSV files: \(Self.mib(csvBytes / 1024)); peak RSS of the whole run: jixiao \(Self.mib(jixiaoPeakKiB))"
        out += String(format: " (%.2f× the CSV size)", Double(jixiaoPeakKiB) * 1024 / csv)
        out += ", sqlite3 \(Self.mib(sqlitePeakKiB))" + String(format: " (%.2f×)", Double(sqlitePeakKiB) * 1024 / csv)
        out += ", DuckDB \(Self.mib(duckdbPeakKiB))" + String(format: " (%.2f×)\n", Double(duckdbPeakKiB) * 1024 / csv)
        if let load = steps.first(where: { $0.name == "load" }),
            let open = steps.first(where: { $0.name == "snapshot open" })
        {
            out += String(format: "snapshot open ÷ CSV load: %.3f (bar: at most 0.1)\n", open.jixiao / load.jixiao)
        }
        out += String(
            format: "jixiao start to first prompt with the bundled Datasets/ (`jixiao -c ''`, median): %.0f ms\n",
            startupMilliseconds)
        return out
    }

    /// From a SQL shell's output: the median `Run Time … real` per query, the row count printed
    /// after `@rows`, and the load, either the time between two `@clock` lines (sqlite3, whose
    /// load is several statements) or the sum of the timings after `@load` (DuckDB's two COPYs).
    static func parse(_ output: String) -> (times: [String: Double], rows: [String: Int]) {
        var clocks: [Double] = []
        var current: String?
        var times: [String: [Double]] = [:]
        var rows: [String: Int] = [:]
        var rowsNext = false
        for line in output.split(separator: "\n") {
            if line.hasPrefix("@clock") {
                clocks.append(Double(line.split(separator: "\t").last ?? "") ?? .nan)
            } else if line.hasPrefix("@query ") {
                current = String(line.dropFirst(7))
            } else if line == "@load" {
                current = "load"
            } else if line == "@rows" {
                rowsNext = true
            } else if rowsNext, let current, let n = Int(line.trimmingCharacters(in: .whitespaces)) {
                rows[current] = n
                rowsNext = false
            } else if line.hasPrefix("Run Time"), let current, let real = line.range(of: "real ") {
                let value = line[real.upperBound...].split(separator: " ").first.flatMap { Double($0) } ?? .nan
                times[current, default: []].append(value)
            }
        }
        var result = times.mapValues(median)
        if let load = times["load"] { result["load"] = load.reduce(0, +) }
        if clocks.count >= 2 { result["load"] = clocks[1] - clocks[0] }
        return (result, rows)
    }

    static func seconds(_ s: Double) -> String { s < 0.01 ? String(format: "%.4f s", s) : String(format: "%.3f s", s) }
    static func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }
}
