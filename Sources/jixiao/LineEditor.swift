import CEditLine
import Foundation

/// libedit behind a small Swift face: read a line with a prompt, keep and persist history.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: the line typed so far is abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    /// The prompt's bytes, kept alive while libedit may read them.
    private var promptStorage: UnsafeMutablePointer<CChar>?

    init?(program: String, historyPath: String?) {
        guard let editor = jx_el_init(program), let history = jx_history_init(1000) else { return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        jx_el_set_history(editor, history)
        if let historyPath { _ = jx_history_load(history, historyPath) }
    }

    deinit {
        free(promptStorage)
        el_end(editor)
        history_end(history)
    }

    func readLine(prompt: String) -> Input {
        free(promptStorage)
        promptStorage = strdup(prompt)
        jx_el_set_prompt(editor, promptStorage)
        _ = jx_take_interrupt()
        _ = jx_take_line_abandoned()
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count) else {
            if jx_take_interrupt() != 0 || (count < 0 && jx_errno() == EINTR) { return .interrupted }
            return .endOfInput
        }
        if jx_take_line_abandoned() != 0 || jx_take_interrupt() != 0 { return .interrupted }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Records an entry and writes the history file whole (temporary file, then rename).
    func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        _ = jx_history_enter(history, entry)
        guard let historyPath else { return }
        let directory = (historyPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = historyPath + ".\(getpid()).tmp"
        if jx_history_save(history, temporary) >= 0 {
            if rename(temporary, historyPath) != 0 { unlink(temporary) }
        } else {
            unlink(temporary)
        }
    }

    /// Every entry, oldest first.
    var entries: [String] {
        var result: [String] = []
        var first: Int32 = 1
        while let entry = jx_history_next_oldest(history, first) {
            result.append(String(cString: entry))
            first = 0
        }
        return result
    }

    /// `$XDG_STATE_HOME/jixiao/history`, by default `~/.local/state/jixiao/history`.
    static var defaultHistoryPath: String? {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/jixiao/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/jixiao/history"
    }
}
