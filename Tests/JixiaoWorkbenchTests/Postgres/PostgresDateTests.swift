import Foundation
import JixiaoEngine
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// Date columns in an attached PostgreSQL database: saved as `date`, read back as dates, and
/// compared with text in quotes in the server (a parameter cast to date), as jixiao compares them.
@Suite(
    .enabled(
        if: PostgresServer.url != nil, "set JIXIAO_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres (.ci/run does)"
    ))
struct PostgresDateTests {
    static let dues = "indicators | derive due = date(target_text, year) | where due is not null | select name, due"

    @Test func aDateColumnIsSavedAsDateReadBackAsDatesAndFilteredInTheServer() throws {
        let fixture = SessionFixture()
        let url = try #require(PostgresServer.url)
        let table = "dues_\(UUID().uuidString.prefix(8).lowercased())"
        #expect(
            fixture.run("attach \"\(url)\" as pg\nsave (\(Self.dues)) to pg.\(table)") == .success,
            "\(fixture.messages.text)")
        #expect(fixture.run("let back = pg.\(table)") == .success, "\(fixture.messages.text)")
        #expect(fixture.session.catalog["back"]?.column(named: "due")?.type == .date)
        let pipeline = #"where due > "2022年12月30日" and due <= "2024-12-01" or due in ("2024-12-20") | sort due, name"#
        #expect(fixture.run("let remote = pg.\(table) | \(pipeline)") == .success, "\(fixture.messages.text)")
        #expect(fixture.run("let local = \(Self.dues) | \(pipeline)") == .success, "\(fixture.messages.text)")
        let remote = try #require(fixture.session.catalog["remote"]),
            local = try #require(fixture.session.catalog["local"])
        #expect(remote.rowCount == 4)
        #expect((0..<remote.rowCount).map { remote.row($0) } == (0..<local.rowCount).map { local.row($0) })
        fixture.output.clear()
        #expect(fixture.run(".sql pg.\(table) | \(pipeline)") == .success)
        #expect(fixture.output.text.contains("CAST(CAST($1 AS text) AS date)"), "\(fixture.output.text)")
        #expect(fixture.output.text.contains("every verb runs in the database"), "\(fixture.output.text)")
        #expect(fixture.run("let n = pg.\(table) | group due | agg n = count(), last = max(due)") == .success)
        #expect(fixture.session.catalog["n"]?.column(named: "last")?.type == .date)
        _ = fixture.run("save (projects | take 0 | select name) to pg.\(table)")
    }
}
