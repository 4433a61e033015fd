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
    /// The HTML report being collected (`report "FILE.html"`), if any.
    public internal(set) var activeReport: ReportCollector?
    /// `--output DIR/`: each result goes to its own file there (`result-1.csv`, `result-2.csv` …).
    public var resultDirectory: String?
    var resultFilesWritten = 0
    /// The sink the last result went to, so the next one to it can be set apart.
    var lastResultSink: ObjectIdentifier?

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
        // Results are set apart within one script or line, not from those of earlier lines.
        if runDepth == 0 { lastResultSink = nil }
        let outcome = runStatements(source, file: file)
        // A report is written when its script ends, however it ended (a failed assert is in it);
        // at the REPL it is rewritten after each line and stays open.
        if runDepth == 0 { flushReport(keepOpen: interactive) }
        return outcome
    }

    private func runStatements(_ source: String, file: String?) -> Outcome {
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
            messages.write(text(.interrupted) + "\n")
            return .failed
        } catch {
            let location = file.map { "\($0):\(statement.span.start.line):\(statement.span.start.column): " } ?? ""
            messages.write("\(location)error: \(error)\n")
            return .failed
        }
    }

    func report(_ diagnostic: Diagnostic, source: String, file: String?) {
        let presentation = DiagnosticPresentation(catalog: messageCatalog(), width: settings.width)
        let text = presentation.render(diagnostic, source: source, file: file, colored: settings.colorMessages)
        messages.write(text.hasSuffix("\n") ? text : text + "\n")
        if activeReport != nil {
            activeReport?.add(.failure(presentation.render(diagnostic, source: source, file: file, colored: false)))
        }
    }

    /// The messages in the session's language.
    public func messageCatalog() -> MessageCatalog { MessageCatalog(language: settings.language) }

    /// One message of the catalogue in the session's language, its holes filled in order.
    public func text(_ key: MessageKey, _ arguments: String...) -> String {
        key.template.filled(settings.language, arguments)
    }

    private func reportKernelWarnings() {
        let words = messageCatalog()
        for (message, count) in context.warnings {
            let word = text(.warningLabel) + ":"
            let label = settings.colorMessages ? "\u{1B}[1;33m\(word)\u{1B}[0m" : word
            // A count of values, not rows: two divisions by zero in one row are two nulls.
            let translated = words.translate(message)
            let counted = count > 1 ? text(.kernelWarningRows, translated, words.counted(count, .value)) : translated
            messages.write("\(label) \(counted)\n")
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
        let roles = Self.roles(result.columns)
        if let chart = result.chart {
            activeReport?.add(.chart(Self.chartData(result.table, chart)))
        } else {
            activeReport?.add(.table(result.table, roles: roles))
        }
        if let chart = result.chart, settings.format.isForPeople {
            // A chart needs a width even off the terminal, or its bars would run on for pages.
            var options = displayOptions()
            options.width = settings.width ?? 100
            if redirected != nil { options.width = 100 }
            let chartText = ChartRenderer.terminal(Self.chartData(result.table, chart), options: options)
            output.write(chartText.hasSuffix("\n") || chartText.isEmpty ? chartText : chartText + "\n")
            return
        }
        if let directory = resultDirectory {
            writeResultFile(result.table, in: directory)
            return
        }
        // Streamed, so a million-row CSV result never becomes one string.
        let sink = output
        var options = displayOptions()
        options.columnRoles = roles
        // Several results in one plain-text stream are told apart by a blank line.
        if !settings.format.isForPeople, settings.format != .jsonl, lastResultSink == ObjectIdentifier(sink) {
            sink.write("\n")
        }
        lastResultSink = ObjectIdentifier(sink)
        TableRenderer.write(result.table, as: settings.format, options: options) { sink.write(bytes: $0) }
        if settings.format.isForPeople, !isOnScreen, options.maxRows > 0, result.table.rowCount > options.maxRows {
            messages.write(text(.elidedOnStderr, String(result.table.rowCount - options.maxRows)) + "\n")
        }
    }

    /// What the plan knows each column's numbers to be, for the renderer: money (万元), or a rate
    /// or share (percent); nil where the plan knows nothing and the name is read instead.
    static func roles(_ columns: [PlanColumn]?) -> [ColumnRole?] {
        (columns ?? []).map { column in
            switch column.meaning.kind {
            case .money: .money
            case .rate, .share: .percent
            case nil: nil
            }
        }
    }

    /// What a chart verb asked to draw, for the terminal and the report alike.
    static func chartData(_ table: Table, _ chart: ChartRequest) -> ChartData {
        ChartData(
            kind: ChartData.Kind(rawValue: chart.kind.rawValue) ?? .bar, table: table,
            labelColumn: chart.labelColumn, valueColumn: chart.valueColumn, seriesColumn: chart.seriesColumn)
    }

    /// One result of `--output DIR/` in its own file, written whole or not at all.
    private func writeResultFile(_ table: Table, in directory: String) {
        resultFilesWritten += 1
        let path = (directory as NSString).appendingPathComponent(
            "result-\(resultFilesWritten).\(settings.format.fileExtension)")
        do {
            let sink = try AtomicFileSink(path: path)
            TableRenderer.write(table, as: settings.format, options: displayOptions()) { sink.write(bytes: $0) }
            try sink.finish()
        } catch {
            messages.write(text(.errorLabel) + ": " + messageCatalog().translate("\(error)") + "\n")
        }
    }

    /// Rows a drawn table (box or line mode) writes off the screen unless `.maxrows` says
    /// otherwise: enough for any reading, while a ten-million-row result piped into `head` is
    /// not turned into text whole (its columns must be measured before the first line). What is
    /// left out is counted on stderr; the machine formats always write every row.
    static let offScreenRowLimit = 10_000

    /// Whether results go to the terminal: not piped, not redirected by `.output`.
    var isOnScreen: Bool { redirected == nil && settings.width != nil }

    /// How results are drawn where they go now. Off the screen (a pipe, a file of `.output`)
    /// there is no colour, no cut to a width, and every row unless `.maxrows` asked otherwise.
    public func displayOptions() -> RenderOptions {
        var options = settings.renderOptions
        if !isOnScreen {
            options.color = false
            options.width = 100_000
            if !settings.maxRowsChosen { options.maxRows = Self.offScreenRowLimit }
        }
        return options
    }

    /// Ends a `.output` redirection, making the file appear whole.
    public func finishOutput() throws {
        try closeReport()
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
