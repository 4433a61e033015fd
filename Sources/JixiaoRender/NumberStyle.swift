import JixiaoEngine

/// How numbers are shown to a person (`.numbers`); the stored values and the machine formats
/// (CSV, JSON, SQLite) always keep full precision.
public struct NumberStyle: Sendable, Equatable {
    /// Every digit as stored, no separators, no units: the text the machine formats write.
    public var raw: Bool
    /// Decimal places at most for ordinary amounts (more for a column of small fractions).
    public var decimals: Int
    /// Thousands separators in columns of large amounts (never on years, ids or codes).
    public var grouping: Bool
    /// The unit in a column's header when the model knows it: `budget_total (万元)`.
    public var units: Bool

    public init(raw: Bool = false, decimals: Int = 2, grouping: Bool = true, units: Bool = true) {
        self.raw = raw
        self.decimals = decimals
        self.grouping = grouping
        self.units = units
    }

    /// As analysts read them: two places, separators, units.
    public static let analyst = NumberStyle()
    /// As stored.
    public static let plain = NumberStyle(raw: true, grouping: false, units: false)

    /// One number in running text (`print`): rounded as a table column of it would be, without
    /// trailing zeros or separators (`0.69`, `534.6`, `0.000000333`); as stored when raw.
    public func prose(_ value: Double) -> String {
        guard !raw, value.isFinite, value != value.rounded() else { return NumberText.format(value) }
        var plain = self
        plain.grouping = false
        let format = ColumnNumberFormat(column: Column(.double([value])), rows: [0], role: .other, style: plain)
        var text = format.text(value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `2 places, separators, units` or `raw`, for `.numbers` to show what is in effect.
    public var summary: String {
        if raw { return "raw (as stored)" }
        return
            "\(decimals) decimal place\(decimals == 1 ? "" : "s"), separators \(grouping ? "on" : "off"), units \(units ? "on" : "off")"
    }
}
