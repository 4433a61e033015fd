import JixiaoEngine

/// Turns the printed cells of one indicator row into the typed target and actual columns, in the
/// scales SPEC §3 asks for (money in 万元, rates in percent), applying the row-level repairs of
/// DOMAIN.md §4. Every repair that is a guess comes back as a note for the importer's warnings.
public enum IndicatorValueResolver {
    /// The resolved values of one row.
    public struct Resolved: Sendable, Hashable {
        public var op: TargetOperator?
        public var targetValue: TargetValue
        public var target: Double?
        public var targetUpper: Double?
        public var unit: String?
        public var actual: Double?
        /// Guesses made on the way, worded for a warning.
        public var notes: [String] = []
    }

    /// - Parameters:
    ///   - nature: the 指标性质 cell of declaration forms (`≥`, `等于`, `定性`), which wins over an operator in the value.
    ///   - unitCell: the 度量单位 cell, which wins over a unit in the value.
    ///   - cache: parses each distinct text once when rows come by the million.
    public static func resolve(
        name: String, level2: String?, targetText: String?, nature: String? = nil,
        unitCell: String? = nil, actualText: String? = nil, cache: TargetValueCache? = nil
    ) -> Resolved {
        let parse = { (text: String) in cache?.parse(text) ?? TargetValueParser.parse(text) }
        let tv = parse(targetText ?? "")
        var out = Resolved(targetValue: tv)
        out.op = nature.flatMap(TargetOperator.init(natureCell:)) ?? tv.op
        if out.op == .qualitative, tv.number != nil, tv.kind != .deadline, nature == nil { out.op = tv.op }
        let columnUnit = unitCell.flatMap { TargetValueParser.normalisedUnit($0) }
        var unit = columnUnit ?? tv.unit
        if unit == "万", isCostRow(name: name, level2: level2) { unit = "万元" }
        out.target = tv.number
        out.targetUpper = tv.upper
        if let u = unit, Money.isMoney(u) {
            out.target = tv.number.flatMap { Money.toWanYuan($0, unit: u) }
            out.targetUpper = tv.upper.flatMap { Money.toWanYuan($0, unit: u) }
            unit = "万元"
        }
        out.unit = unit.map { $0 + (columnUnit == nil ? tv.rateSuffix ?? "" : "") } ?? tv.rateSuffix
        if tv.isCompound, let rest = tv.remainder {
            out.notes.append(
                "target \"\(tv.text)\" holds more than one quantity; only \(formatted(tv.number)) \(tv.unit ?? "") was read, \"\(rest)\" kept in the text"
            )
        }
        resolveActual(actualText, name: name, into: &out, parse: parse)
        return out
    }

    /// A cost row: a bare `万` on it means 万元 (DOMAIN.md §4).
    public static func isCostRow(name: String, level2: String?) -> Bool {
        if let l2 = level2, l2.containsExactly("成本") { return true }
        return ["费", "成本", "金额", "经费", "支出", "资金", "预算"].contains { name.containsExactly($0) }
    }

    static func resolveActual(
        _ text: String?, name: String, into out: inout Resolved,
        parse: (String) -> TargetValue = TargetValueParser.parse
    ) {
        guard let text, !CellText.compact(text).isEmpty else { return }
        let av = parse(text)
        guard av.kind == .quantity || av.kind == .range, var actual = av.number else { return }
        if let u = av.unit, Money.isMoney(u), let converted = Money.toWanYuan(actual, unit: u) {
            actual = converted
        } else if av.unit == nil, out.unit == "万元", let target = out.target, target > 0, actual >= 1000,
            actual > target * 100
        {
            actual = Money.rounded(actual / 10000)
            out.notes.append(
                "actual \(formatted(av.number)) is far above the target of \(formatted(target)) 万元; read as 元 and converted to \(formatted(actual)) 万元"
            )
        }
        if let target = out.target, target > 0, target <= 1, out.targetUpper == nil, actual > 1,
            name.hasSuffix("率"), out.unit == nil || out.unit == "%"
        {
            out.target = Money.rounded(target * 100)
            out.unit = "%"
            out.notes.append(
                "target \(formatted(target)) of a rate with actual \(formatted(actual)) read as \(formatted(target * 100))%"
            )
        }
        out.actual = actual
    }

    static func formatted(_ d: Double?) -> String {
        guard let d else { return "?" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}
