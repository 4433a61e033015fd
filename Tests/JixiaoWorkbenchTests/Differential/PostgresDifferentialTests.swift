import Foundation
import JixiaoRemote
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// The random pipelines of the sqlite3 differential, run twice by jixiao: on the tables in
/// memory, and on the same tables saved into PostgreSQL (`pg.t1 | …`, pushed down as far as
/// the compiler goes). Both must give the same rows — as multisets, since the server's rows have
/// no order of their own (CLARIFICATIONS: "same answers").
@Suite(
    "differential test against PostgreSQL",
    .enabled(
        if: PostgresServer.url != nil, "set JIXIAO_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres (.ci/run does)"
    ))
struct PostgresDifferentialTests {
    static let pipelineCount = 300

    @Test("random pipelines give the same rows pushed down to PostgreSQL as in memory")
    func randomPipelinesAgreePushedDownAndLocally() throws {
        let url = try #require(PostgresServer.url)
        // A database of its own, so t1 and t2 meet no other test's tables.
        let database = "jixiao_diff_\(UUID().uuidString.prefix(8).lowercased())"
        try PostgresConnection(url).execute("CREATE DATABASE \(database)")
        let slash = try #require(url.range(of: "/", options: .backwards))
        try Self.compare(attaching: url[..<slash.lowerBound] + "/" + database, count: Self.pipelineCount)
    }

    /// Runs the pipelines in memory and over the tables saved into `attached`, as `pg.t1` ….
    static func compare(attaching attached: String, count: Int) throws {

        var random = SplitMix(seed: DifferentialTests.seed)
        let tables = DifferentialData.tables(&random)
        var generator = PipelineGenerator(random: random)
        let pipelines = (0..<count).map { _ in generator.pipeline(tables: tables) }

        let output = BufferSink(), messages = BufferSink()
        let session = Session(output: output, messages: messages)
        session.settings.format = .csv
        for table in tables { session.catalog[table.name] = table.table }
        #expect(session.run("attach \"\(attached)\" as pg") == .success, "\(messages.text)")
        for table in tables {
            #expect(session.run("save \(table.name) to pg.\(table.name)") == .success, "\(messages.text)")
        }

        var failures: [String] = []
        var pushed = 0
        for (i, pipeline) in pipelines.enumerated() {
            let remote = pipeline.jixiao.replacing(/\b(t1|t2)\b(?!\.)/) { "pg." + $0.output.1 }
            output.clear()
            messages.clear()
            let localOutcome = session.run(pipeline.jixiao)
            let local = output.text, localMessages = messages.text
            output.clear()
            messages.clear()
            let remoteOutcome = session.run(remote)
            let report = "#\(i): \(remote)\n"
            guard localOutcome == remoteOutcome else {
                failures.append(
                    report + "  local \(localOutcome), remote \(remoteOutcome): \(localMessages)\(messages.text)")
                continue
            }
            guard localOutcome == .success else { continue }
            if rows(output.text) != rows(local) {
                failures.append(report + "  local:\n\(local)  remote:\n\(output.text)")
            }
            output.clear()
            if session.run(".sql \(remote)") == .success,
                !output.text.contains(
                    "-- then here: "
                        + (remote.split(separator: "|").dropFirst().first.map {
                            String($0.trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
                        } ?? ""))
            {
                pushed += 1
            }
        }
        for failure in failures.prefix(8) { Issue.record(Comment(rawValue: String(failure.prefix(1500)))) }
        #expect(
            failures.count == 0, "\(failures.count) of \(pipelines.count) pipelines disagree pushed down and locally")
        // Most pipelines must push at least their first verb, or the test compares little.
        #expect(pushed >= pipelines.count / 4, "only \(pushed) pipelines pushed a verb down")
    }

    /// CSV lines after the header, sorted; numbers rounded so float sums in another order agree.
    static func rows(_ csv: String) -> [String] {
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.first else { return [] }
        let body = lines.dropFirst().filter { !$0.isEmpty }.map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { cell -> String in
                if let d = Double(cell), cell.contains(".") || cell.contains("e") { return String(format: "%.9g", d) }
                return String(cell)
            }.joined(separator: ",")
        }
        return [header] + body.sorted()
    }
}

/// The same comparison over a SQLite file attached in place: no server needed.
@Suite("differential test of SQLite push-down")
struct SQLiteAttachDifferentialTests {
    @Test("random pipelines give the same rows pushed down to an attached SQLite file as in memory")
    func randomPipelinesAgreePushedDownToSQLite() throws {
        let path = try SessionFixture.temporaryDirectory() + "/diff.sqlite"
        // An empty database file to attach; `save` then adds t1 and t2.
        FileManager.default.createFile(atPath: path, contents: Data())
        try PostgresDifferentialTests.compare(attaching: path, count: PostgresDifferentialTests.pipelineCount)
    }
}
