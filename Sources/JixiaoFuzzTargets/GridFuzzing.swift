import JixiaoIngest

/// The grid builder and the form reader driven apart from format detection, so that the fuzzer
/// reaches them with text no detector would have let through.
enum GridFuzzing {
    static func buildGrid(_ text: String) {
        _ = DocumentImporter.grids(of: text)
    }

    static func readForm(_ text: String) {
        var rows: [GridRow] = []
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).enumerated().map {
                GridCell(text: String($1), column: $0, line: k + 1)
            }
            rows.append(GridRow(cells: cells, line: k + 1, keepsEmptyCells: k % 2 == 0))
        }
        DocumentImporter.readAsEveryLayout([Grid(rows: rows)], source: "fuzz.txt")
    }
}
