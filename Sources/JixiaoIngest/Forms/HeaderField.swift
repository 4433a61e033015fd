import JixiaoDomain

/// The labelled cells of a project's header block (`主管部门 | 遂宁市医疗保障局`) and how they
/// are recognised, including the truncations PDF extraction produces (`年度资金总`, `财政资`, `度总体目`).
enum HeaderField: Sendable, Hashable {
    case name, department, unit, unitInfo, attribute, period, contact
    case projectTotal, annualTotal, fiscal, carryover, goal
    /// A label that is read elsewhere or not at all; recognised so it is never taken for a value.
    case other

    static let exact: [String: HeaderField] = [
        "项目名称": .name, "主管部门": .department, "部门名称": .department, "预算部门": .department, "实施单位": .unit, "单位信息": .unitInfo,
        "单位名称": .unitInfo,
        "项目属性": .attribute, "项目期": .period, "项目经办人": .contact,
        "项目总额": .projectTotal, "年度资金总额": .annualTotal, "财政拨款": .fiscal, "财政资金": .fiscal,
        "本年财政拨款": .fiscal, "上年结转资金": .carryover, "结余结转资金": .carryover, "上年结转": .carryover,
        "年度总体目标": .goal, "年度目标": .goal, "整体目标": .goal, "年度总体绩效目标": .goal, "总体目标": .goal,
        "年度绩效目标": .goal,
        "职能职责与活动": .other, "预算执行率权重(%)": .other, "经办人电话": .other, "其中": .other,
        "财政专户管理资金": .other, "单位资金": .other, "社会投入资金": .other, "银行贷款": .other, "其他资金": .other,
        "项目资金(万元)": .other, "项目资金": .other, "中央资金": .other, "自治区资金": .other, "本级资金": .other,
        "转移市县(区)资金": .other, "预期目标": .other, "实际完成情况": .other, "序号": .other, "绩效指标": .other,
        "单位:万元": .other, "资金总额": .annualTotal,
    ]

    /// Labels whose cut-off forms are common: a cell of three or more characters inside one of them counts.
    static let truncatable: [(String, HeaderField)] = [
        ("年度资金总额", .annualTotal), ("财政资金", .fiscal), ("财政拨款", .fiscal),
        ("年度总体目标", .goal), ("上年结转资金", .carryover), ("本年财政拨款", .fiscal),
    ]

    /// Labels that may be glued to their value in one cell (`实施单位2-六安市…`).
    static let gluable: [(String, HeaderField)] = [("主管部门", .department), ("实施单位", .unit), ("项目名称", .name)]
    static let gluableFirstScalars: Set<Unicode.Scalar> = Set(gluable.compactMap { $0.0.unicodeScalars.first })

    /// Every cut-off form (three characters or more) of the truncatable labels, looked up in one step.
    static let truncations: [String: HeaderField] = {
        var out: [String: HeaderField] = [:]
        for (label, field) in truncatable {
            let chars = Array(label)
            for start in chars.indices {
                var end = start + 3
                while end <= chars.count {
                    let piece = String(chars[start..<end])
                    if out[piece] == nil { out[piece] = field }
                    end += 1
                }
            }
        }
        return out
    }()

    /// The cell as labels are compared: compact, ASCII brackets, no `其中:` prefix, no trailing colon.
    static func key(_ cell: String) -> String {
        let compact = CellText.compact(cell)
        // Most cells have no full-width punctuation (EF BC ..), no colon and no 其中 prefix.
        if !compact.utf8.contains(where: { $0 == 0xEF || $0 == UInt8(ascii: ":") }),
            !compact.hasPrefix("其中")
        {
            return compact
        }
        var k = String(
            compact.map { c -> Character in
                switch c {
                case "（": return "("
                case "）": return ")"
                case "：": return ":"
                default: return c
                }
            })
        if k.hasPrefix("其中") && k.count > 2 {
            k = String(k.dropFirst(2))
            while k.hasPrefix(":") { k.removeFirst() }
        }
        while k.hasSuffix(":") { k.removeLast() }
        return k
    }

    /// The label a cell holds, if any.
    static func label(_ cell: String) -> HeaderField? {
        // Labels are short; long cells (goals, names) are never compacted and looked up.
        guard cell.utf8.count <= 80 else { return nil }
        let k = key(cell)
        guard !k.isEmpty else { return nil }
        if let f = exact[k] { return f }
        if let f = truncations[k] { return f }
        // `实施单位(盖章)`, `项目资金(万元)`: a bracketed note after the label.
        if let open = k.firstIndex(of: "("), open > k.startIndex, k.hasSuffix(")"), let f = exact[String(k[..<open])] {
            return f
        }
        return nil
    }

    /// Reads the labelled values of one line: each label takes the next non-empty cell that is not a label.
    static func values(in line: SourceLine) -> [(HeaderField, String)] {
        var out: [(HeaderField, String)] = []
        let cells = line.cells
        var i = 0
        while i < cells.count {
            let cell = cells[i]
            i += 1
            guard !cell.isEmpty else { continue }
            if let field = label(cell) {
                guard field != .other else { continue }
                // A project's name may happen to be a label word (a project called 上年结转资金).
                if let j = cells[i...].firstIndex(where: { !$0.isEmpty }), field == .name || label(cells[j]) == nil {
                    out.append((field, cells[j]))
                    i = j + 1
                }
            } else if let (field, value) = glued(cell) {
                out.append((field, value))
            }
        }
        return out
    }

    static func glued(_ cell: String) -> (HeaderField, String)? {
        guard let first = cell.unicodeScalars.first, gluableFirstScalars.contains(first) else { return nil }
        let k = CellText.compact(cell)
        for (word, field) in gluable where k.hasPrefix(word) && k.count > word.count {
            var value = String(k.dropFirst(word.count))
            while value.hasPrefix(":") || value.hasPrefix("：") { value.removeFirst() }
            return value.isEmpty ? nil : (field, value)
        }
        return nil
    }
}
