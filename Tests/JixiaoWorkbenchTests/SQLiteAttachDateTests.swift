import Foundation
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// Date columns in an attached SQLite file: DATE holding ISO text, compared in SQLite with text in
/// quotes read as the date it names, with the same rows as the same pipeline run here.
@Suite struct SQLiteAttachDateTests {
    @Test func aDateFilterRunsInSQLiteWithTheRowsItGivesHere() throws {
        let fixture = SessionFixture()
        let path = try SessionFixture.temporaryDirectory() + "/dues.sqlite"
        let dues = "indicators | derive due = date(target_text, year) | where due is not null | select name, due"
        #expect(
            fixture.run("save \(dues) to \"\(path)\" as dues\nattach \"\(path)\" as s") == .success,
            "\(fixture.messages.text)")
        let pipeline = #"where due between "2022-12-30" and "2024年12月1日" or due = "2024-12-31" | sort due, name"#
        #expect(fixture.run("let remote = s.dues | \(pipeline)") == .success, "\(fixture.messages.text)")
        #expect(fixture.run("let local = \(dues) | \(pipeline)") == .success, "\(fixture.messages.text)")
        let remote = try #require(fixture.session.catalog["remote"]),
            local = try #require(fixture.session.catalog["local"])
        #expect(remote.column(named: "due")?.type == .date)
        #expect(remote.rowCount == 6)
        #expect((0..<remote.rowCount).map { remote.row($0) } == (0..<local.rowCount).map { local.row($0) })
        fixture.output.clear()
        #expect(fixture.run(".sql s.dues | \(pipeline)") == .success)
        #expect(fixture.output.text.contains("\"due\" BETWEEN CAST($1 AS text) AND CAST($2 AS text)"))
        #expect(fixture.output.text.contains("-- $2 = 2024-12-01"), "\(fixture.output.text)")
        #expect(fixture.output.text.contains("every verb runs in the database"))
    }
}
