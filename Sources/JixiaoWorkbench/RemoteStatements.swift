import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import JixiaoRemote

/// `attach`, `detach`, `save … to NAME.TABLE` and the push-down of a pipeline that starts at an
/// attached table: its leading verbs run in the database as one SQL statement, the rest here.
extension StatementRunner {
    /// Runs a pipeline, sending what it can to the database when it starts at `NAME.TABLE`.
    func runPipeline(_ pipeline: Pipeline) throws -> PipelineResult {
        guard case .table(let source) = pipeline.source, let remote = session.attachments.resolve(source.name) else {
            return try planner().run(pipeline)
        }
        var compiler = compilerFor(remote.database)
        let query = compiler.compile(table: remote.table, columns: remote.columns, stages: pipeline.stages)
        let table = try remoteCall(at: source.span) {
            try remote.database.fetch(query, context: session.context)
        }
        let rest = Pipeline(
            source: pipeline.source, stages: Array(pipeline.stages.dropFirst(query.consumedStages)), span: pipeline.span
        )
        return try planner(overrides: [source.name: table]).run(rest)
    }

    /// A compiler that may join tables of `database` in the server.
    private func compilerFor(_ database: any AttachedDatabase) -> PushdownCompiler {
        let attachments = session.attachments
        return PushdownCompiler(variables: session.variables, dialect: database.dialect) { name in
            guard let other = attachments.resolve(name), other.database === database else { return nil }
            return (other.table, other.columns)
        }
    }

    /// The whole of an attached table, for a `join` or a nested pipeline that was not pushed down.
    func fetchRemote(_ name: Identifier) throws -> Table? {
        guard let remote = session.attachments.resolve(name.name) else { return nil }
        var compiler = PushdownCompiler(variables: [:], dialect: remote.database.dialect)
        let query = compiler.compile(table: remote.table, columns: remote.columns, stages: [])
        return try remoteCall(at: name.span) { try remote.database.fetch(query, context: session.context) }
    }

    func attach(_ target: StringLiteral, as name: Identifier) throws {
        if session.catalog[name.name] != nil {
            throw Diagnostic(
                "`\(name.name)` is already a table's name", at: name.span,
                suggestion: "attach the database under another name")
        }
        let lowered = target.value.lowercased()
        let database: any AttachedDatabase
        if ["sqlite", "sqlite3", "db"].contains(URL(fileURLWithPath: target.value).pathExtension.lowercased()),
            !lowered.hasPrefix("postgres")
        {
            database = try remoteCall(at: target.span) { try SQLiteAttachedDatabase(path: resolve(target.value)) }
        } else {
            // Not a diagnostic: its caret would print the statement, and with it the password.
            database = try PostgresDatabase(target.value)
        }
        session.attachments.attach(database, as: name.name)
        if session.interactive {
            session.messages.write(
                "attached \(database.displayName) as \(name.name): \(database.tables.count) tables\n")
        }
    }

    func detach(_ name: Identifier) throws {
        guard session.attachments.detach(name.name) else {
            throw Diagnostic.unknown("attached database", name.name, at: name.span, among: session.attachments.names)
        }
    }

    func save(_ pipeline: Pipeline, toDatabase target: Identifier) throws {
        guard let dot = target.name.firstIndex(of: "."), let database = session.attachments[String(target.name[..<dot])]
        else {
            throw Diagnostic(
                "`\(target.name)` is not a table of an attached database", at: target.span,
                suggestion: "write `save … to pg.TABLE` after `attach \"postgresql://…\" as pg`, or a quoted file name")
        }
        let table = try runPipeline(pipeline).table
        let name = String(target.name[target.name.index(after: dot)...])
        try remoteCall(at: target.span) { try database.replace(name, with: table) }
        if session.interactive {
            session.messages.write("saved \(table.rowCount) rows to \(target.name)\n")
        }
    }

    /// The SQL a pipeline would send, for `.sql`.
    func explainRemote(_ pipeline: Pipeline) throws -> String {
        guard case .table(let source) = pipeline.source, let remote = session.attachments.resolve(source.name) else {
            throw Diagnostic(
                "the pipeline does not start at a table of an attached database", at: pipeline.source.span,
                suggestion: "attach one with `attach \"postgresql://…\" as pg`, then `.sql pg.TABLE | …`")
        }
        var compiler = compilerFor(remote.database)
        let query = compiler.compile(table: remote.table, columns: remote.columns, stages: pipeline.stages)
        var text = query.sql + "\n"
        for (i, parameter) in query.parameters.enumerated() {
            text += "-- $\(i + 1) = \(parameter)\n"
        }
        let local = pipeline.stages.dropFirst(query.consumedStages)
        text +=
            local.isEmpty
            ? "-- every verb runs in the database\n"
            : "-- then here: " + local.map(\.name.name).joined(separator: " | ") + "\n"
        return text
    }

    /// A database failure as a diagnostic at `span`; an interrupt stays an interrupt.
    @discardableResult
    private func remoteCall<T>(at span: SourceSpan, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as RemoteError {
            throw Diagnostic(error.description, at: span)
        }
    }
}
