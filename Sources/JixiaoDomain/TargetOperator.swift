/// The comparison a target asks for. Ranges (`3-4次`) have no operator of their own and carry
/// an upper bound instead; a bare number (`100%`) has none at all.
public enum TargetOperator: String, Sendable, Hashable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case equal = "="
    case qualitative = "定性"

    /// Reads the 指标性质 cell of a declaration form (`≥`, `等于`, `定性`, …), nil when it is none of them.
    public init?(natureCell text: String) {
        switch CellText.compact(text) {
        case "≥", ">=", "≧", ">", "大于等于", "大于或等于", "大于", "不少于", "不低于": self = .atLeast
        case "≤", "<=", "≦", "<", "小于等于", "小于或等于", "小于", "不超过", "不高于": self = .atMost
        case "=", "＝", "═", "==", "等于": self = .equal
        case "定性": self = .qualitative
        default: return nil
        }
    }
}
