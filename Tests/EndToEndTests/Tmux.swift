import Foundation

/// Drives a program in a real terminal: a private tmux server, keys in, screen text out.
final class Tmux {
    let socket = "jixiao-test-" + UUID().uuidString.prefix(8)
    let width: Int
    let height: Int

    init(width: Int = 120, height: Int = 50) {
        self.width = width
        self.height = height
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Starts `command` (run by sh) in a new detached session named "main".
    func start(_ command: String) throws {
        // The server forked here would hold a captured pipe open forever: give it no pipes.
        _ = try tmux(
            ["-u", "new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), command],
            capture: false)
    }

    /// Types text exactly as given (UTF-8 included), without interpreting key names.
    func type(_ text: String) throws { _ = try tmux(["send-keys", "-t", "main", "-l", text]) }

    /// Presses named keys: "Enter", "Up", "C-c", "C-d", "Tab".
    func press(_ keys: String...) throws { _ = try tmux(["send-keys", "-t", "main"] + keys) }

    /// Changes the terminal's size, as dragging a window edge does (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main", "-J"]) }

    /// The screen with its colour escape sequences.
    func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "main", "-J"]) }

    var isRunning: Bool { (try? tmux(["has-session", "-t", "main"])) != nil }

    /// Polls the screen until `predicate` holds; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if predicate(last) { return last }
            usleep(50_000)
        }
        throw TmuxError.timedOut(waitingFor: what, screen: last)
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor(text, timeout: timeout) { $0.contains(text) }
    }

    /// Leaves the REPL with Ctrl-D once its prompt is the last line on the screen. A Ctrl-D sent
    /// as soon as a statement's output shows can reach the terminal before the line editor has
    /// taken it back; the terminal's own line discipline then swallows it as end-of-file for a
    /// read nobody is doing, and the REPL never sees it.
    func leaveWithCtrlD(timeout: TimeInterval = 10) throws {
        try waitFor("the prompt on the last line", timeout: timeout) { screen in
            let last = screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? ""
            return last.trimmingCharacters(in: .whitespaces) == "jixiao>"
        }
        try press("C-d")
        try waitUntilExited(timeout: timeout)
    }

    func waitUntilExited(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning { return }
            usleep(50_000)
        }
        throw TmuxError.timedOut(waitingFor: "the program to exit", screen: (try? screen()) ?? "")
    }

    /// Runs tmux with posix_spawn and waitpid: Foundation's Process can miss the exit of a
    /// client whose forked server lives on, and a pipe the server inherits never closes.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "tmux-out-" + UUID().uuidString
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArguments { free(p) } }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cEnvironment { free(p) } }
        // The test runner blocks signals such as SIGINT; the program in the terminal must not
        // inherit that, or Ctrl-C could never reach it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, &cEnvironment) == 0 else {
            throw TmuxError.failed(arguments)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw TmuxError.failed(arguments) }
        guard capture, let data = FileManager.default.contents(atPath: outputPath) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed([String])
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .failed(let arguments): return "tmux \(arguments.joined(separator: " ")) failed"
        case .timedOut(let what, let screen): return "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}
