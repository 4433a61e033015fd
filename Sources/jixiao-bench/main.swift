import Foundation

/// The synthetic data generator and benchmark harness behind `Scripts/bench` (issue 6).
let usage = """
    usage: jixiao-bench generate N DIR          write DIR/projects.csv and DIR/indicators.csv (N indicator rows)
           jixiao-bench run DIR RUNS            load DIR's CSVs in-process and time each query (median of RUNS)
           jixiao-bench sqlite-script DIR RUNS  the same load and queries as a script for sqlite3 :memory:
           jixiao-bench duckdb-script DIR RUNS  the same again for the DuckDB shell
           jixiao-bench report JIXIAO.tsv SQLITE.out DUCKDB.out SQLITE_PEAK_KIB DUCKDB_PEAK_KIB JIXIAO_PEAK_KIB
                               STARTUP_MS CSV_BYTES

    """

func number(_ text: String) -> Int? { Int(text.replacingOccurrences(of: "_", with: "")) }

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch (arguments.first, arguments.count) {
    case ("generate", 3):
        guard let n = number(arguments[1]), n > 0 else { throw BenchError("N must be a positive whole number") }
        let start = now()
        try DataGenerator(indicatorCount: n, directory: arguments[2]).run()
        FileHandle.standardError.write(
            Data(String(format: "generated %d indicator rows in %.1f s\n", n, now() - start).utf8))
    case ("run", 3):
        try JixiaoTiming(directory: arguments[1], runs: number(arguments[2]) ?? 5).run()
    case ("sqlite-script", 3):
        print(SQLiteScript.text(directory: arguments[1], runs: number(arguments[2]) ?? 3), terminator: "")
    case ("duckdb-script", 3):
        print(DuckDBScript.text(directory: arguments[1], runs: number(arguments[2]) ?? 3), terminator: "")
    case ("report", 9):
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        print(
            BenchReport(
                jixiaoLines: read(arguments[1]), sqliteOutput: read(arguments[2]), duckdbOutput: read(arguments[3]),
                sqlitePeakKiB: number(arguments[4]) ?? 0, duckdbPeakKiB: number(arguments[5]) ?? 0,
                jixiaoPeakKiB: number(arguments[6]) ?? 0, startupMilliseconds: Double(arguments[7]) ?? .nan,
                csvBytes: number(arguments[8]) ?? 0
            ).render(),
            terminator: "")
    default:
        FileHandle.standardError.write(Data(usage.utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("jixiao-bench: \(error)\n".utf8))
    exit(1)
}
