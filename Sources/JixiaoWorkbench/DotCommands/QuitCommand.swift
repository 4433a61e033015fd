/// `.quit` (or `.exit`): leave the REPL.
enum QuitCommand {
    static let command = DotCommand(name: "quit", usage: ".quit", summary: "leave jixiao") { session, _, _ in
        session.shouldQuit = true
    }
    static let exitAlias = DotCommand(name: "exit", usage: ".exit", summary: "leave jixiao (same as .quit)") {
        session, _, _ in
        session.shouldQuit = true
    }
}
