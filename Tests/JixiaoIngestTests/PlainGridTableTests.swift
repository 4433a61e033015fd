import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// A sheet that is no form loads as a table, typed like a CSV; several make several tables.
@Suite struct PlainGridTableTests {
    func tables() throws -> [NamedTableLoad] {
        guard
            case .tables(let loads) = try FileImporter.load(
                path: OfficeFixtures.path("plain.xlsx"), options: LoadOptions())
        else {
            throw DocumentImportError(file: "plain.xlsx", reason: .notADocument)
        }
        return loads
    }

    @Test func eachPlainSheetIsATableNamedAfterItsSheet() throws {
        let loads = try tables()
        #expect(loads.map(\.name) == ["预算", "说明"])
        #expect(loads.map(\.load.table.rowCount) == [3, 2])
    }

    @Test func numbersKeepTheirFormatsUnitAndDatesAreISOText() throws {
        let budget = try #require(try tables().first).load.table
        #expect(budget.names == ["项目", "金额", "执行率", "日期", "份数", "备注"])
        #expect(budget.column(named: "金额")?.type == .double)
        #expect(budget.number("金额", row: 0) == 3_309_840.5)
        #expect(budget.value("金额", row: 2) == .null)
        // 99.83% is kept as 99.83 (percent), as the model keeps rates.
        #expect(budget.number("执行率", row: 0) == 99.83)
        #expect(budget.number("执行率", row: 2) == 100)
        #expect(budget.string("日期", row: 0) == "2022-12-30")
        #expect(budget.column(named: "份数")?.type == .integer)
        #expect(budget.value("备注", row: 1) == .null)
    }

    @Test func aTitleAboveTheHeaderIsNotARowAndIsNamedInAWarning() throws {
        let notes = try #require(try tables().last).load
        #expect(notes.table.names == ["编号", "说明"])
        #expect(notes.table.column(named: "编号")?.type == .integer)
        #expect(notes.warnings.count == 1)
        #expect(notes.warnings.first?.message.contains("2024年预算说明") == true)
        #expect(notes.warnings.first?.line == 1)
    }

    @Test func mergedCellsFillTheCellsTheyCover() {
        let grid = Grid(
            name: "t",
            rows: [
                GridRow(
                    cells: [GridCell(text: "类别", column: 0, line: 1), GridCell(text: "名称", column: 1, line: 1)], line: 1
                ),
                GridRow(
                    cells: [
                        GridCell(text: "产出", column: 0, rowSpan: 2, line: 2), GridCell(text: "甲", column: 1, line: 2),
                    ], line: 2),
                GridRow(cells: [GridCell(text: "乙", column: 1, line: 3)], line: 3),
            ])
        let load = PlainGridTable.table(grid, file: "t")
        #expect(load?.table.string("类别", row: 1) == "产出")
        #expect(load?.rowLines == [2, 3])
    }
}
