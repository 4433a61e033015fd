import Foundation
import JixiaoEngine
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// A 时效指标 whose document gives both dates: completion follows the deadline, and the same
/// comparison written with the date type in a query gives the same answer.
@Suite struct DeadlineDateTests {
    @Test func aDatedActualIsScoredAgainstTheDeadlineAndComparesAsDatesInAQuery() throws {
        // Seed 004 with two 时效指标 actuals dated: one within 2022年12月, one after it.
        var lines = try String(contentsOfFile: TestPaths.datasets + "/004_e5022aef434c00d6.txt", encoding: .utf8)
            .components(separatedBy: "\n")
        let deadlines = lines.indices.filter { lines[$0].contains("时效指 标") && lines[$0].contains("\t2022年12月\t") }
        try #require(deadlines.count == 2)
        lines[deadlines[0]] = lines[deadlines[0]].replacingOccurrences(of: "达成预 期指标", with: "2022年12月20日")
        lines[deadlines[1]] = lines[deadlines[1]].replacingOccurrences(of: "达成预 期指标", with: "2023年1月5日")
        let path = try SessionFixture.temporaryDirectory() + "/004-dated.txt"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let fixture = SessionFixture()
        #expect(fixture.run("load \"\(path)\"") == .success, "\(fixture.messages.text)")
        let query = """
            let dated = indicators | where level2 = "时效指标" and date(actual_text, year) is not null |
              select actual_text, completion, on_time = date(actual_text, year) <= date(target_text, year),
                     days_late = date(actual_text, year) - date(target_text, year)
            """
        #expect(fixture.run(query) == .success, "\(fixture.messages.text)")
        let t = try #require(fixture.session.catalog["dated"])
        #expect(t.rowCount == 2)
        #expect(
            (0..<2).map { t.row($0) } == [
                [.string("2022年12月20日"), .double(100), .boolean(true), .integer(-11)],
                [.string("2023年1月5日"), .double(0), .boolean(false), .integer(5)],
            ])
    }
}
