/// What a column holds, as far as showing its numbers goes: an amount of money, a rate or
/// share in percent, a key (year, id, code, line) or anything else.
///
/// Known from the model's column names (SPEC: money in 万元, rates and shares in percent) and
/// from the names analysts give such columns (`*_rate`, `*_pct`, `*_id`, `*_code`). When the
/// bound plan carries each column's unit and kind, this is where they would be read instead.
enum ColumnRole: Equatable {
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

    init(name: String, aliases: [String] = []) {
        let lower = name.lowercased()
        if Self.keyNames.contains(lower) || lower.hasSuffix("_id") || lower.hasSuffix("_code") || lower.hasSuffix("_line")
            || lower.hasSuffix("_year") || aliases.contains("年度") {
            self = .key
        } else if Self.percentNames.contains(lower) || lower.hasSuffix("_rate") || lower.hasSuffix("_pct")
                    || lower.hasSuffix("_share") {
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
