import Foundation
import Testing

/// Colour, .describe and the progress line, in a real terminal.
@Suite(.serialized) struct REPLComfortTests {
    static func command(state: String, noColor: Bool) -> String {
        let color = noColor ? "NO_COLOR=1" : "-u NO_COLOR"
        return
            "env \(color) LANG=C.UTF-8 XDG_STATE_HOME='\(state)' JIXIAO_DATASETS='\(JixiaoProcess.datasets)' '\(JixiaoProcess.binary)'"
    }

    @Test func coloursOnATerminalAndNoneUnderNoColor() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        for noColor in [false, true] {
            let terminal = Tmux()
            try terminal.start(Self.command(state: state, noColor: noColor))
            try terminal.waitFor(text: "jixiao> ")
            try terminal.type("projects | agg n = count()")
            try terminal.press("Enter")
            try terminal.waitFor(text: "└")
            try terminal.type("projects | where nme = 1")
            try terminal.press("Enter")
            try terminal.waitFor(text: "did you mean")
            let screen = try terminal.screenWithEscapes()
            if noColor {
                #expect(!screen.contains("\u{1B}["), "no escape codes under NO_COLOR")
            } else {
                #expect(screen.contains("\u{1B}[1m"), "bold header")
                #expect(
                    screen.contains("\u{1B}[1;31merror:") || screen.contains("\u{1B}[1m\u{1B}[31merror:"), "red error")
            }
            try terminal.leaveWithCtrlD()
        }
    }

    @Test func describeAnswersInTheTerminal() throws {
        let state = try JixiaoProcess.temporaryDirectory()
        let terminal = Tmux(width: 160)
        try terminal.start(Self.command(state: state, noColor: true))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type(".describe indicators")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("the describe table") { $0.contains("most_frequent") && $0.contains("└") }
        #expect(screen.contains("产出指标 (206)"))
        try terminal.leaveWithCtrlD()
    }

    @Test func aLoadOverASecondShowsProgressThatIsClearedBeforeTheSummary() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        // Large enough that a debug build takes a few seconds to load it.
        var csv = "k,v,w\n"
        for i in 0..<400_000 { csv += "key\(i % 977),\(i),\(i % 13).5\n" }
        try csv.write(toFile: dir + "/big.csv", atomically: false, encoding: .utf8)
        let terminal = Tmux()
        try terminal.start(Self.command(state: dir, noColor: true))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type("load \"\(dir)/big.csv\"")
        try terminal.press("Enter")
        let summary = try terminal.waitFor("the load summary", timeout: 60) { $0.contains("big.csv: table big") }
        let line = summary.split(separator: "\n").first { $0.contains("big.csv: table big") } ?? ""
        #expect(line.hasPrefix("big.csv: table big, 400000 rows"), "the progress line was taken off first: \(line)")
        try terminal.leaveWithCtrlD()
    }
}
