import Foundation
import JixiaoEngine
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// `.save` and `.open`: a session's tables, labels and warnings come back as they were; a bad
/// file leaves the session as it was.
@Suite("Snapshot commands")
struct SnapshotCommandTests {
    @Test func saveThenOpenGivesBackEveryTableWithLabelsAndWarnings() throws {
        let directory = try SessionFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/全部.jxdb"
        let saved = SessionFixture()
        #expect(saved.run("let outputs = indicators | where level1 = \"产出指标\"") == .success)
        #expect(saved.run(".save \"\(path)\"") == .success, "\(saved.messages.text)")

        let opened = SessionFixture(loadDatasets: false)
        #expect(opened.run(".open \(path)") == .success, "\(opened.messages.text)")
        #expect(opened.session.catalog.names == saved.session.catalog.names)
        #expect(opened.session.loadWarnings == saved.session.loadWarnings)
        for name in saved.session.catalog.names {
            let a = try #require(saved.session.catalog[name]), b = try #require(opened.session.catalog[name])
            #expect(a.fields == b.fields, "\(name)")
            #expect(saved.rows(name) == opened.rows(name), "\(name)")
        }
        // Labels still answer: the Chinese names of columns work in queries on the opened tables.
        #expect(opened.run("indicators | group 一级指标 | agg n = count()") == .success, "\(opened.messages.text)")
        #expect(opened.output.text.contains("产出指标"))
    }

    @Test func openReplacesTheTablesTheSessionHad() throws {
        let directory = try SessionFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let full = SessionFixture()
        #expect(full.run("let only = projects | take 1") == .success)
        full.session.catalog["projects"] = nil
        full.session.catalog["indicators"] = nil
        #expect(full.run(".save \(directory)/one.jxdb") == .success)
        let other = SessionFixture()
        #expect(other.run(".open \(directory)/one.jxdb") == .success)
        #expect(other.session.catalog.names.contains("only"))
        #expect(!other.session.catalog.names.contains("projects"))
        #expect(!other.session.catalog.names.contains("indicators"))
    }

    @Test func aDamagedTruncatedOrForeignFileChangesNothing() throws {
        let directory = try SessionFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = SessionFixture()
        #expect(fixture.run(".save \(directory)/good.jxdb") == .success)
        var bytes = try #require(FileManager.default.contents(atPath: directory + "/good.jxdb"))
        let before = fixture.session.catalog.names
        let warnings = fixture.session.loadWarnings

        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: directory + "/damaged.jxdb"))
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: directory + "/cut.jxdb"))
        try Data("project,year\n".utf8).write(to: URL(fileURLWithPath: directory + "/foreign.jxdb"))
        for (file, words) in [
            ("damaged", "damaged"), ("cut", "cut short"), ("foreign", "not a jixiao snapshot"),
            ("missing", "cannot read"),
        ] {
            fixture.messages.clear()
            #expect(fixture.run(".open \(directory)/\(file).jxdb") == .failed)
            #expect(fixture.messages.text.contains(words), "\(fixture.messages.text)")
            #expect(fixture.session.catalog.names == before)
            #expect(fixture.session.loadWarnings == warnings)
        }
    }

    @Test func saveToAFolderThatDoesNotExistIsAnError() {
        let fixture = SessionFixture()
        #expect(fixture.run(".save /nonexistent-folder-jixiao/x.jxdb") == .failed)
        #expect(fixture.messages.text.contains("cannot write"))
    }
}
