import Foundation
import JixiaoEngine

/// A grid that is no form — one header row, then records — read as a table, the way a CSV is:
/// the same per-column typing (`ColumnAccumulator`), so a sheet and its CSV export load alike.
///
/// Rows of one cell above the header (a sheet's title) are not part of the table and are named in
/// a warning. A merged cell's value fills every cell it covers, as the sheet shows it. A column
/// whose filled cells are all typed numbers (a workbook's numeric cells) is read from the numbers
/// in the unit of their format (95 for a cell shown `95%`), any other from the text as printed.
enum PlainGridTable {
    /// The grids that hold a table: one is `.table` (named after the file), several are `.tables`
    /// named after their sheets; nil when no grid has a header row of two or more cells.
    static func content(_ grids: [Grid], file: String) -> FileContent? {
        var loads: [(name: String?, load: TableLoad)] = []
        for grid in grids {
            if let load = table(grid, file: file) { loads.append((grid.name, load)) }
        }
        guard !loads.isEmpty else { return nil }
        if loads.count == 1, let only = loads.first { return .table(only.load) }
        var names = UniqueNames()
        return .tables(
            loads.enumerated().map { k, entry in
                NamedTableLoad(name: names.claim(entry.name ?? "table_\(k + 1)"), load: entry.load)
            })
    }

    /// One grid as a table, nil when it has no header row.
    static func table(_ grid: Grid, file: String) -> TableLoad? {
        guard let rows = spread(grid) else { return nil }
        // Two cells of its own make a header; a title merged across the columns is one cell.
        guard let headerIndex = rows.firstIndex(where: { $0.distinctFilled >= 2 }) else { return nil }
        var warnings: [LoadWarning] = []
        for row in rows[..<headerIndex] {
            var seen = Set<[Int]>()
            let text = row.cells.compactMap { $0 }.filter {
                !$0.text.isEmpty && seen.insert([$0.line, $0.column]).inserted
            }
            .map(\.text).joined(separator: " ")
            if !text.isEmpty {
                warnings.append(
                    LoadWarning(
                        file: file, line: row.line,
                        message:
                            "\"\(text)\" above the header row is not part of the table\(grid.name.map { " (\($0))" } ?? "")"
                    ))
            }
        }
        let header = rows[headerIndex]
        let records = rows[(headerIndex + 1)...].filter { $0.cells.contains { ($0?.text ?? "").isEmpty == false } }
        let width = max(header.width, records.map(\.width).max() ?? 0)
        var taken = UniqueNames()
        let names = (0..<width).map { c in
            let text = header.text(at: c).trimmingCharacters(in: .whitespaces)
            return taken.claim(text.isEmpty ? "column_\(c + 1)" : text)
        }
        var columns: [Column] = []
        for c in 0..<width {
            let cells = records.map { $0.cell(at: c) }
            let typed = cells.allSatisfy { $0 == nil || $0?.text.isEmpty == true || $0?.number != nil }
            let feed = cells.map { cell -> String in
                guard let cell else { return "" }
                if typed, let number = cell.number { return CellNumberFormat.general(number) }
                return cell.text
            }
            columns.append(column(feed))
        }
        let table = Table(fields: names.map { Field($0) }, columns: columns, rowCount: records.count)
        return TableLoad(
            table: table, warnings: warnings, format: "table", rowLines: records.map { Int32(clamping: $0.line) })
    }

    /// One column through the CSV reader's accumulator; cells stored as numbers before the column
    /// turned out to be text are read again as text.
    private static func column(_ feed: [String]) -> Column {
        var accumulator = ColumnAccumulator(capacity: feed.count)
        let decode: (UnsafeBufferPointer<UInt8>) -> String? = { String(decoding: $0, as: UTF8.self) }
        for var text in feed {
            _ = text.withUTF8 { accumulator.append($0, decode: decode) }
        }
        for row in 0..<accumulator.rowsToReread {
            var text = feed[row]
            _ = text.withUTF8 { accumulator.reread(row: row, $0, decode: decode) }
        }
        return accumulator.build()
    }

    /// A row with every column it covers filled: merged cells repeated over their span.
    struct DenseRow {
        var cells: [GridCell?]
        var line: Int

        /// The filled cells the row holds, a merged cell counted once.
        var distinctFilled: Int {
            Set(
                cells.compactMap { cell -> [Int]? in
                    guard let cell, !cell.text.isEmpty else { return nil }
                    return [cell.line, cell.column]
                }
            ).count
        }

        var width: Int { (cells.lastIndex { $0 != nil && $0?.text.isEmpty == false } ?? -1) + 1 }
        func cell(at c: Int) -> GridCell? { c < cells.count ? cells[c] : nil }
        func text(at c: Int) -> String { cell(at: c)?.text ?? "" }
    }

    /// The most cells a spread grid may have (and merged cells may fill): far above a sheet of
    /// 50,000 rows of 20 columns, far below what a damaged sheet with a cell at XFD1048576 asks.
    static let maximumCells = 40_000_000

    /// The grid's rows with merged cells spread over the rows and columns they cover; nil when
    /// the grid is too large to be a table. Spans are capped at the grid's own extent, so a
    /// damaged span cannot make a huge table.
    static func spread(_ grid: Grid) -> [DenseRow]? {
        let width = min(
            DelimitedTableReader.maximumColumns,
            grid.rows.flatMap { $0.cells.map { $0.column + 1 } }.max() ?? 0)
        guard grid.rows.count * max(width, 1) <= maximumCells else { return nil }
        var budget = maximumCells
        var out = grid.rows.map { DenseRow(cells: [GridCell?](repeating: nil, count: width), line: $0.line) }
        for (r, row) in grid.rows.enumerated() {
            for cell in row.cells where cell.column >= 0 && cell.column < width {
                let lastRow = min(out.count - 1, r + max(0, cell.rowSpan - 1))
                let lastColumn = min(width - 1, cell.column + max(0, cell.columnSpan - 1))
                for rr in r...lastRow where rr == r || Self.line(out[rr].line, isWithin: cell) {
                    budget -= lastColumn - cell.column + 1
                    guard budget > 0 else { return nil }
                    for cc in cell.column...lastColumn where out[rr].cells[cc] == nil { out[rr].cells[cc] = cell }
                }
            }
        }
        return out
    }

    /// Whether a later row's line lies within the rows a merged cell spans.
    private static func line(_ line: Int, isWithin cell: GridCell) -> Bool {
        line < cell.line + cell.rowSpan
    }
}
