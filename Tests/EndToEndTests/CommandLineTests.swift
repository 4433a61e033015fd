import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func commandOptionRunsAQueryOnTheBundledDatasets() throws {
        let r = try JixiaoProcess.run(["-c", "indicators | group level1 | agg n = count()"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("产出指标"))
        #expect(r.stdout.contains("效益指标"))
        #expect(r.stdout.contains("┌"))
    }

    @Test func scriptFileRunsAndPassingAssertsExitZero() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let script = dir + "/ok.jx"
        try """
        #!/usr/bin/env jixiao
        let outputs = indicators | where level1 = "产出指标"
        assert rows(outputs) > 0, "there are output indicators"
        assert rows(projects) >= 4
        print "output indicators: {rows(outputs)}"
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let r = try JixiaoProcess.run([script])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("output indicators: "))
    }

    @Test func failingAssertExitsOneAndSaysWhere() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let script = dir + "/fail.jx"
        try "set n = 3\nassert $n = 4, \"n is four\"\nprint \"not reached\"\n".write(
            toFile: script, atomically: true, encoding: .utf8)
        let r = try JixiaoProcess.run(["--no-datasets", script])
        #expect(r.status == 1)
        #expect(r.stderr.contains("fail.jx:2:8"), "\(r.stderr)")
        #expect(r.stderr.contains("n is four"))
        #expect(r.stderr.contains("left side is 3, right side is 4"))
        #expect(!r.stdout.contains("not reached"))
    }

    @Test func syntaxErrorExitsTwoWithFileLineColumnAndCaret() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let script = dir + "/bad.jx"
        try "projects\n| wher budget_total > 1\n".write(toFile: script, atomically: true, encoding: .utf8)
        let r = try JixiaoProcess.run([script])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.jx:2:3"), "\(r.stderr)")
        #expect(r.stderr.contains("^"))
        #expect(r.stderr.contains("where"), "suggests the verb")
    }

    @Test func unknownColumnSuggestsTheNearestName() throws {
        let r = try JixiaoProcess.run(["-c", "projects | where departmnet = \"x\""])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown column \"departmnet\""), "\(r.stderr)")
        #expect(r.stderr.contains("did you mean \"department\"?"))
    }

    @Test func pipedStandardInputIsReadAsAScript() throws {
        let r = try JixiaoProcess.run(["--format", "csv"], stdin: "projects | count\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("n,share\n"), "\(r.stdout)")
    }

    @Test func formatOptionGivesMachineReadableOutputWithoutDecoration() throws {
        let r = try JixiaoProcess.run([
            "--format", "json", "-c", "indicators | group level1 | agg n = count() | sort level1",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 3)
        #expect(!r.stdout.contains("┌"))
    }

    @Test func outputOptionWritesTheResultsToAFile() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let file = dir + "/levels.tsv"
        let r = try JixiaoProcess.run(["--format", "tsv", "--output", file, "-c", "indicators | count level1"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("level1\tn\tshare\n"))
        #expect(r.stdout.isEmpty)
    }

    @Test func setOnTheCommandLineIsADefaultTheScriptDoesNotOverride() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let script = dir + "/vars.jx"
        try "set department = \"甲\"\nprint \"{$department}\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        let plain = try JixiaoProcess.run(["--no-datasets", script])
        #expect(plain.stdout == "甲\n")
        let overridden = try JixiaoProcess.run(["--no-datasets", script, "--set", "department=乙"])
        #expect(overridden.stdout == "乙\n")
    }

    @Test func noDatasetsStartsWithNoTables() throws {
        let r = try JixiaoProcess.run(["--no-datasets", "-c", "projects"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown table \"projects\""))
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try JixiaoProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--no-datasets"))
        let version = try JixiaoProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.contains("0.1.0"))
    }

    @Test func badArgumentsExitTwo() throws {
        let r = try JixiaoProcess.run(["--format", "xml", "-c", "print 1"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown format"))
        let missing = try JixiaoProcess.run(["/nonexistent/script.jx"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nonexistent/script.jx"))
    }

    @Test func runtimeErrorStopsTheScriptWithExitTwo() throws {
        let r = try JixiaoProcess.run(["-c", "print \"a\"; projects | where name > 3; print \"b\""])
        #expect(r.status == 2)
        #expect(r.stdout == "a\n")
        #expect(r.stderr.contains("cannot compare"))
    }
}

/// Start-up says what it did, in the locale's language.
@Suite struct StartupMessageTests {
    @Test func anUnknownColumnIsReportedInChineseUnderAChineseLocaleAndLcAllWins() throws {
        let chinese = try JixiaoProcess.run(
            ["-c", "indicators | where departmnet = 1"],
            environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""])
        #expect(chinese.stderr.contains("错误: 未知的列 \"departmnet\""), "\(chinese.stderr)")
        let english = try JixiaoProcess.run(
            ["-c", "indicators | where departmnet = 1"],
            environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"])
        #expect(english.stderr.contains("error: unknown column \"departmnet\""), "\(english.stderr)")
    }
}

/// Piped output is whole and plain.
@Suite struct HonestPipingTests {
    @Test func aPipedTableHasEveryRowAndNoColourAndSeveralCSVResultsAreApart() throws {
        let r = try JixiaoProcess.run(["-c", "indicators | select name"], environment: ["NO_COLOR": ""])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 304)
        #expect(!r.stdout.contains("\u{1B}"))
        let csv = try JixiaoProcess.run(["--format", "csv", "-c", "projects | count year; projects | count region"])
        #expect(csv.stdout.contains("\n\nregion,n,share\n"), "\(csv.stdout)")
    }
}

/// `--output DIR/`: one file per result.
@Suite struct OutputFolderTests {
    @Test func eachResultGoesToItsOwnFileInTheFolder() throws {
        let folder = try JixiaoProcess.temporaryDirectory() + "/out/"
        let r = try JixiaoProcess.run([
            "--format", "csv", "--output", folder, "-c", "projects | count year; projects | count region",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let first = try String(contentsOfFile: folder + "result-1.csv", encoding: .utf8)
        let second = try String(contentsOfFile: folder + "result-2.csv", encoding: .utf8)
        #expect(first.hasPrefix("year,n,share\n"))
        #expect(second.hasPrefix("region,n,share\n"))
    }
}
