import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoWorkbench

/// `jixiao-bench run DIR RUNS`: loads the generated CSVs into a session in this process, then runs
/// each benchmark query `RUNS` times as a `let` statement (parsed, bound and executed exactly as
/// typed at the prompt, without drawing the result), and prints one tab-separated line per step:
/// name, median seconds, peak resident KiB during the step, and the result's row count.
struct JixiaoTiming {
    let directory: String
    let runs: Int

    func run() throws {
        let session = Session(output: BufferSink(), messages: BufferSink())
        var loadTimes: [Double] = []
        var loadPeak = 0
        for _ in 0..<runs {
            session.catalog["projects"] = nil
            session.catalog["indicators"] = nil
            MemoryProbe.resetPeak()
            let start = now()
            for name in ["projects", "indicators"] {
                // The CSV reader, as `load "FILE.csv" as NAME` uses it for a plain table.
                guard
                    case .table(let load) = try FileImporter.load(
                        path: "\(directory)/\(name).csv", options: LoadOptions())
                else {
                    throw BenchError("\(name).csv did not read as a table")
                }
                session.catalog[name] = load.table
            }
            loadTimes.append(now() - start)
            loadPeak = max(loadPeak, MemoryProbe.peakKiB())
        }
        let rows = session.catalog["indicators"]?.rowCount ?? 0
        print("load\t\(median(loadTimes))\t\(loadPeak)\t\(rows)")
        try timeSnapshot(session, rows: rows)
        for query in BenchQuery.all {
            var times: [Double] = []
            MemoryProbe.resetPeak()
            for _ in 0..<runs {
                let start = now()
                guard session.run("let result = " + query.jixiao) == .success else {
                    throw BenchError("\(query.name) failed: \((session.messages as? BufferSink)?.text ?? "")")
                }
                times.append(now() - start)
            }
            let resultRows = session.catalog["result"]?.rowCount ?? -1
            print("\(query.name)\t\(median(times))\t\(MemoryProbe.peakKiB())\t\(resultRows)")
            session.catalog["result"] = nil
        }
    }

    /// `.save` and `.open` of the loaded tables as a `.jxdb` snapshot beside the CSVs (the file
    /// stays in .bench-data): the save includes its fsync, the open reads and checks the whole file.
    /// `JIXIAO_BENCH_SNAPSHOT=0` leaves it out: at 100 million rows the file is 15 GB and opening
    /// it beside the loaded tables would need twice the memory.
    private func timeSnapshot(_ session: Session, rows: Int) throws {
        guard ProcessInfo.processInfo.environment["JIXIAO_BENCH_SNAPSHOT"] != "0" else { return }
        let path = "\(directory)/snapshot.jxdb"
        var saveTimes: [Double] = [], openTimes: [Double] = []
        MemoryProbe.resetPeak()
        for _ in 0..<runs {
            let start = now()
            try session.saveSnapshot(to: path)
            saveTimes.append(now() - start)
        }
        let savePeak = MemoryProbe.peakKiB()
        print("snapshot save\t\(median(saveTimes))\t\(savePeak)\t\(rows)")
        MemoryProbe.resetPeak()
        for _ in 0..<runs {
            let start = now()
            try session.openSnapshot(at: path)
            openTimes.append(now() - start)
        }
        print(
            "snapshot open\t\(median(openTimes))\t\(MemoryProbe.peakKiB())\t\(session.catalog["indicators"]?.rowCount ?? 0)"
        )
    }
}
