import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import JixiaoRender

/// Carries out one statement against a session.
struct StatementRunner {
    let session: Session
    let source: String
    let file: String?

    func run(_ statement: Statement) throws {
        switch statement.kind {
        case .pipeline(let pipeline):
            let result = try runPipeline(pipeline)
            session.catalog["_"] = result.table
            session.show(result)
        case .letTable(let name, let pipeline):
            let table = try runPipeline(pipeline).table
            session.catalog[name.name] = table
            session.catalog["_"] = table
            if session.interactive {
                let words = session.messageCatalog()
                session.messages.write(
                    session.text(
                        .letSummary, name.name, words.counted(table.rowCount, .row),
                        words.counted(table.columnCount, .column)) + "\n")
            }
        case .load(let load):
            try LoadStatementRunner(session: session, baseDirectory: baseDirectory).run(load)
        case .save(let pipeline, let path, let tableName):
            let table = try planner().run(pipeline).table
            // A database table is named by `as NAME`, else after the pipeline's source table.
            var source = pipeline.source
            while case .pipeline(let inner) = source { source = inner.source }
            let defaultName: String? = if case .table(let name) = source { name.name } else { nil }
            try TableSaver.save(table, to: resolve(path.value), name: tableName?.name ?? defaultName, span: path.span)
            if session.interactive {
                session.messages.write(
                    session.text(.savedRows, session.messageCatalog().counted(table.rowCount, .row), path.value) + "\n")
            }
        case .saveToDatabase(let pipeline, let target):
            try save(pipeline, toDatabase: target)
        case .attach(let target, let name):
            try attach(target, as: name)
        case .detach(let name):
            try detach(name)
        case .setVariable(let name, let value):
            // A `--set` on the command line is a default the script does not override.
            if session.commandLineDefaults[name.name] != nil { return }
            session.variables[name.name] = try scalar(value)
        case .assert(let condition, let message):
            try runAssert(condition, message)
        case .print(let template):
            let text = try fill(template)
            session.output.write(text + "\n")
            session.activeReport?.add(.text(text))
        case .run(let path):
            try runFile(resolve(path.value), span: path.span)
        case .report(let path, let title):
            let file = try scalar(path)
            guard case .string(let name) = file, !name.isEmpty else {
                throw Diagnostic("`report` needs a file name such as \"report.html\"", at: path.span)
            }
            let heading =
                try title.map { try scalar($0).description }
                ?? URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            do { try session.openReport(path: resolve(name), title: heading) } catch {
                throw Diagnostic("\(error)", at: path.span)
            }
            if session.interactive {
                session.messages.write(session.text(.reportOpened, name) + "\n")
            }
        case .check:
            do { try AuditRunner.run(session) } catch let error as WorkbenchError {
                throw Diagnostic("\(error)", at: statement.span)
            }
        case .dotCommand(let name, let argument):
            try DotCommandRegistry.run(
                name, argument: argument, session: session, baseDirectory: baseDirectory,
                source: source)
        }
    }

    /// `overrides` holds tables already fetched from an attached database.
    func planner(overrides: [String: Table] = [:]) -> Planner {
        Planner(source: source, variables: session.variables, context: session.context) { name in
            if let fetched = overrides[name.name] { return fetched }
            if let remote = try fetchRemote(name) { return remote }
            guard let table = session.catalog[name.name] else {
                let candidates = session.catalog.names
                if name.name == "_" {
                    throw Diagnostic("there is no last result yet", at: name.span)
                }
                var diagnostic = Diagnostic.unknown("table", name.name, at: name.span, among: candidates)
                if candidates.filter({ $0 != "_" }).isEmpty {
                    diagnostic.suggestion = session.text(.noTablesLoaded)
                }
                throw diagnostic
            }
            return table
        }
    }

    /// The value of an expression that needs no table (`set`, `print`, `assert`).
    func scalar(_ e: JixiaoLanguage.Expression) throws -> Value {
        let runner = planner()
        let single = Table(fields: [], columns: [], rowCount: 1)
        let scope = BindingScope(columns: [], variables: session.variables, source: source) { try runner.run($0).table }
        let bound = try ExpressionBinder(scope: scope).bind(e)
        let operand = try onEngineError(at: e.span) {
            try ExpressionEvaluator(table: single, context: session.context).operand(bound.expr)
        }
        switch operand {
        case .constant(let v): return v
        case .column(let c): return c.count > 0 ? c[0] : .null
        }
    }

    /// The template's text with each `{…}` replaced by its value.
    private func fill(_ template: PrintTemplate) throws -> String {
        var text = ""
        for part in template.parts {
            switch part {
            case .text(let t): text += t
            case .expression(let e):
                // Numbers as a person reads them, like the tables (`.numbers raw` keeps every digit).
                let value = try scalar(e)
                if case .double(let d) = value {
                    text += session.settings.numbers.prose(d)
                } else {
                    text += value.description
                }
            }
        }
        return text
    }

    private func runAssert(_ condition: JixiaoLanguage.Expression, _ message: PrintTemplate?) throws {
        let value = try scalar(condition)
        if value == .boolean(true) { return }
        guard value.type == .boolean || value.isNull else {
            throw Diagnostic("`assert` needs a condition (true/false), got \(value)", at: condition.span)
        }
        var explanation = "assertion failed"
        if let message { explanation += ": " + ((try? fill(message)) ?? message.raw) }
        // For a comparison, say what each side was: the first thing anyone asks.
        var note: String?
        if case .binary(let op, let l, let r) = condition.kind,
            op.isComparison
        {
            // The sides are evaluated again for the note: their warnings were already counted.
            let counted = session.context.warnings
            let left = (try? scalar(l))?.description ?? "?", right = (try? scalar(r))?.description ?? "?"
            session.context.clearWarnings()
            for (message, count) in counted { session.context.warn(message, count: count) }
            note = "left side is \(left), right side is \(right)"
        } else if value.isNull {
            note = "the condition is null"
        }
        throw AssertionFailure(diagnostic: Diagnostic(explanation, at: condition.span, note: note))
    }

    private func runFile(_ path: String, span: SourceSpan) throws {
        guard session.runDepth < 16 else {
            throw Diagnostic("`run` is nested more than 16 deep; does a script run itself?", at: span)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(
                "cannot read \(path)", at: span, suggestion: "check the path; it is relative to the current folder")
        }
        let text = String(decoding: data, as: UTF8.self)
        session.runDepth += 1
        defer { session.runDepth -= 1 }
        switch session.run(text, file: path) {
        case .success: return
        case .assertionFailed:
            throw AssertionFailure(diagnostic: Diagnostic("in the script run here", at: span, severity: .note))
        case .failed: throw Diagnostic("the script run here failed", at: span, severity: .note)
        }
    }

    /// Where relative paths are found: the current folder, else beside the script.
    var baseDirectory: String? {
        file.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
    }

    func resolve(_ path: String) -> String {
        session.resolvePath(path, relativeTo: baseDirectory)
    }
}

extension Session {
    /// Absolute paths stay; a relative path is tried from the current folder, then from the
    /// running script's folder.
    func resolvePath(_ path: String, relativeTo base: String?) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") || FileManager.default.fileExists(atPath: expanded) { return expanded }
        if let base {
            let candidate = URL(fileURLWithPath: base).appendingPathComponent(expanded).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return expanded
    }
}
