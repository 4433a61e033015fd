import JixiaoEngine
import Testing

@testable import JixiaoRender

/// Numbers as analysts read them in the box table, and as stored everywhere else.
@Suite struct NumberDisplayTests {
    static let table = Table([
        ("year", Column.from([.integer(2022), .integer(2024)])),
        ("budget_total", Column.from([.double(62843.821491), .double(80.5)])),
        ("execution_rate", Column.from([.double(95.5), .null])),
        ("avg", Column.from([.double(0.686666666666667), .double(8.46341463414634)])),
        ("tiny", Column.from([.double(3.33333333333333e-07), .double(1e-7)])),
    ])

    static func drawn(_ numbers: NumberStyle) -> String {
        TableRenderer.render(table, as: .table, options: RenderOptions(width: 200, numbers: numbers))
    }

    @Test func decimalsAreRoundedSeparatorsGroupLargeAmountsAndUnitsNameTheHeader() {
        let text = Self.drawn(.analyst)
        #expect(text.contains("budget_total (万元)"))
        #expect(text.contains("execution_rate (%)"))
        #expect(text.contains("62,843.82"))
        #expect(text.contains("    80.50"))
        #expect(text.contains("0.69"))
        #expect(text.contains("8.46"))
        #expect(text.contains("0.000000333"))
        #expect(!text.contains("0.686666666666667"))
        #expect(!text.contains("e-07"))
    }

    @Test func yearsIdsAndCodesNeverGetSeparators() {
        let ids = Table([("project_id", Column.from([.integer(123_456)])), ("n", Column.from([.integer(123_456)]))])
        let text = TableRenderer.render(ids, as: .table, options: RenderOptions(numbers: .analyst))
        #expect(text.contains(" 123456 "))
        #expect(text.contains(" 123,456 "))
        #expect(ColumnRole(name: "year") == .key)
        #expect(ColumnRole(name: "department_code") == .key)
        #expect(ColumnRole(name: "share") == .percent)
    }

    @Test func rawShowsEveryDigitAndMachineFormatsKeepFullPrecision() {
        #expect(Self.drawn(.plain).contains("0.686666666666667"))
        let csv = TableRenderer.render(Self.table, as: .csv, options: RenderOptions(numbers: .analyst))
        #expect(csv.contains("62843.821491"))
        #expect(csv.contains("0.686666666666667"))
    }
}
