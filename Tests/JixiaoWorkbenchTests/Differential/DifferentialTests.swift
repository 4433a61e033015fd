import Foundation
import JixiaoTestSupport
import JixiaoWorkbench
import Testing

/// Random pipelines over random tables, run in jixiao and in the real sqlite3, must agree.
///
/// Deliberate differences, kept out of the generated SQL rather than papered over:
/// - `/` always divides as doubles in jixiao (written `1.0 * a / b` in SQL);
/// - `%` is generated on integers only: SQLite casts doubles to integers before `%`, jixiao
///   takes the floating remainder (5.5 % 2 is 1.5 in jixiao, 1 in SQLite);
/// - `lower`, `upper`, `len` and `substr` are generated on ASCII and Chinese text only: SQLite's
///   case mapping is ASCII-only (jixiao maps é to É) and SQLite counts code points where jixiao
///   counts characters (e + combining accent is one character);
/// - booleans are 1 and 0 in SQLite and compared as such.
@Suite("differential test against sqlite3")
struct DifferentialTests {
    static let pipelineCount = 600
    /// Fixed, so a failure reproduces; JIXIAO_DIFF_SEED explores other draws by hand.
    static let seed: UInt64 =
        ProcessInfo.processInfo.environment["JIXIAO_DIFF_SEED"].flatMap { UInt64($0) } ?? 20_240_601

    @Test("random pipelines give the same rows as sqlite3")
    func randomPipelinesAgreeWithSQLite() throws {
        var random = SplitMix(seed: Self.seed)
        let tables = DifferentialData.tables(&random)
        var generator = PipelineGenerator(random: random)
        let pipelines = (0..<Self.pipelineCount).map { _ in generator.pipeline(tables: tables) }

        let output = BufferSink(), messages = BufferSink()
        let session = Session(output: output, messages: messages)
        session.settings.format = .csv
        for table in tables { session.catalog[table.name] = table.table }

        let oracle = try SQLiteOracle.run(
            setup: tables.map(\.sqlScript).joined(separator: "\n"),
            queries: pipelines.map(\.sql))
        var failures: [String] = []
        var nonEmpty = 0
        for (i, pipeline) in pipelines.enumerated() {
            output.clear()
            messages.clear()
            let outcome = session.run(pipeline.jixiao)
            let report = "#\(i): \(pipeline.jixiao)\n  SQL: \(pipeline.sql)\n"
            guard outcome == .success else {
                failures.append(report + "  jixiao failed: \(messages.text)")
                continue
            }
            let rows: [[ResultCell]]
            switch oracle[i] {
            case .failure(let error): failures.append(report + "  sqlite3 failed: \(error)"); continue
            case .success(let r): rows = r
            }
            let jixiao = ResultComparison.jixiaoRows(output.text, columns: pipeline.columns)
            if jixiao.header != pipeline.columns.map(\.name) {
                failures.append(report + "  columns: jixiao \(jixiao.header), expected \(pipeline.columns.map(\.name))")
                continue
            }
            if let difference = ResultComparison.difference(jixiao.rows, rows, ordered: pipeline.ordered) {
                failures.append(report + "  " + difference)
            }
            if !rows.isEmpty { nonEmpty += 1 }
        }
        for failure in failures.prefix(8) { Issue.record(Comment(rawValue: failure)) }
        #expect(failures.count == 0, "\(failures.count) of \(pipelines.count) pipelines disagree with sqlite3")
        // Pipelines that return nothing compare nothing: most must return rows.
        #expect(nonEmpty >= pipelines.count * 2 / 3, "only \(nonEmpty) pipelines returned rows")
    }
}
