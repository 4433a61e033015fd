import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoLanguage
import JixiaoQuery
import JixiaoRemote
import JixiaoRender

/// One analyst's workspace: tables, variables, settings and warnings, and the runner of
/// statements and dot-commands. It never touches the terminal: results go to `output`,
/// everything else (summaries, warnings, errors) to `messages`.
public final class Session {
    public var catalog = Catalog()
    public var settings = Settings()
    public var variables: [String: Value] = [:]
    /// Databases attached with `attach … as NAME`; their tables are `NAME.TABLE`.
    public var attachments = Attachments()
    /// Values given with `--set`: a script's own `set` does not override them.
    public var commandLineDefaults: [String: Value] = [:]
    /// Every warning of every load, for `.warnings`.
    public internal(set) var loadWarnings: [LoadWarning] = []
    public let context = ExecutionContext()
    public var output: TextSink
    public var messages: TextSink
    /// Whether a person is typing: adds confirmations that scripts do without.
    public var interactive = false
    /// The REPL's history, for `.history`.
    public var historyProvider: (() -> [String])?
    public internal(set) var shouldQuit = false
    /// `.output FILE` redirects results here until `.output stdout`.
    var redirected: AtomicFileSink?
    var standardOutput: TextSink
    var runDepth = 0

    public enum Outcome: Equatable {
        case success
        /// An `assert` did not hold (exit code 1).
        case assertionFailed
        /// Any other error (exit code 2).
        case failed
    }

    public init(output: TextSink, messages: TextSink) {
        self.output = output
        self.standardOutput = output
        self.messages = messages
    }

    /// Routes results and messages through new sinks from now on, `.output stdout` included
    /// (the REPL's progress gates wrap the originals).
    public func route(output: TextSink, messages: TextSink) {
        self.output = output
        standardOutput = output
        self.messages = messages
    }

    /// Sets `--set` defaults, parsed as numbers when they look like numbers.
    public func setDefault(_ name: String, _ text: String) {
        let value: Value = Int64(text).map(Value.integer) ?? Double(text).map(Value.double) ?? .string(text)
        commandLineDefaults[name] = value
        variables[name] = value
    }

    /// The handle the REPL's watcher thread uses while a statement runs.
    public var control: StatementControl { StatementControl(context: context) }

    /// True when the REPL should wait for another line before running `text` (a trailing `|`
    /// or `,`, an open bracket or string).
    public static func needsMoreInput(_ text: String) -> Bool { Parser.needsMoreInput(text) }

    /// Runs every statement of `source`. Scripts stop at the first failure; the REPL keeps going
    /// after errors because the next line is a new attempt.
    @discardableResult
    public func run(_ source: String, file: String? = nil) -> Outcome {
        let statements: [Statement]
        switch Parser.jixiao.parse(source, file: file) {
        case .success(let parsed): statements = parsed
        case .failure(let diagnostic):
            report(diagnostic, source: source, file: file)
            return .failed
        }
        for statement in statements {
            let outcome = execute(statement, source: source, file: file)
            if outcome != .success || shouldQuit { return outcome }
        }
        return .success
    }

    /// Runs one statement and reports its errors; the outcome says how it went.
    func execute(_ statement: Statement, source: String, file: String?) -> Outcome {
        context.resetInterrupt()
        context.resetProgress()
        context.clearWarnings()
        let started = DispatchTime.now()
        defer {
            context.clearDictionaryWork()
            reportKernelWarnings()
            if settings.timer {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
                messages.write(String(format: "Run Time: %.3f s\n", seconds))
            }
        }
        do {
            try StatementRunner(session: self, source: source, file: file).run(statement)
            return .success
        } catch let failure as AssertionFailure {
            report(failure.diagnostic, source: source, file: file)
            return .assertionFailed
        } catch let diagnostic as Diagnostic {
            report(diagnostic, source: source, file: file)
            return .failed
        } catch EngineError.cancelled {
            messages.write("interrupted\n")
            return .failed
        } catch {
            let location = file.map { "\($0):\(statement.span.start.line):\(statement.span.start.column): " } ?? ""
            messages.write("\(location)error: \(error)\n")
            return .failed
        }
    }

    func report(_ diagnostic: Diagnostic, source: String, file: String?) {
        let text = diagnostic.render(source: source, file: file, colored: settings.colorMessages)
        messages.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    private func reportKernelWarnings() {
        for (message, count) in context.warnings {
            let label = settings.colorMessages ? "\u{1B}[1;33mwarning:\u{1B}[0m" : "warning:"
            messages.write("\(label) \(message)" + (count > 1 ? " (\(count) rows)" : "") + "\n")
        }
        context.clearWarnings()
    }

    /// A table by name, or an error naming the nearest table.
    public func table(named name: String) throws -> Table {
        if let table = catalog[name] { return table }
        throw WorkbenchError.unknownTable(name, suggestion: Suggest.nearest(name, among: catalog.names))
    }

    /// Writes a result the way the current mode shows it.
    func show(_ result: PipelineResult) {
        if let chart = result.chart, settings.format == .table {
            let table = result.table
            let labels = (0..<table.rowCount).map { table[$0, chart.labelColumn].description }
            let values = (0..<table.rowCount).map { table.columns[chart.valueColumn].number(at: $0) }
            // A chart needs a width even off the terminal, or its bars would run on for pages.
            var options = settings.renderOptions
            options.width = settings.width ?? 100
            let chartText = BarChart.render(labels: labels, values: values, options: options)
            output.write(chartText.hasSuffix("\n") || chartText.isEmpty ? chartText : chartText + "\n")
            return
        }
        // Streamed, so a million-row CSV result never becomes one string.
        let sink = output
        TableRenderer.write(result.table, as: settings.format, options: settings.renderOptions) { sink.write(bytes: $0) }
    }

    /// Ends a `.output` redirection, making the file appear whole.
    public func finishOutput() throws {
        guard let file = redirected else { return }
        redirected = nil
        output = standardOutput
        try file.finish()
    }
}

/// An `assert` that did not hold, carried to the session as its own kind of failure.
struct AssertionFailure: Error {
    let diagnostic: Diagnostic
}
