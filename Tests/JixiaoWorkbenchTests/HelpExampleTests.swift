import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import JixiaoWorkbench
import Testing

/// Every example that `.help` shows must run on the bundled data: an example that fails teaches
/// the wrong thing at the moment someone is trying to learn.
@Suite("help examples")
struct HelpExampleTests {
    /// Each example with where it comes from, so a failure names the verb or function to fix.
    static let examples: [String] =
        VerbRegistry.all.map { "verb \($0.name): \($0.example)" }
        + ScalarFunction.registry.values.sorted { $0.name < $1.name }.map { "function \($0.name): \($0.example)" }
        + AggregateFunction.registry.values.sorted { $0.name < $1.name }.map { "aggregate \($0.name): \($0.example)" }
        + WindowFunctions.all.map { "window function \($0.name): \($0.example)" }

    @Test("every verb, function and aggregate has an example")
    func everyEntryHasAnExample() {
        for example in Self.examples {
            #expect(
                example.split(separator: ":", maxSplits: 1).last.map {
                    $0.trimmingCharacters(in: .whitespaces).count > 0
                } == true,
                "\(example)")
        }
    }

    /// One session for all examples: loading the documents is the slow part of a debug build.
    @Test("every help example runs on the bundled data and returns rows")
    func helpExamplesRun() {
        let output = BufferSink(), messages = BufferSink()
        let session = Session(output: output, messages: messages)
        session.settings.format = .csv
        session.loadDatasets(directory: TestPaths.datasets)
        for labelled in Self.examples {
            let example = String(labelled.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces)
            output.clear()
            messages.clear()
            let outcome = session.run(example)
            #expect(outcome == .success, "\(labelled)\n\(messages.text)")
            // A header and at least one row: an example that shows nothing shows nothing about the verb.
            #expect(output.text.split(separator: "\n").count >= 2, "\(labelled) printed no rows:\n\(output.text)")
        }
    }
}
