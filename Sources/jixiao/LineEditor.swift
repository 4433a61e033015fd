import CEditLine
import CTerminal
import Foundation
import JixiaoWorkbench

/// Candidates for the word before the cursor, and how many characters they replace.
struct CompletionAnswer {
    var replacing: Int
    var candidates: [String]
    var commonPrefix: String
}

/// The editor's state that libedit's C callbacks reach through its client pointer.
final class EditorState {
    private(set) var prompt: UnsafeMutablePointer<CChar>?
    let complete: (String) -> CompletionAnswer

    init(complete: @escaping (String) -> CompletionAnswer) { self.complete = complete }

    deinit { free(prompt) }

    func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }

    static func from(_ editor: OpaquePointer?) -> EditorState? {
        guard let editor, let raw = jx_el_client(editor) else { return nil }
        return Unmanaged<EditorState>.fromOpaque(raw).takeUnretainedValue()
    }

    /// Tab: one candidate is inserted; several insert what they share, or are listed in
    /// columns sized in terminal cells when they share nothing more.
    static func complete(_ editor: OpaquePointer?) -> UInt8 {
        guard let editor, let state = from(editor), let raw = jx_el_text_before_cursor(editor) else {
            return UInt8(CC_ERROR)
        }
        let before = String(cString: raw)
        free(raw)
        let answer = state.complete(before)
        let typed = String(before.suffix(answer.replacing))
        if answer.candidates.count == 1, let only = answer.candidates.first {
            let suffix =
                only.hasSuffix("(") || only.hasSuffix("\"") || only.hasSuffix("'") || only.hasSuffix("/") ? "" : " "
            _ = jx_el_replace_before_cursor(editor, Int32(answer.replacing), only + suffix)
            return UInt8(CC_REFRESH)
        }
        guard !answer.candidates.isEmpty else { return UInt8(CC_ERROR) }
        if answer.commonPrefix.count > typed.count {
            _ = jx_el_replace_before_cursor(editor, Int32(answer.replacing), answer.commonPrefix)
            return UInt8(CC_REFRESH)
        }
        let listing = CompletionListing.layout(answer.candidates, width: TerminalColumns.current() ?? 80)
        FileHandle.standardOutput.write(Data(("\n" + listing).utf8))
        return UInt8(CC_REDISPLAY)
    }
}

/// libedit behind a small Swift face: read a line with a prompt, keep and persist history.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C: the line typed so far is abandoned.
        case interrupted
        /// Ctrl-C on an empty line: nothing to abandon, so the user may be trying to leave.
        case interruptedOnEmptyLine
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    /// What the C callbacks reach through the editor's client pointer.
    private let state: EditorState

    /// `complete` gets the text before the cursor and answers with candidates.
    init?(program: String, historyPath: String?, complete: @escaping (String) -> CompletionAnswer) {
        guard let editor = jx_el_init(program), let history = jx_history_init(1000) else { return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        self.state = EditorState(complete: complete)
        jx_el_set_client(editor, Unmanaged.passUnretained(state).toOpaque())
        jx_el_set_prompt_function(editor, { el in EditorState.from(el)?.prompt ?? nil })
        jx_el_bind_function(
            editor, "jx-complete", "Complete the word before the cursor",
            { el, _ in EditorState.complete(el) }, "^I")
        jx_el_set_history(editor, history)
        if let historyPath { _ = jx_history_load(history, historyPath) }
    }

    deinit {
        el_end(editor)
        history_end(history)
    }

    func readLine(prompt: String) -> Input {
        state.setPrompt(prompt)
        // The flag is cleared after every statement, so one set now is a Ctrl-C pressed at the
        // prompt before the editor took the terminal (it would be lost if cleared here).
        if InterruptSignal.take() { return prompt == REPL.prompt ? .interruptedOnEmptyLine : .interrupted }
        _ = jx_take_line_abandoned()
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count) else {
            // Ctrl-C ends the line as a newline would, but an empty line comes back from el_gets
            // as NULL, the same as Ctrl-D: the mark is what tells the two apart.
            if jx_take_line_abandoned() != 0 { return .interruptedOnEmptyLine }
            if InterruptSignal.take() || (count < 0 && jx_errno() == EINTR) {
                // A Ctrl-C that came as a signal (it raced the terminal back into editing mode)
                // interrupts the read instead: what was typed tells the two cases apart.
                let typed = el_line(editor).map { $0.pointee.lastchar != $0.pointee.buffer } ?? false
                return typed ? .interrupted : .interruptedOnEmptyLine
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        if jx_take_line_abandoned() != 0 || InterruptSignal.take() {
            return line.isEmpty ? .interruptedOnEmptyLine : .interrupted
        }
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
