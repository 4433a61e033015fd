import JixiaoDomain

/// The budget-execution table of self-evaluation forms. Its rows are the total (年度资金总额), this
/// year's fiscal funds (本年财政拨款), the carry-over (上年结转资金) and other funds; their labels
/// are often cut (`年结转资`, `度资金总`) or lost, so a row is known by its label when it has
/// one and by its position otherwise.
enum BudgetTable {
    enum Column: Sendable { case initial, fullYear, executed, points, rate, score }

    /// The columns of a budget header line, nil when the line is not one.
    static func columns(of line: SourceLine) -> [Column]? {
        let cells = line.compactCells.map { FormVocabulary.withoutPoints(HeaderField.key($0)) }
        let columns = cells.compactMap(column)
        guard columns.contains(.initial) || columns.contains(.fullYear) else { return nil }
        return columns
    }

    /// A budget column by its name: the usual form's (年初预算数, 全年预算数(A), 执行率(B/A)) and
    /// the Sichuan template's (年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重).
    static func column(_ name: String) -> Column? {
        switch name {
        case "年初预算数", "年初预算": return .initial
        case "全年预算数", "调整后预算数", "全年预算": return .fullYear
        case "全年执行数", "预算执行数", "全年执行", "执行数": return .executed
        case "分值", "权重": return .points
        case "执行率", "预算执行率": return .rate
        case "得分": return .score
        default: return nil
        }
    }

    /// What a row held, for the repairs that need the rows side by side.
    enum Read { case total, fiscal([Column: Double]), other }

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

    /// Reads one row; nil when it holds no figure at all. Amounts are in `moneyUnit` (the
    /// table's unit note) and kept in 万元.
    static func read(
        _ line: SourceLine, columns: [Column], index: Int, into p: inout ProjectRecord, moneyUnit: String = "万元"
    ) -> Read? {
        let filled = line.filled.map(\.text)
        let label = filled.first { CellText.number($0) == nil && $0 != "—" && $0 != "-" }
        let numbers = filled.compactMap(CellText.number)
        guard !numbers.isEmpty else { return nil }
        var values: [Column: Double] = [:]
        for (column, n) in zip(columns, numbers) {
            let isAmount = column == .initial || column == .fullYear || column == .executed
            values[column] = isAmount ? Money.toWanYuan(n, unit: moneyUnit) ?? n : n
        }
        switch kind(label: label, index: index) {
        case .total:
            p.budgetInitial = values[.initial]
            p.budgetFullYear = values[.fullYear]
            p.executed = values[.executed]
            p.executionRate = values[.rate]
            p.executionScore = values[.score]
            p.budgetTotal = values[.fullYear] ?? values[.initial] ?? p.budgetTotal
            return .total
        case .fiscal:
            p.budgetFiscal = values[.fullYear] ?? values[.initial]
            return .fiscal(values)
        case .carryover: p.budgetCarryover = values[.fullYear] ?? values[.initial]
        case .other: break
        }
        return .other
    }

    /// Two slips of the printed total row: all its figures 0 while the fiscal row below carries
    /// the budget (池州: `年度资金总额: 0 0 0 10 0 0`, `本年财政拨款 90 89.974 89.974`); and a rate
    /// cell left empty, so the score stood where the rate goes (`880 880 880 10 10`).
    static func repair(
        _ p: inout ProjectRecord, fiscal: [Column: Double], warnings: inout [LoadWarning], source: String, line: Int?
    ) {
        let totals = [p.budgetInitial, p.budgetFullYear, p.executed].compactMap { $0 }
        if !totals.isEmpty, totals.allSatisfy({ $0 == 0 }), let full = fiscal[.fullYear] ?? fiscal[.initial], full > 0 {
            p.budgetInitial = fiscal[.initial]
            p.budgetFullYear = fiscal[.fullYear]
            p.executed = fiscal[.executed]
            p.budgetTotal = full
            p.executionRate = nil
            warnings.append(
                LoadWarning(
                    file: source, line: line,
                    message:
                        "the total budget row prints 0 while the fiscal row carries \(full); the fiscal figures are read as the total"
                ))
        }
        if let rate = p.executionRate, p.executionScore == nil, let full = p.budgetFullYear, full > 0,
            let executed = p.executed
        {
            let computed = executed / full * 100
            if abs(rate - computed) > 1, rate <= 10 {
                p.executionScore = rate
                p.executionRate = nil
                warnings.append(
                    LoadWarning(
                        file: source, line: line,
                        message:
                            "the execution rate cell is empty: \(rate) read as the execution score (执行率 computed from the figures)"
                    ))
            }
        }
    }
}

extension Array {
    /// The element at `index`, nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
