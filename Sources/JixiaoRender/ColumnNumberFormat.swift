import Foundation
import JixiaoEngine

/// The number text of one drawn column: the same decimal places for every value (so decimal
/// points line up), rounded for display only, with thousands separators when the column holds
/// large amounts.
///
/// Places: as many as the drawn values need, at most `style.decimals`; a column whose largest
/// value is below 1 gets enough places for three significant digits of it (`0.000000333`, not
/// `3.33333333333333e-07` or `0.00`). Separators: when some drawn value reaches 10,000, every
/// value of 1,000 or more in the column gets them; never in a key column (years, ids, codes).
struct ColumnNumberFormat {
    let style: NumberStyle
    let role: ColumnRole
    private(set) var places = 0
    private(set) var grouped = false

    init(column: Column, rows: [Int], role: ColumnRole, style: NumberStyle) {
        self.style = style
        self.role = role
        guard !style.raw else { return }
        var largest = 0.0
        var needed = 0
        var values: [Double] = []
        switch column.data {
        case .integer(let ints):
            for row in rows where !column.isNull(row) { largest = max(largest, Double(ints[row].magnitude)) }
        case .double(let doubles):
            for row in rows where !column.isNull(row) && doubles[row].isFinite {
                values.append(doubles[row])
                largest = max(largest, abs(doubles[row]))
            }
        case .compact(let c) where c.isInteger:
            for row in rows where !column.isNull(row) { largest = max(largest, Double(c.mantissas[row].magnitude)) }
        case .compact(let c):
            for row in rows where !column.isNull(row) {
                values.append(c.double(at: row))
                largest = max(largest, abs(c.double(at: row)))
            }
        default: return
        }
        var cap = max(0, style.decimals)
        if largest > 0 && largest < 1 {
            cap = max(cap, min(12, Int(-floor(log10(largest))) + 2))
        }
        for v in values { needed = max(needed, Self.decimalsNeeded(v, cap: cap)) }
        places = min(needed, cap)
        grouped = style.grouping && role != .key && largest >= 10_000
    }

    /// Digits after the point in the shortest text of `v` rounded to `cap` places.
    private static func decimalsNeeded(_ v: Double, cap: Int) -> Int {
        let text = String(format: "%.\(cap)f", v)
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction.reversed().drop { $0 == "0" }.count
    }

    func text(_ value: Int64) -> String {
        guard !style.raw else { return String(value) }
        let digits = String(value)
        return grouped ? Self.group(digits) : digits
    }

    func text(_ value: Double) -> String {
        guard !style.raw, value.isFinite else { return NumberText.format(value) }
        var text = String(format: "%.\(places)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        return grouped ? Self.group(text) : text
    }

    /// `62843.82` → `62,843.82`; the sign and the fraction stay as they are.
    static func group(_ text: String) -> String {
        var sign = "", body = Substring(text)
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let point = body.firstIndex(of: ".") ?? body.endIndex
        let whole = body[..<point], fraction = body[point...]
        guard whole.count > 3 else { return text }
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return sign + out + fraction
    }
}
