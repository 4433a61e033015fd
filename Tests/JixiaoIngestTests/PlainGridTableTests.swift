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

    /// A large sheet whose top is no form skips the form detection (`GridContent.isPlainlyTable`)
    /// and still loads every row; one whose top is a form is read as a form however long it is.
    @Test func aLongPlainSheetLoadsEveryRowWithoutTheFormDetection() throws {
        let header = GridRow(
            cells: ["编号", "部门", "预算数", "执行率"].enumerated().map { GridCell(text: $1, column: $0, line: 1) },
            line: 1)
        let rows = (2...5_001).map { line in
            GridRow(
                cells: [
                    GridCell(text: "\(line - 1)", column: 0, line: line, number: Double(line - 1)),
                    GridCell(text: line % 2 == 0 ? "医保局" : "财政局", column: 1, line: line),
                    GridCell(text: "12.5", column: 2, line: line, number: 12.5),
                    GridCell(text: "95%", column: 3, line: line, number: 95),
                ], line: line)
        }
        let grid = Grid(name: "预算执行", rows: [header] + rows)
        #expect(GridContent.isPlainlyTable(grid))
        guard case .table(let load) = try GridContent.read([grid], file: "large.xlsx", options: LoadOptions()) else {
            Issue.record("not read as a table")
            return
        }
        #expect(load.table.rowCount == 5_000)
        #expect(load.table.number("执行率", row: 4_999) == 95)
        #expect(load.table.string("部门", row: 0) == "医保局")

        // The form of seed 004 with the same rows after it: its top is a form.
        let lines = try SeedFixtures.text(SeedFixtures.selfEvaluation).split(
            separator: "\n", omittingEmptySubsequences: false)
        let form = lines.enumerated().map { k, line in
            GridRow(
                cells: line.split(separator: "\t", omittingEmptySubsequences: false).enumerated()
                    .filter { !$0.element.isEmpty }.map { GridCell(text: String($1), column: $0, line: k + 1) },
                line: k + 1)
        }
        let long = Grid(name: "全部项目", rows: form + rows.map { GridRow(cells: $0.cells, line: $0.line + lines.count) })
        #expect(!GridContent.isPlainlyTable(long))
    }

    @Test func eachPlainSheetIsATableNamedAfterItsSheet() throws {
        let loads = try tables()
        #expect(loads.map(\.name) == ["预算", "说明"])
        #expect(loads.map(\.load.table.rowCount) == [3, 2])
    }

    @Test func numbersKeepTheirFormatsAndDateCellsAreDates() throws {
        let budget = try #require(try tables().first).load.table
        #expect(budget.names == ["项目", "金额", "执行率", "日期", "份数", "备注"])
        #expect(budget.column(named: "金额")?.type == .double)
        #expect(budget.number("金额", row: 0) == 3_309_840.5)
        #expect(budget.value("金额", row: 2) == .null)
        // 99.83% is kept as 99.83 (percent), as the model keeps rates.
        #expect(budget.number("执行率", row: 0) == 99.83)
        #expect(budget.number("执行率", row: 2) == 100)
        #expect(budget.column(named: "日期")?.type == .date)
        #expect(budget.value("日期", row: 0) == .date(CivilDay(year: 2022, month: 12, day: 30).days))
        #expect(budget.value("日期", row: 0).description == "2022-12-30")
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
