import JixiaoEngine

/// 指标方向性: whether more is better (正向) or less is better (反向).
public enum Direction: String, Sendable, Hashable, CaseIterable {
    case positive = "正向"
    case negative = "反向"

    /// Reads a printed direction cell, nil when it is neither word.
    public init?(cell text: String) {
        let t = CellText.compact(text)
        if t.hasPrefix("正向") { self = .positive } else if t.hasPrefix("反向") { self = .negative } else { return nil }
    }

    /// The direction implied by a target when the document has no 指标方向性 column (DOMAIN.md §4):
    /// an upper bound (≤, 不超过, 以内, deadlines) is 反向, a lower bound, an equality or a bare
    /// number is 正向, except that a bare number on a cost row (二级指标 成本指标) is a ceiling and so
    /// 反向, as is a bare 0; a qualitative or empty target implies nothing.
    public static func inferred(from target: TargetValue, level2: String? = nil) -> Direction? {
        switch target.op {
        case .atMost: return .negative
        case .atLeast, .equal: return .positive
        case .qualitative: return nil
        case nil:
            guard let n = target.number else { return nil }
            // A target of 0 (生态破坏率 0%) asks for none at all: less is better.
            return level2?.containsExactly("成本") == true || n == 0 ? .negative : .positive
        }
    }
}
