import Foundation
import Testing
import JixiaoEngine
import JixiaoRender

/// Timings of a million-row export, run on demand (`JIXIAO_PERF=1`, best in release):
/// the writers must stay around a second for 1M rows × 7 columns.
@Suite("Export performance", .serialized, .enabled(if: ProcessInfo.processInfo.environment["JIXIAO_PERF"] != nil))
struct ExportPerformanceTests {
    static let table: Table = {
        let n = 1_000_000
        let departments = (0..<40).map { "部门\($0)（局）" }
        var department = ColumnBuilder(type: .string, capacity: n)
        var name = ColumnBuilder(type: .string, capacity: n)
        var rate = ColumnBuilder(type: .double, capacity: n)
        for i in 0..<n {
            department.append(string: departments[i % departments.count])
            name.append(string: "项目\(i % 50_000), \"第\(i % 7)期\"")
            rate.append(double: i % 13 == 0 ? nil : Double(i % 10_000) / 100)
        }
        return Table([
            ("id", Column(.integer((0..<n).map(Int64.init)))),
            ("department", department.build()),
            ("name", name.build()),
            ("budget", Column(.double((0..<n).map { Double($0 % 977) * 1.25 }))),
            ("rate", rate.build()),
            ("year", Column(.integer(Array(repeating: 2024, count: n)))),
            ("met", Column(.boolean((0..<n).map { $0 % 3 != 0 }))),
        ])
    }()

    @Test("A million rows export quickly", arguments: [OutputFormat.csv, .tsv, .json, .jsonl, .markdown, .table])
    func millionRows(format: OutputFormat) {
        let table = Self.table
        let clock = ContinuousClock()
        var bytes = 0
        let cpuBefore = threadCPUSeconds()
        let elapsed = clock.measure {
            bytes = TableRenderer.render(table, as: format, options: RenderOptions()).utf8.count
        }
        let cpu = threadCPUSeconds() - cpuBefore
        print("\(format): \(bytes / 1_000_000) MB in \(elapsed), CPU \(cpu) s")
    }

    @Test("A million rows stream out in chunks without building one string", arguments: [OutputFormat.csv, .json])
    func millionRowsStreamed(format: OutputFormat) {
        let table = Self.table
        var bytes = 0
        let cpuBefore = threadCPUSeconds()
        TableRenderer.write(table, as: format, options: RenderOptions()) { bytes += $0.count }
        let cpu = threadCPUSeconds() - cpuBefore
        print("\(format) streamed: \(bytes / 1_000_000) MB, CPU \(cpu) s")
    }
}

/// CPU time of the calling thread: steadier than wall time on a machine shared with other work.
private func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
