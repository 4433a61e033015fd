import Foundation
import JixiaoTestSupport
import Testing

/// Where the case files and the bundled data live, found from this file so the tests run from
/// any working directory.
enum TestPaths {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let cases = testsDirectory.appendingPathComponent("Cases").path
    static var datasets: String { RepositoryPaths.datasets }

    /// The `.jxtest` files, sorted, so each is one named test.
    static var caseFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cases)) ?? []
        return names.filter { $0.hasSuffix(".jxtest") }.sorted()
    }
}

@Suite("jxtest case files")
struct CaseFileTests {
    @Test("case files exist for the query language")
    func caseFilesArePresent() {
        #expect(TestPaths.caseFiles.count >= 10)
    }

    @Test("every record of the case file holds", arguments: TestPaths.caseFiles)
    func caseFileHolds(_ name: String) throws {
        let text = try String(contentsOfFile: TestPaths.cases + "/" + name, encoding: .utf8)
        let file = try CaseFile(parsing: text)
        let failures = CaseRunner(name: name, datasets: TestPaths.datasets).run(file)
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
    }
}
