/// The 一级 / 二级 category labels of the indicator tree, and their repair.
///
/// Published tables damage these labels in a few recurring ways: a code prefix (`11-数量指标`,
/// `1-产出指标`), the level's points glued on (`产出指 标 (50分)`, `满意度 指标(10`), a PDF wrap
/// inside the word (`社会效 益指标`) and truncation (`可持续 影响指`, `数量指`). `normalised` undoes all
/// of them; `label(_:)` also decides whether a cell is a label at all, so that an indicator named
/// `满意度` or `经济效益` is not mistaken for one.
public enum LevelName {
    /// Which level of the tree a label names.
    public enum Level: Int, Sendable, Hashable { case first = 1, second = 2 }

    /// A recognised level label.
    public struct Label: Sendable, Hashable {
        /// The full standard name (`产出指标`).
        public var name: String
        /// The level when the label itself says (by its code, its points or its name); nil for
        /// `满意度指标`, which the forms use at both levels.
        public var level: Level?
        /// The code printed before it (`11` in `11-数量指标`).
        public var code: String?
        /// The points printed after it (`50` in `产出指标(50分)`).
        public var points: Double?
    }

    /// Standard names in order of preference for a truncated match, with their usual level.
    public static let standard: [(name: String, level: Level?)] = [
        ("产出指标", .first), ("效益指标", .first), ("满意度指标", nil),
        ("数量指标", .second), ("质量指标", .second), ("时效指标", .second), ("成本指标", .second),
        ("经济效益指标", .second), ("社会效益指标", .second), ("生态效益指标", .second),
        ("可持续影响指标", .second), ("可持续发展指标", .second), ("服务对象满意度指标", .second),
        ("经济成本指标", .second), ("社会成本指标", .second), ("生态环境成本指标", .second),
    ]

    /// The first character of each standard name.
    static let leadingScalars: Set<Unicode.Scalar> = Set(standard.compactMap { $0.name.unicodeScalars.first })

    /// The first-level names behind the standard codes (`1-产出指标`, `2-效益指标`, `3-满意度指标`).
    public static let standardCodes: [String: String] = ["1": "产出指标", "2": "效益指标", "3": "满意度指标"]

    /// The 一级指标 a standard 二级指标 belongs to (数量指标 → 产出指标), for forms that lost the first level's label.
    public static func parent(of second: String) -> String? {
        switch second {
        case "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标": return "产出指标"
        case "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "可持续发展指标": return "效益指标"
        case "服务对象满意度指标": return "满意度指标"
        default: return nil
        }
    }

    /// The full standard form of a level label; text that is no known label comes back with its
    /// wraps, code and points removed but otherwise unchanged.
    public static func normalised(_ text: String) -> String {
        let parts = strip(text)
        return match(parts.core, loose: true)?.name ?? parts.core
    }

    /// The label a cell holds, or nil when the cell is not a level label.
    public static func label(_ text: String) -> Label? {
        // The longest label with code and points (`31-服务对象满意度指标(10分)`) is far below this.
        guard text.utf8.count <= 90 else { return nil }
        // Every label starts with the first character of a standard name; most cells hold none.
        guard text.unicodeScalars.contains(where: { leadingScalars.contains($0) }) else { return nil }
        let parts = strip(text)
        let decorated = parts.code != nil || parts.points != nil || parts.hadPointsMark
        guard let hit = match(parts.core, loose: decorated || parts.core.hasSuffix("指")) else { return nil }
        var level = hit.level
        if let code = parts.code { level = code.count == 1 ? .first : .second }
        if level == nil, parts.hadPointsMark { level = .first }
        if level == .first, hit.name == "服务对象满意度指标" {
            return Label(name: "满意度指标", level: .first, code: parts.code, points: parts.points)
        }
        return Label(name: hit.name, level: level, code: parts.code, points: parts.points)
    }

    /// A second-level label cut short (`服务对象满意`, a printed sheet's cell clipped at its edge)
    /// right after the first-level label it belongs under; five characters at least, so that an
    /// indicator named like the start of a label (`社会效益`) stays a name.
    public static func cutSecond(_ text: String, under first: String) -> Label? {
        let parts = strip(text)
        guard parts.core.count >= 5,
            let hit = standard.first(where: {
                $0.level == .second && $0.name.hasPrefix(parts.core) && parent(of: $0.name) == first
            })
        else { return nil }
        return Label(name: hit.name, level: .second, code: parts.code, points: parts.points)
    }

    struct Parts { var core: String; var code: String?; var points: Double?; var hadPointsMark: Bool }

    static func strip(_ text: String) -> Parts {
        var core = CellText.halfWidth(CellText.compact(text))
        var code: String?
        let digits = core.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 3, let sep = core.dropFirst(digits.count).first, "-.、_—".contains(sep) {
            code = String(digits)
            core = String(core.dropFirst(digits.count + 1))
        }
        var points: Double?
        var mark = false
        if let open = core.lastIndex(where: { $0 == "(" || $0 == "（" }), open > core.startIndex {
            let inside = core[core.index(after: open)...].filter { $0 != ")" && $0 != "）" && $0 != "分" }
            if inside.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
                points = Double(inside)
                mark = true
                core = String(core[..<open])
            }
        }
        return Parts(core: core, code: code, points: points, hadPointsMark: mark)
    }

    /// Exact match, or (when `loose`) the standard name that starts with `core`; at least two characters.
    static func match(_ core: String, loose: Bool) -> (name: String, level: Level?)? {
        if let exact = standard.first(where: { $0.name == core }) { return exact }
        if core == "服务对象满意度" { return ("服务对象满意度指标", .second) }
        guard loose, core.count >= 2 else { return nil }
        return standard.first { $0.name.hasPrefix(core) }
    }
}
