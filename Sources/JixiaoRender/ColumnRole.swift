/// What a column holds, as far as showing its numbers goes: an amount of money, a rate or
/// share in percent, a key (year, id, code, line) or anything else.
///
/// The bound plan's meaning of a column (money, rate, share: `ColumnMeaning` in JixiaoQuery)
/// comes first: the session passes it in `RenderOptions.columnRoles`. Where there is none — a
/// column the plan computed without a known unit, or a table no plan made — the role is guessed
/// from the names analysts give such columns (`*_rate`, `*_pct`, `budget…`, `*_id`, `*_code`).
public enum ColumnRole: Sendable, Equatable {
    case money
    case percent
    case key
    case other

    static let moneyNames: Set<String> = [
        "budget_total", "budget_fiscal", "budget_initial", "budget_full_year", "executed",
        "budget_project_total", "budget_carryover",
    ]
    static let percentNames: Set<String> = ["execution_rate", "completion", "score_rate", "share", "rate", "gap_pct"]
    static let keyNames: Set<String> = ["year", "id", "code", "line", "source_line", "project_id", "indicator_id"]

    /// The role `given` by the plan when it says money or percent, else the one the name suggests
    /// (keys such as years and ids are known by name only).
    public static func resolved(_ given: ColumnRole?, name: String, aliases: [String] = []) -> ColumnRole {
        if let given, given == .money || given == .percent { return given }
        return ColumnRole(name: name, aliases: aliases)
    }

    public init(name: String, aliases: [String] = []) {
        let lower = name.lowercased()
        if Self.keyNames.contains(lower) || lower.hasSuffix("_id") || lower.hasSuffix("_code")
            || lower.hasSuffix("_line")
            || lower.hasSuffix("_year") || aliases.contains("年度")
        {
            self = .key
        } else if Self.percentNames.contains(lower) || lower.hasSuffix("_rate") || lower.hasSuffix("_pct")
            || lower.hasSuffix("_share")
        {
            self = .percent
        } else if Self.moneyNames.contains(lower) || (lower.hasPrefix("budget") && !lower.hasSuffix("_count")) {
            // Every budget of the model is in 万元, so a sum or average named after one is too.
            self = .money
        } else {
            self = .other
        }
    }

    /// The unit shown after the header.
    var unit: String? {
        switch self {
        case .money: "万元"
        case .percent: "%"
        case .key, .other: nil
        }
    }
}
