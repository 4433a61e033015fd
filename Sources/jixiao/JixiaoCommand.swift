import ArgumentParser
import CTerminal
import Foundation
import JixiaoWorkbench

/// The command line: picks the mode (REPL, script, -c, piped stdin), prepares the session and
/// turns its outcome into the exit code (0 ok, 1 a failed assert, 2 any other error).
@main
struct JixiaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "A workbench for budget-performance data (绩效目标表, 绩效自评表).",
        discussion: """
            With no arguments on a terminal, starts the REPL on the bundled datasets.
            A script file, -c STATEMENTS, or statements piped on stdin run without a prompt.
            Exit codes: 0 success, 1 an assert failed, 2 any other error.
            """,
        version: "jixiao 0.1.0")

    @Argument(help: "A script of statements to run (.jx), or a snapshot to open (.jxdb, written by .save).")
    var script: String?

    /// `jixiao FILE.jxdb` opens a snapshot instead of the datasets, as `sqlite3 FILE.db` opens a
    /// database; -c and piped statements then run on its tables.
    private var snapshot: String? { script.flatMap { Session.isSnapshot(path: $0) ? $0 : nil } }

    @Option(name: .customShort("c"), help: ArgumentHelp("Run STATEMENTS and exit.", valueName: "statements"))
    var command: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp("Give variable NAME a default value (repeatable).", valueName: "name=value"))
    var assignments: [String] = []

    @Option(help: ArgumentHelp("Output format: table, line, csv, tsv, json, jsonl or markdown.", valueName: "format"))
    var format: String?

    @Option(
        help: ArgumentHelp(
            "Write results to FILE instead of the screen (DIR/: one file per result).", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp("Load the documents in DIR at start (default: the project's Datasets/).", valueName: "dir"))
    var datasets: String?

    @Flag(name: .customLong("no-datasets"), help: "Start with no tables loaded.")
    var noDatasets = false

    /// Argument errors exit with 2, as every other usage error does, not ArgumentParser's 64.
    static func main() {
        jx_set_utf8_locale()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(
                Data(("jixiao: " + fullMessage(for: error) + "\n" + usageString() + "\n").utf8))
            Foundation.exit(2)
        }
    }

    func validate() throws {
        if script != nil && command != nil && snapshot == nil {
            throw ValidationError("give either a script or -c, not both")
        }
        if let format, !Settings.formatNames.contains(format) {
            throw ValidationError(
                "unknown format \"\(format)\"; one of: " + Settings.formatNames.joined(separator: ", "))
        }
        for assignment in assignments where !assignment.contains("=") {
            throw ValidationError("--set needs name=value, got \"\(assignment)\"")
        }
    }

    func run() throws {
        let interactive = (script == nil || snapshot != nil) && command == nil && isatty(0) == 1
        let messages = FileDescriptorSink.standardError
        var fileSink: AtomicFileSink?
        let results: TextSink
        var resultDirectory: String?
        if let output, Self.namesFolder(output) {
            do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
                messages.write("jixiao: cannot create the folder \(output): \(error.localizedDescription)\n")
                throw ExitCode(2)
            }
            resultDirectory = output
            results = FileDescriptorSink.standardOutput
        } else if let output {
            do {
                let sink = try AtomicFileSink(path: output)
                fileSink = sink
                results = sink
            } catch {
                messages.write("jixiao: \(error)\n")
                throw ExitCode(2)
            }
        } else {
            results = FileDescriptorSink.standardOutput
        }
        let session = Session(output: results, messages: messages)
        session.resultDirectory = resultDirectory
        session.interactive = interactive
        configure(session, toTerminal: output == nil && isatty(1) == 1)
        for assignment in assignments {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            session.setDefault(
                parts[0].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "$")),
                parts.count > 1 ? parts[1] : "")
        }
        if let snapshot {
            do { try session.openSnapshot(at: snapshot) } catch {
                messages.write("jixiao: \(error)\n")
                throw ExitCode(2)
            }
        } else if !noDatasets, let directory = DatasetLocator.directory(explicit: datasets) {
            if interactive {
                session.loadDatasets(directory: directory)
            } else {
                let quiet = BufferSink()
                session.messages = quiet
                session.loadDatasets(directory: directory)
                session.messages = messages
            }
        } else if let datasets, !noDatasets {
            messages.write("jixiao: no such folder \(datasets)\n")
            throw ExitCode(2)
        } else if interactive && !noDatasets {
            session.announceNoDatasets()
        }

        let outcome: Session.Outcome
        if let command {
            outcome = session.run(command, file: "-c")
        } else if let script, snapshot == nil {
            guard let data = FileManager.default.contents(atPath: script) else {
                messages.write("jixiao: cannot read \(script): no such file, or not readable\n")
                throw ExitCode(2)
            }
            let text = String(decoding: data, as: UTF8.self)
            if let problem = session.unknownCommandLineVariable(in: text) {
                messages.write("jixiao: \(problem)\n")
                throw ExitCode(2)
            }
            outcome = session.run(text, file: script)
        } else if interactive {
            REPL(session: session).run()
            outcome = .success
        } else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            outcome = session.run(String(decoding: data, as: UTF8.self), file: "<stdin>")
        }
        do {
            try session.finishOutput()
            if outcome == .failed { fileSink?.discard() } else { try fileSink?.finish() }
        } catch {
            messages.write("jixiao: \(error)\n")
            throw ExitCode(2)
        }
        switch outcome {
        case .success: return
        case .assertionFailed: throw ExitCode(1)
        case .failed: throw ExitCode(2)
        }
    }

    /// `--output DIR/` (a trailing slash, or an existing folder) writes one file per result.
    static func namesFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return path.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    /// Colour and width follow the terminal; NO_COLOR (non-empty, as no-color.org says) turns colour off.
    private func configure(_ session: Session, toTerminal: Bool) {
        if let format { session.settings.setFormat(named: format) }
        session.settings.language = InterfaceLanguage.from(environment: ProcessInfo.processInfo.environment)
        let colorAllowed = ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true
        if toTerminal {
            session.settings.width = TerminalColumns.current() ?? 100
            session.settings.color = colorAllowed
        }
        session.settings.colorMessages = colorAllowed && isatty(2) == 1
    }
}
