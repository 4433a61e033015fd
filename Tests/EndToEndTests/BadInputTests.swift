import Foundation
import Testing

/// Issue 7 §2: broken files and statements through the built binary. Each must end in bounded
/// time with a message naming the file and place, exit 2 when it failed, and never a crash.
@Suite struct BadInputTests {
    static let corpus: BadInputCorpus = {
        // A fixed folder per run: the corpus is made once and shared by the parameterised cases.
        let folder = NSTemporaryDirectory() + "jixiao-bad-input-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        do { return try BadInputCorpus(folder: folder) } catch {
            fatalError("cannot write the bad-input corpus: \(error)")
        }
    }()

    static var caseNames: [String] { corpus.cases.map(\.name) }

    @Test(arguments: caseNames)
    func loadingABrokenFileEndsCleanlyWithAMessageNamingIt(_ name: String) throws {
        let badCase = try #require(Self.corpus.cases.first { $0.name == name })
        let script = "load \"\(Self.corpus.path(name))\"\n.warnings\nprint \"after\""
        let r = try JixiaoProcess.run(["--no-datasets", "-c", script], timeout: 60)
        #expect(!r.timedOut, "\(name): still running after 60 s")
        #expect(!r.stderr.contains("Fatal error") && r.status < 128, "\(name) crashed: \(r.stderr.suffix(500))")
        let said = r.stdout + r.stderr
        switch badCase.expectation {
        case .fails(let words):
            #expect(r.status == 2, "\(name): exit \(r.status), said \(said.prefix(400))")
            #expect(!r.stdout.contains("after"), "\(name): the script went on after a failed load")
            for word in words { #expect(said.contains(word), "\(name): \"\(word)\" missing from \(said.prefix(400))") }
        case .loads(let words):
            #expect(r.status == 0, "\(name): exit \(r.status), said \(said.prefix(400))")
            for word in words { #expect(said.contains(word), "\(name): \"\(word)\" missing from \(said.prefix(400))") }
        }
    }

    /// The REPL goes on after a failed load: every broken file in turn, then the tables it had.
    @Test func theREPLKeepsItsTablesThroughEveryBrokenLoad() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux()
        try terminal.start(REPLTerminalTests.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        for (k, badCase) in Self.corpus.cases.enumerated() {
            guard case .fails = badCase.expectation else { continue }
            try terminal.type("load \"\(Self.corpus.path(badCase.name))\"; print \"done \(k)\"")
            try terminal.press("Enter")
            try terminal.waitFor(text: "error:", timeout: 60)
            try terminal.press("C-l")
            try terminal.waitFor("a cleared screen", timeout: 10) { !$0.contains("error:") }
        }
        try terminal.type("assert rows(projects) = 28 and rows(indicators) = 300; print \"tables as they were\"")
        try terminal.press("Enter")
        try terminal.waitFor(text: "tables as they were", timeout: 30)
        try terminal.leaveWithCtrlD()
    }

    @Test func aFileTooBigForTheMemoryThereIsIsRefusedNamingIt() throws {
        let document = JixiaoProcess.datasets + "/004_e5022aef434c00d6.txt"
        let r = try JixiaoProcess.run(
            ["-c", "load \"\(document)\""], environment: ["JIXIAO_MEMORY_LIMIT": "64K"], timeout: 60)
        #expect(r.status == 2)
        #expect(r.stderr.contains("004_e5022aef434c00d6.txt: too big to load"), "\(r.stderr)")
    }

    @Test func anExpressionNestedTwentyThousandDeepIsAnErrorWithItsPlace() throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        let script = folder + "/deep.jx"
        let body =
            "projects\n| where " + String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000)
        try body.write(toFile: script, atomically: true, encoding: .utf8)
        let r = try JixiaoProcess.run([script], timeout: 60)
        #expect(!r.timedOut)
        #expect(r.status == 2)
        #expect(r.stderr.contains("deep.jx:2:"), "\(r.stderr.prefix(300))")
        #expect(r.stderr.contains("nested too deeply"))
    }

    @Test func hugeNumbersInStatementsAreErrorsOrValuesNeverCrashes() throws {
        let statements = [
            "projects | derive x = 1e999 | take 1",
            "projects | derive x = 9223372036854775807 + 1 | take 1",
            "projects | derive x = -9223372036854775807 - 10 | take 1",
            "projects | derive x = 9223372036854775807 * 3 | take 1",
            "projects | derive x = -(-9223372036854775807 - 1) | take 1",
            "projects | derive x = (-9223372036854775807 - 1) / -1 | take 1",
            "projects | derive x = (-9223372036854775807 - 1) % -1 | take 1",
            "projects | derive x = abs(-9223372036854775807 - 1) | take 1",
            "projects | derive x = round(1e300, 400), y = round(12.5, -400) | take 1",
            "projects | derive x = substr(name, 9223372036854775807, -9223372036854775807) | take 1",
            "projects | take 9223372036854775807 offset 9223372036854775807",
            "projects | top 9223372036854775807 by budget_total",
            "indicators | agg s = sum(9223372036854775807), q = quantile(target, 1e999)",
            "projects | agg s = sum(budget_total * 1e308)",
        ]
        for statement in statements {
            let r = try JixiaoProcess.run(["-c", statement], timeout: 60)
            #expect(!r.timedOut, "\(statement)")
            #expect(
                [0, 2].contains(r.status) && !r.stderr.contains("Fatal error"),
                "\(statement): exit \(r.status) \(r.stderr.suffix(400))")
            if r.status == 2 { #expect(r.stderr.contains("-c:1:"), "\(statement): \(r.stderr.prefix(300))") }
        }
    }

    @Test func aScriptThatCannotBeReadIsExitTwoNamingIt() throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        for path in [folder, folder + "/missing.jx", "/etc/hostname/x.jx"] {
            let r = try JixiaoProcess.run([path], timeout: 30)
            #expect(r.status == 2, "\(path)")
            #expect(r.stderr.contains(path), "\(path): \(r.stderr)")
        }
    }
}
