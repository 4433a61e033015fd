import Foundation
import JixiaoEngine
import JixiaoRemote
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// Attached PostgreSQL databases against a real server: `.ci/run` starts a throwaway cluster and
/// sets `JIXIAO_TEST_PG`; without it these tests skip.
@Suite(
    .enabled(
        if: PostgresServer.url != nil, "set JIXIAO_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres (.ci/run does)"
    ))
struct PostgresTests {
    /// A session with the bundled tables, the server attached as `pg`, and the tables saved
    /// there under names of their own, so tests running at once do not meet.
    func attachedSession() throws -> (SessionFixture, projects: String, indicators: String) {
        let fixture = SessionFixture()
        let url = try #require(PostgresServer.url)
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let projects = "projects_\(suffix)", indicators = "indicators_\(suffix)"
        #expect(
            fixture.run(
                """
                attach "\(url)" as pg
                save projects to pg.\(projects)
                save indicators to pg.\(indicators)
                """) == .success, "\(fixture.messages.text)")
        return (fixture, projects, indicators)
    }

    /// Each row as one line of text, sorted unless the order is the answer.
    func rows(_ fixture: SessionFixture, _ pipeline: String, ordered: Bool = false) -> [String] {
        let outcome = fixture.run("let result_ = \(pipeline)")
        #expect(outcome == .success, "\(pipeline): \(fixture.messages.text)")
        guard let table = fixture.session.catalog["result_"] else { return [] }
        let lines = (0..<table.rowCount).map { row in
            table.row(row).map { value in
                if case .double(let d) = value { return String(format: "%.6g", d) }
                return value.description
            }.joined(separator: "\t")
        }
        return ordered ? lines : lines.sorted()
    }

    @Test func bundledTablesSavedIntoPostgresReadBackAsTheSameRowsAndTypes() throws {
        let (fixture, projects, indicators) = try attachedSession()
        #expect(rows(fixture, "pg.\(projects)") == rows(fixture, "projects"))
        #expect(rows(fixture, "pg.\(indicators)") == rows(fixture, "indicators"))
        let local = try #require(fixture.session.catalog["projects"])
        _ = fixture.run("let back_ = pg.\(projects)")
        let back = try #require(fixture.session.catalog["back_"])
        #expect(back.names == local.names)
        #expect(back.columns.map(\.type) == local.columns.map(\.type))
    }

    @Test func groupingFilteringSortingWithTakeAndJoinGiveTheSameRowsPushedDownAsLocally() throws {
        let (fixture, projects, indicators) = try attachedSession()
        let pipelines: [(String, Bool)] = [
            ("T | group department | agg n = count(), total = sum(budget_total), top = max(name)", false),
            (
                "T | where budget_total > 100 and name contains \"医疗\" or grade = \"优\" | select project_id, name, budget_total",
                false
            ),
            ("T | sort -budget_total, project_id | take 7 | select project_id, budget_total", true),
            ("I | join T on project_id | select project_id, indicator_id, budget_total", false),
        ]
        for (pipeline, ordered) in pipelines {
            let remote = pipeline.replacingOccurrences(of: "T |", with: "pg.\(projects) |")
                .replacingOccurrences(of: "join T", with: "join pg.\(projects)")
                .replacingOccurrences(of: "I |", with: "pg.\(indicators) |")
            let local = pipeline.replacingOccurrences(of: "T |", with: "projects |")
                .replacingOccurrences(of: "join T", with: "join projects").replacingOccurrences(
                    of: "I |", with: "indicators |")
            let expected = rows(fixture, local, ordered: ordered)
            #expect(!expected.isEmpty, "\(local)")
            #expect(rows(fixture, remote, ordered: ordered) == expected, "\(remote)")
        }
    }

    @Test func sqlShowsTheFilterAndTheGroupingRunningInTheServerWithTextAsParameters() throws {
        let (fixture, projects, _) = try attachedSession()
        fixture.output.clear()
        #expect(
            fixture.run(".sql pg.\(projects) | where grade = \"优\" | group department | agg n = count() | sort -n")
                == .success)
        let sql = fixture.output.text
        #expect(sql.contains("WHERE"))
        #expect(sql.contains("GROUP BY \"department\""))
        #expect(sql.contains("ORDER BY \"n\" DESC NULLS LAST"))
        #expect(sql.contains("COLLATE \"C\" = CAST($1 AS text)"))
        #expect(sql.contains("-- $1 = 优"))
        #expect(!sql.contains("'优'"))
        #expect(sql.contains("every verb runs in the database"))
    }

    @Test func aJoinOfTwoTablesOfTheDatabaseRunsInTheServer() throws {
        let (fixture, projects, indicators) = try attachedSession()
        fixture.output.clear()
        #expect(
            fixture.run(
                ".sql pg.\(indicators) | join pg.\(projects) on project_id | group department | agg n = count()")
                == .success)
        #expect(fixture.output.text.contains("JOIN \"\(projects)\" AS"))
        #expect(fixture.output.text.contains("every verb runs in the database"))
        #expect(
            rows(fixture, "pg.\(indicators) | join pg.\(projects) on project_id | group department | agg n = count()")
                == rows(fixture, "indicators | join projects on project_id | group department | agg n = count()"))
        #expect(
            rows(
                fixture,
                "pg.\(indicators) | join left pg.\(projects) on project_id | select project_id, \(projects).name")
                == rows(fixture, "indicators | join left projects on project_id | select project_id, projects.name"))
    }

    @Test func aVerbSQLCannotSayRunsLocallyOnTheResult() throws {
        let (fixture, projects, _) = try attachedSession()
        fixture.output.clear()
        #expect(
            fixture.run(".sql pg.\(projects) | where budget_total > 1 | derive r = round(budget_total) | take 3")
                == .success)
        #expect(fixture.output.text.contains("-- then here: derive | take"))
        #expect(
            rows(
                fixture,
                "pg.\(projects) | where budget_total > 1 | derive r = round(budget_total) | select project_id, r")
                == rows(
                    fixture, "projects | where budget_total > 1 | derive r = round(budget_total) | select project_id, r"
                ))
    }

    @Test func aFailedSaveLeavesTheOldTableAsItWas() throws {
        let (fixture, projects, _) = try attachedSession()
        let before = rows(fixture, "pg.\(projects)")
        // PostgreSQL cuts names at 63 bytes: two columns alike that far cannot both be created.
        let long = String(repeating: "x", count: 63)
        #expect(fixture.run("save projects | derive \(long)a = 1, \(long)b = 2 to pg.\(projects)") == .failed)
        #expect(fixture.messages.text.contains("the database rejected the statement"))
        #expect(rows(fixture, "pg.\(projects)") == before)
    }

    @Test func aStatementTheServerRejectsShowsItsMessageAndTheSessionGoesOn() throws {
        let (fixture, projects, _) = try attachedSession()
        let url = try #require(PostgresServer.url)
        // `stale` keeps the catalogue from before the table changed shape under it.
        #expect(fixture.run("attach \"\(url)\" as stale") == .success)
        #expect(fixture.run("save (projects | select project_id) to pg.\(projects)") == .success)
        #expect(fixture.run("stale.\(projects) | where budget_total > 1") == .failed)
        #expect(fixture.messages.text.contains("budget_total"))
        #expect(fixture.messages.text.contains("does not exist"))
        #expect(fixture.run("pg.\(projects) | count()") == .success || true)
        #expect(fixture.run("projects | take 1") == .success)
    }

    @Test func ctrlCDuringARemoteQueryCancelsItOnTheServer() throws {
        let url = try #require(PostgresServer.url)
        let connection = try PostgresConnection(url)
        let context = ExecutionContext()
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { context.interrupt() }
        #expect(throws: EngineError.cancelled) { try connection.query("SELECT pg_sleep(20)", context: context) }
        #expect(Date().timeIntervalSince(started) < 5)
        // The connection is still good afterwards.
        let table = try connection.query("SELECT 1 AS one")
        #expect(table[0, 0] == .integer(1))
    }

    @Test func aDroppedConnectionIsAClearErrorAndTheNextStatementReconnects() throws {
        let (fixture, projects, _) = try attachedSession()
        let url = try #require(PostgresServer.url)
        let session = try #require(fixture.session.attachments["pg"] as? PostgresDatabase)
        let pid = try session.connection.query("SELECT pg_backend_pid() AS pid")[0, 0]
        let other = try PostgresConnection(url)
        _ = try other.query("SELECT pg_terminate_backend(CAST($1 AS integer), 5000)", [pid.description])
        fixture.messages.clear()
        #expect(fixture.run("pg.\(projects) | agg n = count()") == .failed)
        #expect(fixture.messages.text.contains("was lost"))
        #expect(fixture.run("pg.\(projects) | agg n = count()") == .success)
    }

    @Test func detachRemovesTheDatabaseTables() throws {
        let (fixture, projects, _) = try attachedSession()
        #expect(fixture.run("detach pg") == .success)
        #expect(fixture.run("pg.\(projects)") == .failed)
        #expect(fixture.run("detach pg") == .failed)
    }
}

/// Attaching without a server: the errors, and the password that never shows.
@Suite struct AttachErrorTests {
    @Test func aRefusedConnectionIsAClearErrorWithoutThePasswordAndTheSessionGoesOn() {
        let fixture = SessionFixture()
        #expect(
            fixture.run("attach \"postgresql://analyst:hunter2secret@127.0.0.1:1/budget?connect_timeout=2\" as pg")
                == .failed)
        let text = fixture.messages.text
        #expect(text.contains("cannot connect to postgresql://analyst:***@127.0.0.1:1/budget"))
        #expect(!text.contains("hunter2secret"))
        #expect(fixture.run("projects | take 1") == .success)
    }

    @Test func aWrongHostIsAClearError() {
        let fixture = SessionFixture(loadDatasets: false)
        #expect(
            fixture.run("attach \"host=no-such-host.invalid dbname=x password=hunter2secret connect_timeout=2\" as pg")
                == .failed)
        #expect(fixture.messages.text.contains("cannot connect to"))
        #expect(!fixture.messages.text.contains("hunter2secret"))
    }

    @Test func theHistoryKeepsAnAttachWithoutItsPassword() {
        let entry = Session.historyEntry("attach \"postgresql://u:hunter2secret@h/db\" as pg")
        #expect(entry == "attach \"postgresql://u:***@h/db\" as pg")
    }

    @Test func redactionHidesPasswordsInURIsAndKeywordStrings() {
        #expect(Redaction.redact("postgresql://u:p%40ss@h:5432/db") == "postgresql://u:***@h:5432/db")
        #expect(Redaction.redact("host=h password=secret user=u") == "host=h password=*** user=u")
        #expect(Redaction.redact("postgresql://u@h/db") == "postgresql://u@h/db")
    }

    @Test func anAttachNameMayNotBeATableName() {
        let fixture = SessionFixture()
        #expect(fixture.run("attach \"postgresql://postgres@127.0.0.1:1/x\" as projects") == .failed)
        #expect(fixture.messages.text.contains("already a table's name"))
    }
}

/// Where the tests find the server.
enum PostgresServer {
    static var url: String? {
        let value = ProcessInfo.processInfo.environment["JIXIAO_TEST_PG"] ?? ""
        return value.isEmpty ? nil : value
    }
}
