import Foundation
import JixiaoRender
import JixiaoWorkbench

/// Runs the records of one case file against one fresh session and describes every difference.
///
/// Each record starts with empty output and message buffers, so a record's expectations cover
/// exactly what its own statements wrote.
struct CaseRunner {
    let name: String
    let datasets: String
    private let output = BufferSink()
    private let messages = BufferSink()
    private let session: Session

    init(name: String, datasets: String) {
        self.name = name
        self.datasets = datasets
        session = Session(output: output, messages: messages)
        session.settings.format = .csv
    }

    /// The failures of the file, each naming its record's line; empty when every record passed.
    func run(_ file: CaseFile) -> [String] {
        var failures: [String] = []
        for record in file.records {
            output.clear()
            messages.clear()
            if let problem = run(record) { failures.append("\(name):\(record.line): \(problem)") }
        }
        return failures
    }

    private func run(_ record: CaseFile.Record) -> String? {
        switch record.kind {
        case .datasets:
            session.loadDatasets(directory: datasets)
            return nil
        case .table(let tableName, let columns, let rows):
            do { session.catalog[tableName] = try CaseTable.build(columns, rows: rows, line: record.line) } catch {
                return "\(error)"
            }
            return nil
        case .statementOK:
            session.settings.format = .csv
            let outcome = session.run(record.statements)
            guard outcome == .success else { return "expected success, got \(outcome)\n\(messages.text)" }
            return checkMessages(record.expectedMessages ?? [])
        case .statementError, .assertFails:
            let wanted: Session.Outcome = record.kind == .assertFails ? .assertionFailed : .failed
            let outcome = session.run(record.statements)
            guard outcome == wanted else {
                return "expected \(wanted), got \(outcome)\noutput:\n\(output.text)messages:\n\(messages.text)"
            }
            return checkMessages(record.expectedMessages ?? [])
        case .query(let format, let rowSort):
            session.settings.format = OutputFormat(rawValue: format) ?? .csv
            let outcome = session.run(record.statements)
            session.settings.format = .csv
            guard outcome == .success else { return "expected success, got \(outcome)\n\(messages.text)" }
            var actual = output.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0).trimmingTrailingWhitespace
            }
            if actual.last == "" { actual.removeLast() }
            var expected = record.expectedOutput.map { $0 == "<empty>" ? "" : $0 }
            if rowSort {
                actual = Self.sortedAfterHeader(actual)
                expected = Self.sortedAfterHeader(expected)
            }
            if actual != expected {
                return
                    "output differs\n--- expected\n\(expected.joined(separator: "\n"))\n--- actual\n\(actual.joined(separator: "\n"))"
            }
            return checkMessages(record.expectedMessages ?? [])
        }
    }

    /// Every expected fragment must occur in the messages, in order; no fragments means silence.
    private func checkMessages(_ fragments: [String]) -> String? {
        let text = messages.text
        if fragments.isEmpty {
            return text.isEmpty ? nil : "unexpected messages:\n\(text)"
        }
        var rest = text[...]
        for fragment in fragments {
            guard let found = rest.range(of: fragment) else {
                return "the messages lack `\(fragment)`\nmessages:\n\(text)"
            }
            rest = rest[found.upperBound...]
        }
        return nil
    }

    private static func sortedAfterHeader(_ lines: [String]) -> [String] {
        guard let header = lines.first else { return lines }
        return [header] + lines.dropFirst().sorted()
    }
}
