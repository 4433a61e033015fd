import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// A form saved from a workbook as CSV, as Chinese Excel saves it (GB18030, every row padded to
/// the sheet's width, quoted fields) or as a script writes it (UTF-8, rows as long as their
/// cells), loads as the same document as its text.
@Suite("Forms saved as CSV")
struct CommaSeparatedDocumentTests {
    static let seeds = [
        SeedFixtures.declaration, SeedFixtures.approval, SeedFixtures.target, SeedFixtures.selfEvaluation,
    ]

    /// The seed's tab-separated lines written as CSV records.
    static func csv(_ seed: String, padded: Bool) throws -> String {
        let rows = try SeedFixtures.text(seed).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let width = rows.map(\.count).max() ?? 1
        return rows.map { row in
            let cells = padded ? row + Array(repeating: "", count: width - row.count) : row
            return cells.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: padded ? "\r\n" : "\n")
    }

    @Test(arguments: seeds, [true, false])
    func aFormSavedAsCSVLoadsAsItsText(_ seed: String, padded: Bool) throws {
        let text = try Self.csv(seed, padded: padded)
        let data = try #require(padded ? text.data(using: TextDecoding.gb18030) : Data(text.utf8))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-\(UUID().uuidString).csv").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let load = try SeedFixtures.document(at: path)
        let expected = try SeedFixtures.load(seed)
        #expect(load.projects.rowCount == expected.projects.rowCount)
        #expect(load.indicators.rowCount == expected.indicators.rowCount)
        #expect(
            (0..<load.projects.rowCount).map { load.projects.string("name", row: $0) }
                == (0..<expected.projects.rowCount).map { expected.projects.string("name", row: $0) })
        #expect(
            (0..<load.indicators.rowCount).map { load.indicators.string("name", row: $0) }
                == (0..<expected.indicators.rowCount).map { expected.indicators.string("name", row: $0) })
    }

    @Test func quotedFieldsKeepTheirCommasQuotesAndLineBreaks() throws {
        let records = try #require(
            CommaSeparatedDocument.records(Array("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",z\n,\n".utf8)))
        #expect(records.map(\.fields) == [["a", "b,c", "say \"hi\""], ["x\ny", "z"], ["", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func textThatIsNoCSVIsLeftToTheTextReader() {
        // Tabs, a quote never closed, prose with a comma here and there.
        #expect(CommaSeparatedDocument.grid("项目名称\t甲,乙\n单位\t丙\n") == nil)
        #expect(CommaSeparatedDocument.grid("a,b\nc,\"d\ne,f\ng,h\n") == nil)
        #expect(CommaSeparatedDocument.grid("一、总体目标\n完成任务, 提高效率\n二、说明\n三、附注\n四、其他\n") == nil)
        #expect(CommaSeparatedDocument.records(Array("\"open".utf8)).map(\.count) == nil)
    }
}
