/// `.wrap N`: long text cells of the box table fold onto up to N lines instead of being cut.
enum WrapCommand {
    static let command = DotCommand(
        name: "wrap", usage: ".wrap N|off",
        summary: "let long text cells take up to N lines of a table row (off: cut them with …)"
    ) { session, argument, _ in
        if argument.isEmpty {
            session.output.write("\(session.settings.wrapLines)\n")
            return
        }
        if argument.lowercased() == "off" {
            session.settings.wrapLines = 1
            return
        }
        guard let n = Int(argument), (1...100).contains(n) else {
            throw WorkbenchError.usage("expected a number of lines from 1 to 100, or off")
        }
        session.settings.wrapLines = n
    }
}
