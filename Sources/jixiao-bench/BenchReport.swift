import Foundation

/// `jixiao-bench report …`: joins jixiao's timings with sqlite3's output into the one table the
/// README shows, with the ratio per step and the peak memory of each.
struct BenchReport {
    struct Step { var name: String; var jixiao: Double; var jixiaoPeakKiB: Int; var rows: Int; var sqlite: Double? }

    let jixiaoLines: String
    let sqliteOutput: String
    let sqlitePeakKiB: Int
    let jixiaoPeakKiB: Int
    let startupMilliseconds: Double
    let csvBytes: Int

    func render() -> String {
        let sqlite = parseSQLite()
        var steps: [Step] = []
        for line in jixiaoLines.split(separator: "\n") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 4 else { continue }
            steps.append(
                Step(
                    name: f[0], jixiao: Double(f[1]) ?? .nan, jixiaoPeakKiB: Int(f[2]) ?? 0,
                    rows: Int(f[3]) ?? 0, sqlite: sqlite[f[0]]))
        }
        // Resetting the peak per step also resets what /usr/bin/time reports, so take the larger.
        let jixiaoPeakKiB = max(self.jixiaoPeakKiB, steps.map(\.jixiaoPeakKiB).max() ?? 0)
        var out = "| step | jixiao | sqlite3 | sqlite3 ÷ jixiao | jixiao peak RSS | result rows |\n"
        out += "|---|---:|---:|---:|---:|---:|\n"
        for s in steps {
            let ratio = s.sqlite.map { String(format: "%.1f×", $0 / s.jixiao) } ?? "—"
            out +=
                "| \(s.name) | \(Self.seconds(s.jixiao)) | \(s.sqlite.map(Self.seconds) ?? "—") | \(ratio) | \(Self.mib(s.jixiaoPeakKiB)) | \(s.rows) |\n"
        }
        out += "\nCSV files: \(Self.mib(csvBytes / 1024)); peak RSS of the whole run: jixiao \(Self.mib(jixiaoPeakKiB))"
        out += String(format: " (%.2f× the CSV size)", Double(jixiaoPeakKiB) * 1024 / Double(max(csvBytes, 1)))
        out += ", sqlite3 \(Self.mib(sqlitePeakKiB))"
        out += String(format: " (%.2f×)\n", Double(sqlitePeakKiB) * 1024 / Double(max(csvBytes, 1)))
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

    /// Median `Run Time: real` per query, and the load as the time between the two `@clock` lines.
    func parseSQLite() -> [String: Double] {
        var clocks: [Double] = []
        var current: String?
        var times: [String: [Double]] = [:]
        for line in sqliteOutput.split(separator: "\n") {
            if line.hasPrefix("@clock") {
                clocks.append(Double(line.split(separator: "\t").last ?? "") ?? .nan)
            } else if line.hasPrefix("@query ") {
                current = String(line.dropFirst(7))
            } else if line.hasPrefix("Run Time: real "), let current {
                let value = line.dropFirst(15).split(separator: " ").first.flatMap { Double($0) } ?? .nan
                times[current, default: []].append(value)
            }
        }
        var result = times.mapValues(median)
        if clocks.count >= 2 { result["load"] = clocks[1] - clocks[0] }
        return result
    }

    static func seconds(_ s: Double) -> String { s < 0.01 ? String(format: "%.4f s", s) : String(format: "%.3f s", s) }
    static func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }
}
