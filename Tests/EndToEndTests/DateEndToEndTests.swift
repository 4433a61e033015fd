import Foundation
import Testing

/// The date type through the built binary: today() fixed by $JIXIAO_TODAY, and a date column
/// written to every file the workbench saves and read back as dates.
@Suite struct DateEndToEndTests {
    static let pipeline =
        #"indicators | derive due = date(target_text, year) | where due is not null | select name, due | sort due, name"#

    @Test func todayIsTheDayJixiaoTodayNames() throws {
        let r = try JixiaoProcess.run(
            ["--format", "csv", "-c", #"projects | take 1 | select t = today(), next = today() + 1"#],
            environment: ["JIXIAO_TODAY": "2024-02-28"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "t,next\n2024-02-28,2024-02-29\n")
    }

    @Test func aDateColumnRoundTripsThroughCSVSQLiteXLSXAndASnapshot() throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            let t = \(Self.pipeline)
            save t to "\(folder)/t.csv"
            save t to "\(folder)/t.sqlite" as t
            save t to "\(folder)/t.xlsx" as t
            .save \(folder)/t.jxdb
            load "\(folder)/t.csv" as c
            load "\(folder)/t.xlsx" as x
            load "\(folder)/t.sqlite"
            attach "\(folder)/t.sqlite" as s
            let early = s.t | where due < "2022-12-31"
            print "{value(c | agg n = count_distinct(due))} {value(x | agg d = max(due))} {rows(early)}"
            .describe c
            """
        let r = try JixiaoProcess.run(["--format", "csv", "-c", script], timeout: 120)
        #expect(r.status == 0, "\(r.stderr.prefix(600))")
        #expect(r.stdout.contains("4 2024-12-31 2\n"), "\(r.stdout)")
        #expect(r.stdout.contains("due,date,0,4,2022-12-30,2024-12-31,"), "\(r.stdout)")
        let snapshot = try JixiaoProcess.run(
            [folder + "/t.jxdb", "--format", "csv", "-c", "t | where due >= \"2024-01-01\" | select due"])
        #expect(snapshot.stdout == "due\n2024-12-20\n2024-12-31\n", "\(snapshot.stderr)")
        let sqlite = try JixiaoProcess.run(
            ["sqlite3", folder + "/t.sqlite", "SELECT typeof(due), due FROM t ORDER BY due LIMIT 1", ".schema t"],
            executable: "/usr/bin/env")
        #expect(sqlite.stdout.hasPrefix("text|2022-12-30\n"), "\(sqlite.stdout)")
        #expect(sqlite.stdout.contains("\"due\" DATE"), "\(sqlite.stdout)")
        guard WorkbookSaveTests.hasOpenpyxl else {
            print("note: python3 with openpyxl is not installed; the workbook's date cells were not checked")
            return
        }
        let check = """
            import datetime, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1])["t"]
            cell = sheet["B2"]
            assert isinstance(cell.value, datetime.datetime), repr(cell.value)
            assert cell.value.date() == datetime.date(2022, 12, 30), cell.value
            assert cell.number_format == "yyyy-mm-dd", cell.number_format
            print("ok")
            """
        try check.write(toFile: folder + "/check.py", atomically: true, encoding: .utf8)
        let read = try JixiaoProcess.run(
            ["python3", folder + "/check.py", folder + "/t.xlsx"], timeout: 60, executable: "/usr/bin/env")
        #expect(read.stdout == "ok\n", "\(read.stderr)")
    }
}
