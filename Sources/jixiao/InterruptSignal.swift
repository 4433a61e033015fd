import CTerminal
import Foundation

/// The one place that touches the process's SIGINT flag (kept in `CTerminal`, compiled once, so
/// the handler and the progress watcher see the same flag).
enum InterruptSignal {
    /// Installs the handler that sets the flag (without SA_RESTART, so a blocked read returns),
    /// and unblocks SIGINT: a parent that blocked it (a test runner, some IDEs) passes its mask on,
    /// and a blocked Ctrl-C would stay pending for ever. Call before other threads start.
    static func install() {
        jx_install_sigint()
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether Ctrl-C was pressed since the last `take`; leaves the flag set.
    static var isRaised: Bool { jx_peek_interrupt() != 0 }

    /// Whether Ctrl-C was pressed, clearing the flag.
    @discardableResult
    static func take() -> Bool { jx_take_interrupt() != 0 }
}
