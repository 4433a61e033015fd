import JixiaoRender

/// `.mode MODE`: how results are written.
enum ModeCommand {
    static let command = DotCommand(
        name: "mode", usage: ".mode table|line|csv|tsv|json|jsonl|markdown",
        summary: "set the output format"
    ) { session, argument, _ in
        guard !argument.isEmpty else {
            session.output.write("\(session.settings.format.rawValue)\n")
            return
        }
        let aliases = ["md": OutputFormat.markdown, "box": .table, "lines": .line]
        guard let format = OutputFormat(rawValue: argument.lowercased()) ?? aliases[argument.lowercased()] else {
            throw WorkbenchError.usage(
                "unknown mode \"\(argument)\"; one of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            )
        }
        session.settings.format = format
    }
}
