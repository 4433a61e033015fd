/// `.maxrows N`: how many rows a table shows before eliding the middle.
enum MaxRowsCommand {
    static let command = DotCommand(
        name: "maxrows", usage: ".maxrows N", summary: "show at most N rows of a table (0: all)"
    ) { session, argument, _ in
        guard let n = Int(argument), n >= 0 else {
            if argument.isEmpty { session.output.write("\(session.settings.maxRows)\n"); return }
            throw WorkbenchError.usage("expected a number of rows")
        }
        session.settings.maxRows = n == 0 ? Int.max : n
        session.settings.maxRowsChosen = true
    }
}
