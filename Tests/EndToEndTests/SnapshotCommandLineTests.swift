import Foundation
import Testing

/// `jixiao FILE.jxdb`: the snapshot's tables instead of the datasets, as `sqlite3 FILE.db` opens a database.
@Suite struct SnapshotCommandLineTests {
    @Test func aSnapshotOnTheCommandLineIsOpenedAndQueried() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let path = dir + "/s.jxdb"
        let saved = try JixiaoProcess.run(["-c", "let outputs = indicators | where level1 = \"产出指标\"\n.save \(path)"])
        #expect(saved.status == 0, "\(saved.stderr)")
        let r = try JixiaoProcess.run(["--format", "csv", path, "-c", "outputs | agg n = count()"])
        #expect(r.status == 0, "\(r.stderr)")
        let direct = try JixiaoProcess.run([
            "--format", "csv", "-c", "indicators | where level1 = \"产出指标\" | agg n = count()",
        ])
        #expect(r.stdout == direct.stdout)
        let piped = try JixiaoProcess.run([path], stdin: ".tables\n")
        #expect(piped.stdout.contains("outputs"), "\(piped.stdout)")
    }

    @Test func aDamagedSnapshotOnTheCommandLineExitsTwo() throws {
        let dir = try JixiaoProcess.temporaryDirectory()
        let path = dir + "/bad.jxdb"
        try Data("not a snapshot".utf8).write(to: URL(fileURLWithPath: path))
        let r = try JixiaoProcess.run([path, "-c", ".tables"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("not a jixiao snapshot"), "\(r.stderr)")
    }
}
