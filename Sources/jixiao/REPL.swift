import CEditLine
import Foundation
import JixiaoWorkbench

/// The interactive loop: prompt, collect a whole statement (continuing after `|` or an open
/// bracket), run it, remember it; Ctrl-C abandons the statement, Ctrl-D leaves.
struct REPL {
    let session: Session
    static let prompt = "jixiao> "
    static let continuation = "   ...> "

    func run() {
        InterruptSignal.install()
        let session = self.session
        let completer: (String) -> CompletionAnswer = { text in
            let c = session.complete(text)
            return CompletionAnswer(replacing: c.replacing, candidates: c.candidates, commonPrefix: c.commonPrefix)
        }
        guard
            let editor = LineEditor(program: "jixiao", historyPath: LineEditor.defaultHistoryPath, complete: completer)
        else {
            session.messages.write("jixiao: cannot start line editing; reading plain lines\n")
            return
        }
        session.historyProvider = { editor.entries }
        let gates = [GatedSink(session.output), GatedSink(session.messages)]
        session.route(output: gates[0], messages: gates[1])
        session.messages.write(session.text(.welcome, "0.1.0") + "\n")
        var pending: [String] = []
        while !session.shouldQuit {
            switch editor.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuation) {
            case .endOfInput:
                if pending.isEmpty {
                    session.messages.write("\n")
                    return
                }
                pending = []
                session.messages.write("\n")
            case .interrupted:
                pending = []
                session.messages.write("^C\n")
            case .interruptedOnEmptyLine:
                // As sqlite3 and Python do: Ctrl-C never ends the session and its tables.
                let continuing = !pending.isEmpty
                pending = []
                session.messages.write(continuing ? "^C\n" : "^C " + session.text(.howToLeave) + "\n")
            case .line(let line):
                pending.append(line)
                let statement = pending.joined(separator: "\n")
                if Session.needsMoreInput(statement) { continue }
                pending = []
                editor.remember(Session.historyEntry(statement))
                execute(statement, gates: gates)
            }
        }
    }

    /// Runs a statement while a watcher turns Ctrl-C into an interrupt and shows progress,
    /// taken off the screen before the statement writes anything.
    private func execute(_ statement: String, gates: [GatedSink]) {
        let signals = TerminalSignals.enable()
        defer { signals.restore() }
        if let width = TerminalColumns.current() { session.settings.width = width }
        let progress = ProgressLine(context: session.control)
        for gate in gates { gate.beforeWrite = { progress.clear() } }
        session.run(statement, file: nil)
        progress.finish()
        for gate in gates { gate.beforeWrite = nil }
        InterruptSignal.take()
    }
}
