/// A target or actual value split into its parts, with the printed text kept beside them.
public struct TargetValue: Sendable, Hashable {
    /// What kind of statement the text makes; decides how the value can be scored.
    public enum Kind: String, Sendable, Hashable {
        /// Nothing printed.
        case empty
        /// A number with an optional operator and unit (`≥95%`, `=460平米`, `576000元/年`).
        case quantity
        /// A span such as `3-4次`: `number` is the lower bound, `upper` the upper one.
        case range
        /// A time limit such as `7日内` or `≤30分钟`.
        case duration
        /// A date to finish by, such as `2022年12月30日前` or `次年3月底`.
        case deadline
        /// Words only (`优`, `效果显著`, `达成预期指标`).
        case qualitative
    }

    /// The text as printed (cell wraps joined, nothing else changed).
    public var text: String
    public var kind: Kind
    public var op: TargetOperator?
    /// The (lower) number as printed, before any unit conversion.
    public var number: Double?
    /// The upper bound of a range.
    public var upper: Double?
    /// The unit after the number, normalised (`百分比` → `%`); nil when none is printed.
    public var unit: String?
    /// A per-period suffix such as `/年` or `/月`, kept apart from the unit.
    public var rateSuffix: String?
    /// Text after the unit that the parser could not place (`80人次` in `5天80人次`).
    public var remainder: String?
    /// The date of a deadline target.
    public var deadline: Deadline?

    public init(
        text: String, kind: Kind, op: TargetOperator? = nil, number: Double? = nil, upper: Double? = nil,
        unit: String? = nil, rateSuffix: String? = nil, remainder: String? = nil, deadline: Deadline? = nil
    ) {
        self.text = text
        self.kind = kind
        self.op = op
        self.number = number
        self.upper = upper
        self.unit = unit
        self.rateSuffix = rateSuffix
        self.remainder = remainder
        self.deadline = deadline
    }

    /// A compound value (`5天80人次`; `2次/月` and `100%完成` are not) holds a second quantity after
    /// the first; only the first is parsed.
    public var isCompound: Bool { remainder?.contains { $0.isASCII && $0.isNumber } ?? false }

    /// The number in 万元 when the unit is money (元 ÷ 10000, 亿元 × 10000), nil otherwise.
    public var wanYuan: Double? { number.flatMap { Money.toWanYuan($0, unit: unit) } }

    /// The unit with its rate suffix, as it should appear in the `unit` column.
    public var fullUnit: String? {
        switch (unit, rateSuffix) {
        case let (u?, s?): return u + s
        case let (u?, nil): return u
        case let (nil, s?): return s
        case (nil, nil): return nil
        }
    }
}

/// A date a target must be met by. The year is nil when the text leaves it to the document's year.
public struct Deadline: Sendable, Hashable {
    public var year: Int?
    /// `次年` (the following year) and similar relative years.
    public var yearOffset: Int
    public var month: Int
    public var day: Int?
    /// `前` (before), `底` (end of month) or nil for a plain date.
    public var qualifier: String?

    public init(year: Int?, yearOffset: Int = 0, month: Int, day: Int? = nil, qualifier: String? = nil) {
        self.year = year
        self.yearOffset = yearOffset
        self.month = month
        self.day = day
        self.qualifier = qualifier
    }
}
