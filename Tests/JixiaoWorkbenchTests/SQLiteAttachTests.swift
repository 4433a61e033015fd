import Foundation
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// `attach "x.sqlite" as s`: the same statements and push-down as PostgreSQL, against the real
/// libsqlite3, no server needed.
@Suite struct SQLiteAttachTests {
    /// The bundled tables saved into a fresh SQLite file, attached as `s`.
    func attachedSession() throws -> SessionFixture {
        let fixture = SessionFixture()
        let path = try SessionFixture.temporaryDirectory() + "/budget.sqlite"
        #expect(
            fixture.run(
                """
                save projects to "\(path)"
                save indicators to "\(path)"
                attach "\(path)" as s
                """) == .success, "\(fixture.messages.text)")
        return fixture
    }

    func rows(_ fixture: SessionFixture, _ pipeline: String) -> [String] {
        #expect(fixture.run("let result_ = \(pipeline)") == .success, "\(pipeline): \(fixture.messages.text)")
        guard let table = fixture.session.catalog["result_"] else { return [] }
        return (0..<table.rowCount).map { row in
            table.row(row).map { value in
                if case .double(let d) = value { return String(format: "%.6g", d) }
                return value.description
            }.joined(separator: "\t")
        }.sorted()
    }

    @Test func groupingFilteringSortingWithTakeAndJoinGiveTheSameRowsPushedDownAsLocally() throws {
        let fixture = try attachedSession()
        for pipeline in [
            "P | group department | agg n = count(), total = sum(budget_total), top = max(name)",
            "P | where budget_total > 100 and name contains \"医疗\" or grade = \"优\" | select project_id, name, budget_total",
            "P | group department | agg n = count() | sort -n, department | take 3",
            "I | join P on project_id | group department | agg n = count()",
            "P",
        ] {
            let remote = pipeline.replacingOccurrences(of: "P", with: "s.projects").replacingOccurrences(
                of: "I |", with: "s.indicators |")
            let local = pipeline.replacingOccurrences(of: "P", with: "projects").replacingOccurrences(
                of: "I |", with: "indicators |")
            let expected = rows(fixture, local)
            #expect(!expected.isEmpty, "\(local)")
            #expect(rows(fixture, remote) == expected, "\(remote)")
        }
    }

    @Test func sqlShowsTheFilterAndTheGroupingRunningInSQLite() throws {
        let fixture = try attachedSession()
        fixture.output.clear()
        #expect(
            fixture.run(
                ".sql s.projects | where grade = \"优\" | group department | agg n = count() | sort -n, department | take 2"
            ) == .success)
        let sql = fixture.output.text
        #expect(sql.contains("COLLATE BINARY = CAST($1 AS text)"))
        #expect(sql.contains("GROUP BY \"department\""))
        #expect(sql.contains("LIMIT 2"))
        #expect(sql.contains("every verb runs in the database"))
    }

    @Test func saveToAnAttachedSQLiteTableReplacesItAndTheCatalogueFollows() throws {
        let fixture = try attachedSession()
        #expect(
            fixture.run("save (projects | select project_id, budget_total) to s.small") == .success,
            "\(fixture.messages.text)")
        #expect(rows(fixture, "s.small") == rows(fixture, "projects | select project_id, budget_total"))
        fixture.output.clear()
        #expect(fixture.run(".tables") == .success)
        #expect(fixture.output.text.contains("s.small  in the database, 2 columns"))
    }
}
