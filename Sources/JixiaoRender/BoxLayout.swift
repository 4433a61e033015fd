import JixiaoEngine

/// The fitted columns of a box table and the lines they make.
struct BoxLayout {
    struct FittedColumn {
        let shown: ShownColumn
        let width: Int
        var header: String { shown.header }
        var body: [ShownColumn.Cell] { shown.body }
    }

    enum Rule { case top, middle, bottom }

    let columns: [FittedColumn]
    /// The table's columns left out to make room, in table order.
    let omitted: [String]
    /// The drawn columns whose text is cut with `…`.
    let cut: [String]

    /// Cells a text column needs to stay legible (five Chinese characters); below that it is
    /// better left out, and named in the footer, than drawn as a column of `…`.
    static let legibleCells = 10
    /// Columns looked at; a table wider than this shows its first ones.
    static let columnsConsidered = 256

    init(_ table: Table, window: RowWindow, width: Int, numbers: NumberStyle = .plain, roles: [ColumnRole?] = []) {
        let rows = window.rows
        var shown: [ShownColumn] = []
        var demands: [ColumnFitter.Demand] = []
        for (i, (field, column)) in zip(table.fields, table.columns).prefix(Self.columnsConsidered).enumerated() {
            let s = ShownColumn(
                name: field.name, column: column, rows: rows, aliases: field.aliases, numbers: numbers,
                role: i < roles.count ? roles[i] : nil)
            shown.append(s)
            var demand = ColumnFitter.demand(headerCells: s.headerCells, bodyCells: s.bodyCells, isNumeric: s.isNumeric)
            if !s.isNumeric { demand.minimum = min(demand.natural, Self.legibleCells) }
            demands.append(demand)
        }
        // Leave out the least important column until the rest fit at legible widths.
        var kept = Array(shown.indices)
        while kept.count > 1, ColumnFitter.tableCells(kept.map { demands[$0].minimum }) > width {
            let scores = kept.map { Self.importance(table.fields[$0].name, shown[$0], demands[$0], first: $0 == 0) }
            let lowest = scores.min() ?? 0
            guard let drop = scores.lastIndex(of: lowest) else { break }
            kept.remove(at: drop)
        }
        var widths = Self.narrow(kept, demands, shown, table, into: width)
        // Bookkeeping columns (source, ids, lines) go before any column that matters is cut.
        while kept.count > 1 {
            let scores = kept.map { Self.importance(table.fields[$0].name, shown[$0], demands[$0], first: $0 == 0) }
            let cutsSomethingBetter = zip(kept, widths).enumerated().contains { k, pair in
                scores[k] > 5 && !shown[pair.0].isNumeric && pair.1 < demands[pair.0].natural
            }
            guard cutsSomethingBetter, widths.count == kept.count, let drop = scores.lastIndex(where: { $0 <= 5 })
            else { break }
            kept.remove(at: drop)
            widths = Self.narrow(kept, demands, shown, table, into: width)
        }
        kept = Array(kept.prefix(widths.count))
        columns = zip(kept, widths).map { FittedColumn(shown: shown[$0], width: $1) }
        let keptSet = Set(kept)
        omitted = table.names.indices.filter { !keptSet.contains($0) }.map { table.names[$0] }
        cut = zip(kept, widths).filter { i, w in
            !shown[i].isNumeric && w < max(shown[i].bodyCells, 1)
        }.map { table.names[$0.0] }
    }

    /// The widths of `kept`: the least important columns give up their cells first, so the ones
    /// that matter stay whole; then the fitter shares out what is left.
    static func narrow(
        _ kept: [Int], _ original: [ColumnFitter.Demand], _ shown: [ShownColumn], _ table: Table,
        into width: Int
    ) -> [Int] {
        var demands = original
        var excess = ColumnFitter.tableCells(kept.map { demands[$0].natural }) - width
        let scores = kept.map { importance(table.fields[$0].name, shown[$0], demands[$0], first: $0 == 0) }
        for tier in Set(scores).sorted() where excess > 0 {
            let members = kept.indices.filter { scores[$0] == tier }.map { kept[$0] }
            let slack = members.reduce(0) { $0 + demands[$1].natural - demands[$1].minimum }
            guard slack > 0 else { continue }
            let give = min(excess, slack)
            let target = members.reduce(0) { $0 + demands[$1].natural } - give
            let narrowed = ColumnFitter.fit(members.map { demands[$0] }, into: target + 3 * members.count + 1)
            for (i, w) in zip(members, narrowed) { demands[i].natural = w }
            excess -= give
        }
        return ColumnFitter.fit(kept.map { demands[$0] }, into: width)
    }

    /// Which columns give way first at a narrow width: bookkeeping (source, line, ids, codes),
    /// then long prose (goals, outcomes), then other text; numbers and the first column last.
    static func importance(_ name: String, _ column: ShownColumn, _ demand: ColumnFitter.Demand, first: Bool) -> Int {
        let bookkeeping: Set<String> = [
            "source", "source_line", "line", "doc_kind", "department_code", "unit_code",
            "contact", "period", "attribute", "project_id", "indicator_id",
        ]
        if bookkeeping.contains(name) || name.hasSuffix("_id") || name.hasSuffix("_code") { return first ? 5 : 0 }
        if first { return 100 }
        // What a row is about: the project, the indicator, the body, the finding.
        let naming: Set<String> = [
            "name", "project", "indicator", "department", "rule", "found",
            "expected", "target_text", "actual_text",
        ]
        if !column.isNumeric && demand.natural > 40 { return 10 }
        if naming.contains(name) { return 60 }
        if column.isNumeric { return 45 }
        if demand.natural <= 8 { return 40 }
        if demand.natural > 40 { return 10 }
        return 30
    }

    func rule(_ kind: Rule) -> String {
        let (left, join, right): (String, String, String)
        switch kind {
        case .top: (left, join, right) = ("┌", "┬", "┐")
        case .middle: (left, join, right) = ("├", "┼", "┤")
        case .bottom: (left, join, right) = ("└", "┴", "┘")
        }
        return left + columns.map { String(repeating: "─", count: $0.width + 2) }.joined(separator: join) + right
    }

    /// One row from already fitted, padded and styled cell texts.
    func line(_ cells: [String]) -> String {
        "│ " + cells.joined(separator: " │ ") + " │"
    }
}
