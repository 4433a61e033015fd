import Foundation
import JixiaoWorkbench

/// While a statement runs: forwards Ctrl-C to the engine, and after about a second shows
/// `… 2.4 s, 12,000,000 rows` on stderr (a terminal only), taken off before any output.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private var shown = false
    /// Off for good once output has begun.
    private var mayShow = true
    private let context: StatementControl
    private let started = Date()
    private let onTerminal = isatty(2) == 1

    init(context: StatementControl) {
        self.context = context
        Thread.detachNewThread { [self] in watch() }
    }

    private func watch() {
        while lock.withLock({ running }) {
            if InterruptSignal.isRaised { context.interrupt() }
            let elapsed = Date().timeIntervalSince(started)
            if onTerminal && elapsed > 1 {
                let rows = context.progressRows
                let text =
                    String(format: "… %.1f s", elapsed) + (rows > 0 ? ", \(rows.formatted()) rows" : "")
                    + " (Ctrl-C stops)"
                lock.withLock {
                    if running && mayShow {
                        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
                        shown = true
                    }
                }
            }
            usleep(elapsed > 1 ? 200_000 : 20_000)
        }
    }

    /// Takes the line off the screen and stops updating it; the watcher keeps forwarding Ctrl-C
    /// until `finish`.
    func clear() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
            mayShow = false
        }
    }

    func finish() {
        clear()
        lock.withLock { running = false }
    }
}

extension Int {
    /// 12000000 → "12,000,000".
    func formatted() -> String {
        let digits = Array(String(self))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 && d != "-" { out.append(",") }
            out.append(d)
        }
        return out
    }
}
