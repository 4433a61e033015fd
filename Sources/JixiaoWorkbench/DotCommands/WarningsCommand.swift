/// `.warnings`: every warning of every load, with `file:line` and the reason.
enum WarningsCommand {
    static let command = DotCommand(name: "warnings", usage: ".warnings", summary: "list the warnings of the loads so far") { session, _, _ in
        if session.loadWarnings.isEmpty {
            session.output.write("no warnings\n")
            return
        }
        for w in session.loadWarnings {
            let place = w.line.map { "\(w.file):\($0)" } ?? w.file
            session.output.write("\(place): \(w.message)\n")
        }
    }
}
