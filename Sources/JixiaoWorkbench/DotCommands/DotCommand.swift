import JixiaoLanguage

/// A `.name argument` command: its usage text beside its code, listed once in the registry.
struct DotCommand: Sendable {
    let name: String
    let usage: String
    let summary: String
    let run: @Sendable (Session, _ argument: String, _ baseDirectory: String?) throws -> Void
}

/// Every dot-command, in the order `.help` lists them.
enum DotCommandRegistry {
    static let all: [DotCommand] = [
        HelpCommand.command, TablesCommand.command, SchemaCommand.command, DescribeCommand.command, WarningsCommand.command,
        ModeCommand.command, NumbersCommand.command, WrapCommand.command, OutputCommand.command, LangCommand.command, TimerCommand.command, MaxRowsCommand.command,
        HistoryCommand.command, RunCommand.command, CheckCommand.command, QuitCommand.command, QuitCommand.exitAlias,
    ]

    static func run(_ name: Identifier, argument: String, session: Session, baseDirectory: String?) throws {
        guard let command = all.first(where: { $0.name == name.name }) else {
            throw Diagnostic.unknown("command", "." + name.name, at: name.span, among: all.map { "." + $0.name })
        }
        do {
            try command.run(session, argument.trimmingCharacters(in: .whitespaces), baseDirectory)
        } catch let error as WorkbenchError {
            throw Diagnostic("\(error)", at: name.span, note: "usage: \(command.usage)")
        }
    }
}
