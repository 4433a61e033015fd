/// The `status` column of an indicator: how its actual value compares with its target.
public enum IndicatorStatus: String, Sendable, Hashable, CaseIterable {
    /// More than 120 % of a lower-bound target: met, but DOMAIN.md §1.3 asks for it to be looked at
    /// (the target may have been set too low).
    case exceeded = "超额"
    case met = "达成"
    /// A qualitative actual in the middle band (部分达成…).
    case partlyMet = "部分达成"
    case missed = "未达成"

    /// Whether the target counts as met (the `met` column).
    public var isMet: Bool { self == .met || self == .exceeded }
}
