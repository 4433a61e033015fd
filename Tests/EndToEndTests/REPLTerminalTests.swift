import Foundation
import Testing

/// The REPL in a real terminal (tmux): typing, Chinese input, box tables, history across sessions.
@Suite(.serialized) struct REPLTerminalTests {
    /// The shell command that starts jixiao with its own history folder.
    static func command(stateDirectory: String) -> String {
        "env LANG=C.UTF-8 NO_COLOR=1 XDG_STATE_HOME='\(stateDirectory)' JIXIAO_DATASETS='\(JixiaoProcess.datasets)' '\(JixiaoProcess.binary)'"
    }

    @Test func queryTypedAtThePromptDrawsABoxTableAndUpRecallsItAfterARestart() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let query = "indicators | group level1 | agg n = count()"
        do {
            let terminal = Tmux()
            try terminal.start(Self.command(stateDirectory: state))
            try terminal.waitFor(text: "jixiao> ")
            try terminal.type(query)
            try terminal.press("Enter")
            let screen = try terminal.waitFor("the result table") { $0.contains("└") }
            #expect(screen.contains("产出指标"))
            #expect(screen.contains("│ level1"))
            try terminal.leaveWithCtrlD()
        }
        let history = try String(contentsOfFile: state + "/jixiao/history", encoding: .utf8)
        #expect(history.contains("group"))
        let terminal = Tmux()
        try terminal.start(Self.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.press("Up")
        try terminal.waitFor(text: "jixiao> " + query)
        try terminal.press("C-c")
        try terminal.type(".history")
        try terminal.press("Enter")
        try terminal.waitFor(text: "    1  " + query)
        try terminal.press("C-d")
    }

    @Test func chineseInputContinuationLinesAndCtrlCAbandoningALine() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux()
        try terminal.start(Self.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        // Ctrl-C abandons what was typed; the prompt comes back.
        try terminal.type("projects | this is abandoned")
        try terminal.press("C-c")
        try terminal.waitFor("a fresh prompt after ^C") { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .trimmingCharacters(in: .whitespaces) == "jixiao>"
        }
        // A line ending in | continues on the next line; Chinese text survives the line editor.
        try terminal.type("indicators | where level1 = \"产出指标\" |")
        try terminal.press("Enter")
        try terminal.waitFor(text: "...> ")
        try terminal.type("count level2")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("the count table") { $0.contains("数量指标") && $0.contains("└") }
        #expect(screen.contains("share"))
        #expect(!screen.contains("this is abandoned │"))
        try terminal.type(".quit")
        try terminal.press("Enter")
        try terminal.waitUntilExited()
    }

    @Test func tabCompletesAColumnAChineseValueAndListsSeveralCandidates() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux()
        try terminal.start(Self.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type("projects | where depa")
        try terminal.press("Tab")
        try terminal.waitFor(text: "jixiao> projects | where department")
        try terminal.type(" = \"遂")
        try terminal.press("Tab")
        try terminal.waitFor(text: "where department = \"遂宁市医疗保障局\"")
        try terminal.press("C-c")
        try terminal.type("indicators | agg n = count")
        try terminal.press("Tab")
        let listing = try terminal.waitFor(text: "count_distinct(")
        #expect(listing.contains("count_if("))
        try terminal.press("C-c")
        try terminal.leaveWithCtrlD()
    }
}

/// Ctrl-C never ends the session: at an empty prompt it says how to leave.
@Suite(.serialized) struct REPLInterruptAtPromptTests {
    @Test func ctrlCAtAnEmptyPromptSaysHowToLeaveAndKeepsTheSessionsTables() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux()
        try terminal.start(REPLTerminalTests.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type("let kept = projects | take 3")
        try terminal.press("Enter")
        try terminal.waitFor(text: "kept: 3 rows")
        try terminal.press("C-c")
        try terminal.waitFor(text: "Ctrl-D or type .quit")
        #expect(terminal.isRunning)
        try terminal.type("rows(kept)")
        try terminal.type("")
        try terminal.press("C-u")
        try terminal.type("print \"still {rows(kept)}\"")
        try terminal.press("Enter")
        try terminal.waitFor(text: "still 3")
        try terminal.leaveWithCtrlD()
    }
}

/// The terminal's size is read at each drawing, and long text has its own mode.
@Suite(.serialized) struct REPLResizeAndLineModeTests {
    @Test func aResizedTerminalGetsTablesOfItsNewWidth() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux(width: 120, height: 50)
        try terminal.start(REPLTerminalTests.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type("indicators | take 2")
        try terminal.press("Enter")
        let wide = try terminal.waitFor("the wide table") { $0.contains("└") }
        let wideTop = wide.split(separator: "\n").first { $0.hasPrefix("┌") }.map(String.init) ?? ""
        #expect(wideTop.count > 100, "\(wideTop)")
        try terminal.resize(width: 60, height: 50)
        try terminal.type("clear")
        try terminal.press("C-u")
        try terminal.type(".tables")
        try terminal.press("Enter")
        try terminal.type("indicators | take 2")
        try terminal.press("Enter")
        let narrow = try terminal.waitFor("the narrow table") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("┌") && $0.count <= 60 }
        }
        // Only the table drawn after the resize: the wide one above it stays as it was drawn.
        let after = narrow.components(separatedBy: "jixiao> indicators | take 2").last ?? ""
        let drawn = after.split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") }
        #expect(!drawn.isEmpty)
        for line in drawn { #expect(line.count <= 60, "\(line)") }
        try terminal.leaveWithCtrlD()
    }

    @Test func modeLineShowsOneFieldPerLine() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux(width: 100, height: 50)
        try terminal.start(REPLTerminalTests.command(stateDirectory: state))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type(".mode line")
        try terminal.press("Enter")
        try terminal.type("projects | take 1 | select name, budget_total, goal")
        try terminal.press("Enter")
        let screen = try terminal.waitFor(text: "budget_total (万元) = 25")
        #expect(screen.contains("               name = 信息化建设经费"))
        #expect(screen.contains("goal = 建设医保骨干专网"))
        try terminal.leaveWithCtrlD()
    }
}
