import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoRender

/// A date column is spelt `2024-03-01` in every format: a string in JSON, plain in CSV, TSV,
/// Markdown, box tables and line mode, and null as each format writes null.
@Suite struct DateRenderingTests {
    static let table = Table([
        ("id", Column.from([.integer(1), .integer(2)])),
        ("due", Column.from([.date(CivilDay(year: 2024, month: 3, day: 1).days), .null])),
    ])

    func render(_ format: OutputFormat) -> String {
        TableRenderer.render(Self.table, as: format, options: RenderOptions())
    }

    @Test func everyFormatSpellsADateAsISOText() throws {
        #expect(render(.csv).contains("1,2024-03-01\n2,\n"))
        #expect(render(.tsv).contains("1\t2024-03-01\n"))
        #expect(render(.jsonl) == "{\"id\":1,\"due\":\"2024-03-01\"}\n{\"id\":2,\"due\":null}\n")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [[String: Any]])
        #expect(rows[0]["due"] as? String == "2024-03-01")
        #expect(render(.markdown).contains("| 1 | 2024-03-01 |"))
        #expect(render(.table).contains("│  1 │ 2024-03-01 │"))
        #expect(render(.line).contains("due = 2024-03-01"))
    }

    @Test func aWorkbookGetsADateCellWithItsExcelSerialFromMarch1900() {
        #expect(XLSXWriter.excelSerial(CivilDay(year: 2024, month: 3, day: 1).days) == 45_352)
        #expect(XLSXWriter.excelSerial(CivilDay(year: 1900, month: 3, day: 1).days) == 61)
        #expect(XLSXWriter.excelSerial(CivilDay(year: 1900, month: 2, day: 28).days) == nil)
    }
}
