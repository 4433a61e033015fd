import Foundation
import JixiaoEngine
import JixiaoRender
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// A session on the bundled documents with its output and messages captured.
func bundledSession() -> (Session, BufferSink, BufferSink) {
    let output = BufferSink(), messages = BufferSink()
    let session = Session(output: output, messages: messages)
    session.loadDatasets(directory: RepositoryPaths.datasets)
    output.clear()
    messages.clear()
    return (session, output, messages)
}

@Suite struct SessionTests {
    @Test func bundledDatasetsLoadEveryProjectAndIndicator() {
        let (session, _, _) = bundledSession()
        #expect(session.catalog["projects"]?.rowCount == 28)
        #expect(session.catalog["indicators"]?.rowCount == 300)
    }

    @Test func startupNamesEachTableWithItsRowCount() {
        let messages = BufferSink()
        let session = Session(output: BufferSink(), messages: messages)
        session.loadDatasets(directory: RepositoryPaths.datasets)
        #expect(messages.text.contains("projects: 28 rows\n"))
        #expect(messages.text.contains("indicators: 300 rows\n"))
    }

    @Test func pipelineResultIsShownAndBecomesUnderscore() {
        let (session, output, _) = bundledSession()
        session.settings.format = .csv
        #expect(session.run("indicators | count level1") == .success)
        #expect(output.text.hasPrefix("level1,n,share\n产出指标,206,"))
        output.clear()
        #expect(session.run("_ | where n > 100 | select level1") == .success)
        #expect(output.text == "level1\n产出指标\n")
    }

    @Test func chineseLabelsNameTheSameColumns() {
        let (session, output, _) = bundledSession()
        session.settings.format = .csv
        session.run("projects | where 主管部门 = \"遂宁市医疗保障局\" | agg n = count()")
        #expect(output.text == "n\n6\n")
    }

    @Test func letNamesATableAndTablesListsIt() {
        let (session, output, _) = bundledSession()
        #expect(session.run("let outputs = indicators | where level1 = \"产出指标\"\n.tables") == .success)
        #expect(output.text.contains("outputs"))
        #expect(session.catalog["outputs"]?.rowCount == 206)
    }

    @Test func assertOutcomesDistinguishFailureFromError() {
        let (session, _, messages) = bundledSession()
        #expect(session.run("assert rows(projects) = 28") == .success)
        #expect(session.run("assert rows(projects) = 27, \"project count\"") == .assertionFailed)
        #expect(messages.text.contains("project count"))
        #expect(session.run("assert rows(nosuch) = 1") == .failed)
    }

    @Test func valueReadsTheSingleCellOfAResult() {
        let (session, output, _) = bundledSession()
        session.run("set total = value(projects | where year = 2024 | agg n = count())\nprint \"2024: {$total}\"")
        #expect(output.text == "2024: 5\n")
    }

    @Test func schemaShowsTypesAndChineseLabels() {
        let (session, output, _) = bundledSession()
        session.settings.format = .csv
        session.run(".schema projects")
        #expect(output.text.contains("department,string,"))
        #expect(output.text.contains("主管部门"))
    }

    @Test func modeAndTimerAndMaxRowsChangeSettings() {
        let (session, output, messages) = bundledSession()
        session.run(".mode json\n.timer on\n.maxrows 5")
        #expect(session.settings.format == .json)
        #expect(session.settings.timer)
        #expect(session.settings.maxRows == 5)
        session.run("projects | agg n = count()")
        #expect(output.text.contains("\"n\":28") || output.text.contains("\"n\": 28"))
        #expect(messages.text.contains("Run Time: "))
    }

    @Test func warningsListFileAndLine() {
        let (session, output, _) = bundledSession()
        session.run(".warnings")
        #expect(output.text.contains("004_e5022aef434c00d6.txt:"))
    }

    @Test func helpListsEveryVerbAndExplainsOne() {
        let (session, output, _) = bundledSession()
        session.run(".help")
        for verb in [
            "where", "derive", "select", "rename", "group", "agg", "sort", "take", "top", "distinct",
            "count", "join", "pivot", "unpivot", "chart",
        ] {
            #expect(output.text.contains("\n  \(verb)"), "help lists \(verb)")
        }
        for command in [".help", ".tables", ".schema", ".mode", ".output", ".timer", ".quit"] {
            #expect(output.text.contains(command))
        }
        output.clear()
        session.run(".help where")
        #expect(output.text.contains("where EXPR"))
        #expect(output.text.contains("example:"))
    }

    @Test func unknownDotCommandSuggestsTheNearest() {
        let (session, _, messages) = bundledSession()
        #expect(session.run(".tabels") == .failed)
        #expect(messages.text.contains("did you mean \".tables\"?"))
    }

    @Test func saveWritesACompleteCSVWithAByteOrderMarkForExcel() throws {
        let (session, _, _) = bundledSession()
        let dir = NSTemporaryDirectory() + "jixiao-save-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(session.run("save indicators | count level1 to \"\(dir)/levels.csv\"") == .success)
        let data = try #require(FileManager.default.contents(atPath: dir + "/levels.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self).hasPrefix("level1,n,share\n产出指标,206,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["levels.csv"], "no temporary file left")
    }

    @Test func failedSaveLeavesThePreviousFileIntact() throws {
        let (session, _, messages) = bundledSession()
        let dir = NSTemporaryDirectory() + "jixiao-save-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(session.run("save projects to \"\(dir)/missing/folder/x.csv\"") == .failed)
        #expect(messages.text.contains("does not exist"))
        #expect(session.run("save projects to \"\(dir)/x.docx\"") == .failed)
        #expect(messages.text.contains("use .csv"))
    }

    @Test func outputRedirectsResultsToAFileWrittenWhole() throws {
        let (session, output, _) = bundledSession()
        let path = NSTemporaryDirectory() + "jixiao-out-" + UUID().uuidString + ".txt"
        session.run(".mode csv\n.output \(path)\nprojects | agg n = count()")
        #expect(!FileManager.default.fileExists(atPath: path), "appears only when finished")
        session.run(".output stdout")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "n\n28\n")
        #expect(output.text.isEmpty)
    }

    @Test func runExecutesAnotherScriptInTheSameSession() throws {
        let (session, output, _) = bundledSession()
        let path = NSTemporaryDirectory() + "jixiao-run-" + UUID().uuidString + ".jx"
        try "let small = projects | take 2\nprint \"inner\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(session.run("run \"\(path)\"\nprint \"{rows(small)}\"") == .success)
        #expect(output.text == "inner\n2\n")
    }

    @Test func divisionByZeroWarnsOnceWithTheRowCount() {
        let (session, _, messages) = bundledSession()
        session.settings.format = .csv
        #expect(session.run("projects | take 3 | derive r = budget_total / (budget_total - budget_total)") == .success)
        #expect(messages.text.contains("warning: division by zero gave null (3 values)"))
    }

    @Test func syntaxErrorsPointAtTheSpotWithACaret() {
        let (session, _, messages) = bundledSession()
        #expect(session.run("projects | sort -", file: "q.jx") == .failed)
        #expect(messages.text.contains("q.jx:1:"))
        #expect(messages.text.contains("^"))
    }

    @Test func describeGivesTypeNullsDistinctRangeAndFrequentValues() {
        let (session, output, _) = bundledSession()
        session.settings.format = .csv
        #expect(session.run(".describe indicators") == .success)
        #expect(output.text.contains("level1,string,0,3,,,产出指标 (206)、效益指标 (63)、满意度指标 (31)"))
        #expect(output.text.contains("year,integer,0,2,2022,2024,"))
    }

    @Test func aOneColumnCSVWithNullsRoundTripsWithEveryRow() throws {
        let (session, _, _) = bundledSession()
        let dir = NSTemporaryDirectory() + "jixiao-one-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(session.run("save indicators | select actual to \"\(dir)/actuals.csv\"") == .success)
        #expect(session.run("load \"\(dir)/actuals.csv\"") == .success)
        let back = try #require(session.catalog["actuals"])
        #expect(back.rowCount == 300, "null rows are blank lines, and none is dropped")
        #expect(back.columns[0].nullCount == 228)
    }

    @Test func pruningUnusedColumnsKeepsResultsAndSuggestions() {
        let (session, output, messages) = bundledSession()
        session.settings.format = .csv
        #expect(
            session.run(
                "indicators | join projects on project_id | group department | agg budget = sum(budget_total) | sort department"
            ) == .success)
        let pruned = output.text
        output.clear()
        #expect(
            session.run(
                "let whole = indicators | join projects on project_id\nwhole | group department | agg budget = sum(budget_total) | sort department"
            ) == .success)
        #expect(output.text == pruned)
        #expect(session.run("indicators | where departmnet = 1 | agg n = count()") == .failed)
        #expect(messages.text.contains("did you mean \"department\"?"))
    }
}
