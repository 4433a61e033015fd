/// What the numbers of a column are: a rate or share in percent, or money in 万元. The renderers
/// and the later output formats use it; the plan carries it from the model's columns through
/// every step that passes them on or aggregates them.
public struct ColumnMeaning: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A percentage of a target or budget (`execution_rate`, `completion`): 95 is 95%.
        case rate
        /// A fraction of a total, in percent as well (`share` of `count`).
        case share
        /// An amount of money, always in 万元 in the model.
        case money
    }

    public var kind: Kind?
    public var unit: String?

    public init(kind: Kind? = nil, unit: String? = nil) {
        self.kind = kind
        self.unit = unit
    }

    /// Numbers with no particular meaning (counts, ranks, computed values).
    public static let plain = ColumnMeaning()
    public static let percent = ColumnMeaning(kind: .rate, unit: "%")
    public static let share = ColumnMeaning(kind: .share, unit: "%")
    public static let money = ColumnMeaning(kind: .money, unit: "万元")

    /// The meaning of a model column (SPEC §3) by its name; other columns have none.
    public static func of(_ name: String) -> ColumnMeaning {
        if let meaning = model[name] { return meaning }
        return .plain
    }

    private static let model: [String: ColumnMeaning] = [
        "execution_rate": .percent, "completion": .percent, "score_rate": .percent, "share": .share,
        "budget_total": .money, "budget_fiscal": .money, "budget_initial": .money, "budget_full_year": .money,
        "executed": .money, "budget_project_total": .money, "budget_carryover": .money,
    ]

    /// How `.plan` shows it: `money 万元`, `rate %`, or nothing.
    var text: String? {
        guard let kind else { return nil }
        return unit.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue
    }
}
