/// Money units. Every amount in the tables is in 万元, the unit the forms themselves use.
public enum Money {
    /// Units that denote money, and how many 万元 one of them is.
    static let factors: [String: Double] = ["元": 0.0001, "千元": 0.1, "万元": 1, "百万元": 100, "亿元": 10000]

    public static func isMoney(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return factors[unit] != nil
    }

    /// `amount` in `unit` converted to 万元; nil when the unit is not money.
    public static func toWanYuan(_ amount: Double, unit: String?) -> Double? {
        guard let unit, let f = factors[unit] else { return nil }
        return rounded(amount * f)
    }

    /// Reads a budget cell (`25万元`, `68`, `5.5 万元`, `576000元`) as 万元; a bare number is taken to be
    /// in `defaultUnit`, which is 万元 on every published form. Nil for an empty or non-numeric cell.
    public static func parseAmount(_ text: String, defaultUnit: String = "万元") -> Double? {
        let t = CellText.halfWidth(CellText.compact(text))
        if let n = CellText.number(t) { return toWanYuan(n, unit: defaultUnit) }
        for unit in ["亿元", "百万元", "万元", "千元", "元"] where t.hasSuffix(unit) {
            guard let n = CellText.number(String(t.dropLast(unit.count))) else { return nil }
            return toWanYuan(n, unit: unit)
        }
        return nil
    }

    /// Removes the binary noise of a multiplication (0.0001 × 5000 = 0.5000000000000001).
    static func rounded(_ d: Double) -> Double {
        (d * 1e9).rounded() / 1e9
    }
}
