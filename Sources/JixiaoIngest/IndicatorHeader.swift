import JixiaoDomain
import JixiaoEngine

/// The value columns of an indicator table, in the order its header prints them. Rows are read
/// against this order by content, not by position, so shifted cells, reordered columns and
/// missing columns are all read the same way.
struct IndicatorHeader: Sendable {
    /// What a value cell of an indicator row holds.
    enum Role: String, Sendable, Hashable {
        case nature, target, unit, weight, direction, remark, actual, score, deviation

        /// Whether a non-empty cell can hold this role; a cell that cannot moves on to a later role.
        func accepts(_ cell: String) -> Bool {
            switch self {
            case .nature: return TargetOperator(natureCell: cell) != nil
            case .target, .actual, .remark: return true
            case .unit:
                return cell.count <= 8 && !cell.contains(where: { $0.isASCII && $0.isNumber }) && Direction(cell: cell) == nil
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

    init?(_ line: SourceLine) {
        let cells = line.compactCells
        guard let nameIndex = cells.firstIndex(of: "三级指标") else { return nil }
        var roles: [Role] = []
        var targetIndex: Int?
        for (i, cell) in cells.enumerated() where i > nameIndex {
            guard let role = Self.role(of: cell), !roles.contains(role) else { continue }
            if role == .target { targetIndex = i }
            roles.append(role)
        }
        if !roles.contains(.target) { roles.insert(.target, at: 0) }
        self.line = line.number
        self.roles = roles
        self.nameIndex = nameIndex
        self.targetIndex = targetIndex
    }

    static func role(of header: String) -> Role? {
        let h = header
        if h.hasPrefix("指标性质") || h == "性质" { return .nature }
        if h.hasPrefix("实际") || h == "完成值" { return .actual }
        if h.containsExactly("指标值") || h.containsExactly("绩效值") || h.containsExactly("目标值") { return .target }
        if h.hasPrefix("度量单位") || h.hasPrefix("计量单位") || h == "单位" { return .unit }
        if h.hasPrefix("权重") || h.hasPrefix("分值") { return .weight }
        if h.hasPrefix("指标方向") || h == "方向" { return .direction }
        if h.hasPrefix("得分") { return .score }
        if h.hasPrefix("偏差") { return .deviation }
        if h.hasPrefix("备注") { return .remark }
        return nil
    }

    var hasScores: Bool { roles.contains(.score) }
    var hasDirection: Bool { roles.contains(.direction) }

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
