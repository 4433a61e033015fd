import Foundation
import JixiaoLanguage

/// A `.name argument` command: its usage text beside its code, listed once in the registry.
struct DotCommand: Sendable {
    let name: String
    let usage: String
    let summary: String
    let run: @Sendable (Session, _ argument: String, _ baseDirectory: String?, _ line: CommandLineText) throws -> Void

    init(
        name: String, usage: String, summary: String,
        run: @escaping @Sendable (Session, _ argument: String, _ baseDirectory: String?) throws -> Void
    ) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.run = { session, argument, base, _ in try run(session, argument, base) }
    }

    /// A command whose argument is language text (`.plan PIPELINE`): it also gets the text of
    /// its line, so errors point into the argument where it stands in the source.
    static func readingLanguage(
        name: String, usage: String, summary: String,
        _ run: @escaping @Sendable (Session, _ argument: String, _ line: CommandLineText) throws -> Void
    ) -> DotCommand {
        DotCommand(name: name, usage: usage, summary: summary, run: run)
    }

    /// A command whose argument is one pipeline (`.plan`, `.sql`): the pipeline parsed against the
    /// real source, so carets point into the line the user typed; `example` is the pipeline the
    /// usage messages suggest.
    static func readingPipeline(
        name: String, usage: String, summary: String, example: String,
        _ run: @escaping @Sendable (Session, Pipeline, _ source: String) throws -> Void
    ) -> DotCommand {
        readingLanguage(name: name, usage: usage, summary: summary) { session, argument, line in
            guard !argument.isEmpty else {
                throw WorkbenchError.usage("give a pipeline, e.g. `.\(name) \(example)`")
            }
            let text = line.inPlace(argument)
            let statements = try Parser.jixiao.parseStatements(text)
            guard statements.count == 1, let statement = statements.first,
                case .pipeline(let pipeline) = statement.kind
            else {
                throw WorkbenchError.usage("`.\(name)` takes one pipeline, e.g. `.\(name) \(example)`")
            }
            try run(session, pipeline, text)
        }
    }

    private init(
        name: String, usage: String, summary: String,
        run: @escaping @Sendable (Session, _ argument: String, _ line: CommandLineText) throws -> Void
    ) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.run = { session, argument, _, line in try run(session, argument, line) }
    }
}

/// The statement source a dot-command stands in, and where its name ends.
struct CommandLineText: Sendable {
    let source: String
    /// The byte offset just after the command's name.
    let nameEnd: Int

    /// The source with everything before `argument` blanked out, byte for byte and line for
    /// line, and nothing after it: parsing it gives spans that point into the real source.
    func inPlace(_ argument: String) -> String {
        let bytes = Array(source.utf8)
        var start = min(max(nameEnd, 0), bytes.count)
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        let blank = bytes[..<start].map { $0 == 0x0A ? UInt8(0x0A) : UInt8(0x20) }
        return String(decoding: blank, as: UTF8.self) + argument
    }
}

/// Every dot-command, in the order `.help` lists them.
enum DotCommandRegistry {
    static let all: [DotCommand] = [
        HelpCommand.command, TablesCommand.command, SchemaCommand.command, DescribeCommand.command,
        WarningsCommand.command,
        PlanCommand.command, SQLCommand.command, ModeCommand.command, NumbersCommand.command, WrapCommand.command,
        OutputCommand.command, LangCommand.command, TimerCommand.command, MaxRowsCommand.command,
        HistoryCommand.command, RunCommand.command, CheckCommand.command, QuitCommand.command, QuitCommand.exitAlias,
        SaveCommand.command, OpenCommand.command,
    ]

    /// The command called `name`, or the only one whose name starts with it (`.sch` is
    /// `.schema`, as in sqlite3); nil when none or several do.
    static func command(named name: String) -> (command: DotCommand?, candidates: [DotCommand]) {
        if let exact = all.first(where: { $0.name == name }) { return (exact, [exact]) }
        let candidates = name.isEmpty ? [] : all.filter { $0.name.hasPrefix(name) }
        return (candidates.count == 1 ? candidates.first : nil, candidates)
    }

    static func run(
        _ name: Identifier, argument: String, session: Session, baseDirectory: String?,
        source: String
    ) throws {
        let (found, candidates) = command(named: name.name)
        guard let command = found else {
            if candidates.count > 1 {
                throw Diagnostic(
                    "\".\(name.name)\" could be " + candidates.map { "." + $0.name }.joined(separator: ", "),
                    at: name.span, suggestion: "type more of the command's name")
            }
            throw Diagnostic.unknown("command", "." + name.name, at: name.span, among: all.map { "." + $0.name })
        }
        let line = CommandLineText(source: source, nameEnd: name.span.start.offset + 1 + name.name.utf8.count)
        do {
            try command.run(session, argument.trimmingCharacters(in: .whitespaces), baseDirectory, line)
        } catch let error as WorkbenchError {
            throw Diagnostic("\(error)", at: name.span, note: "usage: \(command.usage)")
        }
    }
}
