import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoWorkbench

/// The .sqlite format through the real libsqlite3, checked with the real sqlite3 shell.
@Suite struct SQLiteTests {
    /// Runs the sqlite3 shell on `database` and returns what it printed.
    func sqlite3(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func temporaryPath(_ name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "jixiao-sqlite-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/" + name
    }

    /// One column of every type, each with a null, Chinese text, quotes and an empty string.
    func everyType() -> Table {
        Table([
            ("i", Column.from([.integer(1), .null, .integer(Int64.min), .integer(42)])),
            ("d", Column.from([.double(2.5), .double(-0.125), .null, .double(1e300)])),
            ("s", Column.from([.string("产出指标"), .string("it's \"quoted\""), .string(""), .null])),
            ("b", Column.from([.boolean(true), .boolean(false), .null, .boolean(true)])),
        ])
    }

    @Test func savedTableOpensInTheSqliteShellWithEveryRowTypeAndNull() throws {
        let (session, _, _) = bundledSession()
        session.catalog["mixed"] = everyType()
        let path = try temporaryPath("out.sqlite")
        #expect(session.run("save mixed to \"\(path)\"") == .success)
        #expect(try sqlite3(path, "select count(*) from mixed") == "4\n")
        #expect(
            try sqlite3(path, "select typeof(i), typeof(d), typeof(s), typeof(b) from mixed limit 1")
                == "integer|real|text|integer\n")
        #expect(
            try sqlite3(path, "select count(*) from mixed where i is null or d is null or s is null or b is null")
                == "3\n")
        #expect(try sqlite3(path, "select s from mixed where rowid = 1") == "产出指标\n")
        #expect(try sqlite3(path, "select i from mixed where rowid = 3") == "\(Int64.min)\n")
        #expect(try sqlite3(path, "select length(s) from mixed where rowid = 3") == "0\n", "empty string is not null")
    }

    @Test func everyColumnTypeRoundTripsThroughSQLite() throws {
        let (session, _, _) = bundledSession()
        let original = everyType()
        session.catalog["mixed"] = original
        let path = try temporaryPath("round.sqlite")
        #expect(session.run("save mixed to \"\(path)\" as back") == .success)
        session.catalog["mixed"] = nil
        #expect(session.run("load \"\(path)\"") == .success)
        let back = try #require(session.catalog["back"])
        #expect(back.names == ["i", "d", "s", "b"])
        #expect(back.columns.map(\.type) == [.integer, .double, .string, .boolean])
        for row in 0..<original.rowCount { #expect(back.row(row) == original.row(row)) }
    }

    @Test func bundledIndicatorsSurviveTheTripWithEveryRow() throws {
        let (session, _, _) = bundledSession()
        let path = try temporaryPath("bundled.sqlite")
        #expect(session.run("save indicators to \"\(path)\"") == .success)
        #expect(try sqlite3(path, "select count(*) from indicators") == "300\n")
        #expect(try sqlite3(path, "select count(*) from indicators where level1 = '产出指标'") == "206\n")
        #expect(session.run("save projects to \"\(path)\"") == .success)
        #expect(try sqlite3(path, "select count(*) from indicators") == "300\n", "other tables are kept")
        #expect(try sqlite3(path, "select count(*) from projects") == "28\n")
    }

    @Test func aSavedDatabaseLoadsOneTablePerTable() throws {
        let (session, _, messages) = bundledSession()
        let path = try temporaryPath("two.sqlite")
        session.run("save projects | select name, budget_total to \"\(path)\" as budgets")
        session.run("save indicators | count level1 to \"\(path)\" as levels")
        #expect(session.run("load \"\(path)\"") == .success)
        #expect(session.catalog["budgets"]?.rowCount == 28)
        #expect(session.catalog["levels"]?.rowCount == 3)
        #expect(messages.text.contains("two.sqlite: 2 tables: budgets (28 rows), levels (3 rows)"))
    }

    @Test func aFailedSaveLeavesNoPartialDatabase() throws {
        let (session, _, _) = bundledSession()
        let path = try temporaryPath("missing-folder/x.sqlite")
        #expect(session.run("save projects to \"\(path)\"") == .failed)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
