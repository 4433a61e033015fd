import Foundation

/// `.output FILE|stdout`: send results to a file (written whole when switched back) or the screen.
enum OutputCommand {
    static let command = DotCommand(
        name: "output", usage: ".output FILE|stdout",
        summary: "write results to FILE until `.output stdout`"
    ) { session, argument, base in
        try session.finishOutput()
        guard !argument.isEmpty, argument != "stdout", argument != "-" else { return }
        let path = session.resolvePath(
            argument.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")), relativeTo: base)
        let sink = try AtomicFileSink(path: path)
        session.redirected = sink
        session.output = sink
    }
}
