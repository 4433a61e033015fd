import JixiaoDomain

/// The budget-execution table of self-evaluation forms. Its rows are the total (年度资金总额), this
/// year's fiscal funds (本年财政拨款), the carry-over (上年结转资金) and other funds; their labels
/// are often cut (`年结转资`, `度资金总`) or lost, so a row is known by its label when it has
/// one and by its position otherwise.
enum BudgetTable {
    enum Column: Sendable { case initial, fullYear, executed, points, rate, score }

    /// The columns of a budget header line, nil when the line is not one.
    static func columns(of line: SourceLine) -> [Column]? {
        let cells = line.compactCells
        guard cells.contains("全年预算数") || cells.contains("年初预算数") else { return nil }
        return cells.compactMap { c in
            switch c {
            case "年初预算数": return .initial
            case "全年预算数": return .fullYear
            case "全年执行数": return .executed
            case "分值": return .points
            case "执行率": return .rate
            case "得分": return .score
            default: return nil
            }
        }
    }

    enum Row { case total, fiscal, carryover, other }

    static func kind(label: String?, index: Int) -> Row {
        if let l = label.map(CellText.compact) {
            if l.contains("结转") || l.contains("结余") { return .carryover }
            if l.contains("财政") { return .fiscal }
            if l.contains("总") { return .total }
            if l.contains("其他") { return .other }
        }
        return [Row.total, .fiscal, .carryover][safe: index] ?? .other
    }

    /// Reads one row; false when it holds no figure at all.
    static func read(_ line: SourceLine, columns: [Column], index: Int, into p: inout ProjectRecord) -> Bool {
        let filled = line.filled.map(\.text)
        let label = filled.first { CellText.number($0) == nil && $0 != "—" && $0 != "-" }
        let numbers = filled.compactMap(CellText.number)
        guard !numbers.isEmpty else { return false }
        var values: [Column: Double] = [:]
        for (column, n) in zip(columns, numbers) { values[column] = n }
        switch kind(label: label, index: index) {
        case .total:
            p.budgetInitial = values[.initial]
            p.budgetFullYear = values[.fullYear]
            p.executed = values[.executed]
            p.executionRate = values[.rate]
            p.executionScore = values[.score]
            p.budgetTotal = values[.fullYear] ?? values[.initial] ?? p.budgetTotal
        case .fiscal: p.budgetFiscal = values[.fullYear] ?? values[.initial]
        case .carryover: p.budgetCarryover = values[.fullYear] ?? values[.initial]
        case .other: break
        }
        return true
    }
}

extension Array {
    /// The element at `index`, nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
