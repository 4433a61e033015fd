/// The three bands of 财预〔2020〕10号 第十三条 for qualitative indicators (DOMAIN.md §1.4).
///
/// The self-evaluation's actual-value cell is often cut mid-word (`部分达 成预期 指标并 具有一`,
/// `未完成 预期指 标且效`), so bands are recognised by prefix.
public enum QualitativeBand: Int, Sendable, Hashable, CaseIterable {
    /// 达成年度指标: 80 %–100 % of the points.
    case achieved = 1
    /// 部分达成年度指标并具有一定效果: 60 %–80 %.
    case partlyAchieved = 2
    /// 未达成年度指标且效果较差: 0 %–60 %.
    case notAchieved = 3

    /// The band an actual-value text names, nil when it names none.
    public init?(actualText: String) {
        let t = CellText.compact(actualText)
        if t.hasPrefix("部分达成") || t.hasPrefix("部分完成") || t.hasPrefix("基本达成") || t.hasPrefix("基本完成") {
            self = .partlyAchieved
        } else if t.hasPrefix("未达成") || t.hasPrefix("未完成") || t.hasPrefix("没有达成") {
            self = .notAchieved
        } else if t.hasPrefix("达成") || t.hasPrefix("已达成") || t.hasPrefix("完成") || t.hasPrefix("已完成") {
            self = .achieved
        } else {
            return nil
        }
    }

    /// The share of the points the band allows, as percent: lower bound inclusive for the top two bands.
    public var scoreRange: ClosedRange<Double> {
        switch self {
        case .achieved: return 80...100
        case .partlyAchieved: return 60...80
        case .notAchieved: return 0...60
        }
    }

    /// The `status` word shown for the band.
    public var status: IndicatorStatus {
        switch self {
        case .achieved: return .met
        case .partlyAchieved: return .partlyMet
        case .notAchieved: return .missed
        }
    }
}
