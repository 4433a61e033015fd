import Foundation

/// Turns the terminal's signal keys on while a statement runs.
///
/// libedit reads a line with ISIG off (Ctrl-C is an editing key there, abandoning the line) and
/// leaves it off when it returns, so Ctrl-C during a long query reached the program as a plain
/// byte and nothing stopped. With ISIG on, the key raises SIGINT, whose handler sets the flag the
/// progress watcher forwards to `ExecutionContext.interrupt()`.
struct TerminalSignals {
    private var saved = termios()
    private var changed = false

    /// Enables ISIG on standard input when it is a terminal with it off; `restore` undoes it.
    static func enable() -> TerminalSignals {
        var state = TerminalSignals()
        guard isatty(0) == 1, tcgetattr(0, &state.saved) == 0, state.saved.c_lflag & tcflag_t(ISIG) == 0 else {
            return state
        }
        var withSignals = state.saved
        withSignals.c_lflag |= tcflag_t(ISIG)
        state.changed = tcsetattr(0, TCSANOW, &withSignals) == 0
        return state
    }

    func restore() {
        guard changed else { return }
        var original = saved
        _ = tcsetattr(0, TCSANOW, &original)
    }
}
