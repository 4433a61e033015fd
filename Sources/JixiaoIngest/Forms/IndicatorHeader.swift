import JixiaoDomain
import JixiaoEngine

/// The value columns of an indicator table, in the order its header prints them. Rows are read
/// against this order by content, not by position, so shifted cells, reordered columns and
/// missing columns are all read the same way.
struct IndicatorHeader: Sendable {
    /// What a value cell of an indicator row holds.
    enum Role: String, Sendable, Hashable {
        case nature, target, unit, weight, direction, remark, actual, score, deviation, midterm

        /// The column as forms print it, for messages.
        var title: String {
            switch self {
            case .nature: return "指标性质"
            case .target: return "指标值"
            case .unit: return "度量单位"
            case .weight: return "分值"
            case .direction: return "指标方向性"
            case .remark: return "备注"
            case .actual: return "实际完成值"
            case .score: return "得分"
            case .deviation: return "偏差原因"
            case .midterm: return "中期指标值"
            }
        }

        /// Whether a non-empty cell can hold this role; a cell that cannot moves on to a later role.
        func accepts(_ cell: String) -> Bool {
            switch self {
            case .nature: return TargetOperator(natureCell: cell) != nil
            case .target, .actual, .midterm: return true
            // A description column (绩效标准) before the target never holds the target itself.
            case .remark: return !FormVocabulary.isValue(HeaderField.key(cell))
            case .unit:
                return cell.count <= 8 && !cell.contains(where: { $0.isASCII && $0.isNumber })
                    && Direction(cell: cell) == nil
                    && TargetOperator(natureCell: cell) == nil
            case .weight, .score: return CellText.isNumber(cell)
            case .direction: return Direction(cell: cell) != nil
            case .deviation: return !CellText.isNumber(cell)
            }
        }
    }

    let line: Int
    /// The roles in header order.
    let roles: [Role]
    /// The position of the 三级指标 cell and of the target cell, for placing a wrapped fragment.
    let nameIndex: Int
    let targetIndex: Int?

    /// The role of each header cell after the name column, nil where the header names none:
    /// what a row whose empty cells all survived is read against, by position.
    var positions: [Role?] = []

    /// A header printing the 中期 and the 年度 block side by side, each with its level columns:
    /// where the 年度 block starts, and the column of the 中期 target.
    var yearBlockStart: Int?
    var midtermColumn: Int?

    init?(_ line: SourceLine) {
        var cells = line.compactCells.map(HeaderField.key)
        let thirds = cells.indices.filter { cells[$0] == "三级指标" }
        var yearBlock: Int?
        var midterm: Int?
        if thirds.count == 2, let second = cells[..<thirds[1]].lastIndex(where: { $0 == "一级指标" }), second > thirds[0] {
            midterm = cells[thirds[0]..<second].firstIndex {
                Self.role(of: $0) == .target || Self.role(of: $0) == .midterm
            }
            yearBlock = second
            cells = Array(cells[second...])
        }
        // A table without a 三级指标 column names its indicators right after the 二级指标 one.
        let nameIndex: Int
        if let third = cells.firstIndex(of: "三级指标") {
            nameIndex = third
        } else if let second = cells.firstIndex(of: "二级指标"), cells.contains("一级指标"),
            cells[(second + 1)...].contains(where: { Self.role(of: $0) == .target })
        {
            nameIndex = second
        } else {
            return nil
        }
        var roles: [Role] = []
        var targetIndex: Int?
        var positions: [Role?] = []
        for (i, cell) in cells.enumerated() where i > nameIndex {
            let role = Self.role(of: cell)
            positions.append(role.flatMap { roles.contains($0) ? nil : $0 })
            guard let role, !roles.contains(role) else { continue }
            if role == .target { targetIndex = i }
            roles.append(role)
        }
        if !roles.contains(.target) { roles.insert(.target, at: 0) }
        self.line = line.number
        self.roles = roles
        self.nameIndex = nameIndex
        self.targetIndex = targetIndex
        self.positions = positions
        self.yearBlockStart = yearBlock
        self.midtermColumn = midterm
    }

    static func role(of header: String) -> Role? {
        let h = header
        if h.hasPrefix("指标性质") || h == "性质" { return .nature }
        // 中期 and 年度 targets side by side (批复表): the 年度 one is the indicator's target.
        if h.hasPrefix("中期") { return .midterm }
        if h.hasPrefix("实际") || h == "完成值" { return .actual }
        if h.containsExactly("指标值") || h.containsExactly("绩效值") || h.containsExactly("目标值") || h.hasSuffix("预期实现值") {
            return .target
        }
        if h.hasPrefix("度量单位") || h.hasPrefix("计量单位") || h == "单位" { return .unit }
        if h.hasPrefix("权重") || h.hasPrefix("分值") { return .weight }
        if h.hasPrefix("指标方向") || h == "方向" { return .direction }
        if h.hasPrefix("得分") { return .score }
        if h.hasPrefix("偏差") || h.hasSuffix("原因分析") || h.hasPrefix("未完成原因") { return .deviation }
        if h.hasPrefix("备注") || h == "绩效标准" || h.hasPrefix("指标解释") || h.hasPrefix("指标说明") { return .remark }
        return nil
    }

    /// The columns of a table printed without its header: the Sichuan template's (指标性质, 指标值,
    /// 度量单位, 完成值, 权重, 得分) when its rows put operators in cells of their own, otherwise a
    /// self-evaluation's (指标值, 实际完成值, 分值, 得分, 偏差原因).
    static func usual(for rows: ArraySlice<SourceLine>, line: Int) -> IndicatorHeader {
        let separateOperators = rows.prefix(12).contains { row in
            row.filled.contains { TargetOperator(natureCell: $0.text) != nil && $0.text.count <= 2 }
        }
        let roles: [Role] =
            separateOperators
            ? [.nature, .target, .unit, .actual, .weight, .score, .deviation]
            : [.target, .actual, .weight, .score, .deviation]
        var header = IndicatorHeader(line: line, roles: roles, nameIndex: 0, targetIndex: nil)
        header.positions = roles
        return header
    }

    var hasScores: Bool { roles.contains(.score) }
    var hasDirection: Bool { roles.contains(.direction) }

    /// Assigns a row's value cells to roles: by position where all its empty cells survived and
    /// every cell fits the column it stands in, otherwise by content.
    func assign(_ row: IndicatorRow, positional: Bool) -> (values: [Role: String], leftover: [String], note: String?) {
        if positional, row.cellsAfterName.count <= positions.count + 1 {
            var values: [Role: String] = [:]
            var fits = true
            for (cell, role) in zip(row.cellsAfterName, positions) where !cell.isEmpty {
                guard let role, role.accepts(cell) else {
                    fits = false
                    break
                }
                values[role] = cell
            }
            if fits { return (values, [], nil) }
        }
        let (values, leftover) = assign(row.values)
        let (moved, note) = movingTrailingNumbers(values, cells: row.values)
        return (moved, leftover, note)
    }

    /// A row whose header has number columns (分值, 得分, 权重) left empty while its last cells,
    /// bare numbers, went to the target and actual: those numbers are the points and score
    /// (`工程质量合格 | 10 | 10`), or a lone number the weight (`… | = | 100 | % | 5`, an empty
    /// 完成值 lost in conversion).
    func movingTrailingNumbers(_ values: [Role: String], cells: [String]) -> ([Role: String], String?) {
        let numeric = roles.filter { $0 == .weight || $0 == .score }
        guard !numeric.isEmpty, numeric.allSatisfy({ values[$0] == nil }) else { return (values, nil) }
        var out = values
        var taken: [(Role, String)] = []
        // Only the row's last cells, in order, and never a target printed after its operator (`= | 100`).
        for cell in cells.reversed() {
            guard taken.count < numeric.count, CellText.isNumber(cell) else { break }
            if out[.actual] == cell, !taken.contains(where: { $0.0 == .actual }) {
                taken.insert((.actual, cell), at: 0)
            } else if out[.target] == cell, out[.nature] == nil, !taken.contains(where: { $0.0 == .target }) {
                taken.insert((.target, cell), at: 0)
            } else {
                break
            }
        }
        guard !taken.isEmpty else { return (values, nil) }
        for (role, _) in taken { out[role] = nil }
        for (role, cell) in zip(numeric, taken.map(\.1)) { out[role] = cell }
        let names = zip(numeric, taken).map { "\($0.rawValue) \($1.1)" }.joined(separator: ", ")
        return (out, "the row's last numbers read as \(names): its header's number columns were otherwise empty")
    }

    /// Assigns the value cells of a row to roles in header order; a cell that a role cannot hold
    /// skips that role. Returns the assignment and the cells no role could take.
    func assign(_ cells: [String]) -> (values: [Role: String], leftover: [String]) {
        var values: [Role: String] = [:]
        var leftover: [String] = []
        var r = 0
        for cell in cells {
            while r < roles.count, !roles[r].accepts(cell) { r += 1 }
            if r < roles.count {
                values[roles[r]] = cell
                r += 1
            } else {
                leftover.append(cell)
            }
        }
        return (values, leftover)
    }
}
