import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import JixiaoTestSupport
import Testing

/// The registry is the one list of verbs: the parser, `.help`, completion and the README read it.
@Suite("Every verb is registered once, and the README lists the registry")
struct VerbRegistryTests {
    @Test func everyVerbIsRegisteredOnceWithHelpAndAnExample() {
        let names = VerbRegistry.all.map { $0.name }
        #expect(Set(names).count == names.count)
        for verb in VerbRegistry.all {
            #expect(verb.usage.hasPrefix(verb.name), "\(verb.name)")
            #expect(!verb.summary.isEmpty && verb.example.contains("| \(verb.name)"), "\(verb.name)")
        }
    }

    @Test func theParserKnowsExactlyTheRegisteredVerbs() {
        #expect(Parser.jixiao.verbs.names == VerbRegistry.all.map { $0.name })
    }

    /// The README's table of verbs, row for row as the registry would write it.
    @Test func theReadmesVerbTableMatchesTheRegistry() throws {
        let readme = try String(contentsOfFile: RepositoryPaths.file("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "| verb | meaning |"))
        let rows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
        let expected = VerbRegistry.all.map {
            "| `\($0.usage.replacingOccurrences(of: "|", with: "\\|"))` | \($0.summary) |"
        }
        #expect(Array(rows) == expected, "README.md's verb table should read:\n\(expected.joined(separator: "\n"))")
    }
}

/// The README's language reference names every function, aggregate and window function the
/// registries hold, so a new one cannot be added without its line in the reference.
@Suite("The README's reference names every registered function")
struct FunctionReferenceTests {
    @Test func everyFunctionAggregateAndWindowFunctionIsInTheReadme() throws {
        let readme = try String(contentsOfFile: RepositoryPaths.file("README.md"), encoding: .utf8)
        let names =
            ScalarFunction.registry.keys.sorted() + AggregateFunction.registry.keys.sorted()
            + WindowFunctions.all.map(\.name)
        let missing = names.filter {
            !readme.contains("`\($0)(") && !readme.contains("`\($0)`") && !readme.contains(", `\($0)`")
        }
        #expect(missing.isEmpty, "README.md does not mention: \(missing.joined(separator: ", "))")
    }
}
