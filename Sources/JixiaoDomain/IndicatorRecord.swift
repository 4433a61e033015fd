/// One 三级指标: a row of the `indicators` table (SPEC §3).
///
/// The document's own values are stored as given (notably `score`, which DOMAIN.md §3.2 shows to
/// deviate from the formula); the derived columns are computed by `IndicatorScoring`.
public struct IndicatorRecord: Sendable, Hashable {
    public var indicatorID: Int
    public var projectID: Int
    public var year: Int?
    public var region: String?
    public var department: String?
    /// The project's name.
    public var project: String
    public var level1: String?
    public var level2: String?
    /// 三级指标.
    public var name: String
    public var op: TargetOperator?
    /// 指标值 as printed.
    public var targetText: String?
    /// The target number, in 万元 for money and in percent for rates.
    public var target: Double?
    /// The upper bound of a range target (`4` in `3-4次`).
    public var targetUpper: Double?
    /// The 中期 (medium-term) target of an approval form that prints it beside the 年度 one, as printed.
    public var targetMidterm: String?
    /// 度量单位, or the unit parsed from the target.
    public var unit: String?
    /// 权重 / 分值.
    public var weight: Double?
    public var direction: Direction?
    /// 实际完成值 as printed.
    public var actualText: String?
    /// The actual number, in the target's scale.
    public var actual: Double?
    /// 得分 as printed.
    public var score: Double?
    /// 偏差原因分析及改进措施.
    public var deviation: String?
    /// The parsed target, kept for scoring.
    public var targetValue: TargetValue?
    /// The 1-based line of the source text the row was read from.
    public var line: Int?

    public init(indicatorID: Int = 0, projectID: Int = 0, project: String, name: String) {
        self.indicatorID = indicatorID
        self.projectID = projectID
        self.project = project
        self.name = name
    }
}
