import CTerminal

/// The terminal's width, asked of the kernel each time a result is about to be drawn, so a
/// resize (SIGWINCH) takes effect at the next drawing instead of being ignored until restart.
enum TerminalColumns {
    /// Cells across standard output, or nil when it is not a terminal.
    static func current() -> Int? {
        let width = Int(jx_terminal_width(1))
        return width > 0 ? width : nil
    }
}
